"""Scaling fitted on the training part only.

Statistics taken over the test part too would leak it into training and flatter the test score, so
every function here fits on `train` and applies the same numbers to `test`. Images kept as stored
pixels (data/pixels.py) are not copied: their statistics come from pixel-value counts and the
standardisation is applied to each batch as it is read.
"""

from __future__ import annotations

import numpy as np

from netbuilder.data.pixels import Pixels, moments


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


def standardize_images(train, test, stats: dict | None = None):
    """Per-channel standardisation of (N, C, H, W) images; Pixels stay Pixels (nothing is copied)."""
    if not isinstance(train, Pixels):
        return standardize(train, test, axes=(0, 2, 3), stats=stats)
    counts, values = train.channel_counts(), train.channel_values()
    mean, std = np.array([moments(k, v) for k, v in zip(counts, values)], np.float64).T.reshape(2, 1, -1, 1, 1)
    std[std < 1e-12] = 1.0
    _record(stats, mean, std)
    return train.standardized(mean, std), test.standardized(mean, std)


def _record(stats: dict | None, shift: np.ndarray, scale: np.ndarray) -> None:
    if stats is not None:
        stats["shift"] = [float(v) for v in shift.reshape(-1)]
        stats["scale"] = [float(v) for v in scale.reshape(-1)]


def _apply(x: np.ndarray, shift: np.ndarray, scale: np.ndarray) -> np.ndarray:
    out = x.astype(np.float32, copy=True)
    out -= shift.astype(np.float32)
    out /= scale.astype(np.float32)
    return out
