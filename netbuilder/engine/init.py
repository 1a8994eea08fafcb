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

RELU_FAMILY = ("ReLU", "LeakyReLU")
# Layers that sit between a weight layer and its activation without changing which init suits it.
TRANSPARENT = ("BatchNorm", "Dropout", "Flatten", "Identity", "MaxPool2D", "AvgPool2D", "LocalResponseNorm")


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
    """he if the next activation after layer `index` is ReLU-family, xavier otherwise."""
    for kind in kinds[index + 1:]:
        if kind in TRANSPARENT:
            continue
        return "he" if kind in RELU_FAMILY else "xavier"
    return "xavier"
