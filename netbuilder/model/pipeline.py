"""The pipeline being designed: ordered layer nodes with stable ids, plus the network's settings.

Nodes keep their raw JSON parameters (only what the user set), not the filled-in config, so a
saved file says what the user chose and nothing more, and a hand-edited value survives a round
trip untouched. Ids outlive reordering, so an undo command or a selection can name a layer
without caring where it has moved to. Everything here is plain Python: the command-line tool and
the tests use it without Qt.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from netbuilder.i18n import translate
from netbuilder.engine.spec import FORMAT, TOP_KEYS, VERSION

UNSET = object()  # "no value": set_param/set_setting with it removes the key (the default applies)

_SETTING_KEYS = tuple(k for k in TOP_KEYS if k not in ("format", "version", "layers"))


@dataclass
class LayerNode:
    id: int
    kind: str
    params: dict = field(default_factory=dict)  # raw JSON values, without "type"

    def raw(self) -> dict:
        """The layer as it appears in the file."""
        return {"type": self.kind, **copy.deepcopy(self.params)}


class Pipeline:
    """An editable network document; `to_doc()` is exactly what gets saved."""

    def __init__(self, doc: dict | None = None):
        self.nodes: list[LayerNode] = []
        self.settings: dict = {}
        self._next_id = 1
        if doc is not None:
            self.from_doc(doc)

    # --- reading -----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.nodes)

    @property
    def ids(self) -> list[int]:
        return [n.id for n in self.nodes]

    def node(self, node_id: int) -> LayerNode:
        for n in self.nodes:
            if n.id == node_id:
                return n
        raise KeyError(f"no layer with id {node_id}")

    def index_of(self, node_id: int) -> int:
        for i, n in enumerate(self.nodes):
            if n.id == node_id:
                return i
        raise KeyError(f"no layer with id {node_id}")

    def raw_layers(self, ids=None) -> list[dict]:
        """Raw layer objects, in pipeline order, of all nodes or of the given ids."""
        wanted = None if ids is None else set(ids)
        return [n.raw() for n in self.nodes if wanted is None or n.id in wanted]

    @property
    def input_shape(self) -> tuple | None:
        """The declared input shape when it is a list of whole numbers, else None."""
        inp = self.settings.get("input")
        shape = inp.get("shape") if isinstance(inp, dict) else None
        if isinstance(shape, list) and shape and all(isinstance(d, int) and not isinstance(d, bool) for d in shape):
            return tuple(shape)
        return None

    def get_setting(self, path: tuple, default=None):
        value = self.settings
        for key in path:
            if not isinstance(value, dict) or key not in value:
                return default
            value = value[key]
        return copy.deepcopy(value)

    # --- editing (every method returns what its undo needs) ----------------------------------
    def insert(self, index: int, kind: str, params: dict | None = None, node_id: int | None = None) -> int:
        if node_id is None:
            node_id = self._next_id
        elif any(n.id == node_id for n in self.nodes):
            raise ValueError(f"layer id {node_id} is already in use")
        self._next_id = max(self._next_id, node_id + 1)
        index = max(0, min(index, len(self.nodes)))
        self.nodes.insert(index, LayerNode(node_id, str(kind), copy.deepcopy(params or {})))
        return node_id

    def add(self, kind: str, params: dict | None = None) -> int:
        return self.insert(len(self.nodes), kind, params)

    def insert_raw(self, index: int, raw_layers: list[dict], ids: list[int] | None = None) -> list[int]:
        """Insert raw layer objects as consecutive nodes; `ids` reuses ids (for redo)."""
        new_ids = []
        for offset, raw in enumerate(raw_layers):
            params = {k: v for k, v in raw.items() if k != "type"}
            node_id = ids[offset] if ids is not None else None
            new_ids.append(self.insert(index + offset, raw.get("type", "?"), params, node_id))
        return new_ids

    def remove(self, ids) -> list[tuple[int, LayerNode]]:
        """Remove nodes; returns (index, node) pairs in ascending index for `restore`."""
        wanted = set(ids)
        removed = [(i, n) for i, n in enumerate(self.nodes) if n.id in wanted]
        self.nodes = [n for n in self.nodes if n.id not in wanted]
        return removed

    def restore(self, removed: list[tuple[int, LayerNode]]) -> None:
        for index, node in removed:
            self.nodes.insert(index, node)

    def move(self, ids, gap: int) -> list[int]:
        """Move the given nodes, keeping their order, into the gap before position `gap`.

        `gap` counts positions in the current order (0 = first, len = last), the way a drop
        indicator shows it. Returns the previous order of ids for `reorder`.
        """
        before = self.ids
        wanted = set(ids)
        moving = [n for n in self.nodes if n.id in wanted]
        gap -= sum(1 for n in self.nodes[:gap] if n.id in wanted)
        rest = [n for n in self.nodes if n.id not in wanted]
        gap = max(0, min(gap, len(rest)))
        self.nodes = rest[:gap] + moving + rest[gap:]
        return before

    def reorder(self, order: list[int]) -> None:
        by_id = {n.id: n for n in self.nodes}
        if sorted(order) != sorted(by_id):
            raise ValueError("reorder needs exactly the current ids")
        self.nodes = [by_id[i] for i in order]

    def set_param(self, node_id: int, name: str, value):
        """Set (or with UNSET, remove) a raw parameter; returns the previous value or UNSET."""
        params = self.node(node_id).params
        old = params.get(name, UNSET)
        if value is UNSET:
            params.pop(name, None)
        else:
            params[name] = copy.deepcopy(value)
        return old

    def set_setting(self, path: tuple, value):
        """Set a non-layer setting such as ("training", "optimizer", "lr"); returns the old value."""
        if not path or path[0] not in _SETTING_KEYS:
            raise KeyError(translate("Engine", "not a network setting: {0!r}").format(path))
        parent = self.settings
        for key in path[:-1]:
            if not isinstance(parent.get(key), dict):
                parent[key] = {}
            parent = parent[key]
        old = copy.deepcopy(parent[path[-1]]) if path[-1] in parent else UNSET
        if value is UNSET:
            parent.pop(path[-1], None)
        else:
            parent[path[-1]] = copy.deepcopy(value)
        return old

    # --- documents ---------------------------------------------------------------------------
    def to_doc(self) -> dict:
        """The network JSON document, keys in the file's usual order."""
        doc = {"format": FORMAT, "version": VERSION}
        for key in TOP_KEYS:
            if key == "layers":
                doc["layers"] = self.raw_layers()
            elif key in self.settings:
                doc[key] = copy.deepcopy(self.settings[key])
        for key, value in self.settings.items():  # anything unknown is kept, so validation can name it
            if key not in doc:
                doc[key] = copy.deepcopy(value)
        return doc

    def from_doc(self, doc: dict) -> None:
        """Replace everything with a document's content (already migrated, if it came from a file)."""
        if not isinstance(doc, dict):
            raise ValueError(translate("Engine", "a network document must be a JSON object"))
        layers = doc.get("layers", [])
        if not isinstance(layers, list) or not all(isinstance(l, dict) for l in layers):
            raise ValueError(translate("Engine", '"layers" must be a list of layer objects'))
        self.nodes = []
        self._next_id = 1
        self.settings = {k: copy.deepcopy(v) for k, v in doc.items() if k not in ("format", "version", "layers")}
        self.insert_raw(0, layers)


def new_layer(kind: str) -> dict:
    """A fresh layer as the palette makes it: the values shown on its card written out.

    Spelling out the card's parameters makes the saved file self-explanatory; everything else
    stays implicit so a later change of a default still reaches layers nobody tuned.
    """
    from netbuilder.engine.registry import layer_class
    cls = layer_class(kind)
    return {"type": kind, **{p.name: p.default for p in cls.PARAMS if p.name in cls.SUMMARY and not p.required}}
