"""Geometry of a grid of values (a loss plane): log scaling, smooth resampling, and iso-lines by
marching squares. Pure numpy, shared by the PNG contour map (plotting/contour.py) and the window."""

from __future__ import annotations

import numpy as np


def scaled(z: np.ndarray, log: bool) -> np.ndarray:
    z = np.asarray(z, float)
    if log and np.all(z[np.isfinite(z)] > 0):
        return np.log10(z)
    return z


def bilinear(z: np.ndarray, width: int, height: int) -> np.ndarray:
    """Resample a (rows, cols) grid to (height, width); row 0 is the bottom of the picture."""
    rows, cols = z.shape
    ys = np.linspace(0, rows - 1, height)[::-1]  # the picture's top row is the grid's last row
    xs = np.linspace(0, cols - 1, width)
    y0 = np.floor(ys).astype(int).clip(0, max(rows - 2, 0))
    x0 = np.floor(xs).astype(int).clip(0, max(cols - 2, 0))
    y1, x1 = np.minimum(y0 + 1, rows - 1), np.minimum(x0 + 1, cols - 1)
    fy, fx = (ys - y0)[:, None], (xs - x0)[None, :]
    top = z[y0][:, x0] * (1 - fx) + z[y0][:, x1] * fx
    bottom = z[y1][:, x0] * (1 - fx) + z[y1][:, x1] * fx
    return top * (1 - fy) + bottom * fy


def iso_segments(xs: np.ndarray, ys: np.ndarray, z: np.ndarray, level: float) -> list[tuple]:
    """Marching squares: line segments ((x0, y0), (x1, y1)) where z crosses `level`."""
    segments = []
    rows, cols = z.shape
    for r in range(rows - 1):
        for c in range(cols - 1):
            corners = [(xs[c], ys[r], z[r, c]), (xs[c + 1], ys[r], z[r, c + 1]),
                       (xs[c + 1], ys[r + 1], z[r + 1, c + 1]), (xs[c], ys[r + 1], z[r + 1, c])]
            points = []
            for (xa, ya, za), (xb, yb, zb) in zip(corners, corners[1:] + corners[:1]):
                if (za < level) != (zb < level) and np.isfinite(za) and np.isfinite(zb):
                    f = (level - za) / (zb - za)
                    points.append((xa + f * (xb - xa), ya + f * (yb - ya)))
            for k in range(0, len(points) - 1, 2):
                segments.append((points[k], points[k + 1]))
    return segments


def levels_for(z: np.ndarray, count: int = 12) -> np.ndarray:
    finite = z[np.isfinite(z)]
    if not finite.size or finite.max() == finite.min():
        return np.array([])
    return np.linspace(finite.min(), finite.max(), count + 2)[1:-1]
