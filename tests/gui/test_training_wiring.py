"""The builder window driving live training: Train, card clicks, gradient meters, the discard
question, weights in the Run menu, and closing mid-run. Tiny nets and data keep these fast."""

import json

import pytest

from netbuilder.paths import resource

XOR = json.loads(resource("examples", "playground_xor.json").read_text(encoding="utf-8"))


@pytest.fixture
def xor_window(make_window):
    doc = json.loads(json.dumps(XOR))
    doc["training"]["epochs"] = 3
    return make_window(doc)


def train_to_the_end(window, qtbot, timeout=60_000):
    c = window.training
    with qtbot.waitSignal(c.finished, timeout=timeout):
        window.act_train.trigger()
    qtbot.waitUntil(lambda: c.thread is None or c.thread.isFinished(), timeout=10_000)


def start_endless_run(window, qtbot, trained=False):
    """Train a run that never finishes by itself (the test ends it); returns once progress arrives,
    or with `trained`, once the controller holds trained weights."""
    c = window.training
    window.document.set_setting(("training", "epochs"), 100_000)
    with qtbot.waitSignal(c.progress, timeout=30_000):
        window.act_train.trigger()
    if trained:
        qtbot.waitUntil(lambda: c.has_trained_weights, timeout=10_000)
    return c


def test_train_in_the_window_starts_the_controller_and_finishes(xor_window, qtbot):
    w = xor_window
    seen = []
    w.training.progress.connect(seen.append)
    c = start_endless_run(w, qtbot)
    assert w.live.isVisible() and not w.act_train.isEnabled()  # one run at a time
    assert w.act_stop.isEnabled() and w.live.controls.buttons["stop"].isEnabled()
    with qtbot.waitSignal(c.finished, timeout=60_000):
        w.act_stop.trigger()  # ends after the current batch, then tests
    qtbot.waitUntil(c.thread.isFinished, timeout=10_000)
    assert seen and c.state == "finished" and c.has_trained_weights
    assert w.act_train.isEnabled() and w.act_save_weights.isEnabled()
    assert c.last_results is not None


def test_the_control_bar_has_no_second_train_button(xor_window):
    assert not xor_window.live.controls.buttons["train"].isVisibleTo(xor_window)
    assert xor_window.train_button.isVisibleTo(xor_window)


def test_clicking_a_card_selects_that_layer_and_cards_get_gradient_meters(xor_window, qtbot):
    w = xor_window
    train_to_the_end(w, qtbot)
    ids = w.document.pipeline.ids
    with qtbot.waitSignal(w.training.selection_changed, timeout=5_000) as sig:
        w.pipeline_view.set_selection([ids[2]])  # what a click on the third card does
    assert w.training.selected_layer == 2 and sig.args[0] == 2
    dense = w.pipeline_view.card(ids[0])
    assert dense.meter.isVisibleTo(w) and dense.meter_label.text().startswith("grad")
    assert not w.pipeline_view.card(ids[1]).meter.isVisibleTo(w)  # ReLU: no weights, no bar


def test_the_controllers_selection_highlights_the_card(xor_window, qtbot):
    w = xor_window
    train_to_the_end(w, qtbot)
    w.training.select_layer(3)
    assert w.pipeline_view.selected_ids() == [w.document.pipeline.ids[3]]


def test_closing_during_training_leaves_no_thread_running(xor_window, qtbot):
    w = xor_window
    c = start_endless_run(w, qtbot)
    thread = c.thread
    w.dialogs.save_weights_answer = "discard"
    assert w.close()
    assert w.dialogs.asked_save_weights == 1
    assert thread.isFinished() and not c.thread_running


def test_closing_during_training_can_save_the_weights(xor_window, qtbot, tmp_path):
    w = xor_window
    c = start_endless_run(w, qtbot, trained=True)
    w.dialogs.save_weights_answer = "save"
    w.dialogs.weights_path = str(tmp_path / "xor.npz")
    w.dialogs.save_answer = str(tmp_path / "xor.json")  # the epochs edit is unsaved: Save keeps it too
    assert w.close()
    assert not c.thread_running and (tmp_path / "xor.npz").exists() and (tmp_path / "xor.json").exists()
    assert w.dialogs.asked_save_weights == 1 and w.dialogs.asked_save_changes == 0  # one question
    assert w.dialogs.save_weights_document  # it named the network with unsaved changes


def test_cancel_on_close_keeps_training(xor_window, qtbot):
    w = xor_window
    c = start_endless_run(w, qtbot, trained=True)
    w.dialogs.save_weights_answer = "cancel"
    assert not w.close()
    qtbot.waitUntil(lambda: c.state == "running", timeout=10_000)
    c.shutdown()


