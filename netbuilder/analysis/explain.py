"""One unit's computation with the actual numbers for one sample, as a learner would do it by hand.

Conv2D pixel: the input patch it reads (every input channel), the kernel, their element-wise
products, the sum plus the bias, then the activation that follows. Dense unit: the inputs that
contribute most (input × weight), the rest summed up, plus the bias. Softmax: logits → minus the
largest → exponentials → divided by their sum, next to what a sigmoid would make of each logit.

Every explanation carries `actual`, the network's own output at that position, so the hand-made
sum can be checked against the engine (the tests do exactly that).
"""

from __future__ import annotations

from netbuilder.i18n import translate
from dataclasses import dataclass, field

import numpy as np

from netbuilder.analysis.common import acts_per_value
from netbuilder.engine.layers.activations import Softmax
from netbuilder.engine.layers.conv import Conv2D
from netbuilder.engine.layers.dense import Dense


@dataclass
class Step:
    """An element-wise layer applied after the unit: value before → after."""
    layer: int
    kind: str
    before: float
    after: float


@dataclass
class ConvUnit:
    layer: int
    position: tuple[int, int, int]   # (filter, row, column) of the output
    origin: tuple[int, int]          # top-left of the patch in input coordinates (negative inside padding)
    patch: np.ndarray                # (channels, k, k) input values read, padding zeros included
    kernel: np.ndarray               # (channels, k, k)
    products: np.ndarray             # patch × kernel
    total: float                     # Σ products
    bias: float
    output: float                    # total + bias
    actual: float                    # the layer's own output there
    steps: list[Step] = field(default_factory=list)


@dataclass
class DenseUnit:
    layer: int
    unit: int
    inputs: np.ndarray               # indices (into the flattened input) of the top contributors
    values: np.ndarray               # their input values
    weights: np.ndarray              # their weights to this unit
    products: np.ndarray             # values × weights, largest |product| first
    rest: float                      # Σ of all other products
    n_inputs: int
    total: float                     # Σ of all products
    bias: float
    output: float
    actual: float
    steps: list[Step] = field(default_factory=list)


@dataclass
class SoftmaxUnits:
    layer: int
    logits: np.ndarray
    shifted: np.ndarray              # logits − max (what the engine exponentiates: no overflow)
    exps: np.ndarray
    total: float
    probabilities: np.ndarray
    sigmoid: np.ndarray              # 1 / (1 + e^−logit), each on its own: they need not sum to 1
    actual: np.ndarray               # the layer's own output


def _layer_input(outs, x, layer):
    return x[0] if layer == 0 else outs[layer - 1][0]


def _conv(net, outs, x, i, pos) -> ConvUnit:
    layer = net.layers[i]
    f, r, c = pos
    h = np.asarray(_layer_input(outs, x, i), np.float64)
    top, bottom, left, right = layer.pads
    hp = np.pad(h, ((0, 0), (top, bottom), (left, right)))
    k, s = layer.kernel_size, layer.stride
    patch = hp[:, r * s:r * s + k, c * s:c * s + k]
    kernel = np.asarray(layer.params["W"][f], np.float64)
    products = patch * kernel
    bias = float(layer.params["b"][f]) if "b" in layer.params else 0.0
    total = float(products.sum())
    return ConvUnit(i, (f, r, c), (r * s - top, c * s - left), patch.copy(), kernel.copy(), products, total, bias,
                    total + bias, float(outs[i][0][f, r, c]))


def _dense(net, outs, x, i, pos, top: int) -> DenseUnit:
    layer = net.layers[i]
    (j,) = pos
    v = np.asarray(_layer_input(outs, x, i), np.float64).reshape(-1)
    w = np.asarray(layer.params["W"][:, j], np.float64)
    products = v * w
    order = np.argsort(-np.abs(products), kind="stable")[:top]
    bias = float(layer.params["b"][j]) if "b" in layer.params else 0.0
    total = float(products.sum())
    return DenseUnit(i, j, order, v[order], w[order], products[order], float(total - products[order].sum()),
                     len(v), total, bias, total + bias, float(outs[i][0][j]))


