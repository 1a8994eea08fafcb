"""Turning convolution into one matrix product (im2col) and back (col2im), for NCHW data.

Convolution is slow in numpy when written as loops and fast when written as one BLAS call, so every
patch the kernel sees is copied into a column of a matrix first: (C·kh·kw, n·Ho·Wo) for a chunk of
n images side by side, so forward, dW and dx are each one matmul per chunk. Conv2D picks chunks of
about a megabyte of columns: they stay in cache between the copy and the matmul.

col2im, the way back, sums kh·kw shifted copies of the column gradient onto the input; Conv2D
needs it only at stride > 1 (at stride 1 its input gradient is a correlation, an im2col again).

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
