"""Conv2D: 2-D convolution (cross-correlation, as every framework computes it) on NCHW data.

Forward, dW and dx are BLAS matmuls over im2col columns (engine/im2col.py), a chunk of the batch at
a time; the remaining work is memory copies, kept to one pass each.
"""

from __future__ import annotations

import numpy as np

from netbuilder.i18n import translate
from netbuilder.engine.errors import SpecError
from netbuilder.engine.im2col import col2im, im2col, output_size, pad, same_padding
from netbuilder.engine.init import INIT_PARAMS
from netbuilder.engine.layers.base import Layer, need_image
from netbuilder.engine.params import Param
from netbuilder.engine.registry import register
from netbuilder.engine.threads import chunk_size, for_chunks


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
        ({"filters": 2, "kernel_size": 3}, (2, 3, 3)),
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
            raise SpecError("kernel_size", translate("Engine", "{0}×{1} kernel does not fit a {2}×{3} input (with padding {4})").format(k, k, h, w, self.padding))
        self.in_channels = c
        self.pads = (top, bottom, left, right)
        self.padded_hw = (h + top + bottom, w + left + right)
        self.out_hw = (ho, wo)
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
    # The batch is cut into chunks of a few images (engine/threads.py): each chunk's im2col columns
    # (about a megabyte) stay in the core's cache from the copy to the matmul, where the whole
    # batch's columns (75 MB for a 32-channel 32×32 layer at batch 64) went through memory twice;
    # and the chunks run on all cores. Backward builds each chunk's columns again from the input
    # instead of keeping them from the forward: cheaper than reading them back from memory, and
    # the step's footprint no longer grows with kh·kw.
    #
    # At stride 1 the input gradient is itself a correlation: dy, padded by k − 1 − pad, with the
    # kernels flipped and their in/out channels swapped. That is one gather (im2col) and one
    # matmul written straight into dx, instead of a matmul into kh·kw·C rows that col2im then
    # scatter-adds in kh·kw passes.

    def _chunk(self, n):
        ho, wo = self.out_hw
        return chunk_size(n, self.in_channels * self.kernel_size ** 2 * ho * wo)

    def _flip_pads(self):
        """Padding of dy for the stride-1 correlation that gives dx, or None (stride > 1, or a
        padding of k or more, which that correlation would have to crop)."""
        k = self.kernel_size
        if self.stride != 1 or max(self.pads) > k - 1:
            return None
        return tuple(k - 1 - p for p in self.pads)

    def forward(self, x, train):
        f = self.filters
        w2 = self.params["W"].reshape(f, -1)
        bias = self.params["b"] if self.use_bias else None
        out = np.empty((len(x), f, *self.out_hw), x.dtype)
        for_chunks(len(x), self._chunk(len(x)),
                   lambda lo, hi: _correlate(x[lo:hi], w2, self.kernel_size, self.stride, self.pads,
                                             out[lo:hi], bias))
        if train:
            self.x = x
        return out

    def backward(self, dy):
        n, dt = len(dy), dy.dtype
        k, f, c = self.kernel_size, self.filters, self.in_channels
        top, _, left, _ = self.pads
        (hp, wp), (ho, wo) = self.padded_hw, self.out_hw
        _, h, w = self.input_shape
        w2 = self.params["W"].reshape(f, -1)
        x = self.x
        input_grad = getattr(self, "needs_input_grad", True)  # False for a network's first layer
        dx = np.empty((n, c, h, w), dt) if input_grad else None
        flip = self._flip_pads() if input_grad else None
        if flip is not None:
            wt2 = np.ascontiguousarray(self.params["W"][:, :, ::-1, ::-1].transpose(1, 0, 2, 3)).reshape(c, -1)

        def chunk(lo, hi):
            m = hi - lo
            dyc = dy[lo:hi].transpose(1, 0, 2, 3)  # the columns' channel-major layout
            dyc = dyc.reshape(f, -1) if m == 1 else np.ascontiguousarray(dyc).reshape(f, -1)
            xp = pad(x[lo:hi], *self.pads) if any(self.pads) else x[lo:hi]
            dw = dyc @ im2col(xp, k, k, self.stride, ho, wo).T
            db = dyc.sum(axis=1) if self.use_bias else None
            if flip is not None:
                _correlate(dy[lo:hi], wt2, k, 1, flip, dx[lo:hi])
            elif input_grad:
                dpad = col2im(w2.T @ dyc, (m, c, hp, wp), k, k, self.stride, ho, wo)
                dx[lo:hi] = dpad[:, :, top:top + h, left:left + w]
            return dw, db

        parts = for_chunks(n, self._chunk(n), chunk)
        np.sum([p[0] for p in parts], axis=0, out=self.grads["W"].reshape(f, -1))
        if self.use_bias:
            np.sum([p[1] for p in parts], axis=0, out=self.grads["b"])
        return dx


def _correlate(x, w2, k, stride, pads, out, bias=None):
    """out (m, F, ho, wo) = the k×k correlation of a chunk x (m, C, H, W) with kernels w2 (F, C·k·k)."""
    m, f, ho, wo = out.shape
    xp = pad(x, *pads) if any(pads) else x
    cols = im2col(xp, k, k, stride, ho, wo)
    y = out.reshape(m, f, ho * wo)
    if m == 1:  # one image: the matmul writes straight into the NCHW output
        np.matmul(w2, cols, out=y[0])
    else:  # several: one matmul, then one pass to NCHW
        np.copyto(y, (w2 @ cols).reshape(f, m, ho * wo).transpose(1, 0, 2))
    if bias is not None:
        y += bias[:, None]
