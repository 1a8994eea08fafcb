"""The Lab tab: one background job at a time (progress + Cancel) shared by five views, and the
network they work on: this window's run (a copy, while it is paused or after it ended) or a run
opened from the run history ("Open in Lab"). Sweeping the same weight in two of them, with Keep
in between, puts e.g. a 5-layer sigmoid net and its ReLU twin on one chart."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.views.lab.explain_view import ExplainView
from netbuilder.views.lab.gradcheck_view import GradCheckView
from netbuilder.views.lab.job import JobBar
from netbuilder.views.lab.landscape_view import LandscapeView
from netbuilder.views.lab.saturation_view import SaturationView
from netbuilder.views.lab.sweep_view import WeightSweepView
from netbuilder.views.translation import translate

WAITING = (QT_TRANSLATE_NOOP("LabPanel", "The lab works on a copy of the trained network. Train it, then Pause or Stop (or let it finish): "
           "the views below become available."))
LIVE = QT_TRANSLATE_NOOP("LabPanel", "This window's run")


class LabPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.source = None          # what the views work on now
        self.live = None            # this window's run (None while it trains, or without a run)
        self.stored: list = []      # runs opened from the history
        # Its content scrolls when the window is short: the live tabs share one stack, whose minimum
        # height is its tallest page's, and the Lab's 281 px (with the Run History dock shown after
        # a run) made the window 730 px tall at 1024×700.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumHeight(120)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("LabPanel", "Network")))
        self.network_box = QComboBox()
        self.network_box.setToolTip(translate("LabPanel", "What the lab works on: this window's run, or a run opened from the run history (Open in Lab)"))
        self.network_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.network_box.setMaximumWidth(360)
        self.network_box.addItem(translate("LabPanel", LIVE), None)
        self.network_box.currentIndexChanged.connect(self._chosen)
        top.addWidget(self.network_box)
        self.note = QLabel(translate("LabPanel", WAITING))
        self.note.setWordWrap(True)
        self.note.setObjectName("muted")
        self.note.setMinimumWidth(200)  # wraps into a few lines, not a column of words that makes the window taller
        top.addWidget(self.note, 1)
        self.jobs = JobBar()
        top.addWidget(self.jobs, 1)   # one row for all three: at 1024×700 every pixel of height counts
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.sweep = WeightSweepView(self.jobs)
        self.landscape = LandscapeView(self.jobs)
        self.explain = ExplainView()
        self.gradcheck = GradCheckView(self.jobs)
        self.saturation = SaturationView(self.jobs)
        for widget, title, tip in (
                (self.sweep, translate("LabPanel", "Loss along a weight"), translate("LabPanel", "Sweep one weight and watch the loss")),
                (self.landscape, translate("LabPanel", "Landscape"), translate("LabPanel", "The loss along a line and over a plane of weight space")),
                (self.explain, translate("LabPanel", "Explain a unit"), translate("LabPanel", "One unit's computation with its numbers")),
                (self.gradcheck, translate("LabPanel", "Gradient check"), translate("LabPanel", "Each layer's backward pass against numerical gradients")),
                (self.saturation, translate("LabPanel", "Saturation"), translate("LabPanel", "Saturated and dead units per layer over training"))):
            self.tabs.setTabToolTip(self.tabs.addTab(widget, title), tip)
        layout.addWidget(self.tabs, 1)

    # --- which network ------------------------------------------------------------------------------
    def set_source(self, source) -> None:
        """This window's run: a LabSource (paused, stopped or finished) or None (no network, or
        training running). Shown at once unless a stored run is chosen in the Network box."""
        self.live = source
        if self.network_box.currentIndex() == 0:
            self._show(source)

    def add_stored(self, sources) -> None:
        """Runs opened from the history join the Network box; the first of them is chosen."""
        first = None
        for source in sources:
            old = next((k for k, s in enumerate(self.stored) if s.run_id == source.run_id), None)
            if old is not None:
                self.stored[old] = source
                index = old + 1
            else:
                self.stored.append(source)
                self.network_box.addItem(source.name, source.run_id)
                index = self.network_box.count() - 1
            first = index if first is None else first
        if first is not None:
            if self.network_box.currentIndex() == first:
                self._chosen(first)
            self.network_box.setCurrentIndex(first)

    def open_runs(self, store, run_ids) -> None:
        """Load runs from the history in the background (their data too), then add them."""
        from netbuilder.analysis.common import tick
        from netbuilder.views.lab.source import source_from_run
        ids = [int(i) for i in run_ids]

        def job(progress, should_stop):
            out = []
            for k, run_id in enumerate(ids):
                tick(progress, should_stop, k, len(ids))
                out.append(source_from_run(store, run_id))
            tick(progress, None, len(ids), len(ids))
            return out

        self.jobs.run(translate("LabPanel", "Opening run(s) {0} from the history").format(", ".join(f"#{i}" for i in ids)),
                      job, self.add_stored)

    def choose_network(self, index: int) -> None:
        self.network_box.setCurrentIndex(index)

    def _chosen(self, index: int) -> None:
        self._show(self.live if index <= 0 else self.stored[index - 1])

    def _show(self, source) -> None:
        self.jobs.cancel()
        self.source = source
        for view in (self.sweep, self.landscape, self.explain, self.gradcheck, self.saturation):
            view.set_source(source)
        if source is None:
            self.note.setText(translate("LabPanel", WAITING))
            return
        # The states include the start (epoch 0): "weights of 3 epochs" after a 2-epoch run misled.
        kept = (translate("LabPanel", ", weights kept at epochs {0}–{1}").format(source.epochs[0], source.epochs[-1])
                if source.states and len(source.epochs) > 1 else "")
        text = translate("LabPanel", "{0}: {1} evaluation samples{2}.").format(source.name, len(source.x), kept)
        if source.paused_at is not None:
            text += " " + translate("LabPanel", "A copy of the paused run (step {0}); resuming leaves it as it is.").format(source.paused_at)
        if source.run_id is not None:
            text += " " + translate("LabPanel", "Final weights from the run history (it keeps none per epoch).")
        self.note.setText(text)

    def shutdown(self) -> None:
        self.jobs.shutdown()
