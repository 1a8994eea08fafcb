"""`netbuilder train` when the world is hostile: bad output places, damaged checkpoints, a full disk,
networks too big for memory, Ctrl-C during the final evaluation or save."""

import errno
import json
import os
import pathlib

import numpy as np
import pytest

from netbuilder.cli import main
from netbuilder.paths import resource

XOR = str(resource("examples", "playground_xor.json"))


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().err


# --- output locations, checked before training -----------------------------------------------------
def _file(tmp_path):
    f = tmp_path / "a_file"
    f.write_text("x")
    return f


@pytest.mark.parametrize("flag,make,words", [
    ("--out", lambda t: _file(t), "is a file, but a folder is needed"),
    ("--out", lambda t: _file(t) / "sub", "is a file, so"),
    ("--metrics", lambda t: t, "is a folder, but a file name is needed"),
    ("--metrics", lambda t: _file(t) / "m.json", "is a file, so"),
    ("--checkpoint", lambda t: t, "is a folder"),
    ("--checkpoint", lambda t: _file(t) / "deeper" / "c.npz", "is a file, so"),
])
def test_a_bad_output_location_exits_2_before_training(capsys, tmp_path, flag, make, words):
    code, err = run(capsys, "train", XOR, "--epochs", "1", flag, make(tmp_path))
    assert code == 2 and flag in err and words in err and "nothing was trained" in err
    assert "epoch 1/" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_a_read_only_folder_exits_2_before_training(capsys, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        code, err = run(capsys, "train", XOR, "--epochs", "1", "--out", locked / "run")
    finally:
        locked.chmod(0o755)
    assert code == 2 and "cannot write in" in err


def test_missing_parents_are_fine(capsys, tmp_path):
    code, err = run(capsys, "train", XOR, "--epochs", "1", "--out", tmp_path / "a" / "b" / "c")
    assert code == 0, err
    assert (tmp_path / "a" / "b" / "c" / "weights.npz").exists()


# --- a save that fails after training --------------------------------------------------------------
def test_a_full_disk_at_the_end_saves_to_the_fallback_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("NETBUILDER_DATA", str(tmp_path / "home" / "data"))
    out = tmp_path / "out"
    import netbuilder.io.atomic as atomic
    real = atomic.atomic_open

    def full_disk(path, mode="wb"):
        if pathlib.Path(path).parent == out:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real(path, mode)

    monkeypatch.setattr(atomic, "atomic_open", full_disk)
    monkeypatch.setattr("netbuilder.io.weights.atomic_open", full_disk)
    code, err = run(capsys, "train", XOR, "--epochs", "1", "--out", out)
    assert code == 2 and "No space left on device" in err
    saved = list((tmp_path / "home" / "unsaved").iterdir())
    assert len(saved) == 1 and str(saved[0]) in err
    assert {p.name for p in saved[0].iterdir()} == {"weights.npz", "network.json", "metrics.json", "model.nbmodel"}
    assert json.loads((saved[0] / "metrics.json").read_text())["epochs"]


def test_when_no_place_can_be_written_the_checkpoint_keeps_the_work(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("NETBUILDER_DATA", str(tmp_path / "home" / "data"))
    out = tmp_path / "out"
    import netbuilder.io.atomic as atomic
    real = atomic.atomic_open

    def full_disk(path, mode="wb"):
        if pathlib.Path(path).parent == out or "unsaved" in str(path):
            if pathlib.Path(path).name != "checkpoint.npz":
                raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real(path, mode)

    monkeypatch.setattr("netbuilder.io.weights.atomic_open", full_disk)
    monkeypatch.setattr("netbuilder.commands.train.atomic_write_text",
                        lambda p, t: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device", str(p))))
    monkeypatch.setattr("netbuilder.commands.train.save_network",
                        lambda p, d: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device", str(p))))
    code, err = run(capsys, "train", XOR, "--epochs", "1", "--out", out)
    assert code == 2 and "keeping the work in a checkpoint" in err
    assert (out / "checkpoint.npz").exists()


# --- too big to train --------------------------------------------------------------------------------
def test_a_network_too_big_for_memory_is_refused_before_allocating(capsys, tmp_path):
    doc = json.loads(pathlib.Path(XOR).read_text())
    doc["layers"][0]["units"] = 100_000
    doc["input"]["shape"] = [100_000]
    doc["layers"].insert(1, {"type": "Dense", "units": 100_000})
    f = tmp_path / "big.json"
    f.write_text(json.dumps(doc))
    code, err = run(capsys, "train", f, "--epochs", "1")
    assert code == 2 and "too big to train" in err and "weights" in err and "reduce" in err
    assert "epoch 1/" not in err
    code = main(["check", str(f)])
    out = capsys.readouterr().out
    assert code == 0 and "Memory: training needs about" in out and "available here" in out


def test_check_states_the_memory_training_needs(capsys):
    assert main(["check", XOR]) == 0
    out = capsys.readouterr().out
    assert "Memory: training needs about" in out and "optimizer state" in out and "activations for one batch" in out


# --- bad flags ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("flags,words", [
    (["--augment", "shfit"], 'unknown augmentation "shfit"'),
    (["--augment", "shift,rotate"], '"rotate"'),
    (["--optimizer", "adamw"], "adamw"),
    (["--batch-size", "0"], "batch_size"),
    (["--lr", "-1"], "lr"),
])
def test_bad_training_flags_exit_2(capsys, flags, words):
    code, err = run(capsys, "train", XOR, "--epochs", "1", *flags)
    assert code == 2 and words in err and "Traceback" not in err


# --- checkpoints -------------------------------------------------------------------------------------
@pytest.fixture
def stopped(capsys, tmp_path):
    out = tmp_path / "run"
    code, _ = run(capsys, "train", XOR, "--epochs", "3", "--out", out, "--stop-after", "13")
    assert code == 130
    ckpt = out / "checkpoint.npz"
    with np.load(ckpt) as z:
        return out, ckpt, {k: z[k] for k in z.files}


def _damage(arrays, path, block=None, **changes):
    arrays = dict(arrays)
    if block:
        meta = json.loads(str(arrays[block]))
        meta.update(changes)
        arrays[block] = np.array(json.dumps(meta))
    np.savez(path, **arrays)
    return path


@pytest.mark.parametrize("block,changes,words", [
    ("trainer_meta", {"epoch": "1"}, "'epoch'"),
    ("trainer_meta", {"epoch": 99}, "epoch 99"),
    ("trainer_meta", {"batch": -1}, "batch -1"),
    ("trainer_meta", {"batch": 10**6}, "batch 1000000"),
    ("trainer_meta", {"rng": {"bit_generator": "MT19937"}}, "random-stream"),
    ("trainer_meta", {"layer_rngs": []}, "per-layer random"),
    ("trainer_meta", {"history": [{"epoch": 0}]}, "history"),
    ("trainer_meta", {"sums": [1, 2]}, "running totals"),
    ("trainer_meta", {"settings": {"epochs": 3}}, "settings"),
    ("trainer_meta", {"images_seen": [1]}, "'images_seen'"),
    ("run_meta", {"data": ["builtin:xor"]}, "run description"),
    ("run_meta", {"overrides": "x"}, "run description"),
])
def test_damaged_checkpoint_metadata_is_refused_before_resuming(capsys, stopped, tmp_path, block, changes, words):
    out, _, arrays = stopped
    bad = _damage(arrays, tmp_path / "bad.npz", block, **changes)
    code, err = run(capsys, "train", XOR, "--resume", bad, "--out", out)
    assert code == 2 and words in err and str(bad) in err and "Traceback" not in err


@pytest.mark.parametrize("change,words", [
    (lambda a: a.update(perm=a["perm"][:-1]), "permutation"),
    (lambda a: a.update(perm=np.zeros_like(a["perm"])), "permutation"),
    (lambda a: a.update(perm=a["perm"].astype(np.float32)), "permutation"),
    (lambda a: a.pop("perm"), "shuffling order"),
    (lambda a: a.update({"opt/steps": np.array("x")}), "not numbers"),
    (lambda a: a.pop("opt/steps"), "step count"),
    (lambda a: a.update({"opt/0.W.m": np.zeros((1, 1), np.float32)}), "0.W.m"),
    (lambda a: a.update({"opt/7.W.m": np.zeros((1, 1), np.float32)}), "7.W.m"),
    (lambda a: a.pop("opt/0.W.v"), "incomplete"),
    (lambda a: a.update({"net/0.W": np.full_like(a["net/0.W"], np.nan)}), "NaN"),
    (lambda a: a.pop("trainer_meta"), "trainer_meta"),
    (lambda a: a.pop("run_meta"), "run_meta"),
])
def test_damaged_checkpoint_arrays_are_refused(capsys, stopped, tmp_path, change, words):
    out, _, arrays = stopped
    arrays = dict(arrays)
    change(arrays)
    np.savez(tmp_path / "bad.npz", **arrays)
    code, err = run(capsys, "train", XOR, "--resume", tmp_path / "bad.npz", "--out", out)
    assert code == 2 and words in err and "Traceback" not in err


def test_a_weights_file_is_not_a_checkpoint(capsys, stopped, tmp_path):
    out, _, _ = stopped
    assert run(capsys, "train", XOR, "--epochs", "1", "--out", tmp_path / "w")[0] == 0
    code, err = run(capsys, "train", XOR, "--resume", tmp_path / "w" / "weights.npz")
    assert code == 2 and "weights file cannot be resumed" in err


def test_a_checkpoint_of_another_network_is_refused(capsys, stopped):
    _, ckpt, _ = stopped
    other = str(resource("examples", "playground_spirals.json"))
    code, err = run(capsys, "train", other, "--resume", ckpt)
    assert code == 2 and "cannot resume" in err


# --- Ctrl-C during the final evaluation or save ------------------------------------------------------
@pytest.mark.parametrize("where", ["evaluate", "save"])
def test_ctrl_c_during_the_final_phase_leaves_a_resumable_checkpoint(capsys, tmp_path, monkeypatch, where):
    straight = tmp_path / "straight"
    assert run(capsys, "train", XOR, "--epochs", "2", "--out", straight)[0] == 0
    out = tmp_path / "out"
    from netbuilder.engine.network import Network
    real_evaluate = Network.evaluate
    import netbuilder.commands.train as train_cmd
    real_save = train_cmd.save_weights
    calls = {"n": 0}

    def interrupt_evaluate(self, x, t, batch_size=500):
        if len(x) == 200 and calls["n"] == 0:  # the test split (validation sets are smaller)
            calls["n"] += 1
            raise KeyboardInterrupt
        return real_evaluate(self, x, t, batch_size)

    def interrupt_save(path, net):
        calls["n"] += 1
        raise KeyboardInterrupt

    if where == "evaluate":
        monkeypatch.setattr(Network, "evaluate", interrupt_evaluate)
    else:
        monkeypatch.setattr(train_cmd, "save_weights", interrupt_save)
    code, err = run(capsys, "train", XOR, "--epochs", "2", "--out", out)
    assert code == 130 and calls["n"] == 1 and "Resume with" in err
    assert not (out / "weights.npz").exists() and (out / "checkpoint.npz").exists()
    monkeypatch.setattr(Network, "evaluate", real_evaluate)
    monkeypatch.setattr(train_cmd, "save_weights", real_save)
    code, err = run(capsys, "train", XOR, "--resume", out / "checkpoint.npz", "--out", out)
    assert code == 0, err
    with np.load(straight / "weights.npz") as a, np.load(out / "weights.npz") as b:
        for k in a.files:
            np.testing.assert_array_equal(a[k], b[k])
    assert not (out / "checkpoint.npz").exists()
