"""The embedded image set: circles, squares, triangles and crosses on a 28x28 grey canvas.

It is the default dataset because it needs no download yet gives convolution something to find:
each class is defined by local edge structure (curves, corners, slanted edges, crossing bars),
while position, size, rotation, outline-or-filled, contrast and noise vary freely, so a linear model
on raw pixels cannot simply memorise where the ink is. A small CNN learns it in a couple of epochs.

Shapes are drawn for the whole batch at once from a signed distance on a coordinate grid: negative
inside, positive outside. A filled shape is the anti-aliased inside, an outline the band where the
distance is near zero.
"""

from __future__ import annotations

import numpy as np

SIDE = 28
CLASS_NAMES = ["circle", "square", "triangle", "cross"]
DEFAULT_NOISE = 0.08
DEFAULT_COUNT = 6000  # fewer makes each epoch too short for a small CNN to pass 90 % in two or three
MAX_TILT = np.deg2rad(20)
HALF_SIZE = (6.0, 11.0)  # pixels from the centre to a side or the rim
HALF_THICKNESS = (0.8, 1.3)  # half the outline width, pixels


def _distance(kind: int, u: np.ndarray, v: np.ndarray, r: np.ndarray) -> np.ndarray:
    """Signed distance (in pixels, approximate for polygons) to a shape of half-size r centred at 0."""
    if kind == 0:
        return np.sqrt(u * u + v * v) - r
    if kind == 1:
        return np.maximum(np.abs(u), np.abs(v)) - 0.85 * r
    if kind == 2:  # equilateral with its base below (v > 0), so it points up on screen
        inradius = 0.6 * r
        sides = [(0.0, 1.0), (0.8660254, -0.5), (-0.8660254, -0.5)]
        (a0, b0), (a1, b1), (a2, b2) = sides
        return np.maximum(np.maximum(u * a0 + v * b0, u * a1 + v * b1), u * a2 + v * b2) - inradius
    arm = 0.3 * r  # plus sign: the union of a horizontal and a vertical bar
    return np.minimum(np.maximum(np.abs(u) - arm, np.abs(v) - r), np.maximum(np.abs(u) - r, np.abs(v) - arm))


def draw(kinds: np.ndarray, rng: np.random.Generator, noise: float) -> np.ndarray:
    """(N, 1, 28, 28) float32 images in [0, 1], one shape of the given kind each."""
    n = len(kinds)
    f32 = np.float32
    r = rng.uniform(*HALF_SIZE, n).astype(f32)
    reach = r * 1.15  # keep rotated corners (mostly) on the canvas
    cx = rng.uniform(reach, SIDE - 1 - reach).astype(f32)
    cy = rng.uniform(reach, SIDE - 1 - reach).astype(f32)
    tilt = rng.uniform(-MAX_TILT, MAX_TILT, n)
    cos, sin = np.cos(tilt).astype(f32), np.sin(tilt).astype(f32)
    filled = rng.random(n) < 0.5
    half = rng.uniform(*HALF_THICKNESS, n).astype(f32)
    ink = rng.uniform(0.6, 1.0, n).astype(f32)
    background = rng.uniform(0.0, 0.25, n).astype(f32)
    image = rng.standard_normal((n, SIDE, SIDE), dtype=f32)
    image *= f32(noise)

    grid = np.arange(SIDE, dtype=f32)
    for kind in range(len(CLASS_NAMES)):
        (i,) = np.nonzero(kinds == kind)
        if not len(i):
            continue
        col = lambda a: a[i, None, None]  # noqa: E731 - per-sample value broadcast over the canvas
        dx = grid[None, None, :] - col(cx)
        dy = grid[None, :, None] - col(cy)
        u = col(cos) * dx + col(sin) * dy
        v = col(cos) * dy - col(sin) * dx  # image rows grow downwards, so v > 0 is below the centre
        d = _distance(kind, u, v, col(r))
        coverage = np.where(col(filled), 0.5 - d, col(half) + 0.5 - np.abs(d))
        np.clip(coverage, 0.0, 1.0, out=coverage)
        image[i] += col(background) + col(ink - background) * coverage
    np.clip(image, 0.0, 1.0, out=image)
    return image[:, None, :, :]


def shapes(n: int, noise: float, rng: np.random.Generator):
    y = rng.permutation(np.arange(n) % len(CLASS_NAMES)).astype(np.int64)
    return draw(y, rng, noise), y, list(CLASS_NAMES)
