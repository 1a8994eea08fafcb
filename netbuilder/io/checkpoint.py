"""Checkpoints (.npz): a stopped run's whole position, written on Ctrl-C and read by `--resume`.

A checkpoint is a weights file plus the trainer's position (epoch, batch, the epoch's shuffling
permutation, random-stream states, optimizer slots, history, settings) and the run's data SPEC and
overrides. `read_checkpoint` checks the file's structure; `checkpoint_problem` checks it against the
trainer it is about to resume, in full, so that `Trainer.restore` never meets a value it cannot use
and a refused checkpoint changes nothing.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import copy
import json
import math
from dataclasses import dataclass, fields

import numpy as np

from netbuilder.io.weights import WeightsFileError, check_state_arrays, load_arrays, parse_json_block, save_arrays

META_FIELDS = {  # trainer_meta key -> the JSON types it may hold
    "epoch": (int,), "batch": (int,), "sums": (list,), "epoch_seconds": (int, float),
    "rng": (dict,), "layer_rngs": (list,), "history": (list,), "best_val": (int, float),
    "bad_epochs": (int,), "settings": (dict,), "train_seconds": (int, float), "images_seen": (int,),
}


class CheckpointError(WeightsFileError):
    """A file that cannot be resumed; str(e) names the file and the first problem."""


@dataclass
class Checkpoint:
    path: str
    arrays: dict          # everything Trainer.restore reads ("net/...", "opt/...", "perm", "trainer_meta")
    meta: dict            # the parsed trainer_meta
    data: str             # the data SPEC the run used
    overrides: dict       # the command-line overrides the run used
    run_id: str | None = None  # the run store's record this run continues, when it had one


def save_checkpoint(path, trainer, data_spec: str, overrides: dict, run_id=None) -> None:
    arrays = trainer.checkpoint()
    arrays["run_meta"] = np.array(json.dumps({"data": data_spec, "overrides": overrides, "run_id": run_id}))
    save_arrays(path, arrays, {"kind": "checkpoint"})


def read_checkpoint(path) -> Checkpoint:
    """The checkpoint at `path` with its description blocks parsed and typed, or CheckpointError."""
    try:
        arrays, _ = load_arrays(path)
    except WeightsFileError as e:
        raise CheckpointError(str(e)) from None
    for key in ("run_meta", "trainer_meta"):
        if key not in arrays:
            raise CheckpointError(translate("Io", "{0}: not a NetBuilder checkpoint (no {1} block); a weights file cannot be resumed, only loaded").format(path, key))
    try:
        run_meta = parse_json_block(str(arrays.pop("run_meta")), translate("Io", "run description"), path)
        meta = parse_json_block(str(arrays["trainer_meta"]), translate("Io", "trainer position"), path)
    except WeightsFileError as e:
        raise CheckpointError(str(e)) from None
    data, overrides = run_meta.get("data"), run_meta.get("overrides")
    if not isinstance(data, str) or not isinstance(overrides, dict):
        raise CheckpointError(translate("Io", "{0}: its run description block is damaged (no data source or settings)").format(path))
    for key, types in META_FIELDS.items():
        value = meta.get(key)
        if isinstance(value, bool) or not isinstance(value, types):
            raise CheckpointError(translate("Io", "{0}: its trainer position is damaged ({1!r} is {2})").format(path, key, 'missing' if value is None else repr(value)[:60]))
    run_id = run_meta.get("run_id")
    return Checkpoint(str(path), arrays, meta, data, overrides, run_id if isinstance(run_id, (str, int)) else None)


def _rng_state_ok(generator: np.random.Generator, state) -> bool:
    """Whether `state` can be assigned to a copy of this generator's bit generator."""
    probe = copy.deepcopy(generator.bit_generator)
    try:
        probe.state = state
    except (TypeError, ValueError, KeyError, OverflowError, AttributeError):
        return False
    return True


def _number_list(values, n: int) -> bool:
    return (isinstance(values, list) and len(values) == n
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in values))


