"""Turning convolution into one matrix product (im2col) and back (col2im), for NCHW data.

Convolution is slow in numpy when written as loops and fast when written as a single BLAS call, so
every patch the kernel sees is copied into a column of a matrix first. Two layouts live here:

* the general one: columns (C·kh·kw, N·Ho·Wo), gathered through a sliding-window view; any stride.
* the "wide" one, for stride 1: every output row is computed over the full padded width Wp instead
  of Wo, so the patch for kernel offset (i, j) is one *contiguous* slice of the flattened padded
  image starting at i·Wp + j. Gathering and scattering are then kh·kw long memory copies/adds
  instead of millions of short strided ones (numpy's per-row overhead dominated col2im otherwise);
  the price is kw − 1 wasted output columns per row, which the caller drops. The padded buffer gets
  one extra zero row so the last slice never reads past its image.

Columns hold the whole batch side by side, so each of forward, dW and dx is one large matmul:
on this kind of machine that ran 1.3–3× faster than a stack of per-sample matmuls.

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


def pad_into(buf: np.ndarray, x: np.ndarray, top: int, left: int) -> np.ndarray:
    """Copy `x` (N, C, H, W) into the interior of a zero-bordered (N, C, Hp, Wp) buffer; the border is
    never written, so a buffer reused across batches stays correct without re-zeroing."""
    h, w = x.shape[2:]
    buf[:, :, top:top + h, left:left + w] = x
    return buf


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
    """The padded buffer of the wide layout: channel-major (C, N, ...) so that the columns come out
    as one (C·kh·kw, N·ho·Wp) matrix for a single big matmul, plus one spare zero row."""
    return c, n, hp + 1, wp


def pad_wide(buf: np.ndarray, x: np.ndarray, top: int, left: int) -> np.ndarray:
    """Copy `x` (N, C, H, W) into a zero-bordered `wide_shape` buffer (transposing to C, N)."""
    h, w = x.shape[2:]
    buf[:, :, top:top + h, left:left + w] = x.transpose(1, 0, 2, 3)
    return buf


def im2col_wide(xbuf: np.ndarray, kh: int, kw: int, ho: int, out: np.ndarray | None = None) -> np.ndarray:
    """Stride-1 patches of a `wide_shape` buffer as (C·kh·kw, N·ho·Wp), rows ordered (c, i, j)."""
    c, n, _, wp = xbuf.shape
    flat = xbuf.reshape(c, n, -1)
    q = ho * wp
    if out is None:
        out = np.empty((c * kh * kw, n * q), dtype=xbuf.dtype)
    cols = out.reshape(c, kh * kw, n, q)
    for i in range(kh):
        for j in range(kw):
            start = i * wp + j
            cols[:, i * kw + j] = flat[:, :, start:start + q]
    return out


def col2im_wide(dcols: np.ndarray, buf_shape: tuple, kh: int, kw: int, ho: int) -> np.ndarray:
    """Adjoint of `im2col_wide`, as a `wide_shape` array. The wasted columns of `dcols` must be zero
    (they would land in the padding or in the next row)."""
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
