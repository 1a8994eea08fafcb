"""Conv2D: 2-D convolution (cross-correlation, as every framework computes it) on NCHW data.

Forward, dW and dx are each one BLAS matmul over the whole batch's im2col columns (engine/im2col.py); the
remaining work is memory copies. Large scratch arrays (padded input, columns, matmul outputs) are
kept between training steps and reused: allocating tens of megabytes per step costs page faults
that show up in the step time. Inference passes use fresh arrays so a big evaluation batch does not
stay pinned in memory, and so they never disturb what a pending backward needs.
"""

from __future__ import annotations

import numpy as np

from netbuilder.engine.errors import SpecError
from netbuilder.engine.im2col import col2im, col2im_wide, im2col, output_size, pad_into, same_padding, wide_shape
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
        # dx through the wide layout computes Wp columns per output row to keep only Wo: worth it
        # unless most of them would be thrown away (a big kernel on a small map).
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
        k, f, c = self.kernel_size, self.filters, self.in_channels
        top, _, left, _ = self.pads
        (hp, wp), (ho, wo) = self.padded_hw, self.out_hw
        xp = x
        if any(self.pads):
            xp = pad_into(self.scratch("xpad", (n, c, hp, wp), dt, train, zero=True), x, top, left)
        cols = im2col(xp, k, k, self.stride, ho, wo, out=self.scratch("cols", (c * k * k, n * ho * wo), dt, train))
        y = np.matmul(self.params["W"].reshape(f, -1), cols, out=self.scratch("y", (f, n * ho * wo), dt, train))
        if train:
            self.cols = cols
        # One pass from the channel-major matmul result to a fresh NCHW array, bias included.
        y = y.reshape(f, n, ho, wo).transpose(1, 0, 2, 3)
        out = np.empty((n, f, ho, wo), dt)
        if self.use_bias:
            np.add(y, self.params["b"][:, None, None], out=out)
        else:
            np.copyto(out, y)
        return out

    def backward(self, dy):
        n, dt = len(dy), dy.dtype
        k, f, c = self.kernel_size, self.filters, self.in_channels
        top, _, left, _ = self.pads
        (hp, wp), (ho, wo) = self.padded_hw, self.out_hw
        _, h, w = self.input_shape
        dyc = self.scratch("dy", (f, n, ho, wo), dt, True)
        np.copyto(dyc, dy.transpose(1, 0, 2, 3))  # the columns' channel-major layout
        dy2 = dyc.reshape(f, -1)
        if self.use_bias:
            dy2.sum(axis=1, out=self.grads["b"])
        w2 = self.params["W"].reshape(f, -1)
        np.matmul(dy2, self.cols.T, out=self.grads["W"].reshape(f, -1))
        if not getattr(self, "needs_input_grad", True):  # False for a network's first layer
            return None
        if self.wide:
            # Wasted columns stay zero in the reused buffer, so they add nothing to dx.
            dyw = self.scratch("dy_wide", (f, n, ho, wp), dt, True, zero=True)
            dyw[..., :wo] = dyc
            dcols = np.matmul(w2.T, dyw.reshape(f, -1), out=self.scratch("dcols", (c * k * k, n * ho * wp), dt, True))
            dpad = col2im_wide(dcols, wide_shape(n, c, hp, wp), k, k, ho).transpose(1, 0, 2, 3)
        else:
            dcols = np.matmul(w2.T, dy2, out=self.scratch("dcols", self.cols.shape, dt, True))
            dpad = col2im(dcols, (n, c, hp, wp), k, k, self.stride, ho, wo)
        return np.ascontiguousarray(dpad[:, :, top:top + h, left:left + w])
