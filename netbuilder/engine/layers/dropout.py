"""Inverted dropout: scale at training time so inference is the plain identity."""

from netbuilder.engine.layers.base import Layer
from netbuilder.engine.params import Param
from netbuilder.engine.registry import register


@register
class Dropout(Layer):
    kind = "Dropout"
    INIT_ROLE = "pass"
    category = "Regularization"
    doc = "Zeroes a random share of inputs while training (scaling the rest up); identity at inference."
    PARAMS = (Param("rate", "float", 0.5, "share of inputs dropped", min=0, max=0.95),)
    SUMMARY = ("rate",)
    EXAMPLES = (({"rate": 0.3}, (8,)), ({"rate": 0.5}, (2, 3, 3)))

    def forward(self, x, train):
        if not train or self.rate == 0:
            self.mask = None
            return x
        keep = 1.0 - self.rate
        self.mask = (self.rng.random(x.shape) < keep).astype(x.dtype) / x.dtype.type(keep)
        return x * self.mask

    def backward(self, dy):
        return dy if self.mask is None else dy * self.mask
