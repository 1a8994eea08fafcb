"""`netbuilder sweep` end to end with real worker processes: the same numbers as `netbuilder
train`, Ctrl-C keeps finished runs, --resume runs only the rest, a diverging run is recorded."""

import csv
import json
import os
import pathlib
import signal
import subprocess
import sys
import time

import numpy as np

from netbuilder.cli import main
from tests.sweeps.helpers import LINEAR_XOR, TINY, write

ROOT = str(pathlib.Path(__file__).resolve().parents[2])


def netbuilder(*args, **kw):
    env = {**os.environ, "PYTHONPATH": ROOT, **kw.pop("env", {})}  # read now: fixtures set NETBUILDER_RUNS
    return subprocess.Popen([sys.executable, "-m", "netbuilder", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def finished(out: pathlib.Path) -> dict:
    return {p.parent.name: json.loads(p.read_text()) for p in out.glob("runs/*/result.json")}


def test_sweep_run_is_bit_identical_to_netbuilder_train(tmp_path):
    net = write(tmp_path / "net.json")
    out = tmp_path / "sweep"
    p = netbuilder("sweep", net, "--seed-list", "3,4", "--jobs", "2", "--out", str(out))
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err
    results = finished(out)
    assert len(results) == 2 and all(r["status"] == "finished" for r in results.values())
    key, result = next((k, r) for k, r in results.items() if r["seed"] == 4)
    # Bit-identity holds at the same BLAS thread count (sweep workers use one; OpenBLAS sums in
    # another order with more threads), so `train` runs with one thread too.
    t = netbuilder("train", str(out / "runs" / key / "network.json"), "--out", str(tmp_path / "train"),
                   env={"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"})
    _, err = t.communicate(timeout=300)
    assert t.returncode == 0, err
    swept, trained = np.load(out / "runs" / key / "weights.npz"), np.load(tmp_path / "train" / "weights.npz")
    names = [k for k in swept.files if not k.startswith("__")]
    assert names == [k for k in trained.files if not k.startswith("__")] and names
    for k in names:
        np.testing.assert_array_equal(swept[k], trained[k], err_msg=k)
    a = json.loads((out / "runs" / key / "metrics.json").read_text())
    b = json.loads((tmp_path / "train" / "metrics.json").read_text())
    drop = ("seconds",)
    assert [{k: v for k, v in e.items() if k not in drop} for e in a["epochs"]] == \
           [{k: v for k, v in e.items() if k not in drop} for e in b["epochs"]]
    assert (a["test_loss"], a["test_accuracy"]) == (b["test_loss"], b["test_accuracy"])
    assert result["metrics"]["test_accuracy"] == b["test_accuracy"]


def test_ctrl_c_keeps_finished_runs_and_resume_runs_the_rest(tmp_path):
    slow = {**TINY, "data": "builtin:shapes?n=1200", "training": {**TINY["training"], "epochs": 4, "batch_size": 20}}
    net = write(tmp_path / "net.json", slow)
    out = tmp_path / "sweep"
    args = ["sweep", net, "--seeds", "6", "--jobs", "1", "--out", str(out)]
    p = netbuilder(*args)
    deadline = time.monotonic() + 240
    while not finished(out) and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.05)
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 130, err
    kept = finished(out)
    assert 1 <= len(kept) < 6, err
    assert "interrupted" in err and "--resume" in err
    assert all(r["status"] == "finished" for r in kept.values())
    before = {k: (out / "runs" / k / "weights.npz").read_bytes() for k in kept}

    again = netbuilder(*args)  # the folder holds a sweep: refuse to mix without --resume
    _, err = again.communicate(timeout=120)
    assert again.returncode == 2 and "--resume" in err

    resumed = netbuilder(*args, "--resume")
    _, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    assert f"resuming: {len(kept)} of 6 runs already done" in err
    assert err.count("seed ") == 6 - len(kept)  # one line per run actually trained
    done = finished(out)
    assert len(done) == 6 and {r["seed"] for r in done.values()} == set(range(6))
    for k, data in before.items():  # finished runs were not trained again
        assert (out / "runs" / k / "weights.npz").read_bytes() == data
    rows = list(csv.DictReader((out / "runs.csv").open()))
    assert len(rows) == 6


def test_diverging_run_is_recorded_and_the_sweep_goes_on(tmp_path, capsys):
    net = write(tmp_path / "xor.json", LINEAR_XOR)
    out = tmp_path / "sweep"
    code = main(["sweep", net, "--vary", "training.optimizer.lr=0.01,5", "--seeds", "1", "--jobs", "2",
                 "--out", str(out), "--no-plots"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    by_lr = {r["labels"]["training.optimizer.lr"]: r for r in finished(out).values()}
    assert by_lr[5]["status"] == "diverged" and "lower the learning rate" in by_lr[5]["error"]
    assert by_lr[0.01]["status"] == "finished"
    assert "DIVERGED" in captured.err
    rows = {r["training.optimizer.lr"]: r for r in csv.DictReader((out / "summary.csv").open())}
    assert rows["5"]["n"] == "0" and rows["5"]["diverged"] == "1" and rows["0.01"]["n"] == "1"


def test_network_that_does_not_fit_the_data_stops_before_running(tmp_path, capsys):
    net = write(tmp_path / "net.json")
    code = main(["sweep", net, "--data", "builtin:xor", "--out", str(tmp_path / "o")])
    assert code == 2
    assert "input.shape" in capsys.readouterr().err and not (tmp_path / "o").exists()


def test_every_run_is_recorded_in_the_run_store_under_the_sweep(tmp_path, capsys, isolated_run_store):
    from netbuilder.runs import RunStore
    net = write(tmp_path / "xor.json", LINEAR_XOR)
    out = tmp_path / "sweep"
    code = main(["sweep", net, "--vary", "training.optimizer.lr=0.01,5", "--seeds", "2", "--jobs", "2",
                 "--out", str(out), "--no-plots"])
    assert code == 0, capsys.readouterr().err
    manifest = json.loads((out / "manifest.json").read_text())
    results = {r["run_id"]: r for r in finished(out).values()}
    with RunStore(isolated_run_store) as store:
        recorded = store.list(sweep_id=manifest["id"], with_epochs=True)
        assert sorted(r.id for r in recorded) == sorted(results)
        for run in recorded:
            mine = results[run.id]
            assert run.status == ("diverged" if mine["labels"]["training.optimizer.lr"] == 5 else "finished")
            assert run.seed == mine["seed"] and run.data_spec == mine["data"]
            assert run.test_accuracy == mine["metrics"]["test_accuracy"]
            assert len(run.epochs) == len(mine["metrics"]["epochs"])
            weights = store.load_arrays(run.id, "weights")
            saved = np.load(out / "runs" / mine["key"] / "weights.npz")
            for k in saved.files:
                if not k.startswith("__"):
                    np.testing.assert_array_equal(weights[k], saved[k])
        assert store.sweep(manifest["id"])["name"] == "xor"
    assert main(["sweep", net, "--seeds", "1", "--out", str(tmp_path / "quiet"), "--no-record", "--no-plots"]) == 0
    with RunStore(isolated_run_store) as store:
        assert len(store.list()) == 4
