"""Undoable edits. Each command only calls pipeline-model methods, then tells the document.

Multi-layer edits (delete several, paste several, move a selection) are single commands over a
list of ids, so they undo as one step without needing a macro. Parameter edits on the same field of
the same node merge, so typing "128" into a spin box is one undo step, not three.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from netbuilder.model.pipeline import UNSET
from netbuilder.views.translation import translate

SET_PARAM_ID = 1
SET_SETTING_ID = 2


class _Command(QUndoCommand):
    def __init__(self, document, text: str):
        super().__init__(text)
        self.document = document
        self.pipeline = document.pipeline

    def _done(self) -> None:
        self.document._content_changed()


class InsertLayers(_Command):
    def __init__(self, document, index: int, raw_layers: list[dict], text: str = ""):
        kinds = ", ".join(dict.fromkeys(r.get("type", "?") for r in raw_layers))
        super().__init__(document, text or translate("Document", "Add {0}").format(kinds))
        self.index = index
        self.raw_layers = raw_layers
        self.ids: list[int] | None = None  # chosen on the first redo, reused after an undo

    def redo(self):
        self.ids = self.pipeline.insert_raw(self.index, self.raw_layers, self.ids)
        self._done()

    def undo(self):
        self.pipeline.remove(self.ids)
        self._done()


class RemoveLayers(_Command):
    def __init__(self, document, ids: list[int], text: str = ""):
        kinds = ", ".join(dict.fromkeys(document.pipeline.node(i).kind for i in ids))
        super().__init__(document, text or translate("Document", "Delete {0}").format(kinds))
        self.ids = list(ids)
        self.removed = []

    def redo(self):
        self.removed = self.pipeline.remove(self.ids)
        self._done()

    def undo(self):
        self.pipeline.restore(self.removed)
        self._done()


class MoveLayers(_Command):
    def __init__(self, document, ids: list[int], gap: int):
        kinds = ", ".join(dict.fromkeys(document.pipeline.node(i).kind for i in ids))
        super().__init__(document, translate("Document", "Move {0}").format(kinds))
        self.ids = list(ids)
        self.gap = gap
        self.before: list[int] = []

    def redo(self):
        self.before = self.pipeline.move(self.ids, self.gap)
        self._done()

    def undo(self):
        self.pipeline.reorder(self.before)
        self._done()


class SetLayerParam(_Command):
    def __init__(self, document, node_id: int, name: str, value):
        node = document.pipeline.node(node_id)
        super().__init__(document, translate("Document", "Set {0} {1}").format(node.kind, name))
        self.node_id = node_id
        self.name = name
        self.old = node.params.get(name, UNSET)
        self.new = value

    def id(self):
        return SET_PARAM_ID

    def mergeWith(self, other):
        if not isinstance(other, SetLayerParam) or (other.node_id, other.name) != (self.node_id, self.name):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self):
        self.pipeline.set_param(self.node_id, self.name, self.new)
        self._done()

    def undo(self):
        self.pipeline.set_param(self.node_id, self.name, self.old)
        self._done()


class SetSetting(_Command):
    def __init__(self, document, path: tuple, value):
        super().__init__(document, translate("Document", "Set {0}").format(' '.join(path)))
        self.path = tuple(path)
        self.old = document.pipeline.get_setting(self.path, UNSET)
        self.new = value

    def id(self):
        return SET_SETTING_ID

    def mergeWith(self, other):
        if not isinstance(other, SetSetting) or other.path != self.path:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self):
        self.pipeline.set_setting(self.path, self.new)
        self._done()

    def undo(self):
        self.pipeline.set_setting(self.path, self.old)
        self._done()
