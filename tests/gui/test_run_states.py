"""Every run state as the window shows it: the status-bar badge, the Time-left stat card, the
control bar's state label, and Step on an invalid network. Nothing may say "Ready to train" while a
run is on, nor "done" for a run that was stopped or never started."""

import json

import numpy as np
import pytest

from netbuilder.data.dataset import Dataset
from netbuilder.paths import resource

XOR = json.loads(resource("examples", "playground_xor.json").read_text(encoding="utf-8"))


@pytest.fixture
def xor_window(make_window):
    doc = json.loads(json.dumps(XOR))
    doc["training"]["epochs"] = 2
    return make_window(doc)


def shown(w):
    """(badge, Time left, state label, toolbar Step enabled, menu Step enabled)"""
    return (w.badge.text(), w.live.stats.cards["eta"].value.text(), w.live.controls.state_label.text(),
            w.live.controls.buttons["step"].isEnabled(), w.act_step.isEnabled())


def endless(w, qtbot):
    c = w.training
    w.document.set_setting(("training", "epochs"), 100_000)
    with qtbot.waitSignal(c.progress, timeout=30_000):
        w.act_train.trigger()
    qtbot.waitUntil(lambda: c.state == "running", timeout=10_000)
    return c


def test_ready(xor_window):
    badge, eta, label, step, menu_step = shown(xor_window)
    assert badge == "✓ Ready to train" and eta == "–" and label == "Not trained"
    assert step and menu_step  # Step starts a paused run of a valid network


def test_training_paused_and_stopped(xor_window, qtbot):
    w = xor_window
    c = endless(w, qtbot)
    qtbot.waitUntil(lambda: w.live.stats.cards["eta"].value.text() not in ("–", ""), timeout=10_000)
    badge, eta, label, _step, _menu = shown(w)
    assert badge == "● Training" and "Ready" not in badge and eta != "done" and label == "● Training"
    w.act_pause.trigger()
    qtbot.waitUntil(lambda: c.state == "paused", timeout=10_000)
    badge, eta, label, step, _menu = shown(w)
    assert badge == "❚❚ Paused" and label == "❚❚ Paused" and eta != "done" and step
    with qtbot.waitSignal(c.finished, timeout=60_000):
        w.act_stop.trigger()
    qtbot.waitUntil(lambda: c.state == "finished", timeout=10_000)
    badge, eta, label, _step, _menu = shown(w)
    assert eta == "stopped" and label == "■ Stopped" and "Finished" not in label
    assert badge == "✓ Ready to train"  # the run is over: the network can be trained again


def test_finished(xor_window, qtbot):
    w = xor_window
    c = w.training
    with qtbot.waitSignal(c.finished, timeout=60_000):
        w.act_train.trigger()
    qtbot.waitUntil(lambda: c.state == "finished", timeout=10_000)
    badge, eta, label, step, _menu = shown(w)
    assert c.last_end.status == "finished"
    assert eta == "done" and label == "✓ Finished" and badge == "✓ Ready to train" and step


def test_diverged(make_window, qtbot):
    doc = {"name": "diverges", "input": {"shape": [2]}, "layers": [{"type": "Dense", "units": 2}],
           "loss": {"type": "mse"}, "data": "builtin:shapes",
           "training": {"optimizer": {"type": "sgd", "lr": 1.0}, "batch_size": 10, "epochs": 3, "seed": 3}}
    w = make_window(doc)
    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, (40, 2)).astype(np.float32) * 1e9  # the second step overflows
    y = (x[:, 0] * x[:, 1] < 0).astype(np.int64)
    big = Dataset("big", x[:30], y[:30], x[30:], y[30:], ["same", "opposite"])
    c = w.training
    assert w.run.start(data=big)
    qtbot.waitUntil(lambda: c.state == "diverged", timeout=10_000)
    badge, eta, label, _step, _menu = shown(w)
    assert badge == "⚠ Diverged" and label == "⚠ Diverged" and eta != "done"
    c.shutdown()


def test_failed_start(xor_window, qtbot):
    w = xor_window
    c = w.training
    with qtbot.waitSignal(c.finished, timeout=30_000):
        assert w.run.start(data="builtin:no-such-set")
    qtbot.waitUntil(lambda: c.state == "idle", timeout=10_000)
    badge, eta, label, _step, _menu = shown(w)
    assert c.last_end.status == "failed"
    assert eta == "–" and "Finished" not in label and "Loading" not in badge and "Training" not in badge


def test_invalid_network_disables_step_in_the_toolbar_and_the_menu(xor_window, qtbot):
    w = xor_window
    first = w.document.pipeline.ids[0]
    w.document.set_layer_param(first, "units", 0)
    assert w.document.analysis.issues
    badge, _eta, _label, step, menu_step = shown(w)
    assert "problem" in badge and not step and not menu_step and not w.act_train.isEnabled()
    w.live.controls.buttons["step"].click()  # a disabled button: nothing starts
    assert w.training.state == "idle"
    w.document.undo_stack.undo()
    assert shown(w)[3] and shown(w)[4]


def test_too_big_to_train_is_said_before_train(make_window, monkeypatch):
    """A valid network whose training needs more memory than there is: the badge and Train's
    tooltip say so while editing (not "Ready to train"), and Train and Step are off."""
    from netbuilder.model import memory
    monkeypatch.setattr(memory, "available_memory", lambda: 64 * 2**20)  # a 64 MB machine
    doc = json.loads(json.dumps(XOR))
    doc["layers"][0]["units"] = 1_000_000  # 4 M weights: 16 MB each for weights, gradients, backup, 2 adam slots
    w = make_window(doc)
    badge, _eta, _label, step, menu_step = shown(w)
    assert badge == "⚠ Too big to train" and "too big to train here" in w.badge.toolTip()
    assert not w.act_train.isEnabled() and "Cannot train here" in w.act_train.toolTip()
    assert not step and not menu_step
    first = w.document.pipeline.ids[0]
    w.document.set_layer_param(first, "units", 8)  # small again: ready
    badge, _eta, _label, step, _menu = shown(w)
    assert badge == "✓ Ready to train" and w.act_train.isEnabled() and step
