"""Training-time augmentation of a mini-batch.

Every random number comes from the generator passed in, drawn in a fixed order, so a resumed run
that restores the generator's state replays exactly the same augmented batches. The input is never
changed in place: the trainer passes views of the training set.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import numpy as np

from netbuilder.engine.errors import did_you_mean
from netbuilder.engine.spec import AUGMENTATIONS  # the names live with the training settings they validate

IMAGE_ONLY = ("shift", "flip")
SHIFT = 4          # pixels of zero padding, then a random crop back to the original size
NOISE_STD = 0.05   # Gaussian noise, in input units ([0, 1] images: 5 % of full scale)


def augment_batch(x: np.ndarray, names: list[str], rng: np.random.Generator) -> np.ndarray:
    """A new array with the named augmentations applied in the order given.

    Images (N, C, H, W) accept shift, flip and noise; vectors (N, D) only noise. An unknown name or
    an image-only augmentation on vectors is a ValueError, since either means a wrong network file.
    """
    for name in names:
        if name not in AUGMENTATIONS:
            raise ValueError(translate("Data", "unknown augmentation \"{0}\"{1}; choose from {2}").format(name, did_you_mean(name, AUGMENTATIONS), ', '.join(AUGMENTATIONS)))
        if name in IMAGE_ONLY and x.ndim != 4:
            raise ValueError(translate("Data", "augmentation \"{0}\" needs images (N, C, H, W), but the data has shape {1}; only \"noise\" works on vectors").format(name, x.shape))
    out = np.array(x, dtype=x.dtype if x.dtype.kind == "f" else np.float32, copy=True)
    for name in names:
        out = _AUGMENT[name](out, rng)
    return out


def shift(x: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Each image moved by up to SHIFT pixels in each direction, the uncovered border zero-filled."""
    n, _, h, w = x.shape
    offsets = rng.integers(0, 2 * SHIFT + 1, size=(2, n))
    padded = np.pad(x, ((0, 0), (0, 0), (SHIFT, SHIFT), (SHIFT, SHIFT)))
    rows = offsets[0][:, None] + np.arange(h)            # (N, H)
    cols = offsets[1][:, None] + np.arange(w)            # (N, W)
    sample = np.arange(n)[:, None, None]
    crop = padded.transpose(0, 2, 3, 1)[sample, rows[:, :, None], cols[:, None, :]]  # (N, H, W, C)
    return np.ascontiguousarray(crop.transpose(0, 3, 1, 2))


def flip(x: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Half the images, chosen at random, mirrored left to right."""
    mirrored = rng.random(len(x)) < 0.5
    x[mirrored] = x[mirrored, :, :, ::-1]
    return x


def noise(x: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    dtype = x.dtype if x.dtype in (np.float32, np.float64) else np.float64
    x += (NOISE_STD * rng.standard_normal(x.shape, dtype=dtype)).astype(x.dtype, copy=False)
    return x


_AUGMENT = {"shift": shift, "flip": flip, "noise": noise}
