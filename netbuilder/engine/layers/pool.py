"""MaxPool2D and AvgPool2D on NCHW data.

Both are separable, so a p×p window is pooled as a 1-D pool down the columns followed by a 1-D pool
along the rows: 2p array operations on strided views instead of p² (or a reshape to windows and a
reduction over a length-4 axis, which numpy runs one tiny row at a time). A map that the windows
do not divide is cropped (floor, as in PyTorch): the remainder gets no output and zero gradient.

When windows do not overlap (stride == pool_size, the usual case) every input element belongs to
at most one window, so backward *writes* each strided view once; overlapping windows (AlexNet's
pool 3 stride 2) accumulate instead.
"""

from __future__ import annotations

import numpy as np

from netbuilder.engine.errors import SpecError
from netbuilder.engine.layers.base import Layer, need_image
from netbuilder.engine.params import Param
from netbuilder.engine.registry import register


def _views(a: np.ndarray, axis: int, size: int, stride: int, count: int):
    """`size` strided views of `a` along `axis`; view i holds element i of each of `count` windows."""
    index = [slice(None)] * a.ndim
    for i in range(size):
        index[axis] = slice(i, i + stride * (count - 1) + 1, stride)
        yield a[tuple(index)]


class _Pool2D(Layer):
    category = "Pooling"
    PARAMS = (
        Param("pool_size", "int", 2, "window height and width", min=1, max=256),
        Param("stride", "int", None, "step between windows; null = pool_size (windows do not overlap)",
              min=1, max=256, nullable=True),
    )
    SUMMARY = ("pool_size", "stride")
    EXAMPLES = (
        ({}, (2, 4, 4)),
        ({"pool_size": 3, "stride": 2}, (2, 7, 7)),   # overlapping, as in AlexNet
        ({"pool_size": 2}, (1, 5, 7)),                # map not divisible: floor
        ({"pool_size": 2, "stride": 3}, (1, 7, 8)),   # gaps between windows
    )

    def infer_shape(self, input_shape):
        c, h, w = need_image(self, input_shape)
        p = self.pool_size
        self.step = self.stride or p
        if p > h or p > w:
            raise SpecError("pool_size", f"{p}×{p} pool does not fit a {h}×{w} map")
        self.out_hw = ((h - p) // self.step + 1, (w - p) // self.step + 1)
        self.overlapping = self.step < p
        return c, *self.out_hw

    def _spread(self, d: np.ndarray, axis: int, count: int, full_shape: tuple, weights=None) -> np.ndarray:
        """Adjoint of a 1-D pool along `axis`: view i of the result gets `d` (times weights(i))."""
        p, s = self.pool_size, self.step
        covered = s == p and full_shape[axis] == p * count
        out = (np.empty if covered else np.zeros)(full_shape, d.dtype)
        for i, view in enumerate(_views(out, axis, p, s, count)):
            part = d if weights is None else weights(i)
            if self.overlapping:
                view += part
            else:
                view[...] = part
        return out


@register
class MaxPool2D(_Pool2D):
    kind = "MaxPool2D"
    doc = ("Keeps the largest value of each pool_size×pool_size window; the gradient goes to that one "
           "element (the first one, if several tie).")

    def _max(self, a, axis, count):
        """1-D max pool along `axis`, with the index of the first maximum in each window."""
        views = _views(a, axis, self.pool_size, self.step, count)
        best = next(views)
        arg = None
        for i, v in enumerate(views, start=1):
            # Strictly greater: a tie keeps the earlier element, so each window has exactly one winner.
            wins = (v > best).view(np.uint8)
            best = np.maximum(best, v, out=None if arg is None else best)
            if arg is None:
                arg = wins  # i == 1
            else:
                wins *= i
                np.maximum(arg, wins, out=arg)
        if arg is None:  # pool_size 1: plain subsampling
            return best.copy(), np.zeros(best.shape, np.uint8)
        return best, arg

    def forward(self, x, train):
        ho, wo = self.out_hw
        rows, row_arg = self._max(x, 2, ho)
        y, col_arg = self._max(rows, 3, wo)
        if train:
            self.args = (row_arg, col_arg)
            self.shapes = (rows.shape, x.shape)
        return y

    def backward(self, dy):
        ho, wo = self.out_hw
        row_arg, col_arg = self.args
        rows_shape, x_shape = self.shapes
        drows = self._spread(dy, 3, wo, rows_shape, lambda j: dy * (col_arg == j))
        return self._spread(drows, 2, ho, x_shape, lambda i: drows * (row_arg == i))


@register
class AvgPool2D(_Pool2D):
    kind = "AvgPool2D"
    doc = "Replaces each pool_size×pool_size window by its mean; the gradient is shared equally."

    def _sum(self, a, axis, count):
        views = _views(a, axis, self.pool_size, self.step, count)
        total = next(views).copy()
        for v in views:
            total += v
        return total

    def forward(self, x, train):
        ho, wo = self.out_hw
        rows = self._sum(x, 2, ho)
        if train:
            self.shapes = (rows.shape, x.shape)
        y = self._sum(rows, 3, wo)
        y *= 1.0 / self.pool_size ** 2
        return y

    def backward(self, dy):
        ho, wo = self.out_hw
        rows_shape, x_shape = self.shapes
        d = dy * (1.0 / self.pool_size ** 2)
        drows = self._spread(d, 3, wo, rows_shape)
        return self._spread(drows, 2, ho, x_shape)
