"""Dense: the classic Affine layer. Any input is flattened first, so it can follow a conv block."""

import numpy as np

from netbuilder.engine.init import INIT_PARAMS
from netbuilder.engine.layers.base import Layer
from netbuilder.engine.params import Param
from netbuilder.engine.registry import register


@register
class Dense(Layer):
    kind = "Dense"
    category = "Core"
    doc = "Fully connected layer y = x·W + b; flattens any input first."
    PARAMS = (
        Param("units", "int", 10, "number of outputs", min=1, max=1_000_000),
        Param("use_bias", "bool", True, "add a learned bias b"),
        *INIT_PARAMS,
    )
    SUMMARY = ("units",)
    FILTER_AXIS = 1  # W is (inputs, units): a unit's weights are a column
    EXAMPLES = (({"units": 4}, (5,)), ({"units": 3, "use_bias": False}, (2, 3, 3)))

    def infer_shape(self, input_shape):
        self.n_in = int(np.prod(input_shape))
        return (self.units,)

    def param_shapes(self):
        shapes = {"W": (self.n_in, self.units)}
        if self.use_bias:
            shapes["b"] = (self.units,)
        return shapes

    def fans(self):
        return self.n_in, self.units

    def macs(self):
        return self.n_in * self.units

    def forward(self, x, train):
        self.x2 = x.reshape(len(x), -1)
        self.x_shape = x.shape
        y = self.x2 @ self.params["W"]
        if self.use_bias:
            y += self.params["b"]
        return y

    def backward(self, dy):
        np.matmul(self.x2.T, dy, out=self.grads["W"])
        if self.use_bias:
            dy.sum(axis=0, out=self.grads["b"])
        if not self.needs_input_grad:  # a network's first layer: nobody wants d(loss)/d(input)
            return None
        return (dy @ self.params["W"].T).reshape(self.x_shape)