def _softmax(net, outs, x, i) -> SoftmaxUnits:
    z = np.asarray(_layer_input(outs, x, i), np.float64).reshape(-1)
    shifted = z - z.max()
    e = np.exp(shifted)
    return SoftmaxUnits(i, z, shifted, e, float(e.sum()), e / e.sum(), 1 / (1 + np.exp(-z)),
                        np.asarray(outs[i][0], np.float64).copy())


EXPLAINERS = {Conv2D: "conv", Dense: "dense", Softmax: "softmax"}


def _explainable(layer) -> bool:
    return isinstance(layer, tuple(EXPLAINERS))


def _elementwise(layer) -> bool:
    """A layer that maps each value on its own (ReLU, BatchNorm at inference, ...): a unit's value
    can be followed through it."""
    return not _explainable(layer) and acts_per_value(layer)


def _explained_by(net, layer: int):
    """The layer whose weighted sum explains `layer`'s units (itself, or the Conv2D/Dense an
    activation follows) and how ("conv", "dense", "softmax"); kind None when nothing does."""
    source = layer
    while not _explainable(net.layers[source]) and source > 0 and _elementwise(net.layers[source]):
        source -= 1
    kind = EXPLAINERS.get(type(net.layers[source]))
    if source != layer and kind == "softmax":
        kind = None
    return source, kind


def explainable(net, layer: int) -> bool:
    """Whether explain_unit can explain `layer`'s units (the Lab lists only these layers)."""
    return _explained_by(net, layer)[1] is not None


def check_explainable(net, layer: int) -> tuple[int, str]:
    """(the explaining layer, its kind), or ValueError saying why `layer` has nothing to explain."""
    source, kind = _explained_by(net, layer)
    if kind is None:
        raise ValueError(translate("Analysis", "layer {0} ({1}) computes no weighted sum to explain: pick a Conv2D, Dense or Softmax layer, or the activation right after one").format(layer + 1, net.layers[layer].kind))
    return source, kind


def explain_unit(net, sample: np.ndarray, layer: int, position, top: int = 8):
    """Explain the unit at `position` of layer `layer`'s output for one `sample` (per-sample shape).

    An activation layer's unit is explained through the Conv2D/Dense it follows, with the
    activation as a step. ValueError (saying why) for a layer with nothing to explain.
    """
    x = net._input(np.asarray(sample)[None])
    outs = net.forward_all(x, train=False)
    pos = tuple(int(p) for p in np.atleast_1d(position))
    shape = net.layers[layer].output_shape
    if len(pos) != len(shape) or any(not 0 <= p < n for p, n in zip(pos, shape)):
        raise ValueError(translate("Analysis", "position {0} is outside layer {1}'s output of shape {2}").format(list(pos), layer + 1, list(shape)))
    source, kind = check_explainable(net, layer)
    if kind == "softmax":
        return _softmax(net, outs, x, source)
    unit = _conv(net, outs, x, source, pos) if kind == "conv" else _dense(net, outs, x, source, pos, top)
    end = layer
    while end + 1 < len(net.layers) and _elementwise(net.layers[end + 1]) and end - source < 3 \
            and net.layers[end].category != "Activation":
        end += 1  # follow the value up to the activation, as the learner expects
    for i in range(source + 1, end + 1):
        unit.steps.append(Step(i, net.layers[i].kind, float(outs[i - 1][0][pos]), float(outs[i][0][pos])))
    return unit


def strongest_unit(net, sample: np.ndarray, layer: int) -> tuple[int, ...]:
    """The position of layer `layer`'s largest output for one sample: a unit worth explaining (the
    default corner pixel of a conv layer often reads only zero padding and blank background)."""
    x = net._input(np.asarray(sample)[None])
    out = net.forward_all(x, train=False)[layer][0]
    return tuple(int(p) for p in np.unravel_index(int(np.argmax(out)), out.shape))
