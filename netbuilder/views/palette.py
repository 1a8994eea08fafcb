"""The layer palette: every registered kind, grouped by category, to drag or double-click.

Built from the registry alone, so a new layer file shows up here without touching this code.
"""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from netbuilder.engine.registry import layer_kinds
from netbuilder.model.pipeline import new_layer
from netbuilder.views import theme
from netbuilder.views.theme import category_icon, doc_html
from netbuilder.views.translation import translate

LAYER_KIND_MIME = "application/x-netbuilder-layer-kind"
_KIND_ROLE = Qt.ItemDataRole.UserRole


def palette_mime_data(kind: str) -> QMimeData:
    """What dragging `kind` out of the palette carries; text/plain is the new layer's JSON, for editors."""
    mime = QMimeData()
    mime.setData(LAYER_KIND_MIME, kind.encode("utf-8"))
    mime.setText(json.dumps(new_layer(kind)))
    return mime


def kind_from_mime(mime: QMimeData) -> str | None:
    if not mime.hasFormat(LAYER_KIND_MIME):
        return None
    return bytes(mime.data(LAYER_KIND_MIME)).decode("utf-8") or None


def kind_tooltip(cls) -> str:
    """The layer's doc and its declared parameters, as shown on hover in the palette."""
    category = translate("Layers", cls.category)
    lines = [f"<b>{html.escape(cls.kind)}</b> {theme.colored('· ' + category, 'muted')}",
             doc_html(translate("Layers", cls.doc))]
    if cls.PARAMS:
        params = "<br>".join(html.escape(p.describe()) for p in cls.PARAMS)
        lines.append(f"<span style='font-family:monospace'>{params}</span>")
    lines.append(translate("Palette", "<i>Drag into the pipeline, or double-click to add after the selection.</i>"))
    return "<p style='white-space:pre-wrap'>" + "<br><br>".join(lines) + "</p>"


class _Tree(QTreeWidget):
    def mimeTypes(self):
        return [LAYER_KIND_MIME, "text/plain"]

    def mimeData(self, items):
        kinds = [i.data(0, _KIND_ROLE) for i in items if i.data(0, _KIND_ROLE)]
        return palette_mime_data(kinds[0]) if kinds else None

    def supportedDragActions(self):
        return Qt.DropAction.CopyAction


class Palette(QWidget):
    kind_activated = Signal(str)  # double-click or Enter: add this kind after the selection

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = QLineEdit(placeholderText=translate("Palette", "Filter layers…"), clearButtonEnabled=True)
        self.filter.setToolTip(translate("Palette", "Show only layer kinds whose name or description contains this text"))
        self.tree = _Tree()
        self.tree.setObjectName("palette")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(8)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setToolTip(translate("Palette", "Layer kinds: drag one into the pipeline, or double-click to add it"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self._populate()
        theme.notifier().changed.connect(self._restyle)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree.itemActivated.connect(self._activated)

    def _populate(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        header_font = QFont(self.font())
        header_font.setBold(True)
        for kind, cls in layer_kinds().items():
            group = groups.get(cls.category)
            if group is None:
                group = QTreeWidgetItem(self.tree, [translate("Layers", cls.category).upper()])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFont(0, header_font)
                group.setForeground(0, self.palette().placeholderText())
                group.setToolTip(0, translate("Palette", "{0} layers").format(translate("Layers", cls.category)))
                group.setSizeHint(0, QSize(0, 28))  # air above each group heading
                group.setTextAlignment(0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
                groups[cls.category] = group
            item = QTreeWidgetItem(group, [kind])
            item.setData(0, _KIND_ROLE, kind)
            item.setIcon(0, category_icon(cls.category))
            item.setToolTip(0, kind_tooltip(cls))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
        self.tree.expandAll()

    def _restyle(self) -> None:
        """After a theme change: icons, headings and tooltips in the new palette's colours."""
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            group.setForeground(0, self.palette().placeholderText())
            for c in range(group.childCount()):
                item = group.child(c)
                cls = layer_kinds().get(item.data(0, _KIND_ROLE))
                if cls is not None:
                    item.setIcon(0, category_icon(cls.category))
                    item.setToolTip(0, kind_tooltip(cls))

    def kinds_shown(self) -> list[str]:
        shown = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount()):
                item = group.child(c)
                if not item.isHidden() and not group.isHidden():
                    shown.append(item.data(0, _KIND_ROLE))
        return shown

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            visible = 0
            for c in range(group.childCount()):
                item = group.child(c)
                kind = item.data(0, _KIND_ROLE)
                doc = translate("Layers", layer_kinds()[kind].doc)
                hit = not needle or needle in kind.lower() or needle in doc.lower() or needle in group.text(0).lower()
                item.setHidden(not hit)
                visible += hit
            group.setHidden(visible == 0)

    def _activated(self, item: QTreeWidgetItem) -> None:
        kind = item.data(0, _KIND_ROLE)
        if kind:
            self.kind_activated.emit(kind)
