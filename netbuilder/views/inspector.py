"""The inspector: the selected layer's form, a summary for several, or the network's settings.

A page is rebuilt only when what it shows changes identity (another layer, another kind); edits
merely refresh its values, so focus and the cursor stay in the field being typed into.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from netbuilder.views.layer_editor import LayerEditor
from netbuilder.views.settings_editor import SettingsEditor
from netbuilder.views.translation import translate


class _ManySelected(QWidget):
    def __init__(self, document, ids: list[int], parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(QLabel(translate("Inspector", "{0} layers selected").format(len(ids)), objectName="inspectorTitle"))
        reports = [document.analysis.reports.get(i) for i in ids]
        known = all(r is not None and r.output_shape is not None for r in reports)
        params = f"{sum(r.param_count for r in reports if r is not None):,}" if known else translate("Inspector", "An unknown number of")
        kinds = ", ".join(document.pipeline.node(i).kind for i in ids)
        text = QLabel(translate("Inspector", "{0}\n\n{1} parameters together.\n\nDelete, duplicate (Ctrl+D), copy or drag them as one; select a single layer to edit its settings.").format(kinds, params), objectName="muted")
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)

    def refresh(self) -> None:
        pass


class Inspector(QScrollArea):
    def __init__(self, document, dialogs, parent=None):
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(260)
        self.page: QWidget | None = None
        self._key = None
        self._ids: list[int] = []
        document.changed.connect(self._document_changed)
        self.show_selection([])

    def show_selection(self, ids: list[int]) -> None:
        self._ids = list(ids)
        if len(ids) == 1:
            key = ("layer", ids[0], self.document.pipeline.node(ids[0]).kind)
        elif ids:
            key = ("many", tuple(ids))
        else:
            key = ("settings",)
        if key == self._key and self.page is not None:
            self.page.refresh()
            return
        self._key = key
        if key[0] == "layer":
            page = LayerEditor(self.document, ids[0])
        elif key[0] == "many":
            page = _ManySelected(self.document, ids)
        else:
            page = SettingsEditor(self.document, self.dialogs)
        page.setObjectName("inspectorPage")
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(page)
        self.page = page

    def focus_issue(self, issue) -> None:
        """Put the cursor in the field a problem is about, when the current page has one."""
        widget = self.page.widget_for(issue) if hasattr(self.page, "widget_for") else None
        if widget is not None:
            self.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _document_changed(self) -> None:
        ids = [i for i in self._ids if i in set(self.document.pipeline.ids)]
        self.show_selection(ids)

