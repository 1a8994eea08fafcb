"""Saturated and dead units per activation layer: the vanishing-gradient story, measured.

The measure is the activation's own local derivative f'(x), read from the layer's backward pass
(backward(ones) = f'(x) for an element-wise layer), so it needs no list of layer kinds:
  saturated  share of outputs where f'(x) < 0.05 (sigmoid/tanh near their bounds; a ReLU's zeros),
  dead       share of units (a channel for images) with f'(x) < 0.05 for every sample and position
             of the batch: no gradient passes through them at all, so they cannot recover,
plus the mean and standard deviation of the layer's outputs. The threshold is the engine's
(engine/saturation.py), the one the pipeline cards use.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from netbuilder.analysis.common import acts_per_value, tick
from netbuilder.engine.saturation import SLOPE, saturated

__all__ = ["SLOPE", "LayerActivity", "activity", "activity_over_training"]


@dataclass
class LayerActivity:
    layer: int          # 0-based
    kind: str
    saturated: float    # share of outputs with derivative < SLOPE
    dead: float         # share of units with derivative < SLOPE on the whole batch
    mean: float
    std: float


def activity(net, x: np.ndarray) -> list[LayerActivity]:
    """Statistics of every element-wise activation layer on the batch `x` (inference mode)."""
    h = net._input(x)
    out = []
    for i, layer in enumerate(net.layers):
        if layer.category == "Activation" and acts_per_value(layer):
            y = layer.forward(h, True)   # train=True only caches what backward needs; activations keep no state
            small = saturated(layer.backward(np.ones_like(y)))
            axes = (0, *range(2, small.ndim))  # everything but the unit (channel) axis
            dead = float(np.mean(small.all(axis=axes))) if small.ndim >= 2 else float("nan")
            yf = y.astype(np.float64)
            out.append(LayerActivity(i, layer.kind, float(small.mean()), dead, float(yf.mean()), float(yf.std())))
            h = y
        else:
            h = layer.forward(h, False)
    return out


def activity_over_training(net, states: list[dict], x: np.ndarray, progress=None, should_stop=None
                           ) -> list[list[LayerActivity]]:
    """`activity` for each stored state (e.g. the weights at each epoch); net's weights are put back."""
    from netbuilder.analysis.directions import learned

    original = learned(net)
    result = []
    try:
        for k, state in enumerate(states):
            tick(progress, should_stop, k, len(states))
            for key, v in state.items():
                i, name = key.split(".", 1)
                net.layers[int(i)].params[name][...] = v
            result.append(activity(net, x))
    finally:
        for key, v in original.items():
            i, name = key.split(".", 1)
            net.layers[int(i)].params[name][...] = v
    tick(progress, None, len(states), len(states))
    return result
