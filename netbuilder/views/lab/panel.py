"""The Lab tab: one background job at a time (progress + Cancel) shared by five views."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

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


class LabPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.source = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.note = QLabel(translate("LabPanel", WAITING))
        self.note.setWordWrap(True)
        self.note.setObjectName("muted")
        layout.addWidget(self.note)
        self.jobs = JobBar()
        layout.addWidget(self.jobs)
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

    def set_source(self, source) -> None:
        """A LabSource (training paused, stopped or finished) or None (no network, or training running)."""
        self.jobs.cancel()
        self.source = source
        for view in (self.sweep, self.landscape, self.explain, self.gradcheck, self.saturation):
            view.set_source(source)
        if source is None:
            self.note.setText(translate("LabPanel", WAITING))
        else:
            kept = translate("LabPanel", ", weights of {0} epochs kept").format(len(source.states)) if source.states else ""
            text = translate("LabPanel", "{0}: {1} evaluation samples{2}.").format(source.name, len(source.x), kept)
            if source.paused_at is not None:
                text += " " + translate("LabPanel", "A copy of the paused run after {0} steps: resuming does not change it, and the lab waits again while training runs.").format(source.paused_at)
            self.note.setText(text)

    def shutdown(self) -> None:
        self.jobs.shutdown()
