"""`load_dataset(spec)`: one entry point that dispatches a SPEC to its source.

Each source module declares itself (`SOURCE`, data/source_info.py): its schemes, syntax and file
pickers. The modules are light (numpy only); optional packages such as Pillow are imported when a
source loads, so a missing one only matters to the source that needs it.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import importlib

from netbuilder.data.dataset import Dataset
from netbuilder.data.errors import DataError, did_you_mean
from netbuilder.data.source_info import SourceInfo
from netbuilder.data.spec import parse_spec

SOURCE_MODULES = ("builtin", "idx", "cifar", "csv_source", "images")  # each declares SOURCE (source_info.py)


def sources() -> list[SourceInfo]:
    """Every source's declaration, in the order the help lists them."""
    return [importlib.import_module(f"netbuilder.data.{m}").SOURCE for m in SOURCE_MODULES]


SCHEMES = {scheme: module for module, info in zip(SOURCE_MODULES, sources()) for scheme in info.schemes}
PICKERS = {scheme: picker for info in sources() for scheme, picker in info.pickers.items()}

STANDARDIZE_NOTE = """\
Image sources (and builtin:shapes) also take standardize=1: per-channel standardisation with
training-set statistics instead of scaling to [0, 1]."""


def describe_spec_syntax() -> str:
    """The SPEC forms, for `--help`, the window's tooltip and the README, generated from the sources."""
    return "\n".join(info.syntax() for info in sources()) + "\n" + STANDARDIZE_NOTE


def load_dataset(spec: str, seed: int = 0) -> Dataset:
    """The dataset a SPEC names, or DataError; `seed` drives generated sets and train/test splits."""
    parsed = parse_spec(spec)
    if parsed.scheme not in SCHEMES:
        raise DataError(translate("Data", "The dataset SPEC \"{0}\" has unknown scheme \"{1}\"{2}; the forms are:\n{3}").format(parsed.text, parsed.scheme, did_you_mean(parsed.scheme, SCHEMES), describe_spec_syntax()))
    module = importlib.import_module(f"netbuilder.data.{SCHEMES[parsed.scheme]}")
    dataset = module.load(parsed, seed)
    if not len(dataset.x_train):
        raise DataError(translate("Data", "The dataset SPEC \"{0}\" gives no training samples ({1} test samples); a network needs data to learn from.").format(parsed.text, len(dataset.x_test)))
    return dataset
