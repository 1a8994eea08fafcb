"""The open network: the pipeline model, its undo stack, its file, and whether it is saved.

Views never change the pipeline directly; they call the edit methods here, which push commands, so
every change is undoable and every change goes through `_content_changed` — the single place that
re-validates and tells the views. Opening a file validates it completely before anything is
replaced, so a bad file can never clobber the work in the window.
"""

from __future__ import annotations

import pathlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from netbuilder.document.commands import InsertLayers, MoveLayers, RemoveLayers, SetLayerParam, SetSetting
from netbuilder.engine.spec import NetworkSpec
from netbuilder.io.network_file import load_network, save_network
from netbuilder.model.analysis import Analysis, analyze
from netbuilder.model.pipeline import Pipeline
from netbuilder.views.translation import translate


class Document(QObject):
    changed = Signal()           # content changed (edit, undo, redo); `analysis` is already fresh
    reset = Signal()             # content replaced wholesale (new, open): ids from before are gone
    path_changed = Signal()
    modified_changed = Signal(bool)

    def __init__(self, doc: dict | None = None, path: str | None = None, parent=None):
        super().__init__(parent)
        self.pipeline = Pipeline(doc or {"input": {"shape": [1, 28, 28]}, "layers": []})
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.path: str | None = path
        self.analysis: Analysis = analyze(self.pipeline)

    # --- state -------------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def spec(self) -> NetworkSpec | None:
        """The frozen, validated network (what the trainer gets), or None while problems exist."""
        return self.analysis.spec

    def to_doc(self) -> dict:
        return self.pipeline.to_doc()

    def display_name(self) -> str:
        if self.path:
            return pathlib.Path(self.path).name
        name = self.pipeline.settings.get("name")
        return translate("Document", "{0} (unsaved)").format(name) if isinstance(name, str) and name else translate("Document", "Untitled")

    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    def _content_changed(self) -> None:
        self.analysis = analyze(self.pipeline)
        self.changed.emit()

    # --- edits -------------------------------------------------------------------------------
    def insert_layers(self, index: int, raw_layers: list[dict], text: str = "") -> list[int]:
        if not raw_layers:
            return []
        cmd = InsertLayers(self, index, [dict(r) for r in raw_layers], text)
        self.undo_stack.push(cmd)
        return list(cmd.ids)

    def remove_layers(self, ids) -> None:
        ids = [i for i in self.pipeline.ids if i in set(ids)]
        if ids:
            self.undo_stack.push(RemoveLayers(self, ids))

    def move_layers(self, ids, gap: int) -> None:
        ids = [i for i in self.pipeline.ids if i in set(ids)]
        order = self.pipeline.ids
        if not ids:
            return
        trial = Pipeline()
        trial.nodes = list(self.pipeline.nodes)
        trial.move(ids, gap)
        if trial.ids != order:  # a drop back onto its own place is not an edit
            self.undo_stack.push(MoveLayers(self, ids, gap))

    def duplicate_layers(self, ids) -> list[int]:
        ids = [i for i in self.pipeline.ids if i in set(ids)]
        if not ids:
            return []
        after = self.pipeline.index_of(ids[-1]) + 1
        return self.insert_layers(after, self.pipeline.raw_layers(ids), translate("Document", "Duplicate"))

    def set_layer_param(self, node_id: int, name: str, value) -> None:
        if self.pipeline.node(node_id).params.get(name, object()) != value:
            self.undo_stack.push(SetLayerParam(self, node_id, name, value))

    def set_setting(self, path: tuple, value) -> None:
        if self.pipeline.get_setting(tuple(path), object()) != value:
            self.undo_stack.push(SetSetting(self, tuple(path), value))

    # --- files -------------------------------------------------------------------------------
    def replace(self, doc: dict, path: str | None = None) -> None:
        """New content from a template or a file: a fresh history, nothing to save yet."""
        self.pipeline.from_doc(doc)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.path = path
        self.analysis = analyze(self.pipeline)
        self.reset.emit()
        self.changed.emit()
        self.path_changed.emit()
        self.modified_changed.emit(False)

    def open(self, path) -> None:
        """Load a file; NetworkFileError (nothing replaced) when it is not a usable network."""
        spec = load_network(path)
        self.replace(spec.doc, str(path))

    def save(self, path=None) -> None:
        """Write atomically to `path` (or the current file); OSError leaves everything as it was."""
        path = str(path or self.path)
        save_network(path, self.to_doc())
        self.undo_stack.setClean()
        if path != self.path:
            self.path = path
            self.path_changed.emit()
