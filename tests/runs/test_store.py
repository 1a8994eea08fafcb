"""The run store: what goes in comes out, filters work, bad ids and damaged files are named."""

import json

import numpy as np
import pytest

from netbuilder.runs import BatchSeries, EpochRow, Recorder, RunStore, StoreError, UnknownRun, auto_name
from netbuilder.runs.location import default_store_path

DOC = {"format": "netbuilder.network", "version": 1, "name": "t", "input": {"shape": [1, 8, 8]},
       "layers": [{"type": "Conv2D", "filters": 2, "kernel_size": 3}, {"type": "Flatten"},
                  {"type": "Dense", "units": 4}, {"type": "Softmax"}]}
SETTINGS = {"optimizer": {"type": "adam", "lr": 0.002}, "seed": 3, "batch_size": 10, "epochs": 2}


def _start(store, **kw):
    return store.start_run(network_json=json.dumps(DOC), settings=kw.pop("settings", SETTINGS),
                           data_spec="builtin:shapes", data_fingerprint={"train": 10, "hash": "ab"}, **kw)


def test_round_trip_of_everything_recorded(tmp_path):
    path = tmp_path / "runs.sqlite"
    with RunStore(path) as store:
        rid = _start(store, params=123, macs=4567)
        store.add_epoch(rid, EpochRow(1, 1.5, 0.4, 1.6, 0.35, 2.0, 0.002))
        store.add_epoch(rid, EpochRow(2, 1.0, 0.6, 1.1, 0.55, 2.1, 0.001))
        weights = {"0.W": np.arange(6, dtype=np.float32).reshape(2, 3)}
        store.save_arrays(rid, "weights", weights, {"layers": ["Dense"]})
        store.finish_run(rid, "finished", test_loss=0.9, test_accuracy=0.7, per_class={"a": 0.5, "b": 0.9},
                         images_per_second=1000.0, train_seconds=4.1, early_stopped=True)
        store.add_tags([rid], ["baseline", "conv"])
        store.set_notes(rid, "first try")
        store.set_notes(rid, "second line", append=True)
        store.rename(rid, "my run")
    with RunStore(path) as store:   # a fresh process's view
        run = store.get(rid)
        assert (run.name, run.auto_name) == ("my run", "CNN 2 layers, adam lr 0.002, seed 3")
        assert run.status == "finished" and run.ended >= run.started
        assert json.loads(run.network_json) == DOC and len(run.network_hash) == 64
        assert run.settings == SETTINGS and run.seed == 3
        assert run.data_spec == "builtin:shapes" and run.data_fingerprint == {"train": 10, "hash": "ab"}
        assert (run.params, run.macs) == (123, 4567)
        assert (run.test_loss, run.test_accuracy, run.images_per_second, run.train_seconds) == (0.9, 0.7, 1000.0, 4.1)
        assert run.per_class == {"a": 0.5, "b": 0.9} and run.early_stopped
        assert [e.val_accuracy for e in run.epochs] == [0.35, 0.55]
        assert run.tags == ["baseline", "conv"] and run.notes == "first try\nsecond line"
        np.testing.assert_array_equal(store.load_arrays(rid, "weights")["0.W"], weights["0.W"])
        assert run.version


def test_the_same_network_hashes_the_same_however_spaced(tmp_path):
    with RunStore(tmp_path / "r.sqlite") as store:
        a = store.start_run(network_json=json.dumps(DOC), settings=SETTINGS)
        b = store.start_run(network_json=json.dumps(DOC, indent=4), settings=SETTINGS)
        c = store.start_run(network_json=json.dumps({**DOC, "name": "other"}), settings=SETTINGS)
        h = {i: store.get(i).network_hash for i in (a, b, c)}
    assert h[a] == h[b] != h[c]


def test_list_filters_and_orders_newest_first(tmp_path):
    with RunStore(tmp_path / "r.sqlite") as store:
        ids = [_start(store, started=1000.0 + i, name=f"net {i}") for i in range(4)]
        store.finish_run(ids[0], "finished")
        store.finish_run(ids[1], "diverged")
        store.finish_run(ids[2], "finished")
        store.finish_run(ids[3], "stopped")
        store.add_tags([ids[2]], ["keep"])
        assert [r.id for r in store.list()] == ids[::-1]
        assert [r.id for r in store.list(status="finished")] == [ids[2], ids[0]]
        assert [r.id for r in store.list(tag="keep")] == [ids[2]]
        assert [r.id for r in store.list(name="net 1")] == [ids[1]]
        assert [r.id for r in store.list(limit=2)] == ids[:1:-1]
        assert store.list(name="50%_") == []     # LIKE wildcards are taken literally


