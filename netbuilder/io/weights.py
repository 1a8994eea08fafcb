"""Weights files (.npz): every parameter and saved statistic, plus the architecture they fit.

The architecture (layer kinds and parameter shapes) travels in the file so a mismatch can be
named precisely ("layer 2 (Dense) W has shape ...") instead of failing somewhere in numpy.
"""

from __future__ import annotations

import json
import pathlib
import zipfile

import numpy as np

from netbuilder.io.atomic import atomic_open

META_KEY = "__netbuilder__"


class WeightsFileError(Exception):
    pass


def save_arrays(path, arrays: dict[str, np.ndarray], meta: dict) -> None:
    with atomic_open(path, "wb") as f:
        np.savez(f, **arrays, **{META_KEY: np.array(json.dumps(meta))})


def load_arrays(path) -> tuple[dict[str, np.ndarray], dict]:
    path = pathlib.Path(path)
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
    except FileNotFoundError:
        raise WeightsFileError(f"{path}: no such file") from None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, KeyError) as e:
        raise WeightsFileError(f"{path}: not a readable weights file ({e.__class__.__name__}: {e})") from None
    meta = {}
    if META_KEY in arrays:
        try:
            meta = json.loads(str(arrays.pop(META_KEY)))
        except json.JSONDecodeError:
            raise WeightsFileError(f"{path}: its description block is damaged") from None
    return arrays, meta


def save_weights(path, net) -> None:
    meta = {"layers": [layer.kind for layer in net.layers], "input_shape": list(net.input_shape)}
    save_arrays(path, net.state_dict(), meta)


def load_weights(path, net) -> None:
    """Load into `net`, or WeightsFileError naming the file and the first misfit; `net` is untouched on error."""
    from netbuilder.engine.network import WeightsMismatch

    arrays, meta = load_arrays(path)
    kinds = [layer.kind for layer in net.layers]
    if meta.get("layers") and meta["layers"] != kinds:
        raise WeightsFileError(f"{path}: saved for layers {' → '.join(meta['layers'])}, "
                               f"but this network has {' → '.join(kinds)}")
    try:
        net.load_state_dict(arrays)
    except WeightsMismatch as e:
        raise WeightsFileError(f"{path}: {e}") from None
