"""`builtin:NAME` — datasets generated in-process, so a new user can train before downloading anything.

The same SPEC and seed always give the same arrays: all randomness comes from one generator seeded by
`?seed=` when given, else by the seed passed to load_dataset (the run's seed).
"""

from __future__ import annotations

from netbuilder.i18n import translate
import numpy as np

from netbuilder.data import points, shapes
from netbuilder.data.dataset import Dataset, stratified_indices
from netbuilder.data.errors import DataError, did_you_mean
from netbuilder.data.normalize import standardize_images
from netbuilder.data.preprocessing import image_preprocessing
from netbuilder.data.source_info import SourceInfo
from netbuilder.data.spec import Options, Spec

COMMON = ("n", "noise", "seed", "test_fraction")
EXTRA = {"blobs": ("classes",), "shapes": ("standardize",)}
DEFAULT_COUNT = {"shapes": shapes.DEFAULT_COUNT, "spirals": 1000, "circles": 1000, "xor": 1000, "blobs": 1000}
DEFAULT_NOISE = {**points.DEFAULT_NOISE, "shapes": shapes.DEFAULT_NOISE}
NAMES = tuple(DEFAULT_COUNT)  # the built-in sets, in the order the window's menu lists them
DESCRIPTIONS = {
    "shapes": "28x28 grey circles, squares, triangles and crosses",
    "spirals": "two interleaved 2-D spirals",
    "circles": "a 2-D disc inside a ring",
    "xor": "2-D points labelled by the sign of x*y",
    "blobs": "3 (classes=K) Gaussian clusters in 2-D",
}
SOURCE = SourceInfo(
    ("builtin",), "builtin:NAME[?n=N&noise=X&seed=S&test_fraction=F]",
    "generated, no files; blobs also takes classes=K:\n" + "\n".join(f"  {n:8s} {DESCRIPTIONS[n]}" for n in NAMES))


def load(spec: Spec, seed: int) -> Dataset:
    name = spec.target.lower()
    if name not in NAMES:
        raise DataError(translate("Data", "The dataset SPEC \"{0}\" names no built-in set \"{1}\"{2}; the built-in sets are {3}.").format(spec.text, spec.target, did_you_mean(name, NAMES), ', '.join(NAMES)))
    opts = Options(spec, COMMON + EXTRA.get(name, ()))
    n = opts.integer("n", DEFAULT_COUNT[name], 8, 1_000_000)
    noise = opts.number("noise", DEFAULT_NOISE[name], 0.0, 1.0)
    seed = opts.integer("seed", seed, 0, 2**63 - 1)
    test_fraction = opts.fraction("test_fraction", 0.2)
    rng = np.random.default_rng(seed)
    if name == "shapes":
        x, y, class_names = shapes.shapes(n, noise, rng)
    elif name == "blobs":
        x, y, class_names = points.blobs(n, noise, rng, opts.integer("classes", 3, 2, 10))
    else:
        x, y, class_names = points.GENERATORS[name](n, noise, rng)
    x = x.astype(np.float32, copy=False)
    train, test = stratified_indices(y, test_fraction, seed)
    x_train, x_test = x[train], x[test]
    stats = {}
    if opts.flag("standardize"):
        x_train, x_test = standardize_images(x_train, x_test, stats)
    preprocessing = image_preprocessing(x, stats) if x.ndim == 4 else {"input": "vector", "features": x.shape[1]}
    return Dataset(spec.text, x_train, y[train], x_test, y[test], class_names, preprocessing=preprocessing)
