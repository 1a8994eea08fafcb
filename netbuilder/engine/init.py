"""Weight initialisers.

Weights are drawn in float64 and then cast, so a float32 and a float64 network built from the same
spec and seed start from the same numbers (the gradient checks rely on it).
"""

from __future__ import annotations

import numpy as np

from netbuilder.engine.params import Param

SCHEMES = ("auto", "he", "xavier", "normal")

INIT_PARAMS = (
    Param("init", "choice", "auto", "weight initialiser; auto = he before a ReLU-family activation, xavier otherwise",
          choices=SCHEMES, advanced=True),
    Param("std", "float", 0.01, "standard deviation for init = normal", min=0, min_exclusive=True, advanced=True),
)

def draw_weights(shape, fan_in: int, fan_out: int, scheme: str, std: float, rng: np.random.Generator) -> np.ndarray:
    if scheme == "he":
        scale = np.sqrt(2.0 / fan_in)
    elif scheme == "xavier":
        scale = np.sqrt(2.0 / (fan_in + fan_out))
    elif scheme == "normal":
        scale = std
    else:
        raise ValueError(f"unresolved init scheme {scheme!r}")
    return rng.standard_normal(shape) * scale


def resolve_auto(kinds: list[str], index: int) -> str:
    """he if the next deciding layer after layer `index` is a ReLU-family activation, xavier
    otherwise; each layer class says which it is (its INIT_ROLE), so a new kind is one file."""
    from netbuilder.engine.registry import layer_class

    for kind in kinds[index + 1:]:
        role = layer_class(kind).INIT_ROLE
        if role == "pass":
            continue
        return "he" if role == "he" else "xavier"
    return "xavier"