def checkpoint_problem(ckpt: Checkpoint, trainer) -> str | None:
    """The first reason `ckpt` cannot resume `trainer` (a sentence without the file name), else None."""
    from netbuilder.engine.train import EpochReport

    meta, arrays, s = ckpt.meta, ckpt.arrays, trainer.settings
    if meta["settings"] != json.loads(json.dumps(s)):
        return translate("Io", "its training settings differ from the ones rebuilt from its run description")
    if not 0 <= meta["epoch"] <= s["epochs"]:
        return translate("Io", "its epoch {0} is outside 0..{1}").format(meta['epoch'], s['epochs'])
    if not 0 <= meta["batch"] < trainer.batches_per_epoch:
        return translate("Io", "its batch {0} is outside 0..{1}").format(meta['batch'], trainer.batches_per_epoch - 1)
    perm = arrays.get("perm")
    if perm is not None:
        n = len(trainer.x)
        if perm.dtype.kind not in "iu" or perm.shape != (n,) or not np.array_equal(np.sort(perm), np.arange(n)):
            return translate("Io", "its shuffling order is not a permutation of the {0} training samples").format(n)
    elif meta["batch"]:
        return translate("Io", "it stops inside an epoch but has no shuffling order")
    if not _number_list(meta["sums"], 3) or not all(
            isinstance(meta[k], (int, float)) and math.isfinite(meta[k]) and meta[k] >= 0
            for k in ("epoch_seconds", "train_seconds", "images_seen", "bad_epochs")):
        return translate("Io", "its running totals are damaged")
    if not _rng_state_ok(trainer.rng, meta["rng"]):
        return translate("Io", "its random-stream state is damaged")
    if len(meta["layer_rngs"]) != len(trainer.net.layers) or not all(
            _rng_state_ok(layer.rng, st) for layer, st in zip(trainer.net.layers, meta["layer_rngs"])):
        return translate("Io", "its per-layer random-stream states are damaged or for another network")
    names = {f.name for f in fields(EpochReport)}
    for h in meta["history"]:
        if not isinstance(h, dict) or set(h) != names:
            return translate("Io", "its epoch history is damaged")
    best_epoch = meta.get("best_epoch")
    if best_epoch is not None and (isinstance(best_epoch, bool) or not isinstance(best_epoch, int)
                                   or not 0 <= best_epoch <= s["epochs"]):
        return translate("Io", "its best epoch {0!r} is not an epoch of this run").format(best_epoch)
    try:
        check_state_arrays(ckpt.path, trainer.net, {k[4:]: v for k, v in arrays.items() if k.startswith("net/")})
        best = {k[5:]: v for k, v in arrays.items() if k.startswith("best/")}
        if best:  # the best validation epoch's weights (restore_best), checked like the weights
            check_state_arrays(ckpt.path, trainer.net, best)
    except WeightsFileError as e:
        return str(e).removeprefix(f"{ckpt.path}: ")
    return _optimizer_problem(trainer, {k[4:]: v for k, v in arrays.items() if k.startswith("opt/")})


def _optimizer_problem(trainer, state: dict) -> str | None:
    steps = state.pop("steps", None)
    if steps is None or steps.shape != () or steps.dtype.kind not in "iu" or int(steps) < 0:
        return translate("Io", "its optimizer step count is missing or damaged")
    params = {f"{i}.{name}": p for i, layer in enumerate(trainer.net.layers) for name, p in layer.params.items()}
    slots = trainer.optimizer.SLOTS
    for full, arr in state.items():
        key, _, slot = full.rpartition(".")
        if key not in params or slot not in slots:
            return translate("Io", "its optimizer holds {0!r}, which a {1} optimizer for this network does not have").format(full, trainer.settings['optimizer']['type'])
        if arr.shape != params[key].shape or arr.dtype.kind != "f" or not np.isfinite(arr).all():
            return translate("Io", "its optimizer slot {0!r} has the wrong shape or non-finite values").format(full)
    keys = {full.rpartition(".")[0] for full in state}
    for key in keys:
        if {f"{key}.{s}" for s in slots} - set(state):
            return translate("Io", "its optimizer slots for {0!r} are incomplete").format(key)
    return None
