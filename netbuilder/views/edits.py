"""Pipeline edits the keyboard and the Edit menu make on the selection: cut, copy, paste,
duplicate, delete, move, and adding a layer from the palette. Each is one Document call (so one
undo step); this class only decides what is selected afterwards, for the keyboard flow."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from netbuilder.model.clipboard import layers_from_text, layers_to_text
from netbuilder.model.pipeline import new_layer
from netbuilder import i18n
from netbuilder.views.translation import translate


class PipelineEdits:
    def __init__(self, document, pipeline_view, status):
        self.document = document
        self.view = pipeline_view
        self.status = status  # status(text, ms): a status-bar line

    def add_kind(self, kind: str) -> None:
        """Palette double-click: a new layer right after the selection (or at the end)."""
        ids = self.document.insert_layers(self.view.insertion_index(), [new_layer(kind)])
        self.view.set_selection(ids)

    def delete(self) -> None:
        """Remove the selection, then select the layer that moved up into its place."""
        ids = self.view.selected_ids()
        if not ids:
            return
        first = self.document.pipeline.index_of(ids[0])
        self.document.remove_layers(ids)
        rest = self.document.pipeline.ids
        self.view.set_selection([rest[min(first, len(rest) - 1)]] if rest else [])

    def duplicate(self) -> None:
        self.view.set_selection(self.document.duplicate_layers(self.view.selected_ids()))

    def copy(self) -> None:
        ids = self.view.selected_ids()
        if ids:
            QApplication.clipboard().setText(layers_to_text(self.document.pipeline.raw_layers(ids)))
            count = len(ids)  # a plain name: pyside6-lupdate reads no expression as the count
            self.status(i18n.translate("Edits", "Copied %n layer(s) as JSON", None, count), 3000)

    def cut(self) -> None:
        self.copy()
        self.delete()

    def paste(self) -> None:
        try:
            raw = layers_from_text(QApplication.clipboard().text())
        except ValueError as e:
            self.status(translate("Edits", "Nothing pasted: {0}").format(e), 5000)
            return
        ids = self.document.insert_layers(self.view.insertion_index(), raw, translate("Edits", "Paste"))
        self.view.set_selection(ids)

    def move_selection(self, step: int) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        order = self.document.pipeline.ids
        gap = order.index(ids[0]) - 1 if step < 0 else order.index(ids[-1]) + 2
        if 0 <= gap <= len(order):
            self.document.move_layers(ids, gap)
