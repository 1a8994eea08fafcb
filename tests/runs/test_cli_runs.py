"""`netbuilder train` records runs; `netbuilder runs ...` lists, shows, diffs, compares, exports and edits
them; unknown ids and damaged or newer stores exit 2 with nothing changed."""

import json
import sqlite3

import numpy as np
import pytest
from PIL import Image

from netbuilder.cli import main
from netbuilder.paths import resource
from netbuilder.runs import SCHEMA_VERSION, RunStore

XOR = str(resource("examples", "playground_xor.json"))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_runs(capsys, isolated_run_store):
    """Two real recorded runs of the xor net: adam lr 0.03 and sgd lr 0.1."""
    code, _, err = run(capsys, "train", XOR, "--epochs", "2")
    assert code == 0 and "Recorded as run 1" in err, err
    code, _, err = run(capsys, "train", XOR, "--epochs", "3", "--optimizer", "sgd", "--lr", "0.1")
    assert code == 0 and "Recorded as run 2" in err, err
    return isolated_run_store


def test_train_records_and_list_shows_newest_first(capsys, two_runs):
    code, out, _ = run(capsys, "runs", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "NAME", "STARTED"]
    assert lines[1].split()[0] == "2" and "sgd lr 0.1" in lines[1] and "finished" in lines[1]
    assert lines[2].split()[0] == "1" and "builtin:xor" in lines[2] and "%" in lines[2]
    code, out, _ = run(capsys, "runs", "list", "--json", "--name", "sgd")
    assert [r["id"] for r in json.loads(out)] == [2]
    with RunStore(two_runs) as store:
        run2 = store.get(2)
        assert len(run2.epochs) == 3 and run2.settings["optimizer"] == {"type": "sgd", "lr": 0.1}
        assert run2.network_json == open(XOR, encoding="utf-8").read()
        assert {"weights", "confusion", "batch_loss"} <= set(run2.artifacts)


def test_no_record_records_nothing(capsys, isolated_run_store):
    code, _, err = run(capsys, "train", XOR, "--epochs", "1", "--no-record")
    assert code == 0 and "Recorded" not in err
    assert not isolated_run_store.exists()


def test_runs_flag_chooses_the_store(capsys, tmp_path):
    store = tmp_path / "elsewhere.sqlite"
    code, _, err = run(capsys, "train", XOR, "--epochs", "1", "--runs", str(store))
    assert code == 0 and "Recorded as run 1" in err
    code, out, _ = run(capsys, "runs", "--runs", str(store), "list")
    assert code == 0 and "builtin:xor" in out
    code, out, _ = run(capsys, "runs", "list", "--runs", str(store))
    assert "builtin:xor" in out


def test_show_prints_settings_epochs_and_confusion_matrix(capsys, two_runs):
    code, out, _ = run(capsys, "runs", "show", "2")
    assert code == 0
    assert "optimizer.lr" in out and "0.1" in out
    assert "Epochs:" in out and len([line for line in out.splitlines() if line.strip().startswith(("1 ", "2 ", "3 "))]) >= 3
    assert "Confusion matrix:" in out and "true \\ predicted" in out


def test_diff_names_what_changed_then_the_outcomes(capsys, two_runs, tmp_path):
    code, out, _ = run(capsys, "runs", "diff", "1", "2")
    assert code == 0
    assert "Network:  the same" in out
    assert "optimizer.type" in out and "adam" in out and "sgd" in out and "epochs" in out
    assert "Data:  the same (builtin:xor)" in out
    assert "test accuracy" in out and "run 1" in out and "run 2" in out
    # a changed layer and an added one
    doc = json.loads(open(XOR).read())
    doc["layers"][0]["units"] = 16
    doc["layers"].insert(3, {"type": "Dropout", "rate": 0.25})
    other = tmp_path / "wider.json"
    other.write_text(json.dumps(doc))
    assert run(capsys, "train", str(other), "--epochs", "1")[0] == 0
    code, out, _ = run(capsys, "runs", "diff", "1", "3")
    assert "units 8 → 16" in out
    assert "+ layer 4 Dropout(rate=0.25" in out and "  - layer" not in out


def test_compare_writes_a_png_with_both_runs(capsys, two_runs, tmp_path):
    png = tmp_path / "cmp.png"
    code, out, _ = run(capsys, "runs", "compare", "1", "2", "--out", str(png))
    assert code == 0 and png.exists()
    img = np.asarray(Image.open(png).convert("RGB")).astype(int)
    from netbuilder.plotting import series_color
    for i in (0, 1):   # one colour per run, both drawn
        assert (np.abs(img - np.array(series_color(i))).sum(axis=2) < 30).sum() > 200


