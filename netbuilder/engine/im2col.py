"""Turning convolution into one matrix product (im2col) and back (col2im), for NCHW data.

Convolution is slow in numpy when written as loops and fast when written as one BLAS call, so every
patch the kernel sees is copied into a column of a matrix first: (C·kh·kw, N·Ho·Wo), the whole
batch side by side, so forward, dW and dx are each a single large matmul (on this kind of machine
1.3–3× faster than a stack of per-sample matmuls).

col2im, the way back, sums kh·kw shifted copies of the column gradient onto the input. Done with
strided views that is millions of short row-by-row additions, and numpy's per-row overhead
dominated the whole backward pass. `col2im_wide` (stride 1) avoids that: every output row is taken
over the full padded width Wp instead of Wo, so the patch of kernel offset (i, j) is one *contiguous*
slice of each flattened padded image, starting at i·Wp + j, and the kh·kw additions become long
memory-speed ones. The price is kw − 1 wasted (zero) columns per row in the gradient matmul, and one
spare zero row in the buffer so the last slice stays inside its image. The forward keeps the narrow
columns: there the wasted columns cost more than the gather saves.

Everything keeps the input's dtype: float32 in, float32 through BLAS, float32 out.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def same_padding(size: int, kernel: int, stride: int) -> tuple[int, int]:
    """(before, after) padding for TensorFlow's "same": output = ceil(size / stride).

    An odd total goes one more to the after side (bottom/right), as TensorFlow does, so even
    kernels work too.
    """
    out = -(-size // stride)
    total = max((out - 1) * stride + kernel - size, 0)
    return total // 2, total - total // 2


def output_size(size: int, kernel: int, stride: int, before: int, after: int) -> int:
    """Positions a window fits in (floor: a partial window at the end is dropped); ≤ 0 if none."""
    return (size + before + after - kernel) // stride + 1


def pad(x: np.ndarray, top: int, bottom: int, left: int, right: int) -> np.ndarray:
    """Zero-pad the two image axes of (N, C, H, W) (np.pad is several times slower for this)."""
    n, c, h, w = x.shape
    out = np.zeros((n, c, h + top + bottom, w + left + right), x.dtype)
    out[:, :, top:top + h, left:left + w] = x
    return out


def im2col(xp: np.ndarray, kh: int, kw: int, stride: int, ho: int, wo: int, out: np.ndarray | None = None):
    """Patches of a padded batch (N, C, Hp, Wp) as (C·kh·kw, N·ho·wo), rows ordered (c, i, j)."""
    n, c = xp.shape[:2]
    windows = sliding_window_view(xp, (kh, kw), axis=(2, 3))
    windows = windows[:, :, :stride * (ho - 1) + 1:stride, :stride * (wo - 1) + 1:stride]
    if out is None:
        out = np.empty((c * kh * kw, n * ho * wo), dtype=xp.dtype)
    np.copyto(out.reshape(c, kh, kw, n, ho, wo), windows.transpose(1, 4, 5, 0, 2, 3))
    return out


def col2im(dcols: np.ndarray, padded_shape: tuple, kh: int, kw: int, stride: int, ho: int, wo: int) -> np.ndarray:
    """Adjoint of `im2col`: sums every patch gradient back onto the padded input (overlaps add)."""
    n, c = padded_shape[:2]
    d = dcols.reshape(c, kh, kw, n, ho, wo)
    dxp = np.zeros(padded_shape, dtype=dcols.dtype)
    for i in range(kh):
        rows = slice(i, i + stride * (ho - 1) + 1, stride)
        for j in range(kw):
            dxp[:, :, rows, j:j + stride * (wo - 1) + 1:stride] += d[:, i, j].transpose(1, 0, 2, 3)
    return dxp


def wide_shape(n: int, c: int, hp: int, wp: int) -> tuple[int, int, int, int]:
    """The padded gradient buffer of the wide layout: channel-major (C, N, ...) like the columns it
    is summed from, plus one spare zero row."""
    return c, n, hp + 1, wp


def col2im_wide(dcols: np.ndarray, buf_shape: tuple, kh: int, kw: int, ho: int) -> np.ndarray:
    """Stride-1 col2im from wide columns (C·kh·kw, N·ho·Wp) onto a `wide_shape` array. The wasted
    columns (ox ≥ Wo) of `dcols` must be zero: they would land in the padding or the next row."""
    c, n, _, wp = buf_shape
    q = ho * wp
    dbuf = np.zeros(buf_shape, dtype=dcols.dtype)
    flat = dbuf.reshape(c, n, -1)
    d = dcols.reshape(c, kh * kw, n, q)
    for i in range(kh):
        for j in range(kw):
            start = i * wp + j
            flat[:, :, start:start + q] += d[:, i * kw + j]
    return dbuf
