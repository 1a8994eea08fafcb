"""MaxPool2D and AvgPool2D on NCHW data.

Both are separable, so a p×p window is pooled as a 1-D pool along the rows followed by a 1-D pool
down the columns: 2p array operations on strided views instead of p² (or a reshape to windows and a
reduction over a length-4 axis, which numpy runs one tiny row at a time). A map that the windows
do not divide is cropped (floor, as in PyTorch): the remainder gets no output and zero gradient.

When windows do not overlap (stride == pool_size, the usual case) every input element belongs to
at most one window, so backward *writes* each strided view once; overlapping windows (AlexNet's
pool 3 stride 2) accumulate instead.
"""

from __future__ import annotations

import numpy as np

from netbuilder.i18n import translate
from netbuilder.engine.errors import SpecError
from netbuilder.engine.layers.base import Layer, need_image
from netbuilder.engine.params import Param
from netbuilder.engine.registry import register
from netbuilder.engine.threads import batch_chunk, for_chunks


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
            raise SpecError("pool_size", translate("Engine", "{0}×{1} pool does not fit a {2}×{3} map").format(p, p, h, w))
        self.out_hw = ((h - p) // self.step + 1, (w - p) // self.step + 1)
        self.overlapping = self.step < p
        return c, *self.out_hw

    def _target(self, axis: int, count: int, shape: tuple, dtype, out=None):
        """The zeroed (or, when every element gets written, uninitialised) gradient array for the
        adjoint of a 1-D pool along `axis` (`out` if given), and its strided window views."""
        p, s = self.pool_size, self.step
        covered = s == p and shape[axis] == p * count
        if out is None:
            out = (np.empty if covered else np.zeros)(shape, dtype)
        elif not covered:
            out.fill(0)
        return out, list(_views(out, axis, p, s, count))


@register
class MaxPool2D(_Pool2D):
    kind = "MaxPool2D"
    INIT_ROLE = "pass"
    doc = ("Keeps the largest value of each pool_size×pool_size window; the gradient goes to that one "
           "element (the first in reading order, if several tie).")

    def _max(self, a, axis, count, with_arg):
        """1-D max pool along `axis`, and (if asked: only backward needs it) the index of the first
        maximum in each window."""
        views = _views(a, axis, self.pool_size, self.step, count)
        best, arg = next(views), None
        for i, v in enumerate(views, start=1):
            if with_arg:
                # Strictly greater: a tie keeps the earlier element, so each window has one winner.
                wins = (v > best).view(np.uint8)
                if arg is None:
                    arg = wins  # i == 1
                else:
                    wins *= i
                    np.maximum(arg, wins, out=arg)
            best = np.maximum(best, v, out=best if i > 1 else None)  # the first view is `a` itself
        if self.pool_size == 1:  # plain subsampling
            best, arg = best.copy(), np.zeros(best.shape, np.uint8) if with_arg else None
        return best, arg

    def forward(self, x, train):
        ho, wo = self.out_hw
        n = len(x)
        y = np.empty((n, x.shape[1], ho, wo), x.dtype)
        args = {}

        def chunk(lo, hi):
            # Along the rows first, then down the columns: a window's winner is then its first
            # maximum in reading order, the one PyTorch picks.
            across, col_arg = self._max(x[lo:hi], 3, wo, train)
            y[lo:hi], row_arg = self._max(across, 2, ho, train)
            args[lo] = (row_arg, col_arg, across.shape)
        size = batch_chunk(x)
        for_chunks(n, size, chunk)
        if train:
            self.args, self.x_shape, self.chunk = args, x.shape, size
        return y

    def _route(self, d, arg, axis, count, shape, out=None):
        """Adjoint of `_max`: each window's gradient goes to its winner only."""
        out, views = self._target(axis, count, shape, d.dtype, out)
        if self.overlapping:
            for i, view in enumerate(views):
                view += d * (arg == i)
        elif len(views) == 2:  # the common 2×2 pool: one multiply, and the rest is d − that
            np.multiply(d, arg.view(bool), out=views[1])
            np.subtract(d, views[1], out=views[0])
        else:
            for i, view in enumerate(views):
                np.multiply(d, arg == i, out=view)
        return out

    def backward(self, dy):
        ho, wo = self.out_hw
        dx = np.empty(self.x_shape, dy.dtype)

        def chunk(lo, hi):
            row_arg, col_arg, across_shape = self.args[lo]
            dacross = self._route(dy[lo:hi], row_arg, 2, ho, across_shape)
            self._route(dacross, col_arg, 3, wo, dx[lo:hi].shape, out=dx[lo:hi])
        for_chunks(len(dy), self.chunk, chunk)
        return dx


@register
class AvgPool2D(_Pool2D):
    kind = "AvgPool2D"
    INIT_ROLE = "pass"
    doc = "Replaces each pool_size×pool_size window by its mean; the gradient is shared equally."

    def _sum(self, a, axis, count):
        views = _views(a, axis, self.pool_size, self.step, count)
        total = next(views).copy()
        for v in views:
            total += v
        return total

    def forward(self, x, train):
        ho, wo = self.out_hw
        across = self._sum(x, 3, wo)
        if train:
            self.shapes = (across.shape, x.shape)
        y = self._sum(across, 2, ho)
        y *= 1.0 / self.pool_size ** 2
        return y

    def _share(self, d, axis, count, shape):
        """Adjoint of `_sum`: every element of a window gets the window's gradient."""
        out, views = self._target(axis, count, shape, d.dtype)
        for view in views:
            if self.overlapping:
                view += d
            else:
                view[...] = d
        return out

    def backward(self, dy):
        ho, wo = self.out_hw
        across_shape, x_shape = self.shapes
        dacross = self._share(dy * (1.0 / self.pool_size ** 2), 2, ho, across_shape)
        return self._share(dacross, 3, wo, x_shape)
