"""Status-bar widgets: the network's totals and a problem count that opens the Problems panel."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QToolButton

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.format import count_text, size_text
from netbuilder.data.availability import missing_data
from netbuilder.views import theme
from netbuilder.model.memory import too_big
from netbuilder import i18n
from netbuilder.views.translation import translate


def memory_problem(document) -> str | None:
    """Why the valid network cannot be trained here for lack of memory, or None: the same check the
    session makes before allocating, made while editing so nothing says "Ready to train" first."""
    spec = document.spec
    if spec is None:
        return None
    try:
        return too_big(spec)
    except (ValueError, TypeError, OverflowError):  # an estimate that cannot be made is not a refusal
        return None


class TotalsLabel(QLabel):
    """Parameters, multiply-adds per sample and weight memory of the layers that are valid."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.setObjectName("totals")
        self.setToolTip(translate("Status", "Totals over the layers whose shapes are known:\n"
                        "trainable parameters · multiply-adds per sample (forward pass) · weight memory (float32)"))
        document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        a = self.document.analysis
        # While some shapes are unknown the sums cover only part of the network: say "at least".
        at_least = "≥ " if any(r.output_shape is None for r in a.reports.values()) else ""
        self.setText(translate("Status", "<b>{0}{1}</b> parameters &nbsp;·&nbsp; <b>{2}{3}</b> multiply-adds/sample &nbsp;·&nbsp; <b>{4}{5}</b> weights").format(at_least, count_text(a.param_count), at_least, count_text(a.macs), at_least, size_text(a.weight_bytes)))


RUN_TEXT = {  # what the badge says instead of "Ready to train" while a run is on
    "loading": (QT_TRANSLATE_NOOP("Status", "● Loading data…"), QT_TRANSLATE_NOOP("Status", "The run is loading its data and building the network")),
    "running": (QT_TRANSLATE_NOOP("Status", "● Training"), QT_TRANSLATE_NOOP("Status", "A run is under way; edits to the network apply to the next run")),
    "paused": (QT_TRANSLATE_NOOP("Status", "❚❚ Paused"), QT_TRANSLATE_NOOP("Status", "The run is paused: Resume, Step or Stop it")),
    "diverged": (QT_TRANSLATE_NOOP("Status", "⚠ Diverged"), QT_TRANSLATE_NOOP("Status", "The loss became NaN or infinite: lower the learning rate and Resume")),
}


class ProblemsBadge(QToolButton):
    """The network's readiness at a glance: its problems, missing data, a run under way, or ready."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.run_state = "idle"
        self.setObjectName("problemsBadge")
        self.setAutoRaise(True)
        self.setToolTip(translate("Status", "Show the Problems panel"))
        document.changed.connect(self.refresh)
        self.refresh()

    def set_run_state(self, state: str) -> None:
        """Follow the training controller's state (a run.control.State value)."""
        self.run_state = str(state)
        self.refresh()

    def refresh(self) -> None:
        n = len(self.document.analysis.issues)
        missing = None if n else missing_data(self.document.pipeline.settings.get("data"))
        if n:
            self.setText(i18n.translate("Status", "⚠ %n problem(s)", None, n))
            self.setToolTip(translate("Status", "Show the Problems panel"))
        elif self.run_state in RUN_TEXT:
            text, tip = (translate("Status", t) for t in RUN_TEXT[self.run_state])
            self.setText(text)
            self.setToolTip(tip)
        elif (too_much := memory_problem(self.document)) is not None:
            self.setText(translate("Status", "⚠ Too big to train"))
            self.setToolTip(too_much)
        elif missing is not None:
            self.setText(translate("Status", "⚠ Needs {0}").format(missing.title))
            self.setToolTip(missing.message + (translate("Status", " Train offers to download it.") if missing.downloadable
                                               else translate("Status", " Choose another data source in the network settings.")))
        else:
            self.setText(translate("Status", "✓ Ready to train"))
            self.setToolTip(translate("Status", "The network is valid and its data is on this computer"))
        # The colour: app.qss's [state="..."] rules, the same colour per run state as the toolbar's label.
        bad = self.text().startswith("⚠") and self.run_state not in RUN_TEXT or bool(n)
        theme.set_state(self, "state", "bad" if bad else self.run_state if self.run_state in RUN_TEXT else "ready")
