"""Layers that move data around without computing: Flatten and Identity."""

import numpy as np

from netbuilder.engine.layers.base import Layer
from netbuilder.engine.registry import register


@register
class Flatten(Layer):
    kind = "Flatten"
    INIT_ROLE = "pass"
    category = "Core"
    doc = "Reshapes (C, H, W) feature maps into one vector per sample."
    EXAMPLES = (({}, (2, 3, 3)),)

    def infer_shape(self, input_shape):
        return (int(np.prod(input_shape)),)

    def forward(self, x, train):
        self.x_shape = x.shape
        return x.reshape(len(x), -1)

    def backward(self, dy):
        return dy.reshape(self.x_shape)


@register
class Identity(Layer):
    kind = "Identity"
    INIT_ROLE = "pass"
    category = "Core"
    doc = "Passes its input through unchanged (a placeholder, or the 'identity' activation)."
    EXAMPLES = (({}, (4,)),)

    def forward(self, x, train):
        return x

    def backward(self, dy):
        return dy
