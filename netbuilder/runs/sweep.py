"""Run a sweep into its folder: skip what `--resume` finds done, hand the rest to an executor,
keep every finished run as it arrives, and write the summary, tables and plots at the end.

The folder is the sweep's own record, readable without NetBuilder:
  manifest.json                     the definition and the list of run keys
  runs/<key>/network.json           the exact document the run trained (train it again with
                                    `netbuilder train` and get the same weights)
  runs/<key>/metrics.json           the same metrics `netbuilder train --out` writes
  runs/<key>/weights.npz            final weights
  runs/<key>/result.json            status, seed, configuration, dead units, timing, error
  summary.json, summary.csv, runs.csv, accuracy.png, curves.png

A run's files are written when its result arrives, result.json last and atomically, so a folder
never claims a run whose weights are missing. Ctrl-C stops the runs in progress after their
current batch; what finished stays, and `--resume` runs only the rest.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import json
import pathlib
import time
from dataclasses import dataclass, field

import numpy as np

from netbuilder.io.atomic import atomic_write_text
from netbuilder.io.network_file import save_network
from netbuilder.io.weights import save_arrays
from netbuilder.runs.sweep_plan import Run, SweepDefinition, SweepError, varied_names

DONE = ("finished", "early_stopped", "diverged")  # outcomes a rerun would only repeat
# Large or store-only parts of a result: weights go to weights.npz, the rest only to the run store.
LEFT_TO_THE_STORE = ("weights", "traceback", "batch_losses", "test", "history", "trainer")
MANIFEST = "manifest.json"


@dataclass
class SweepOutcome:
    folder: pathlib.Path
    runs: list[Run]
    results: dict = field(default_factory=dict)  # key -> result dict (without weights)
    interrupted: bool = False
    skipped: int = 0


def manifest_of(definition: SweepDefinition, runs: list[Run], sweep_id: str) -> dict:
    return {"format": "netbuilder.sweep-folder", "version": 1, "id": sweep_id, "name": definition.name,
            "varied": varied_names(definition), "seeds": definition.seeds, "runs": [r.key for r in runs]}


def prepare_folder(folder: pathlib.Path, manifest: dict, resume: bool) -> dict:
    """Check the folder against `--resume` and return the results already there (key -> result)."""
    existing = folder / MANIFEST
    if existing.exists():
        try:
            old = json.loads(existing.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise SweepError(translate("Runs", "{0}: cannot be read ({1}); give another --out").format(existing, e)) from None
        if not resume:
            raise SweepError(translate("Runs", "{0} already holds a sweep; add --resume to continue it, or give another --out").format(folder))
        if old.get("runs") != manifest["runs"]:
            raise SweepError(translate("Runs", "{0} holds a different sweep (other files, values, seeds or data); --resume needs the same arguments as the first time, or give another --out").format(folder))
    elif resume and folder.exists() and any(folder.iterdir()):
        raise SweepError(translate("Runs", "{0} is not a sweep folder (no {1}); nothing to resume").format(folder, MANIFEST))
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_text(existing, json.dumps(manifest, indent=2))
    return load_results(folder, manifest["runs"])


def load_results(folder: pathlib.Path, keys: list[str]) -> dict:
    found = {}
    for key in keys:
        path = folder / "runs" / key / "result.json"
        if path.exists():
            try:
                found[key] = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # damaged: the run is simply done again
    return found


def save_result(folder: pathlib.Path, run: Run, result: dict) -> dict:
    """Write one run's files; returns the result as kept in memory (weights left on disk)."""
    where = folder / "runs" / run.key
    kept = {k: v for k, v in result.items() if k not in LEFT_TO_THE_STORE}
    kept.update(config=run.config, labels=run.labels, seed=run.seed, data=run.data,
                name=run.doc.get("name", ""))
    if result["status"] in ("stopped",):
        return kept
    save_network(where / "network.json", run.doc)
    if result.get("metrics") is not None:
        atomic_write_text(where / "metrics.json", json.dumps(result["metrics"], indent=2))
    if result.get("weights") is not None:
        meta = {"layers": [layer["type"] for layer in run.doc["layers"]],
                "input_shape": list(run.doc["input"]["shape"])}
        save_arrays(where / "weights.npz", result["weights"], meta)
    atomic_write_text(where / "result.json", json.dumps(kept, indent=1, default=_plain))
    return kept


def _plain(x):
    if isinstance(x, np.generic):
        return x.item()
    raise TypeError(translate("Runs", "{0} is not JSON").format(type(x).__name__))


def run_sweep(definition: SweepDefinition, runs: list[Run], executor, folder, sweep_id: str,
              resume: bool = False, progress=None, recorder=None) -> SweepOutcome:
    """Run what is not done yet. `progress(event, run, result, outcome)` hears about every start
    and finished run; `recorder(run, result)` records a run in the run store."""
    folder = pathlib.Path(folder)
    known = prepare_folder(folder, manifest_of(definition, runs, sweep_id), resume)
    outcome = SweepOutcome(folder, runs)
    outcome.results = {k: v for k, v in known.items() if v["status"] in DONE}
    todo = [r for r in runs if r.key not in outcome.results]
    outcome.skipped = len(runs) - len(todo)
    by_key = {r.key: r for r in runs}
    if progress:
        progress("start", None, None, outcome)

    def take(result):
        run = by_key[result["key"]]
        if recorder is not None:
            recorder(run, result)  # first: the store's run id goes into result.json
        kept = save_result(folder, run, result)
        if result["status"] != "stopped":
            outcome.results[run.key] = kept
        if progress:
            progress("run", run, kept, outcome)

    try:
        for result in executor.results([r.task() for r in todo]):
            take(result)
            outcome.interrupted |= result["status"] == "stopped"  # request_stop() from another thread
    except KeyboardInterrupt:
        outcome.interrupted = True
        if progress:
            progress("stopping", None, None, outcome)
        for result in executor.stop():
            take(result)
    finally:
        executor.close()
    return outcome


def timing(outcome: SweepOutcome, started: float) -> tuple[int, int, float | None]:
    """(done, total, seconds left) for the progress bar: the pace of this session's runs so far."""
    total = len(outcome.runs)
    done = len(outcome.results)
    fresh = done - outcome.skipped
    if fresh <= 0:
        return done, total, None
    return done, total, (time.monotonic() - started) / fresh * (total - done)
