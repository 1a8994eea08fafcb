"""`load_dataset(spec)`: one entry point that dispatches a SPEC to its source.

Sources are imported when used, so loading a CSV never pays for Pillow and a missing optional
package only matters to the source that needs it.
"""

from __future__ import annotations

import importlib

from netbuilder.data.dataset import Dataset
from netbuilder.data.errors import DataError, did_you_mean
from netbuilder.data.spec import parse_spec

SCHEMES = {  # scheme -> module with load(spec, seed)
    "mnist": "idx",
    "fashion-mnist": "idx",
    "cifar10": "cifar",
    "csv": "csv_source",
    "images": "images",
    "builtin": "builtin",
}

SYNTAX = """\
builtin:NAME[?n=N&noise=X&seed=S&test_fraction=F]
    generated, no files: shapes (28x28 images, 4 classes), spirals, circles, xor, blobs (2-D points;
    blobs also takes classes=K)
mnist:DIR  |  fashion-mnist:DIR
    the four IDX files (train-images-idx3-ubyte, ..., .gz or not); empty DIR = the download folder
cifar10:DIR[?classes=airplane,ship]
    the python batches (DIR or DIR/cifar-10-batches-py); classes picks and renumbers a subset
csv:FILE[?label=COLUMN&missing=drop-rows|zero|mean|drop-columns&normalize=standard|minmax|none&test_fraction=0.2]
    header row; label column by name (default: last); inputs must be numeric
images:DIR[?size=WxH&test_fraction=0.2]
    one sub-folder of PNG/JPEG files per class, all one size unless size= resizes them
Image sources (and builtin:shapes) also take standardize=1: per-channel standardisation with
training-set statistics instead of scaling to [0, 1]."""


def describe_spec_syntax() -> str:
    """The SPEC forms, for `--help` and tooltips."""
    return SYNTAX


def load_dataset(spec: str, seed: int = 0) -> Dataset:
    """The dataset a SPEC names, or DataError; `seed` drives generated sets and train/test splits."""
    parsed = parse_spec(spec)
    if parsed.scheme not in SCHEMES:
        raise DataError(f'The dataset SPEC "{parsed.text}" has unknown scheme "{parsed.scheme}"'
                        f"{did_you_mean(parsed.scheme, SCHEMES)}; the forms are:\n{SYNTAX}")
    module = importlib.import_module(f"netbuilder.data.{SCHEMES[parsed.scheme]}")
    dataset = module.load(parsed, seed)
    if not len(dataset.x_train):
        raise DataError(f'The dataset SPEC "{parsed.text}" gives no training samples '
                        f"({len(dataset.x_test)} test samples); a network needs data to learn from.")
    return dataset
