"""Conv2D: 2-D convolution (cross-correlation, as every framework computes it) on NCHW data.

Forward, dW and dx are each one BLAS matmul over the whole batch's im2col columns (engine/im2col.py); the
remaining work is memory copies, kept to one pass each. (Reusing the large work arrays between
steps was tried and measured no faster: the allocator already recycles them without page faults.)
"""

from __future__ import annotations

import numpy as np

from netbuilder.engine.errors import SpecError
from netbuilder.engine.im2col import col2im, col2im_wide, im2col, output_size, pad, same_padding, wide_shape
from netbuilder.engine.init import INIT_PARAMS
from netbuilder.engine.layers.base import Layer, need_image
from netbuilder.engine.params import Param
from netbuilder.engine.registry import register


@register
class Conv2D(Layer):
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
        ho, wo = self.out_hw
        xp = pad(x, *self.pads) if any(self.pads) else x
        cols = im2col(xp, k, k, self.stride, ho, wo)
        y = self.params["W"].reshape(f, -1) @ cols
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
        dyc = np.ascontiguousarray(dy.transpose(1, 0, 2, 3))  # the columns' channel-major layout
        dy2 = dyc.reshape(f, -1)
        if self.use_bias:
            dy2.sum(axis=1, out=self.grads["b"])
        w2 = self.params["W"].reshape(f, -1)
        np.matmul(dy2, self.cols.T, out=self.grads["W"].reshape(f, -1))
        if not getattr(self, "needs_input_grad", True):  # False for a network's first layer
            return None
        if self.wide:
            dyw = np.zeros((f, n, ho, wp), dt)  # the wasted columns stay zero: they add nothing
            dyw[..., :wo] = dyc
            dcols = w2.T @ dyw.reshape(f, -1)
            dpad = col2im_wide(dcols, wide_shape(n, c, hp, wp), k, k, ho).transpose(1, 0, 2, 3)
        else:
            dcols = w2.T @ dy2
            dpad = col2im(dcols, (n, c, hp, wp), k, k, self.stride, ho, wo)
        return np.ascontiguousarray(dpad[:, :, top:top + h, left:left + w])
