"""A sweep as the run store keeps it: its runs, grouped back into configurations, and the same
statistics the sweep folder's summary.csv holds (sweep_summary.summarize: one place for them).

The store's sweep row carries the definition the recorder wrote, including one entry per planned
run (`members`: key, configuration, varied values, seed, network hash, data SPEC). A recorded run
is matched to its member by its network hash and data SPEC, which are the run's own identity (the
seed is in the document). A run recorded twice (a failed run done again by --resume) counts once,
its newest record. Sweeps recorded without members (older versions) are grouped by document
without the seed: each distinct one is a configuration, named by the run's automatic name.
"""

from __future__ import annotations

import copy
import json
import math
from dataclasses import dataclass, field

from netbuilder.runs.records import network_hash
from netbuilder.runs.sweep_summary import COUNTED, is_dead, summarize

DEAD_TAG = "dead"   # the recorder tags a run whose activation layer lost every unit


@dataclass
class Member:
    """One planned run of a sweep, as sweep_summary.summarize wants it (key, config, labels, seed)."""
    key: str
    config: int
    labels: dict
    seed: int | None


@dataclass
class Point:
    """One run in the spread plot."""
    config: int
    run_id: int
    seed: int | None
    status: str
    test_accuracy: float | None
    dead: bool


@dataclass
class SweepView:
    """Everything a sweep summary shows: the per-configuration table and every run as a point."""
    sweep_id: str
    name: str
    varied: list[str]
    members: list[Member]
    table: list[dict]
    points: list[Point] = field(default_factory=list)
    planned: int = 0
    running: int = 0

    def config_label(self, config: int) -> str:
        """The configuration by its varied values ("lr 0.01, ReLU"), or "all runs" when nothing varied."""
        row = next((r for r in self.table if r["config"] == config), None)
        if row is None or not self.varied:
            return "all runs"
        return ", ".join(f"{_short(n)} {row[n]}" if n not in ("network", "activation", "configuration")
                         else str(row[n]) for n in self.varied)


def _short(name: str) -> str:
    return name.rsplit(".", 1)[-1]


def members_of(runs) -> list[dict]:
    """What the recorder stores per planned run (sweep_plan.Run objects), so the store can regroup them."""
    from netbuilder.io.network_file import to_json
    return [{"key": r.key, "config": r.config, "labels": r.labels, "seed": r.seed,
             "hash": network_hash(to_json(r.doc)), "data": r.data} for r in runs]


def result_of(run) -> dict:
    """A stored run (records.Run) as the result dict sweep_summary reads."""
    metrics = None
    if run.status in COUNTED:
        metrics = {"test_accuracy": run.test_accuracy, "test_loss": run.test_loss}
    return {"status": run.status, "metrics": metrics, "seconds": run.seconds, "run_id": run.id,
            "dead": DEAD_TAG in (run.tags or [])}


def view_from_store(store, sweep_id: str) -> SweepView | None:
    """The sweep `sweep_id` from an open RunStore, or None when the store has no such sweep."""
    row = store.sweep(sweep_id)
    if row is None:
        return None
    definition = row.get("definition") or {}
    stored = sorted(store.list(sweep_id=sweep_id), key=lambda r: r.id)
    if definition.get("members"):
        members, by_run = _planned(definition["members"], stored)
        varied = list(definition.get("varied") or [])
    else:
        members, by_run = _grouped(stored)
        varied = ["configuration"] if len({m.config for m in members}) > 1 else []
    results = {key: result_of(run) for key, run in by_run.items()}
    view = build_view(sweep_id, row.get("name") or sweep_id, varied, members, results)
    view.running = sum(1 for run in stored if run.status == "running")
    return view


def build_view(sweep_id: str, name: str, varied: list[str], members, results: dict) -> SweepView:
    """The table (sweep_summary.summarize) and the points, from planned runs and their results
    (key -> result dict, as in the sweep folder or from the store)."""
    table = summarize(members, results, varied)
    points = []
    for m in members:
        r = results.get(m.key)
        if r is None:
            continue
        acc = (r.get("metrics") or {}).get("test_accuracy") if r["status"] in COUNTED else None
        points.append(Point(m.config, r.get("run_id"), m.seed, r["status"],
                            acc if acc is not None and math.isfinite(acc) else None, is_dead(r)))
    return SweepView(sweep_id, name, varied, list(members), table, points, planned=len(members))


def _planned(entries: list[dict], stored) -> tuple[list[Member], dict]:
    members = [Member(e["key"], int(e["config"]), dict(e.get("labels") or {}), e.get("seed")) for e in entries]
    index = {(e["hash"], e.get("data")): e["key"] for e in entries}
    by_run = {}
    for run in stored:  # oldest first: a newer record of the same run replaces the older
        key = index.get((run.network_hash, run.data_spec))
        if key is not None:
            by_run[key] = run
    return members, by_run


def _grouped(stored) -> tuple[list[Member], dict]:
    configs: dict[str, int] = {}
    first: dict[int, object] = {}
    members, by_run = [], {}
    for run in stored:
        doc = copy.deepcopy(run.network)
        seed = (doc.get("training") or {}).pop("seed", run.seed)
        identity = json.dumps({"doc": doc, "data": run.data_spec}, sort_keys=True)
        config = configs.setdefault(identity, len(configs))
        first.setdefault(config, run)
        key = f"{config}:{seed}"
        if key not in by_run:
            members.append(Member(key, config, {}, seed))
        by_run[key] = run
    names = _config_names(first)
    for m in members:
        m.labels = {"configuration": names[m.config]}
    return members, by_run


def _config_names(first: dict) -> dict[int, str]:
    """What tells the configurations apart (runs/diff.py's labels, without the run id and the seed),
    or "configuration N" when that does not."""
    from netbuilder.runs.diff import distinguishing_labels
    labels = distinguishing_labels(list(first.values())) if len(first) > 1 else {}
    names = {c: labels.get(r.id, "").split(" ", 1)[-1].split(", seed ")[0] for c, r in first.items()}
    if len(set(names.values())) != len(names) or not all(names.values()):
        names = {c: f"configuration {c + 1}" for c in first}
    return names
