"""The one shape every source produces, and the seeded stratified split they all share.

Trainer, plots and evaluation only ever see a `Dataset`: float32 inputs, int64 class indices, names
for the classes. Image sources hand out their inputs as `Pixels` (data/pixels.py): the stored uint8
images, read as float32 a batch at a time, so a set costs its stored size rather than 4x that. Splitting is stratified so that a 10 % validation set of an imbalanced CSV still
holds every class in proportion, and seeded so that the same seed gives the same split in the GUI,
on the command line and after a resume.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from netbuilder.data.pixels import Pixels, take


@dataclass
class Dataset:
    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: list[str]
    # What the loader changed on the way (rows or columns dropped, ...), for the GUI to show.
    notes: list[str] = field(default_factory=list)
    # How raw files became these arrays (data/preprocessing.py), so a trained model can repeat it.
    preprocessing: dict = field(default_factory=dict)

    def __post_init__(self):
        # Programmer errors in a loader, not user errors: a loader must never hand out such a set.
        for part in ("x_train", "x_test"):
            x = getattr(self, part)
            if not isinstance(x, (np.ndarray, Pixels)) or x.dtype != np.float32 or x.ndim < 2:
                raise ValueError(f"{part} must be float32 with a sample axis, got {x.dtype} {x.shape}")
        for part in ("y_train", "y_test"):
            y = getattr(self, part)
            if y.dtype != np.int64 or y.ndim != 1:
                raise ValueError(f"{part} must be 1-D int64, got {y.dtype} {y.shape}")
        if len(self.x_train) != len(self.y_train) or len(self.x_test) != len(self.y_test):
            raise ValueError("inputs and labels differ in length")
        if self.x_train.shape[1:] != self.x_test.shape[1:]:
            raise ValueError(f"train {self.x_train.shape[1:]} and test {self.x_test.shape[1:]} samples differ")

    @property
    def input_shape(self) -> tuple:
        return tuple(int(d) for d in self.x_train.shape[1:])

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def is_image(self) -> bool:
        return len(self.input_shape) == 3


def stratified_indices(y: np.ndarray, fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(keep, held_out) index arrays, each ascending, with every class held out in proportion.

    Per-class quotas use largest remainders so the held-out total is round(fraction * n); a class is
    never held out entirely, so a class with one sample stays in the training part.
    """
    y = np.asarray(y)
    if not 0.0 <= fraction < 1.0:
        raise ValueError(f"fraction must be at least 0 and below 1, not {fraction}")
    n = len(y)
    n_held = int(round(fraction * n))
    if n_held == 0:
        return np.arange(n), np.arange(0)
    _, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    exact = counts * fraction
    quota = np.floor(exact).astype(np.int64)
    short = n_held - int(quota.sum())
    if short > 0:
        quota[np.argsort(-(exact - quota), kind="stable")[:short]] += 1
    quota = np.minimum(quota, counts - 1)

    perm = np.random.default_rng(seed).permutation(n)
    grouped = perm[np.argsort(inverse[perm], kind="stable")]  # by class, shuffled within each
    label = inverse[grouped]
    starts = np.cumsum(counts) - counts
    rank = np.arange(n) - starts[label]
    held = rank < quota[label]
    return np.sort(grouped[~held]), np.sort(grouped[held])


def split_validation(x: np.ndarray, y: np.ndarray, fraction: float, seed: int):
    """(x_train, y_train, x_val, y_val): a stratified, seeded hold-out; fraction 0 gives empty
    validation arrays that still have the per-sample shape, so callers need no special case.
    Pixels are split as index views over the same stored images (data/pixels.py: `take`)."""
    if len(x) != len(y):
        raise ValueError(f"x has {len(x)} samples but y has {len(y)}")
    keep, held = stratified_indices(y, fraction, seed)
    return take(x, keep), y[keep], take(x, held), y[held]