def test_unknown_ids_are_named(tmp_path):
    with RunStore(tmp_path / "r.sqlite") as store:
        rid = _start(store)
        with pytest.raises(UnknownRun, match="no run 99"):
            store.get(99)
        with pytest.raises(UnknownRun, match="99, 100"):
            store.add_tags([rid, 99, 100], ["x"])
        assert store.tags(rid) == []   # nothing half-done
        with pytest.raises(UnknownRun, match="not a run id"):
            store.require(["abc"])


def test_delete_removes_rows_and_files_but_refuses_running_runs(tmp_path):
    with RunStore(tmp_path / "r.sqlite") as store:
        done, running = _start(store), _start(store)
        store.save_arrays(done, "weights", {"w": np.ones(3)})
        store.add_epoch(done, EpochRow(1, 1, 1, 1, 1, 1, 1))
        store.finish_run(done, "finished")
        folder = store.files_root / str(done)
        assert folder.is_dir()
        with pytest.raises(StoreError, match="still running"):
            store.delete([done, running])
        assert done in store.ids()
        store.delete([done])
        assert done not in store.ids() and not folder.exists()
        assert store.epochs(done) == []


def test_a_changed_array_file_is_reported_not_loaded(tmp_path):
    with RunStore(tmp_path / "r.sqlite") as store:
        rid = _start(store)
        store.save_arrays(rid, "weights", {"w": np.ones(3)})
        path = store.files_root / str(rid) / "weights.npz"
        path.write_bytes(path.read_bytes()[:-8] + b"deadbeef")
        with pytest.raises(StoreError, match="checksum"):
            store.load_arrays(rid, "weights")
        with pytest.raises(StoreError, match="no confusion"):
            store.load_arrays(rid, "confusion")


def test_finish_refuses_an_unknown_status(tmp_path):
    with RunStore(tmp_path / "r.sqlite") as store:
        with pytest.raises(ValueError, match="finished"):
            store.finish_run(_start(store), "done")


def test_store_location_follows_flag_then_environment_then_xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("NETBUILDER_RUNS", raising=False)
    assert default_store_path() == tmp_path / "xdg" / "NetBuilder" / "runs.sqlite"
    monkeypatch.setenv("NETBUILDER_RUNS", str(tmp_path / "env.sqlite"))
    assert default_store_path() == tmp_path / "env.sqlite"
    assert default_store_path(tmp_path / "flag.sqlite") == tmp_path / "flag.sqlite"


def test_sqlite_settings_wal_and_foreign_keys(tmp_path):
    with RunStore(tmp_path / "r.sqlite") as store:
        assert store._query("PRAGMA journal_mode")[0][0] == "wal"
        assert store._query("PRAGMA foreign_keys")[0][0] == 1


def test_batch_series_stays_under_the_limit_and_keeps_the_mean():
    s = BatchSeries(limit=100)
    losses = np.linspace(2.0, 0.0, 12345)
    for i, v in enumerate(losses):
        s.add(i, v)
    a = s.arrays()
    assert 50 <= len(a["loss"]) <= 100
    assert np.all(np.diff(a["step"]) > 0)
    assert a["loss"][0] > 1.9 and a["loss"][-1] < 0.1
    # each point is the mean of its batches, so a straight line stays on the line
    np.testing.assert_allclose(a["loss"], 2.0 - 2.0 * a["step"] / 12344, atol=1e-9)


def test_auto_name_says_what_kind_of_run_it_was():
    mlp = {"layers": [{"type": "Flatten"}, {"type": "Dense"}, {"type": "ReLU"}, {"type": "Dense"}]}
    assert auto_name(mlp, {"optimizer": {"type": "sgd", "lr": 0.1}, "seed": 0}) == "MLP 2 layers, sgd lr 0.1, seed 0"
    assert auto_name(DOC, SETTINGS) == "CNN 2 layers, adam lr 0.002, seed 3"


