"""Axis scales for the live charts: stepped ranges that change rarely.

Redrawing an axis is the costly part of a chart update, so the live charts keep their ranges on a
coarse grid (whole epochs, half decades, 1-2-2.5-5 steps) and the axes stay put while curves move.
"""

from __future__ import annotations

import math

import numpy as np


def nice_ceil(v: float) -> float:
    """The next of 1, 2, 2.5, 5 × 10^k at or above v (v > 0)."""
    if not (v > 0 and math.isfinite(v)):
        return 1.0
    base = 10 ** math.floor(math.log10(v))
    for m in (1, 2, 2.5, 5, 10):
        if m * base >= v * (1 - 1e-9):
            return m * base
    return 10 * base


def log_span(values: np.ndarray, step: float = 0.5) -> tuple[float, float] | None:
    """(lo, hi) in log10 units covering the positive finite values, on a grid of `step` decades."""
    v = np.asarray(values, dtype=np.float64)
    v = v[np.isfinite(v) & (v > 0)]
    if not v.size:
        return None
    lo = math.floor(math.log10(v.min()) / step) * step
    hi = math.ceil(math.log10(v.max()) / step) * step
    return (lo, hi if hi > lo else lo + step)


def epoch_span(x_max: float) -> tuple[float, float]:
    """0 to the next whole epoch: the x axis changes once per epoch, not with every batch."""
    return (0.0, float(max(1, math.ceil(x_max - 1e-9))))