def test_an_architecture_edit_after_training_asks_and_discards(xor_window, qtbot):
    w = xor_window
    train_to_the_end(w, qtbot)
    ids = w.document.pipeline.ids
    w.dialogs.confirm_answer = True
    with qtbot.waitSignal(w.training.cleared, timeout=5_000):
        w.document.set_layer_param(ids[0], "units", 16)
    assert any("Discard" in title for title, _ in w.dialogs.confirmations)
    assert w.training.state == "idle" and not w.training.has_trained_weights
    assert w.document.pipeline.node(ids[0]).params["units"] == 16
    assert not w.pipeline_view.card(ids[0]).meter.isVisibleTo(w)
    assert not w.live.isVisible() and w.palette_dock.isVisible()  # back to the builder layout


def test_saying_no_to_the_discard_question_undoes_the_edit(xor_window, qtbot):
    w = xor_window
    train_to_the_end(w, qtbot)
    ids = w.document.pipeline.ids
    w.dialogs.confirm_answer = False
    w.document.remove_layers([ids[2]])  # a Dense: its weights go (removing the ReLU would keep them all)
    qtbot.waitUntil(lambda: w.document.pipeline.ids == ids, timeout=5_000)
    assert w.dialogs.confirmations
    assert w.training.state == "finished" and w.training.has_trained_weights


def test_training_settings_edits_keep_the_trained_network(xor_window, qtbot):
    w = xor_window
    train_to_the_end(w, qtbot)
    w.document.set_setting(("training", "batch_size"), 10)
    assert w.dialogs.confirmations == [] and w.training.has_trained_weights


def test_save_and_load_weights_through_the_run_menu(xor_window, qtbot, tmp_path, make_window):
    w = xor_window
    train_to_the_end(w, qtbot)
    path = tmp_path / "xor.npz"
    w.dialogs.weights_path = str(path)
    assert w.act_save_weights.isEnabled()
    w.act_save_weights.trigger()
    assert path.exists() and w.dialogs.errors == []
    w.act_load_weights.trigger()
    assert w.dialogs.errors == []
    assert "loaded" in w.statusBar().currentMessage()

    other = json.loads(json.dumps(XOR))
    other["layers"][0]["units"] = 5  # another architecture: the file does not fit it
    w2 = make_window(other)
    w2.dialogs.weights_path = str(path)
    with qtbot.waitSignal(w2.training.error, timeout=30_000):
        w2.act_load_weights.trigger()  # nothing trained yet: starts a paused run from the file
    qtbot.waitUntil(lambda: w2.dialogs.errors != [], timeout=5_000)
    title, text, detail = w2.dialogs.errors[-1]
    assert title == "Cannot load weights" and "do not fit" in detail
    w2.training.shutdown()


def test_a_failed_weights_save_is_reported_by_its_command_not_its_text(xor_window, qtbot, tmp_path):
    w = xor_window
    train_to_the_end(w, qtbot)
    (tmp_path / "a-file").write_text("not a folder")
    w.dialogs.weights_path = str(tmp_path / "a-file" / "xor.npz")
    assert not w.run.save_weights()  # the finished run saves at once: the answer is known
    title, _text, detail = w.dialogs.errors[-1]
    assert title == "Cannot save weights" and "a-file" in detail
    w.dialogs.weights_path = str(tmp_path / "xor.npz")
    assert w.run.save_weights() and (tmp_path / "xor.npz").exists()
    assert len(w.dialogs.errors) == 1 and "saved" in w.statusBar().currentMessage()


def test_save_weights_without_training_says_so(xor_window):
    xor_window.save_weights()
    assert xor_window.dialogs.errors and "No weights" in xor_window.dialogs.errors[-1][0]


def test_the_window_with_live_panel_fits_at_1100_by_700(xor_window, qtbot):
    w = xor_window
    train_to_the_end(w, qtbot)
    w.resize(1100, 700)
    qtbot.waitUntil(lambda: w.width() == 1100)
    assert w.minimumSizeHint().width() <= 1100
    stop = w.live.controls.buttons["stop"]
    assert stop.mapTo(w, stop.rect().topRight()).x() <= w.width()


def test_cards_show_the_saturated_share_of_a_sigmoid_like_the_dead_share(make_window, qtbot):
    doc = json.loads(json.dumps(XOR))
    doc["training"]["epochs"] = 2
    doc["layers"][1] = {"type": "Sigmoid"}
    w = make_window(doc)
    train_to_the_end(w, qtbot)
    shares = w.training.last_visuals.gradients.saturated_share
    ids = w.document.pipeline.ids
    dense = w.pipeline_view.card(ids[0])
    assert dense.meter_label.text().startswith("grad")
    assert f"{shares[0]:.0%} of the sigmoid/tanh outputs after this layer were saturated" in dense.meter.toolTip()
    assert (" saturated" in dense.meter_label.text()) == (shares[0] >= 0.05)
    assert "saturated" not in w.pipeline_view.card(ids[2]).meter.toolTip()  # no sigmoid after the last Dense
