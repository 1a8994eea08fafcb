"""The layer registry: kind name -> class.

Layer modules register themselves with `@register`; importing `netbuilder.engine.layers` imports
every module in that folder, so adding a layer kind is adding one file.
"""

from __future__ import annotations

from netbuilder.engine.params import kind_name

_LAYERS: dict = {}

CATEGORIES = ("Core", "Convolution", "Pooling", "Activation", "Normalization", "Regularization")


def register(cls):
    if cls.kind in _LAYERS:
        raise ValueError(f"layer kind {cls.kind!r} registered twice")
    if cls.category not in CATEGORIES:
        raise ValueError(f"layer {cls.kind!r} has unknown category {cls.category!r}")
    _LAYERS[cls.kind] = cls
    return cls


_loaded = False


def _ensure_loaded() -> None:
    # Once: with PySide6 loaded, every import statement goes through its import hook (~0.2 ms),
    # and the builder looks up each layer's class on every edit.
    global _loaded
    if not _loaded:
        import netbuilder.engine.layers  # noqa: F401  (registers every kind)
        _loaded = True


def layer_kinds() -> dict:
    """Every registered kind, in category order then registration order."""
    _ensure_loaded()
    order = {c: i for i, c in enumerate(CATEGORIES)}
    return dict(sorted(_LAYERS.items(), key=lambda kv: order[kv[1].category]))


def layer_class(kind: str):
    _ensure_loaded()
    return _LAYERS[kind_name(kind, "layer", _LAYERS)]
