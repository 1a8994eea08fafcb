"""The sweep dialog: a small form (seeds; up to two settings from the inspector's fields with
their values; activation swap), then the run's progress with Cancel, then the spread.

"Repeat with N seeds…" is the same dialog with only the seeds shown. The form builds the same
SweepDefinition the command line does and checks it the same way, so a value the declaration
refuses is reported here, with its path, before anything starts.
"""

from __future__ import annotations

import copy
import os
import pathlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from netbuilder.engine.registry import layer_kinds
from netbuilder.runs import sweep_paths as paths
from netbuilder.runs import sweep_plan as plan
from netbuilder.training import gui_garbage
from netbuilder.views.sweep.runner import SweepThread
from netbuilder.views.sweep.summary import SweepSummary
from netbuilder import i18n
from netbuilder.views.progress_bar import set_value_later
from netbuilder.views.translation import translate

SWAP_KINDS = tuple(k for k, cls in layer_kinds().items() if cls.category == "Activation" and k != "Softmax")


def default_sweeps_folder() -> pathlib.Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return pathlib.Path(base) / "NetBuilder" / "sweeps"


class SettingRow(QWidget):
    """One varied setting: which (a combo of the network's declared settings) and its values."""

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.addItem(translate("SweepDialog", "(none)"), None)
        for path, label, current in settings:
            self.combo.addItem(label, (path, current))
        self.values = QLineEdit()
        self.values.setPlaceholderText(translate("SweepDialog", "values, e.g. 0.01, 0.001"))
        self.values.setEnabled(False)
        row.addWidget(self.combo, 2)
        row.addWidget(self.values, 3)
        self.combo.currentIndexChanged.connect(self._picked)

    def _picked(self) -> None:
        data = self.combo.currentData()
        self.values.setEnabled(data is not None)
        if data is not None:
            self.values.setText("" if data[1] is None else str(data[1]))

    def variation(self) -> plan.Variation | None:
        data = self.combo.currentData()
        if data is None:
            return None
        texts = [t for t in self.values.text().replace(";", ",").split(",") if t.strip()]
        return plan.Variation(data[0], tuple(paths.parse_value(t) for t in texts))