def test_recorder_records_a_real_training_run(tmp_path, mlp_doc):
    from netbuilder.data import load_dataset
    from netbuilder.engine.spec import parse_spec
    from netbuilder.run import build_run

    mlp_doc["input"]["shape"] = [1, 28, 28]   # the built-in shapes are 28x28
    spec = parse_spec(mlp_doc)
    ds = load_dataset("builtin:shapes", seed=0)
    exp = build_run(spec, ds, {"epochs": 2})
    with RunStore(tmp_path / "r.sqlite") as store:
        rec = Recorder.start(store, network_json=json.dumps(mlp_doc), settings=exp.trainer.settings, dataset=ds,
                             data_spec="builtin:shapes", params=exp.net.param_count, macs=exp.net.macs)
        status = exp.trainer.run(rec.on_batch, rec.on_epoch)
        rec.finish(status, net=exp.net, trainer=exp.trainer, test=(ds.x_test, ds.y_test))
        run = store.get(rec.run_id)
        loss, acc, _ = exp.net.evaluate(ds.x_test, ds.y_test)
        assert run.status == "finished" and run.test_accuracy == pytest.approx(acc)
        assert [e.train_loss for e in run.epochs] == [h.train_loss for h in exp.trainer.history]
        cm = store.load_arrays(run.id, "confusion")["counts"]
        assert cm.sum() == len(ds.x_test) and np.trace(cm) / cm.sum() == pytest.approx(acc)
        assert list(run.per_class) == list(ds.class_names)
        batches = store.load_arrays(run.id, "batch_loss")
        assert len(batches["loss"]) == 2 * exp.trainer.batches_per_epoch
        w = store.load_arrays(run.id, "weights")
        np.testing.assert_array_equal(w["1.W"], exp.net.layers[1].params["W"])
        assert run.data_fingerprint["train"] == len(ds.x_train) and run.images_per_second > 0


def test_data_fingerprint_tells_same_data_from_changed_data():
    from types import SimpleNamespace

    from netbuilder.runs import data_fingerprint

    def dataset(x):
        return SimpleNamespace(x_train=x, y_train=np.zeros(4, np.int64), x_test=x[:2], y_test=np.zeros(2, np.int64),
                               class_names=["a", "b"])
    x = np.arange(32, dtype=np.float32).reshape(4, 8)
    a, b = data_fingerprint(dataset(x)), data_fingerprint(dataset(x.copy()))
    changed = x.copy()
    changed[3, 7] += 1e-3
    c = data_fingerprint(dataset(changed))
    assert a == b and a["hash"] != c["hash"]
    assert (a["train"], a["test"], a["sample_shape"], a["classes"]) == (4, 2, [8], 2)


def test_labels_name_runs_by_what_differs(tmp_path):
    from netbuilder.runs.diff import distinguishing_labels, varying_settings

    with RunStore(tmp_path / "r.sqlite") as store:
        a = _start(store, settings={**SETTINGS, "schedule": {"type": "constant"}})
        b = _start(store, settings={**SETTINGS, "seed": 4, "optimizer": {"type": "adam", "lr": 0.01},
                                    "schedule": {"type": "cosine", "min_lr": 0.0}})
        runs = [store.get(a), store.get(b)]
    assert set(varying_settings(runs)) == {"seed", "optimizer.lr", "schedule.type", "schedule.min_lr"}
    labels = distinguishing_labels(runs)
    assert labels[a] == f"#{a} lr 0.002, schedule constant, seed 3"
    assert labels[b] == f"#{b} lr 0.01, schedule cosine, seed 4"


def test_table_columns_leave_out_keys_told_apart_by_their_parent(tmp_path):
    from netbuilder.runs.diff import table_columns

    with RunStore(tmp_path / "r.sqlite") as store:
        a = _start(store, settings={**SETTINGS, "optimizer": {"type": "adam", "lr": 0.01, "beta1": 0.9}})
        b = _start(store, settings={**SETTINGS, "optimizer": {"type": "sgd", "lr": 0.1}})
        c = _start(store, settings={**SETTINGS, "optimizer": {"type": "adam", "lr": 0.01, "beta1": 0.8}})
        runs = [store.get(a), store.get(b)]
        assert set(table_columns(runs)) == {"optimizer.type", "optimizer.lr"}   # beta1: only Adam has it
        runs.append(store.get(c))
        assert "optimizer.beta1" in table_columns(runs)   # two Adam runs with different beta1: a column


def test_one_network_trained_with_two_settings_is_one_network(tmp_path):
    from netbuilder.runs.diff import table_columns

    with RunStore(tmp_path / "r.sqlite") as store:
        docs = [dict(DOC, training={"optimizer": {"type": "adam", "lr": lr}}) for lr in (0.1, 0.01)]
        docs.append(dict(DOC, layers=DOC["layers"][:2] + [{"type": "Dense", "units": 5}, {"type": "Softmax"}]))
        ids = [store.start_run(network_json=json.dumps(d), settings={**SETTINGS, "optimizer": d.get(
            "training", SETTINGS)["optimizer"]}) for d in docs]
        runs = [store.get(i) for i in ids]
    assert "network" not in table_columns(runs[:2])   # the training block differs, the architecture does not
    assert "network" in table_columns(runs)            # another layer: another network
