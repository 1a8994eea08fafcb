"""The classic 2-D toy sets (as in the TensorFlow playground), scaled to about [-1, 1].

They exist to watch a decision boundary form: xor needs one hidden layer, circles needs a
non-linearity, spirals needs depth or many units, blobs is the easy multi-class case. Labels come
from the clean point before noise is added, so noise makes the classes overlap instead of moving
the boundary.
"""

from __future__ import annotations

import numpy as np

DEFAULT_NOISE = {"spirals": 0.05, "circles": 0.05, "xor": 0.05, "blobs": 0.2}


def balanced_labels(n: int, k: int, rng: np.random.Generator) -> np.ndarray:
    return rng.permutation(np.arange(n) % k).astype(np.int64)


def spirals(n: int, noise: float, rng: np.random.Generator):
    y = balanced_labels(n, 2, rng)
    t = rng.random(n)
    angle = 1.75 * 2 * np.pi * t + np.pi * y
    x = np.stack([t * np.sin(angle), t * np.cos(angle)], axis=1)
    return x + noise * rng.standard_normal((n, 2)), y, ["spiral 1", "spiral 2"]


def circles(n: int, noise: float, rng: np.random.Generator):
    y = balanced_labels(n, 2, rng)
    radius = np.where(y == 0, 0.5 * rng.random(n), 0.7 + 0.3 * rng.random(n))
    angle = 2 * np.pi * rng.random(n)
    x = np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)
    return x + noise * rng.standard_normal((n, 2)), y, ["inner", "outer"]


def xor(n: int, noise: float, rng: np.random.Generator):
    y = balanced_labels(n, 2, rng)
    size = rng.uniform(0.05, 1.0, (n, 2))  # from 0.05: a small gap along the axes, as in the playground
    sign_x = np.where(rng.random(n) < 0.5, -1.0, 1.0)
    sign_y = np.where(y == 0, sign_x, -sign_x)
    x = size * np.stack([sign_x, sign_y], axis=1)
    return x + noise * rng.standard_normal((n, 2)), y, ["same sign", "opposite sign"]


def blobs(n: int, noise: float, rng: np.random.Generator, k: int = 3):
    y = balanced_labels(n, k, rng)
    angles = 2 * np.pi * np.arange(k) / k + np.pi / 2
    centres = 0.7 * np.stack([np.cos(angles), np.sin(angles)], axis=1)
    x = centres[y] + noise * rng.standard_normal((n, 2))
    return x, y, [f"blob {i + 1}" for i in range(k)]


GENERATORS = {"spirals": spirals, "circles": circles, "xor": xor, "blobs": blobs}
