"""The loss as one weight is swept over a range around its value, everything else fixed.

This is the depth study's experiment: in a deep sigmoid net the curve of a first-layer weight is
almost flat (the gradient that reaches it has been multiplied by sigmoid slopes ≤ 0.25 at every
layer), while a ReLU net's curve has a clear minimum in range. The current value is marked and the
gradient's tangent drawn, so the learner sees the slope the optimizer actually follows.
"""

from __future__ import annotations

from netbuilder.i18n import translate
from dataclasses import dataclass

import numpy as np

from netbuilder.analysis.common import LossProbe, tick


@dataclass(eq=False)  # compared by identity: the arrays make == ambiguous
class WeightSweep:
    layer: int                 # 0-based index in net.layers
    param: str                 # "W", "b", ...
    index: tuple[int, ...]     # position inside the parameter array
    values: np.ndarray         # the swept values of the weight
    losses: np.ndarray         # the loss on the evaluation batch at each value
    value: float               # the weight's current value
    loss: float                # the loss at the current value
    gradient: float            # d loss / d weight at the current value (analytic, the tangent's slope)
    label: str = ""            # e.g. "layer 2 Dense W[0, 17]" (layers numbered from 1, as on the cards)

    def tangent(self, values: np.ndarray) -> np.ndarray:
        return self.loss + self.gradient * (np.asarray(values) - self.value)


def weight_label(net, layer: int, param: str, index: tuple) -> str:
    return translate("Analysis", "layer {0} {1} {2}[{3}]").format(layer + 1, net.layers[layer].kind, param, ', '.join(map(str, index)))


def gradients_on(net, x, t) -> None:
    """Fill every layer's grads for the batch (x, t), in chunks averaged like one big batch."""
    n = len(x)
    total = {(i, k): np.zeros_like(g) for i, layer in enumerate(net.layers) for k, g in layer.grads.items()}
    for s in range(0, n, 500):
        xb, tb = x[s:s + 500], t[s:s + 500]
        net.loss_and_gradients(xb, tb)
        for (i, k), acc in total.items():
            acc += net.layers[i].grads[k] * (len(xb) / n)
    for (i, k), acc in total.items():
        net.layers[i].grads[k][...] = acc


def largest_gradient_weight(net, x, t, param: str = "W") -> tuple[int, str, tuple[int, ...]]:
    """(layer, param, index) of the weight whose gradient on (x, t) is largest in size right now."""
    gradients_on(net, x, t)
    best, where = -1.0, None
    for i, layer in enumerate(net.layers):
        g = layer.grads.get(param)
        if g is None or not g.size:
            continue
        flat = int(np.argmax(np.abs(g)))
        if abs(float(g.reshape(-1)[flat])) > best:
            best, where = abs(float(g.reshape(-1)[flat])), (i, param, np.unravel_index(flat, g.shape))
    if where is None:
        raise ValueError(translate("Analysis", "the network has no parameter named {0!r}").format(param))
    i, p, idx = where
    return i, p, tuple(int(v) for v in idx)


def resolve_index(net, layer: int, param: str, index) -> tuple[int, ...]:
    """A flat index or a full position -> a position in the array; ValueError saying what is wrong."""
    if not 0 <= layer < len(net.layers):
        raise ValueError(translate("Analysis", "layer {0} does not exist: the network has {1} layers").format(layer + 1, len(net.layers)))
    arrays = net.layers[layer].params
    if param not in arrays:
        have = ", ".join(arrays) or translate("Analysis", "no parameters")
        raise ValueError(translate("Analysis", "layer {0} ({1}) has no parameter {2!r} (it has {3})").format(layer + 1, net.layers[layer].kind, param, have))
    shape = arrays[param].shape
    index = tuple(int(v) for v in np.atleast_1d(index))
    if len(index) == 1 and len(shape) != 1:
        if not 0 <= index[0] < int(np.prod(shape)):
            raise ValueError(translate("Analysis", "index {0} is outside {1} of layer {2}, which has {3} entries").format(index[0], param, layer + 1, int(np.prod(shape))))
        return tuple(int(v) for v in np.unravel_index(index[0], shape))
    if len(index) != len(shape) or any(not 0 <= v < n for v, n in zip(index, shape)):
        raise ValueError(translate("Analysis", "position {0} does not fit {1} of layer {2}, shape {3}").format(list(index), param, layer + 1, list(shape)))
    return index


def sweep_weight(net, x, t, layer: int, index, param: str = "W", span: float | None = None,
                 points: int = 41, values: np.ndarray | None = None, progress=None, should_stop=None) -> WeightSweep:
    """Loss on (x, t) with net.layers[layer].params[param][index] set to each of `values` (default:
    `points` values over current ± span, span = max(1, 2·|current|)). The weight is put back after."""
    index = resolve_index(net, layer, param, index)
    array = net.layers[layer].params[param]
    current = float(array[index])
    if values is None:
        span = span if span is not None else max(1.0, 2 * abs(current))
        values = current + np.linspace(-span, span, points)
    values = np.asarray(values, dtype=np.float64)
    gradients_on(net, x, t)
    gradient = float(net.layers[layer].grads[param][index])
    probe = LossProbe(net, x, t)
    losses = np.empty(len(values))
    try:
        base = probe.loss(layer)
        for k, v in enumerate(values):
            tick(progress, should_stop, k, len(values))
            array[index] = v
            losses[k] = probe.loss(layer)
    finally:
        array[index] = current
    tick(progress, None, len(values), len(values))
    return WeightSweep(layer, param, index, values, losses, current, base, gradient,
                       weight_label(net, layer, param, index))