def test_export_writes_network_weights_and_metrics_that_load(capsys, two_runs, tmp_path):
    from netbuilder.engine.network import Network
    from netbuilder.io.network_file import load_network
    from netbuilder.io.weights import load_weights

    out = tmp_path / "exp"
    code, _, _ = run(capsys, "runs", "export", "2", "--out", str(out))
    assert code == 0
    spec = load_network(out / "network.json")
    assert spec.training["optimizer"]["type"] == "sgd" and spec.data == "builtin:xor"
    net = Network(spec)
    load_weights(out / "weights.npz", net)
    with RunStore(two_runs) as store:
        assert net.evaluate(*_xor_test())[1] == pytest.approx(store.get(2).test_accuracy)
    metrics = json.loads((out / "metrics.json").read_text())
    assert len(metrics["epochs"]) == 3 and metrics["confusion_matrix"]


def _xor_test():
    from netbuilder.data import load_dataset
    ds = load_dataset("builtin:xor", seed=0)
    return ds.x_test, ds.y_test


def test_tag_note_rename_delete(capsys, two_runs):
    assert run(capsys, "runs", "tag", "1", "2", "--tags", "keep", "xor")[0] == 0
    assert run(capsys, "runs", "tag", "2", "--tags", "xor", "--remove")[0] == 0
    assert run(capsys, "runs", "note", "1", "lr too high?")[0] == 0
    assert run(capsys, "runs", "rename", "1", "baseline")[0] == 0
    with RunStore(two_runs) as store:
        assert store.get(1).tags == ["keep", "xor"] and store.get(2).tags == ["keep"]
        assert store.get(1).notes == "lr too high?" and store.get(1).name == "baseline"
    _, out, _ = run(capsys, "runs", "list", "--tag", "xor")
    assert "baseline" in out and len(out.splitlines()) == 2
    assert run(capsys, "runs", "delete", "2")[0] == 0
    with RunStore(two_runs) as store:
        assert store.ids() == {1}


@pytest.mark.parametrize("argv", [["show", "9"], ["diff", "1", "9"], ["compare", "1", "9", "--out", "x.png"],
                                  ["export", "9", "--out", "d"], ["tag", "1", "9", "--tags", "t"],
                                  ["note", "9", "x"], ["rename", "9", "x"], ["delete", "1", "9"], ["show", "abc"]])
def test_unknown_ids_exit_2_and_change_nothing(capsys, two_runs, tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    with RunStore(two_runs) as store:
        before = [(r.id, r.name, r.notes, r.tags) for r in store.list()]
    code, out, err = run(capsys, "runs", *argv)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("netbuilder: ") and ("no run 9" in err or "not a run id" in err)
    with RunStore(two_runs) as store:
        assert [(r.id, r.name, r.notes, r.tags) for r in store.list()] == before
    assert not (tmp_path / "x.png").exists() and not (tmp_path / "d").exists()


@pytest.mark.parametrize("damage", ["garbage", "newer"])
@pytest.mark.parametrize("argv", [["list"], ["show", "1"], ["tag", "1", "--tags", "t"], ["delete", "1"]])
def test_damaged_or_newer_store_exits_2_untouched(capsys, tmp_path, damage, argv):
    path = tmp_path / "runs.sqlite"
    if damage == "garbage":
        path.write_bytes(b"not a database, just text\n" * 100)
    else:
        RunStore(path).close()
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        conn.commit()
        conn.close()
    before = path.read_bytes()
    code, _, err = run(capsys, "runs", "--runs", str(path), *argv)
    assert code == 2 and err.count("\n") == 1
    assert ("damaged" in err or "not a readable run store" in err) if damage == "garbage" else "newer NetBuilder" in err
    assert path.read_bytes() == before


def test_list_without_a_store_says_so(capsys, tmp_path):
    code, out, _ = run(capsys, "runs", "--runs", str(tmp_path / "none.sqlite"), "list")
    assert code == 0 and "No runs recorded yet" in out
    assert not (tmp_path / "none.sqlite").exists()


def test_ctrl_c_then_resume_continues_the_same_run(capsys, isolated_run_store, tmp_path):
    ckpt = tmp_path / "c.npz"
    code, _, err = run(capsys, "train", XOR, "--epochs", "3", "--stop-after", "25", "--checkpoint", str(ckpt))
    assert code == 130 and "Recorded as run 1" in err
    with RunStore(isolated_run_store) as store:
        assert store.get(1).status == "stopped"
    code, _, err = run(capsys, "train", XOR, "--resume", str(ckpt))
    assert code == 0 and "Recorded as run 1" in err
    with RunStore(isolated_run_store) as store:
        r = store.get(1)
        assert store.ids() == {1} and r.status == "finished" and [e.epoch for e in r.epochs] == [1, 2, 3]
