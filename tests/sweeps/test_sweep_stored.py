"""A sweep read back from the run store: runs regrouped into configurations, and the statistics
checked against numbers worked out by hand (sample standard deviation, ddof=1)."""

import math

import pytest

from netbuilder.io.network_file import to_json
from netbuilder.runs import RunStore
from netbuilder.runs import sweep_plan as plan
from netbuilder.runs.sweep_record import stored_definition
from netbuilder.runs.sweep_stored import DEAD_TAG, view_from_store
from tests.sweeps.helpers import TINY, planned, record


@pytest.fixture
def store(tmp_path):
    with RunStore(tmp_path / "runs.sqlite") as s:
        yield s


def test_statistics_from_the_store_match_hand_computed_ones(tmp_path, store):
    definition, runs = planned(tmp_path)
    sweep_id = plan.sweep_id(definition, runs)
    store.add_sweep(sweep_id, "lr", stored_definition(definition, runs, tmp_path))
    by = {(r.labels["training.optimizer.lr"], r.seed): r for r in runs}
    record(store, sweep_id, by[0.01, 0], acc=0.50, loss=1.0)
    record(store, sweep_id, by[0.01, 1], acc=0.60, loss=0.8)
    first = record(store, sweep_id, by[0.01, 2], status="failed")     # done again by --resume:
    again = record(store, sweep_id, by[0.01, 2], acc=0.85, loss=0.3)  # the newer record counts
    record(store, sweep_id, by[0.001, 0], acc=0.70, loss=0.6)
    dead = record(store, sweep_id, by[0.001, 1], acc=0.25, loss=1.4)
    store.add_tags([dead], [DEAD_TAG])
    record(store, sweep_id, by[0.001, 2], status="diverged")
    store.start_run(network_json=to_json(TINY), settings={}, sweep_id=None)   # not of this sweep

    view = view_from_store(store, sweep_id)
    assert view.varied == ["training.optimizer.lr"] and view.planned == 6
    fast, slow = view.table
    assert fast["training.optimizer.lr"] == 0.01 and slow["training.optimizer.lr"] == 0.001
    # 0.50, 0.60, 0.85: mean 0.65; deviations -.15, -.05, .20 -> squares sum .065 / (3 - 1) -> sd .180278
    assert fast["n"] == 3 and fast["failed"] == 0
    assert fast["test_accuracy_mean"] == pytest.approx(0.65)
    assert fast["test_accuracy_std"] == pytest.approx(math.sqrt(0.0325))
    assert (fast["test_accuracy_min"], fast["test_accuracy_max"]) == (0.50, 0.85)
    assert fast["test_loss_mean"] == pytest.approx(0.7)
    # 0.70 and 0.25 (the dead run still counts: it trained to the end); the diverged one is counted apart
    assert slow["n"] == 2 and slow["diverged"] == 1 and slow["dead_runs"] == 1
    assert slow["test_accuracy_mean"] == pytest.approx(0.475)
    assert slow["test_accuracy_std"] == pytest.approx(math.sqrt(2 * 0.225 ** 2))
    ids = {p.run_id for p in view.points}
    assert again in ids and first not in ids and len(view.points) == 6
    assert [p.dead for p in view.points if p.run_id == dead] == [True]
    assert view.config_label(fast["config"]) == "lr 0.01"


def test_one_run_has_no_standard_deviation(tmp_path, store):
    definition, runs = planned(tmp_path)
    store.add_sweep("s", "lr", stored_definition(definition, runs, tmp_path))
    record(store, "s", runs[0], acc=0.4, loss=1.0)
    row = view_from_store(store, "s").table[0]
    assert row["n"] == 1 and row["test_accuracy_mean"] == 0.4 and row["test_accuracy_std"] is None


def test_sweep_recorded_without_members_is_grouped_by_document(tmp_path, store):
    definition, runs = planned(tmp_path)
    store.add_sweep("old", "lr", {"varied": ["training.optimizer.lr"]})
    for run, acc in zip(runs, (0.1, 0.2, 0.3, 0.6, 0.7, 0.8)):
        record(store, "old", run, acc=acc, loss=1.0)
    view = view_from_store(store, "old")
    assert view.varied == ["configuration"]
    means = sorted(round(r["test_accuracy_mean"], 6) for r in view.table)
    assert means == [0.2, 0.7] and all(r["n"] == 3 for r in view.table)
    labels = {r["configuration"] for r in view.table}
    assert len(labels) == 2 and all("lr" in label for label in labels), labels


def test_unknown_sweep_is_none(store):
    assert view_from_store(store, "nope") is None
