"""Element-wise activations. Each caches exactly what its derivative needs."""

import numpy as np

from netbuilder.i18n import translate
from netbuilder.engine.layers.base import Layer
from netbuilder.engine.params import Param
from netbuilder.engine.registry import register
from netbuilder.engine.saturation import saturated_share
from netbuilder.engine.threads import over_batch

_EXAMPLES = (({}, (6,)), ({}, (2, 3, 3)))


@register
class ReLU(Layer):
    kind = "ReLU"
    INIT_ROLE = "he"
    category = "Activation"
    doc = "max(0, x): cheap, does not saturate for positive inputs."
    EXAMPLES = _EXAMPLES

    def forward(self, x, train):
        self.mask = np.empty(x.shape, bool)
        out = np.empty_like(x)

        def chunk(lo, hi):
            np.greater(x[lo:hi], 0, out=self.mask[lo:hi])
            np.multiply(x[lo:hi], self.mask[lo:hi], out=out[lo:hi])
        over_batch(x, chunk)
        return out

    def backward(self, dy):
        dx = np.empty_like(dy)
        over_batch(dy, lambda lo, hi: np.multiply(dy[lo:hi], self.mask[lo:hi], out=dx[lo:hi]))
        return dx

    def inactive_units(self):
        mask = getattr(self, "mask", None)
        if mask is None or mask.ndim < 2:
            return None
        axes = (0, 2, 3) if mask.ndim == 4 else tuple(a for a in range(mask.ndim) if a != 1)
        return ~mask.any(axis=axes)


@register
class LeakyReLU(Layer):
    kind = "LeakyReLU"
    INIT_ROLE = "he"
    category = "Activation"
    doc = "x for x > 0, alpha·x otherwise: a ReLU whose units cannot die."
    PARAMS = (Param("alpha", "float", 0.01, "slope for negative inputs", min=0, max=1),)
    SUMMARY = ("alpha",)
    EXAMPLES = _EXAMPLES

    def forward(self, x, train):
        self.slope = np.where(x > 0, 1.0, self.alpha).astype(x.dtype)
        return x * self.slope

    def backward(self, dy):
        return dy * self.slope


@register
class Sigmoid(Layer):
    kind = "Sigmoid"
    category = "Activation"
    doc = "1 / (1 + e^-x): squashes to (0, 1); its slope is at most 0.25, so deep stacks learn slowly."
    EXAMPLES = _EXAMPLES

    def forward(self, x, train):
        # exp of a non-positive number only: no overflow warnings for large |x|.
        e = np.exp(-np.abs(x))
        self.y = np.where(x >= 0, 1 / (1 + e), e / (1 + e)).astype(x.dtype, copy=False)
        return self.y

    def backward(self, dy):
        return dy * self.y * (1 - self.y)

    def saturated_share(self):
        y = getattr(self, "y", None)
        return None if y is None else saturated_share(y * (1 - y))


@register
class Tanh(Layer):
    kind = "Tanh"
    category = "Activation"
    doc = "tanh(x): squashes to (-1, 1), zero-centred."
    EXAMPLES = _EXAMPLES

    def forward(self, x, train):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y * self.y)

    def saturated_share(self):
        y = getattr(self, "y", None)
        return None if y is None else saturated_share(1 - y * y)


@register
class Softmax(Layer):
    kind = "Softmax"
    category = "Activation"
    doc = "Turns scores into probabilities; backward applies the full Jacobian yᵢ(δᵢₖ − yₖ)."
    EXAMPLES = (({}, (5,)),)

    def infer_shape(self, input_shape):
        if len(input_shape) != 1:
            from netbuilder.engine.errors import SpecError
            raise SpecError("", translate("Engine", "Softmax needs a flat input, got {0}; add Flatten or Dense before it").format(input_shape))
        return input_shape

    def forward(self, x, train):
        z = x - x.max(axis=1, keepdims=True)
        e = np.exp(z)
        self.y = e / e.sum(axis=1, keepdims=True)
        return self.y

    def backward(self, dy):
        # Vector-Jacobian product of J = diag(y) - y yᵀ, without building J.
        y = self.y
        return y * (dy - (dy * y).sum(axis=1, keepdims=True))
