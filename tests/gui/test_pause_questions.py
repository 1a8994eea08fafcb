"""A question asked during a run never resumes what the user paused: Cancel in "Discard trained
weights?" (after an edit, before New/Open) and on close puts the run back as the user left it."""

import json

import pytest

from netbuilder.paths import resource

XOR = json.loads(resource("examples", "playground_xor.json").read_text(encoding="utf-8"))


@pytest.fixture
def xor_window(make_window):
    doc = json.loads(json.dumps(XOR))
    doc["training"]["epochs"] = 100_000  # never ends by itself: the test stops it
    return make_window(doc)


def trained_run(w, qtbot):
    c = w.training
    with qtbot.waitSignal(c.progress, timeout=30_000):
        w.act_train.trigger()
    qtbot.waitUntil(lambda: c.has_trained_weights, timeout=10_000)
    return c


def pause(w, qtbot):
    c = w.training
    w.act_pause.trigger()
    qtbot.waitUntil(lambda: c.state == "paused", timeout=10_000)
    return c


def steps_stay(c, qtbot, ms=400):
    """The worker trains no batch for `ms`: the run is really paused, not only labelled so."""
    before = c._steps
    qtbot.wait(ms)
    return c._steps == before and c.state == "paused"


def units_edit(w):
    first = w.document.pipeline.ids[0]
    w.document.set_layer_param(first, "units", w.document.pipeline.node(first).params["units"] + 3)
    return first


def test_cancel_after_an_edit_keeps_a_paused_run_paused(xor_window, qtbot):
    w = xor_window
    trained_run(w, qtbot)
    c = pause(w, qtbot)
    w.dialogs.confirm_answer = False
    before = w.document.pipeline.node(w.document.pipeline.ids[0]).params["units"]
    first = units_edit(w)
    qtbot.waitUntil(lambda: w.document.pipeline.node(first).params["units"] == before, timeout=5_000)
    assert [t for t, _ in w.dialogs.confirmations] == ["Discard trained weights?"]
    assert steps_stay(c, qtbot) and c.has_trained_weights
    c.shutdown()


def test_cancel_after_an_edit_resumes_a_run_that_was_going(xor_window, qtbot):
    w = xor_window
    c = trained_run(w, qtbot)
    w.dialogs.confirm_answer = False
    first = units_edit(w)
    qtbot.waitUntil(lambda: w.dialogs.confirmations != [], timeout=5_000)
    steps = c._steps
    qtbot.waitUntil(lambda: c.state == "running" and c._steps > steps, timeout=10_000)
    assert w.document.pipeline.node(first).params["units"] == XOR["layers"][0]["units"]
    c.shutdown()


def test_cancel_before_new_keeps_a_paused_run_paused(xor_window, qtbot):
    w = xor_window
    trained_run(w, qtbot)
    c = pause(w, qtbot)
    w.dialogs.confirm_answer = False
    w.files.new_blank()
    assert w.dialogs.confirmations and w.document.pipeline.ids
    assert steps_stay(c, qtbot)
    c.shutdown()


def test_cancel_on_close_keeps_a_paused_run_paused(xor_window, qtbot):
    w = xor_window
    trained_run(w, qtbot)
    c = pause(w, qtbot)
    w.dialogs.save_weights_answer = "cancel"
    assert not w.close()
    assert steps_stay(c, qtbot)
    c.shutdown()
