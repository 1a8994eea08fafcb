"""Weights files (.npz): every parameter and saved statistic, plus the architecture they fit.

The architecture (layer kinds and parameter shapes) travels in the file so a mismatch can be
named precisely ("layer 2 (Dense) W has shape ...") instead of failing somewhere in numpy.
Loading validates everything — the archive's headers, the description block, every array's name,
shape, type and values — before the first weight is assigned, so a refused file leaves the network
exactly as it was.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import json

import numpy as np

from netbuilder.io.atomic import atomic_open
from netbuilder.io.npz import NpzError, read_npz

META_KEY = "__netbuilder__"
FLOAT32_MAX = float(np.finfo(np.float32).max)
TEXT_MEMBERS = (META_KEY, "run_meta", "trainer_meta")  # JSON description blocks stored as 0-d text


class WeightsFileError(Exception):
    pass


def save_arrays(path, arrays: dict[str, np.ndarray], meta: dict) -> None:
    with atomic_open(path, "wb") as f:
        np.savez(f, **arrays, **{META_KEY: np.array(json.dumps(meta))})


def parse_json_block(text: str, what: str, path) -> dict:
    """A JSON description block as a dict, or WeightsFileError saying it is damaged."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        raise WeightsFileError(translate("Io", "{0}: its {1} block is damaged (not valid JSON)").format(path, what)) from None
    if not isinstance(value, dict):
        raise WeightsFileError(translate("Io", "{0}: its {1} block is damaged (not a JSON object)").format(path, what))
    return value


def load_arrays(path) -> tuple[dict[str, np.ndarray], dict]:
    """(arrays, description) from a file we wrote; WeightsFileError for anything else."""
    try:
        arrays = read_npz(path, TEXT_MEMBERS)
    except NpzError as e:
        raise WeightsFileError(str(e)) from None
    meta = {}
    if META_KEY in arrays:
        meta = parse_json_block(str(arrays.pop(META_KEY)), "description", path)
    return arrays, meta


def _check_meta(path, meta: dict) -> list[str] | None:
    """The saved layer kinds, or None when the file does not say; WeightsFileError when it says
    something that is not a list of names."""
    layers = meta.get("layers")
    if layers is None:
        return None
    if not isinstance(layers, list) or not all(isinstance(k, str) for k in layers):
        raise WeightsFileError(translate("Io", "{0}: its description block is damaged ('layers' is not a list of layer names)").format(path))
    return layers


def check_state_arrays(path, net, arrays: dict[str, np.ndarray]) -> None:
    """WeightsFileError naming the first array that is missing, extra, misshapen, not numeric or not
    finite; returns only when `net.load_state_dict(arrays)` cannot fail."""
    misfit = net.state_keys_misfit(arrays)
    if misfit:
        raise WeightsFileError(f"{path}: {misfit}")
    for key, (_, _, current) in net.state_arrays().items():
        arr, shape = arrays[key], current.shape
        where = net.describe_state_key(key)
        if arr.dtype.kind not in "fiu":
            raise WeightsFileError(translate("Io", "{0}: {1} holds {2} values, not numbers").format(path, where, arr.dtype))
        if arr.shape != shape:
            raise WeightsFileError(translate("Io", "{0}: {1} has shape {2} in the file but {3} in this network").format(path, where, arr.shape, shape))
        if arr.dtype.kind == "f":
            bad = int(arr.size - np.count_nonzero(np.isfinite(arr)))
            if bad:
                raise WeightsFileError(translate("Io", "{0}: {1} holds {2:,} NaN or infinite value{3}; these weights come from a run that diverged and cannot be used").format(path, where, bad, 's' * (bad != 1)))
            big = float(np.max(np.abs(arr))) if arr.size else 0.0
            if big > FLOAT32_MAX:
                raise WeightsFileError(translate("Io", "{0}: {1} holds values beyond float32 range (up to {2:g})").format(path, where, big))


def save_weights(path, net) -> None:
    meta = {"layers": [layer.kind for layer in net.layers], "input_shape": list(net.input_shape)}
    save_arrays(path, net.state_dict(), meta)


def load_weights(path, net) -> None:
    """Load into `net`, or WeightsFileError naming the file and the first misfit; `net` is untouched on error."""
    arrays, meta = load_arrays(path)
    kinds = [layer.kind for layer in net.layers]
    saved = _check_meta(path, meta)
    if saved and saved != kinds:
        raise WeightsFileError(translate("Io", "{0}: saved for layers {1}, but this network has {2}").format(path, ' → '.join(saved), ' → '.join(kinds)))
    check_state_arrays(path, net, arrays)
    net.load_state_dict(arrays)
