"""A question asked during a run never resumes what the user paused: Cancel in "Discard trained
weights?" (after an edit, before New/Open) and on close puts the run back as the user left it."""

import json

import pytest
from PySide6.QtCore import Qt

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


# --- ask at commit, and only when the weights no longer fit -----------------------------------------
def finished_run(w, qtbot):
    c = w.training
    w.document.set_setting(("training", "epochs"), 1)
    with qtbot.waitSignal(c.finished, timeout=60_000):
        w.act_train.trigger()
    qtbot.waitUntil(lambda: c.state == "finished" and c.has_trained_weights, timeout=10_000)
    return c


def units_field(w, qtbot):
    first = w.document.pipeline.ids[0]
    w.pipeline_view.set_selection([first])
    spin = w.inspector.page.form.fields["units"].editor
    w.activateWindow()
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=5_000)
    spin.selectAll()
    return first, spin


def test_typing_12_asks_once_when_the_field_is_committed(xor_window, qtbot):
    w = xor_window
    finished_run(w, qtbot)
    w.dialogs.confirm_answer = True
    first, spin = units_field(w, qtbot)
    qtbot.keyClicks(spin, "1")
    qtbot.wait(100)  # the event loop runs: the old code asked here, after the first digit
    assert w.dialogs.confirmations == []
    qtbot.keyClicks(spin, "2")
    qtbot.wait(100)
    assert w.dialogs.confirmations == [] and w.document.pipeline.node(first).params["units"] == 12
    with qtbot.waitSignal(w.training.cleared, timeout=5_000):
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert [t for t, _ in w.dialogs.confirmations] == ["Discard trained weights?"]
    assert w.document.pipeline.node(first).params["units"] == 12 and w.training.state == "idle"


def test_cancel_at_commit_undoes_every_digit(xor_window, qtbot):
    w = xor_window
    finished_run(w, qtbot)
    w.dialogs.confirm_answer = False
    first, spin = units_field(w, qtbot)
    before = w.document.pipeline.node(first).params["units"]
    qtbot.keyClicks(spin, "12")
    w.pipeline_view.setFocus()  # focus out commits
    qtbot.waitUntil(lambda: w.document.pipeline.node(first).params["units"] == before, timeout=5_000)
    assert len(w.dialogs.confirmations) == 1 and w.training.has_trained_weights


@pytest.mark.parametrize("edit", ["remove relu", "add dropout", "dropout rate"])
def test_edits_the_weights_survive_ask_nothing_and_say_so(xor_window, qtbot, edit):
    w = xor_window
    doc = w.document
    if edit == "dropout rate":  # a network with a dropout layer from the start
        d = doc.to_doc()
        d["layers"].insert(1, {"type": "Dropout", "rate": 0.2})
        doc.replace(d)
    messages = []
    w.run.status = lambda text, ms=0: messages.append(text)
    c = finished_run(w, qtbot)
    ids = doc.pipeline.ids
    if edit == "remove relu":
        relu = next(i for i in ids if doc.pipeline.node(i).kind == "ReLU")
        doc.remove_layers([relu])
    elif edit == "add dropout":
        doc.insert_layers(1, [{"type": "Dropout", "rate": 0.5}])
    else:
        dropout = next(i for i in ids if doc.pipeline.node(i).kind == "Dropout")
        doc.set_layer_param(dropout, "rate", 0.4)
    qtbot.waitUntil(lambda: any("still fit" in m for m in messages), timeout=5_000)
    assert w.dialogs.confirmations == []
    assert c.state == "finished" and c.has_trained_weights and doc.pipeline.ids != []
    # a later edit that changes a weight's shape still asks
    w.dialogs.confirm_answer = False
    dense = next(i for i in doc.pipeline.ids if doc.pipeline.node(i).kind == "Dense")
    doc.set_layer_param(dense, "units", doc.pipeline.node(dense).params["units"] + 1)
    qtbot.waitUntil(lambda: w.dialogs.confirmations != [], timeout=5_000)
    assert c.has_trained_weights
