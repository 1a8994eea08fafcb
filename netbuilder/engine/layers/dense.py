"""Dense: the classic Affine layer. Any input is flattened first, so it can follow a conv block."""

import numpy as np

from netbuilder.engine.init import INIT_PARAMS
from netbuilder.engine.layers.base import Layer
from netbuilder.engine.params import Param
from netbuilder.engine.registry import register
from netbuilder.engine.threads import chunk_size, for_chunks

PARALLEL_MACS = 1 << 24  # multiply-adds per matmul above which it is split over the engine's threads


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

    # A large layer's matmuls are split over the engine's threads (engine/threads.py): the forward
    # and dx by batch rows, dW by input rows, so every part writes its own rows and nothing needs
    # summing. A small one stays one call: a thread hand-off would cost more than it saves.

    def _split(self, total: int, n: int) -> int:
        """Rows per part for a matmul over `total` rows (batch n): all of them when the layer is small."""
        if n * self.n_in * self.units < PARALLEL_MACS:
            return total
        return chunk_size(total, 1, 1 << 30)  # two parts per thread

    def forward(self, x, train):
        n = len(x)
        x2 = x.reshape(n, -1)
        self.x2, self.x_shape = x2, x.shape
        w = self.params["W"]
        y = np.empty((n, self.units), np.result_type(x2, w))
        for_chunks(n, self._split(n, n), lambda lo, hi: np.matmul(x2[lo:hi], w, out=y[lo:hi]))
        if self.use_bias:
            y += self.params["b"]
        return y

    def backward(self, dy):
        n, x2, w = len(dy), self.x2, self.params["W"]
        gw = self.grads["W"]
        for_chunks(self.n_in, self._split(self.n_in, n), lambda lo, hi: np.matmul(x2[:, lo:hi].T, dy, out=gw[lo:hi]))
        if self.use_bias:
            dy.sum(axis=0, out=self.grads["b"])
        if not self.needs_input_grad:  # a network's first layer: nobody wants d(loss)/d(input)
            return None
        dx = np.empty(x2.shape, dy.dtype)
        for_chunks(n, self._split(n, n), lambda lo, hi: np.matmul(dy[lo:hi], w.T, out=dx[lo:hi]))
        return dx.reshape(self.x_shape)
