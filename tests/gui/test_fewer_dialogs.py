"""New, Open and Quit ask one question at most, and only when something would be lost: trained
weights that were just saved (or loaded) are not asked about again; unsaved weights together with
unsaved changes are one question, not two."""

import json

import pytest

from netbuilder.paths import resource

XOR = json.loads(resource("examples", "playground_xor.json").read_text(encoding="utf-8"))


@pytest.fixture
def trained(make_window, qtbot):
    """A window whose one-epoch run has finished with trained weights; the document is unmodified."""
    doc = json.loads(json.dumps(XOR))
    doc["training"]["epochs"] = 1
    w = make_window(doc)
    assert not w.document.modified
    c = w.training
    with qtbot.waitSignal(c.finished, timeout=60_000):
        w.act_train.trigger()
    qtbot.waitUntil(lambda: c.state == "finished" and c.has_trained_weights, timeout=10_000)
    return w


def questions(w):
    d = w.dialogs
    return len(d.confirmations) + d.asked_save_changes + d.asked_save_weights


def save_weights(w, qtbot, tmp_path):
    w.dialogs.weights_path = str(tmp_path / "xor.npz")
    with qtbot.waitSignal(w.training.command_done, timeout=10_000):
        assert w.run.save_weights()
    assert (tmp_path / "xor.npz").exists()


def test_new_with_unsaved_weights_and_changes_asks_once(trained):
    w = trained
    w.document.set_setting(("training", "batch_size"), 7)
    w.dialogs.save_changes_answer = "discard"
    w.files.new_blank()
    assert questions(w) == 1 and w.dialogs.asked_save_changes == 1
    assert "trained weights" in w.dialogs.save_changes_also  # the one question says the weights go too
    assert w.document.pipeline.ids == [] and w.training.state == "idle"


def test_cancel_in_that_one_question_keeps_everything(trained):
    w = trained
    w.document.set_setting(("training", "batch_size"), 7)
    ids = list(w.document.pipeline.ids)
    w.dialogs.save_changes_answer = "cancel"
    w.files.new_blank()
    assert questions(w) == 1 and w.document.pipeline.ids == ids and w.training.has_trained_weights


def test_open_with_unsaved_weights_only_asks_once(trained, tmp_path):
    w = trained
    other = tmp_path / "other.json"
    other.write_text(json.dumps(XOR), encoding="utf-8")
    w.dialogs.open_answer = str(other)
    assert w.files.open()
    assert questions(w) == 1 and [t for t, _ in w.dialogs.confirmations] == ["Discard trained weights?"]


def test_new_after_saving_the_weights_asks_nothing(trained, qtbot, tmp_path):
    w = trained
    save_weights(w, qtbot, tmp_path)
    w.files.new_blank()
    assert questions(w) == 0 and w.document.pipeline.ids == []


def test_quit_after_saving_the_weights_does_not_ask_to_save_them(trained, qtbot, tmp_path):
    w = trained
    save_weights(w, qtbot, tmp_path)
    assert w.close()
    assert questions(w) == 0


def test_quit_with_unsaved_weights_asks_once(trained):
    w = trained
    w.dialogs.save_weights_answer = "discard"
    assert w.close()
    assert questions(w) == 1 and w.dialogs.asked_save_weights == 1


def test_training_on_after_a_save_asks_again(trained, qtbot, tmp_path):
    w = trained
    save_weights(w, qtbot, tmp_path)
    c = w.training
    w.dialogs.train_again_answer = "fresh"
    w.dialogs.confirm_answer = True
    with qtbot.waitSignal(c.finished, timeout=60_000):
        w.act_train.trigger()  # fresh weights: they exist nowhere else
    qtbot.waitUntil(lambda: c.state == "finished" and c.has_trained_weights, timeout=10_000)
    asked = questions(w)
    w.dialogs.save_weights_answer = "discard"
    assert w.close()
    assert questions(w) == asked + 1 and w.dialogs.asked_save_weights == 1


def test_loading_weights_counts_as_saved(trained, qtbot, tmp_path):
    w = trained
    save_weights(w, qtbot, tmp_path)
    w.files.new_blank()
    w.document.replace(json.loads(json.dumps(XOR)))
    w.dialogs.weights_path = str(tmp_path / "xor.npz")
    assert w.run.load_weights()  # a paused run starting from the file
    qtbot.waitUntil(lambda: w.training.has_trained_weights and w.training.info is not None, timeout=10_000)
    before = questions(w)
    assert w.close()
    assert questions(w) == before  # nothing to lose: the weights are in the file
