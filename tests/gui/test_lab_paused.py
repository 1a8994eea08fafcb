"""The Lab while training is paused: a copy of the paused network, made by the worker between two
batches, that the Lab may sweep and perturb without the training run noticing."""

import json

import numpy as np

from netbuilder.analysis.common import copy_network
from netbuilder.analysis.weight_sweep import sweep_weight
from netbuilder.paths import resource
from netbuilder.run.control import State

XOR = json.loads(resource("examples", "playground_xor.json").read_text(encoding="utf-8"))


def weights_of(net):
    return {k: v.copy() for k, v in net.state_dict().items()}


def test_pausing_gives_the_lab_a_copy_it_can_use_and_resuming_takes_it_away(make_window, qtbot):
    w = make_window(json.loads(json.dumps(XOR)))
    w.document.set_setting(("training", "epochs"), 100_000)
    c = w.training
    lab = w.live.lab
    assert lab.source is None
    with qtbot.waitSignal(c.progress, timeout=30_000):
        w.act_train.trigger()
    assert lab.source is None  # running: the lab waits
    c.pause()
    qtbot.waitUntil(lambda: c.state == State.PAUSED and lab.source is not None, timeout=20_000)
    assert c.thread_running  # paused, not stopped: the worker still owns the network
    live = c.worker.session.net  # a paused worker does not touch it: safe to read in a test
    at_pause = weights_of(live)
    assert lab.source.paused_at == c.worker.session.trainer.optimizer.steps > 0
    for key, arr in lab.source.net.state_dict().items():
        np.testing.assert_array_equal(arr, at_pause[key])
    for layer, mine in zip(live.layers, lab.source.net.layers):
        for name, arr in mine.params.items():
            assert not np.shares_memory(arr, layer.params[name])
    assert "paused run (step" in lab.note.text() and lab.sweep.run_button.isEnabled()

    view = lab.sweep
    view.layer_box.setCurrentIndex(view.layer_box.findData(0))
    view.index_box.setValue(1)
    view.run_button.click()
    qtbot.waitUntil(lab.jobs.thread.isFinished, timeout=30_000)
    qtbot.waitUntil(lambda: view.sweep is not None, timeout=5_000)
    expected = sweep_weight(copy_network(lab.source.net), lab.source.x, lab.source.y, 0, 1, points=41)
    np.testing.assert_allclose(view.sweep.losses, expected.losses, rtol=1e-6)
    for key, arr in weights_of(live).items():  # the sweep moved the copy's weight, not the run's
        np.testing.assert_array_equal(arr, at_pause[key])

    steps = c.worker.session.trainer.optimizer.steps
    with qtbot.waitSignal(c.progress, timeout=10_000):
        c.step()  # one batch while paused: the lab takes a new copy
    qtbot.waitUntil(lambda: lab.source is not None and lab.source.paused_at == steps + 1, timeout=10_000)

    c.resume()
    qtbot.waitUntil(lambda: c.state == State.RUNNING, timeout=10_000)
    qtbot.waitUntil(lambda: lab.source is None, timeout=5_000)
    assert not lab.sweep.run_button.isEnabled()
    with qtbot.waitSignal(c.finished, timeout=60_000):
        c.stop()
    qtbot.waitUntil(c.thread.isFinished, timeout=10_000)
    assert lab.source is not None and lab.source.paused_at is None  # stopped: the lab has the final network
