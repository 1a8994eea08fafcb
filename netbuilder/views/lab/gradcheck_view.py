"""Gradient check panel: per layer, the analytic gradient against central differences (float64),
for the parameters and for the layer's input; green when they match, red when not."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.analysis.gradcheck_report import gradient_report
from netbuilder.views import theme
from netbuilder.views.live.plot import hint_label, result_label
from netbuilder.views.translation import translate

COLUMNS = (QT_TRANSLATE_NOOP("LabGradcheckView", "layer"), QT_TRANSLATE_NOOP("LabGradcheckView", "what was checked (relative error)"), QT_TRANSLATE_NOOP("LabGradcheckView", "worst"), "")


class GradCheckView(QWidget):
    def __init__(self, jobs, parent=None):
        super().__init__(parent)
        self.jobs = jobs
        self.source = None
        self.report = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.run_button = QPushButton(translate("LabGradcheckView", "Check gradients"))
        self.run_button.clicked.connect(self.compute)
        bar.addWidget(self.run_button)
        bar.addWidget(QLabel(translate("LabGradcheckView", "on")))
        self.batch_box = QSpinBox()
        self.batch_box.setRange(1, 64)
        self.batch_box.setValue(4)
        self.batch_box.setSuffix(translate("LabGradcheckView", " samples"))
        bar.addWidget(self.batch_box)
        self.verdict = result_label()
        bar.addWidget(self.verdict, 1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("LabGradcheckView", c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint_label(translate("LabGradcheckView", "x = the gradient arriving at the layer's input; W, b, γ, β = its parameters. "
                                    "Relative error = max|analytic − numeric| / max|gradient|, in float64; under "
                                    "1e-5 is a match. Big layers are checked on 40 entries (the largest gradients and "
                                    "random ones); entries exactly on a ReLU kink or a max-pool tie are skipped.")))
        self.set_source(None)
        theme.styled(self, lambda _pal: self.report is not None and self.show_report(self.report))

    def set_source(self, source) -> None:
        self.source = source
        self.run_button.setEnabled(source is not None)

    def compute(self) -> None:
        src, net, batch = self.source, self.source.fresh_net(), self.batch_box.value()

        def job(progress, should_stop):
            progress(0, 1)
            if should_stop():
                from netbuilder.analysis import Cancelled
                raise Cancelled()
            return gradient_report(net, src.x, src.y, batch=batch)

        self.jobs.run(translate("LabGradcheckView", "Checking gradients"), job, self.show_report)

    def show_report(self, report) -> None:
        self.report = report
        self.table.setRowCount(len(report.layers))
        for row, c in enumerate(report.layers):
            what = ", ".join(f"{k} {e:.1e}" + (translate("LabGradcheckView", " ({0} at kinks skipped)").format(s) if s else "")
                             for (k, e), (_, s) in zip(c.errors.items(), c.checked.values())) or translate("LabGradcheckView", "nothing to check")
            cells = (f"{c.layer + 1} {c.kind}", what, f"{c.worst:.1e}", translate("LabGradcheckView", "✓ match") if c.passed else translate("LabGradcheckView", "✗ MISMATCH"))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(QColor(theme.palette().good_bg if c.passed else theme.palette().bad_bg))
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        self.verdict.setText(translate("LabGradcheckView", "All layers' gradients match.") if report.passed else
                             theme.colored(translate("LabGradcheckView", "Some gradients do not match: that layer's backward is wrong."), "error", bold=True))
