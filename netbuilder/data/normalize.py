"""Scaling fitted on the training part only.

Statistics taken over the test part too would leak it into training and flatter the test score, so
every function here fits on `train` and applies the same numbers to `test`.
"""

from __future__ import annotations

import numpy as np


def standardize(train: np.ndarray, test: np.ndarray, axes: tuple[int, ...],
                stats: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Zero mean, unit variance per feature (vectors: axes=(0,)) or per channel (images: (0, 2, 3)).

    A constant feature gets std 1 instead of 0, so it becomes all zeros rather than NaN. `stats`, when
    given, receives the fitted "shift" (mean) and "scale" (std) as lists, for a trained model to reuse.
    """
    mean = train.mean(axis=axes, keepdims=True, dtype=np.float64)
    std = train.std(axis=axes, keepdims=True, dtype=np.float64)
    std[std < 1e-12] = 1.0
    _record(stats, mean, std)
    return _apply(train, mean, std), _apply(test, mean, std)


def minmax(train: np.ndarray, test: np.ndarray, stats: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Each feature mapped to [0, 1] over the training part (the test part may fall outside)."""
    lo = train.min(axis=0, keepdims=True).astype(np.float64) if len(train) else np.zeros((1,) + train.shape[1:])
    hi = train.max(axis=0, keepdims=True).astype(np.float64) if len(train) else np.ones((1,) + train.shape[1:])
    span = hi - lo
    span[span < 1e-12] = 1.0
    _record(stats, lo, span)
    return _apply(train, lo, span), _apply(test, lo, span)


def standardize_images(train: np.ndarray, test: np.ndarray, stats: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    return standardize(train, test, axes=(0, 2, 3), stats=stats)


def _record(stats: dict | None, shift: np.ndarray, scale: np.ndarray) -> None:
    if stats is not None:
        stats["shift"] = [float(v) for v in shift.reshape(-1)]
        stats["scale"] = [float(v) for v in scale.reshape(-1)]


def _apply(x: np.ndarray, shift: np.ndarray, scale: np.ndarray) -> np.ndarray:
    out = x.astype(np.float32, copy=True)
    out -= shift.astype(np.float32)
    out /= scale.astype(np.float32)
    return out
