"""The `netbuilder` command end to end: check's exit codes, train → metrics, resume, eval, bad input."""

import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from netbuilder.cli import main
from netbuilder.paths import resource

XOR = str(resource("examples", "playground_xor.json"))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_prints_the_layer_table(capsys):
    code, out, _ = run(capsys, "check", XOR)
    assert code == 0
    assert "parameters" in out
    row = next(line.split() for line in out.splitlines() if "Dense(units=8)" in line)
    assert row[2] == "8"  # its output shape, written by netbuilder.format.shape_text
    # 2·8 + 8 + 8·2 + 2 = 42 parameters
    assert "42 parameters" in out
    numbers = [line.split()[0] for line in out.splitlines() if line.split() and line.split()[0].isdigit()]
    assert numbers == ["1", "2", "3", "4"]  # numbered as the cards are: from 1


def test_check_lists_every_problem_and_exits_1(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"input": {"shape": [2]}, "layers": [{"type": "Dense", "units": 0},
                                                                   {"type": "Sofmax"}]}))
    code, _, err = run(capsys, "check", str(bad))
    assert code == 1
    lines = [line.strip() for line in err.splitlines()]
    # JSON paths stay paths, and name the layer as its card numbers it
    assert any(line.startswith("layers[0].units (layer 1):") for line in lines)
    assert any(line.startswith("layers[1].type (layer 2):") and "Softmax" in line for line in lines)


def test_train_one_epoch_writes_metrics_weights_and_network(capsys, tmp_path):
    out = tmp_path / "out"
    code, _, err = run(capsys, "train", XOR, "--epochs", "1", "--out", str(out), "--metrics", str(tmp_path / "m.json"))
    assert code == 0, err
    metrics = json.loads((tmp_path / "m.json").read_text())
    assert [e["epoch"] for e in metrics["epochs"]] == [1]
    assert set(metrics["epochs"][0]) == {"epoch", "train_loss", "train_accuracy", "val_loss", "val_accuracy", "seconds"}
    assert 0 <= metrics["test_accuracy"] <= 1 and metrics["images_per_second"] > 0
    assert json.loads((out / "metrics.json").read_text()) == metrics
    assert (out / "weights.npz").exists() and json.loads((out / "network.json").read_text())["layers"]


def test_threads_flag_sets_the_engine_threads_and_rejects_zero(capsys, tmp_path, monkeypatch):
    from netbuilder.engine import threads
    monkeypatch.setattr(threads, "_threads", None)  # restored after the test
    code, _, err = run(capsys, "train", XOR, "--epochs", "1", "--threads", "0")
    assert code == 2 and "--threads must be at least 1" in err
    code, _, err = run(capsys, "train", XOR, "--epochs", "1", "--threads", "1")
    assert code == 0, err
    assert threads.threads() == 1


def test_flags_override_the_file(capsys, tmp_path):
    m = tmp_path / "m.json"
    code, _, err = run(capsys, "train", XOR, "--epochs", "2", "--batch-size", "7", "--optimizer", "sgd",
                       "--lr", "0.1", "--metrics", str(m))
    assert code == 0, err
    assert len(json.loads(m.read_text())["epochs"]) == 2


def test_interrupted_then_resumed_run_is_bit_identical(capsys, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(capsys, "train", XOR, "--epochs", "3", "--out", str(a))[0] == 0
    code, _, err = run(capsys, "train", XOR, "--epochs", "3", "--out", str(b), "--stop-after", "13")
    assert code == 130 and "Resume with" in err
    assert (b / "checkpoint.npz").exists() and not (b / "weights.npz").exists()
    code, _, err = run(capsys, "train", XOR, "--resume", str(b / "checkpoint.npz"), "--out", str(b))
    assert code == 0, err
    with np.load(a / "weights.npz") as wa, np.load(b / "weights.npz") as wb:
        keys = [k for k in wa.files if not k.startswith("__")]
        assert keys
        for k in keys:
            np.testing.assert_array_equal(wa[k], wb[k])
    ma, mb = (json.loads((d / "metrics.json").read_text()) for d in (a, b))
    assert [e["train_loss"] for e in ma["epochs"]] == [e["train_loss"] for e in mb["epochs"]]
    assert ma["test_accuracy"] == mb["test_accuracy"]


def test_eval_prints_confusion_matrix(capsys, tmp_path):
    assert run(capsys, "train", XOR, "--epochs", "2", "--out", str(tmp_path))[0] == 0
    code, out, err = run(capsys, "eval", XOR, "--weights", str(tmp_path / "weights.npz"),
                         "--metrics", str(tmp_path / "e.json"))
    assert code == 0, err
    assert "per-class accuracy" in out and "true \\ predicted" in out
    result = json.loads((tmp_path / "e.json").read_text())
    m = np.array(result["confusion_matrix"])
    assert m.shape == (2, 2) and np.trace(m) / m.sum() == pytest.approx(result["test_accuracy"])


def test_missing_data_is_one_clear_line_exit_2_and_nothing_overwritten(capsys, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "metrics.json").write_text("previous run")
    code, _, err = run(capsys, "train", XOR, "--data", f"mnist:{tmp_path / 'nowhere'}", "--out", str(out))
    assert code == 2
    assert "nowhere" in err and "Traceback" not in err
    assert (out / "metrics.json").read_text() == "previous run"


def test_data_that_does_not_fit_the_network(capsys):
    code, _, err = run(capsys, "train", XOR, "--data", "builtin:blobs")
    assert code == 2 and "classes" in err


def test_weights_of_another_network_are_refused(capsys, tmp_path):
    assert run(capsys, "train", XOR, "--epochs", "1", "--out", str(tmp_path))[0] == 0
    other = str(resource("examples", "playground_spirals.json"))
    code, _, err = run(capsys, "eval", other, "--data", "builtin:xor", "--weights", str(tmp_path / "weights.npz"))
    assert code == 2 and "weights.npz" in err


def test_ctrl_c_writes_a_checkpoint(tmp_path):
    """A real SIGINT to a real process: it stops after the current batch and leaves a checkpoint."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "netbuilder", "train", XOR, "--epochs", "100000",
                             "--out", str(tmp_path)], stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            line = proc.stderr.readline()
            if line.startswith("epoch 1/"):
                break
        proc.send_signal(signal.SIGINT)
        err = proc.communicate(timeout=60)[1]
    finally:
        proc.kill()
    assert proc.returncode == 130, err
    assert (tmp_path / "checkpoint.npz").exists() and "Resume with" in err


def test_version_and_layer_reference(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    code, out, _ = run(capsys, "layers", "--markdown")
    assert code == 0 and "**`Dense`**" in out and "units: int" in out
