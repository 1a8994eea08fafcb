"""Conv2D: 2-D convolution (cross-correlation, as every framework computes it) on NCHW data.

Forward, dW and dx are each one batched BLAS matmul over im2col columns (see engine/im2col.py); the
remaining work is memory copies. Large scratch arrays (padded input, columns, matmul outputs) are
kept between training steps and reused: allocating tens of megabytes per step costs page faults
that show up in the step time. Inference passes use fresh arrays so a big evaluation batch does not
stay pinned in memory, and so they never disturb what a pending backward needs.
"""

from __future__ import annotations

import numpy as np

from netbuilder.engine.errors import SpecError
from netbuilder.engine.im2col import (col2im, col2im_wide, im2col, im2col_wide, output_size, pad_into,
                                      same_padding, wide_padded_shape)
from netbuilder.engine.init import INIT_PARAMS
from netbuilder.engine.layers.base import Layer, need_image
from netbuilder.engine.params import Param
from netbuilder.engine.registry import register


class ScratchMixin:
    """Per-layer reusable work arrays, for the training path only."""

    def scratch(self, name: str, shape: tuple, dtype, train: bool, zero: bool = False) -> np.ndarray:
        if not train:
            return np.zeros(shape, dtype) if zero else np.empty(shape, dtype)
        store = self.__dict__.setdefault("_scratch", {})
        buf = store.get(name)
        if buf is None or buf.shape != shape or buf.dtype != dtype:
            buf = np.zeros(shape, dtype) if zero else np.empty(shape, dtype)
            store[name] = buf
        return buf


@register
class Conv2D(ScratchMixin, Layer):
    kind = "Conv2D"
    category = "Convolution"
    doc = ("Slides `filters` learned kh×kw×C kernels over the image; each gives one output feature map. "
           'padding "same" keeps the size at stride 1 (odd padding goes to the bottom/right, as in TensorFlow).')
    PARAMS = (
        Param("filters", "int", 8, "number of kernels = output channels", min=1, max=100_000),
        Param("kernel_size", "int", 3, "kernel height and width", min=1, max=1000),
        Param("stride", "int", 1, "step between kernel positions", min=1, max=1000),
        Param("padding", "int", 0, 'zeros added around the input on each side; "same" keeps H×W at stride 1',
              min=0, max=1000, also=("same",)),
        Param("use_bias", "bool", True, "add a learned bias per filter"),
        *INIT_PARAMS,
    )
    SUMMARY = ("filters", "kernel_size", "stride", "padding")
    EXAMPLES = (
        ({"filters": 2, "kernel_size": 3}, (1, 5, 5)),
        ({"filters": 3, "kernel_size": 3, "stride": 2, "padding": 1}, (2, 6, 6)),
        ({"filters": 2, "kernel_size": 3, "padding": "same"}, (2, 4, 4)),
        ({"filters": 2, "kernel_size": 2, "padding": "same"}, (2, 4, 5)),
        ({"filters": 2, "kernel_size": 3, "stride": 2, "padding": "same", "use_bias": False}, (3, 5, 5)),
        ({"filters": 2, "kernel_size": 3}, (2, 3, 3)),  # too narrow for the wide layout: general path
    )

    def infer_shape(self, input_shape):
        c, h, w = need_image(self, input_shape)
        k, s = self.kernel_size, self.stride
        if self.padding == "same":
            top, bottom = same_padding(h, k, s)
            left, right = same_padding(w, k, s)
        else:
            top = bottom = left = right = self.padding
        ho, wo = output_size(h, k, s, top, bottom), output_size(w, k, s, left, right)
        if ho < 1 or wo < 1:
            raise SpecError("kernel_size", f"{k}×{k} kernel does not fit a {h}×{w} input "
                                           f"(with padding {self.padding})")
        self.in_channels = c
        self.pads = (top, bottom, left, right)
        self.padded_hw = (h + top + bottom, w + left + right)
        self.out_hw = (ho, wo)
        # The wide layout computes Wp columns per output row to keep only Wo: worth it unless most
        # of them would be thrown away (a big kernel on a small map).
        self.wide = s == 1 and self.padded_hw[1] <= 2 * wo
        return self.filters, ho, wo

    def param_shapes(self):
        k = self.kernel_size
        shapes = {"W": (self.filters, self.in_channels, k, k)}
        if self.use_bias:
            shapes["b"] = (self.filters,)
        return shapes

    def fans(self):
        area = self.kernel_size ** 2
        return self.in_channels * area, self.filters * area

    def macs(self):
        ho, wo = self.out_hw
        return self.filters * ho * wo * self.in_channels * self.kernel_size ** 2

    # --- computation ----------------------------------------------------------------------------
    def forward(self, x, train):
        n, dt = len(x), x.dtype
        k, f = self.kernel_size, self.filters
        top, _, left, _ = self.pads
        (hp, wp), (ho, wo) = self.padded_hw, self.out_hw
        ckk = self.in_channels * k * k
        w2 = self.params["W"].reshape(f, ckk)
        if self.wide:
            xbuf = pad_into(self.scratch("xpad", wide_padded_shape(n, self.in_channels, hp, wp), dt, train, zero=True),
                            x, top, left)
            cols = im2col_wide(xbuf, k, k, ho, out=self.scratch("cols", (n, ckk, ho * wp), dt, train))
            yw = np.matmul(w2, cols, out=self.scratch("y", (n, f, ho * wp), dt, train))
            y = yw.reshape(n, f, ho, wp)[..., :wo]
            y = y + self.params["b"][:, None, None] if self.use_bias else y.copy()
        else:
            xp = x
            if any(self.pads):
                xp = pad_into(self.scratch("xpad", (n, self.in_channels, hp, wp), dt, train, zero=True), x, top, left)
            cols = im2col(xp, k, k, self.stride, ho, wo, out=self.scratch("cols", (n, ckk, ho * wo), dt, train))
            y = np.matmul(w2, cols).reshape(n, f, ho, wo)
            if self.use_bias:
                y += self.params["b"][:, None, None]
        if train:
            self.cols = cols
        return y

    def backward(self, dy):
        n, dt = len(dy), dy.dtype
        k, f = self.kernel_size, self.filters
        top, _, left, _ = self.pads
        (hp, wp), (ho, wo) = self.padded_hw, self.out_hw
        _, h, w = self.input_shape
        if self.use_bias:
            self.grads["b"][...] = dy.sum(axis=(0, 2, 3))
        if self.wide:
            # Wasted columns stay zero in the reused buffer, so they add nothing to dW or dx.
            dyw = self.scratch("dy", (n, f, ho, wp), dt, True, zero=True)
            dyw[..., :wo] = dy
            dy3 = dyw.reshape(n, f, ho * wp)
        else:
            dy3 = np.ascontiguousarray(dy).reshape(n, f, ho * wo)
        cols = self.cols
        per_sample = np.matmul(dy3, cols.transpose(0, 2, 1), out=self.scratch("dW", (n, f, cols.shape[1]), dt, True))
        per_sample.sum(axis=0, out=self.grads["W"].reshape(f, -1))
        if not getattr(self, "needs_input_grad", True):
            return None
        w2 = self.params["W"].reshape(f, -1)
        dcols = np.matmul(w2.T, dy3, out=self.scratch("dcols", cols.shape, dt, True))
        if self.wide:
            dpad = col2im_wide(dcols, wide_padded_shape(n, self.in_channels, hp, wp), k, k, ho)
        else:
            dpad = col2im(dcols, (n, self.in_channels, hp, wp), k, k, self.stride, ho, wo)
        return dpad[:, :, top:top + h, left:left + w]
