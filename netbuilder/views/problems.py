"""The Problems panel: every reason the network cannot train yet; a click shows where."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.data.availability import missing_data
from netbuilder.model.analysis import Issue
from netbuilder.views import theme
from netbuilder.views.translation import translate

_ISSUE_ROLE = Qt.ItemDataRole.UserRole
# How the top-level JSON keys read in the panel ("layers" alone means the pipeline as a whole).
PLACES = {"layers": QT_TRANSLATE_NOOP("Problems", "Pipeline"), "input": QT_TRANSLATE_NOOP("Problems", "Input"), "data": QT_TRANSLATE_NOOP("Problems", "Data source"), "loss": QT_TRANSLATE_NOOP("Problems", "Loss"), "training": QT_TRANSLATE_NOOP("Problems", "Training"),
          "name": QT_TRANSLATE_NOOP("Problems", "Name"), "description": QT_TRANSLATE_NOOP("Problems", "Description")}


class ProblemsPanel(QListWidget):
    issue_activated = Signal(object)  # the Issue clicked

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.setObjectName("problems")
        self.setWordWrap(True)
        self.setToolTip(translate("Problems", "Everything that stops this network from training; click one to go to it"))
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)
        document.changed.connect(self.refresh)
        theme.notifier().changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        issues = self.document.analysis.issues
        if not issues:
            missing = missing_data(self.document.pipeline.settings.get("data"))
            if missing is not None:  # valid, but "ready to train" would be a lie
                item = QListWidgetItem(translate("Problems", "Data source — {0}").format(missing.message)
                                       + (translate("Problems", " Train offers to download it.") if missing.downloadable else ""))
                item.setForeground(QBrush(QColor(theme.palette().error)))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.addItem(item)
                return
            item = QListWidgetItem(translate("Problems", "No problems: the network is ready to train."))
            item.setForeground(QBrush(QColor(theme.palette().muted)))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
            return
        ids = self.document.pipeline.ids
        for issue in issues:
            item = QListWidgetItem(f"{self.where(issue, ids)} — {issue.message}")
            item.setData(_ISSUE_ROLE, issue)
            item.setForeground(QBrush(QColor(theme.palette().error)))
            item.setToolTip(f"{issue.path or 'network'}: {issue.message}")
            self.addItem(item)

    def where(self, issue: Issue, ids: list[int]) -> str:
        """ "Layer 3 · Conv2D · kernel_size", or a setting such as "Training · optimizer · lr"."""
        if issue.node_id is not None and issue.node_id in ids:
            node = self.document.pipeline.node(issue.node_id)
            text = translate("Problems", "Layer {0} · {1}").format(ids.index(issue.node_id) + 1, node.kind)
            return f"{text} · {issue.param}" if issue.param else text
        if not issue.path:
            return translate("Problems", "Network")
        head, *rest = issue.path.split(".")
        return " · ".join([translate("Problems", PLACES[head]) if head in PLACES else head, *rest])

    def _clicked(self, item: QListWidgetItem) -> None:
        issue = item.data(_ISSUE_ROLE)
        if issue is not None:
            self.issue_activated.emit(issue)

    def count_issues(self) -> int:
        return len(self.document.analysis.issues)