class SweepDialog(QDialog):
    sweep_started = Signal(str)   # sweep id, once its runs are being recorded (the Runs panel follows it)
    sweep_ended = Signal(str)

    def __init__(self, doc: dict, repeat_only: bool = False, folder=None, parent=None):
        super().__init__(parent)
        self.doc = copy.deepcopy(doc)
        self.repeat_only = repeat_only
        self.base_folder = pathlib.Path(folder) if folder else default_sweeps_folder()
        self.thread: SweepThread | None = None
        name = self.doc.get("name", "network")
        self.setWindowTitle(translate("SweepDialog", "Repeat “{0}” with several seeds").format(name) if repeat_only else translate("SweepDialog", "Sweep “{0}”").format(name))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._run_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(760, 560 if not repeat_only else 300)
        self._update_count()

    # ---- the form ------------------------------------------------------------------------------
    def _form_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        training = self.doc.get("training") or {}
        self.seeds = QSpinBox()
        self.seeds.setRange(1, 1000)
        self.seeds.setValue(5)
        self.seeds.setToolTip(translate("SweepDialog", "Each configuration is trained with seeds 0 … N−1 (weights, shuffling, dropout)."))
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 100_000)
        self.epochs.setValue(int(training.get("epochs", 5)))
        self.jobs = QSpinBox()
        self.jobs.setRange(1, max(1, os.cpu_count() or 1) * 4)
        self.jobs.setValue(max(1, os.cpu_count() or 1))
        self.jobs.setToolTip(translate("SweepDialog", "Worker processes, each training one run with one BLAS thread."))
        form.addRow(translate("SweepDialog", "Seeds"), self.seeds)
        form.addRow(translate("SweepDialog", "Epochs per run"), self.epochs)
        form.addRow(translate("SweepDialog", "Parallel runs"), self.jobs)
        self.rows: list[SettingRow] = []
        self.swaps: list[QCheckBox] = []
        if not self.repeat_only:
            settings = paths.sweepable_settings(self.doc)
            for i in range(2):
                row = SettingRow(settings)
                row.combo.currentIndexChanged.connect(self._update_count)
                row.values.textChanged.connect(self._update_count)
                self.rows.append(row)
                form.addRow(translate("SweepDialog", "Vary setting {0}").format(i + 1), row)
            swap = QWidget()
            box = QHBoxLayout(swap)
            box.setContentsMargins(0, 0, 0, 0)
            for kind in SWAP_KINDS:
                check = QCheckBox(kind)
                check.toggled.connect(self._update_count)
                self.swaps.append(check)
                box.addWidget(check)
            box.addStretch(1)
            swap.setToolTip(translate("SweepDialog", "Train once with every hidden activation replaced by each ticked kind."))
            form.addRow(translate("SweepDialog", "Hidden activations"), swap)
        self.seeds.valueChanged.connect(self._update_count)
        self.count = QLabel()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setObjectName("problemText")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.start = buttons.addButton(translate("SweepDialog", "Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start.clicked.connect(self.start_sweep)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        data = self.doc.get("data")
        layout.addWidget(QLabel(translate("SweepDialog", "Data: {0}").format(data) if data else translate("SweepDialog", "No data source: choose one in the inspector first.")))
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.start.setEnabled(bool(data))
        return page

    def definition(self) -> plan.SweepDefinition:
        vary = [v for row in self.rows if (v := row.variation()) is not None]
        return plan.SweepDefinition([plan.Network(self.doc.get("name", "network"), copy.deepcopy(self.doc))],
                                    vary=vary, activations=[c.text() for c in self.swaps if c.isChecked()],
                                    seeds=list(range(self.seeds.value())), epochs=self.epochs.value(),
                                    name=self.doc.get("name", "sweep"))

    def _update_count(self) -> None:
        d = self.definition()
        configs = 1
        for v in d.vary:
            configs *= max(1, len(v.values))
        configs *= max(1, len(d.activations))
        n = configs * len(d.seeds)
        count = len(d.seeds)  # a plain name: pyside6-lupdate reads no expression as the count
        self.count.setText(translate("SweepDialog", "{0} × {1} = {2}").format(i18n.translate("SweepDialog", "%n configuration(s)", None, configs), i18n.translate("SweepDialog", "%n seed(s)", None, count), i18n.translate("SweepDialog", "%n run(s)", None, n)))

    # ---- running ---------------------------------------------------------------------------------
    def _run_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.bar = QProgressBar()
        self.bar.setFormat(translate("SweepDialog", "%v / %m runs"))
        self.last = QLabel(translate("SweepDialog", "Starting the worker processes…"))
        self.last.setWordWrap(True)
        self.results = SweepSummary()
        self.results.hide()
        row = QHBoxLayout()
        self.cancel_button = QPushButton(translate("SweepDialog", "Cancel"))
        self.cancel_button.setToolTip(translate("SweepDialog", "Stop the runs in progress after their current batch; finished runs are kept."))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(translate("SweepDialog", "Close"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        layout.addWidget(self.bar)
        layout.addWidget(self.last)
        layout.addWidget(self.results, 1)
        layout.addLayout(row)
        return page

    def start_sweep(self) -> bool:
        definition = self.definition()
        try:
            plan.check(definition)
        except plan.SweepError as e:
            self.problems.setText("\n".join(str(p) for p in e.problems))
            return False
        self.problems.clear()
        self.pages.setCurrentIndex(1)
        self.bar.setRange(0, len(plan.expand(definition)))
        self.bar.setValue(0)
        # No parent: a dialog deleted while the sweep runs must not destroy a running QThread (Qt
        # aborts the process); gui_garbage keeps it referenced until it has finished.
        self.thread = SweepThread(definition, self.base_folder, self.jobs.value())
        self.thread.progressed.connect(self._progressed)
        self.thread.completed.connect(self._completed)
        self.thread.sweep_started.connect(self.sweep_started)
        gui_garbage.hold_while(self.thread)
        self.thread.start()
        return True

    def _progressed(self, done: int, total: int, line: str) -> None:
        self.bar.setRange(0, total)
        set_value_later(self.bar, done)
        if line:
            self.last.setText(line)

    def _completed(self, report: dict) -> None:
        self.report = report
        if report.get("sweep_id"):
            self.sweep_ended.emit(report["sweep_id"])
        self.cancel_button.hide()
        self.close_button.show()
        if report["error"]:
            self.last.setText(translate("SweepDialog", "The sweep stopped: {0}").format(report['error']))
            return
        text = translate("SweepDialog", "Cancelled: the finished runs are kept.") if report["interrupted"] else "Done."
        if report["failed"]:
            count = report['failed']  # a plain name: pyside6-lupdate reads no expression as the count
            text += i18n.translate("SweepDialog", " %n run(s) failed, e.g.: {0}", None, count).format(report['first_error'])
        self.last.setText(translate("SweepDialog", "{0} Everything (tables, plots, each run's network, metrics and weights) is in {1}").format(text, report['folder']))
        self.results.show_view(report["view"])
        self.results.show()

    def cancel(self) -> None:
        if self.thread is not None:
            self.cancel_button.setEnabled(False)
            self.last.setText(translate("SweepDialog", "Stopping the runs in progress after their current batch…"))
            self.thread.cancel()

    def done(self, result: int) -> None:
        """Closing while running cancels and waits: no thread or worker process outlives the dialog."""
        if self.thread is not None and self.thread.isRunning():
            self.thread.cancel()
            self.thread.wait()
        super().done(result)
