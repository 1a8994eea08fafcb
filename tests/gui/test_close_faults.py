"""Closing the window must not lose trained weights: a failing "save weights" keeps it open."""

import json

from netbuilder.paths import resource
from tests.gui.test_training_wiring import train_to_the_end

XOR = json.loads(resource("examples", "playground_xor.json").read_text())


def test_closing_with_save_weights_to_a_failing_path_keeps_the_window(make_window, qtbot, tmp_path):
    doc = json.loads(json.dumps(XOR))
    doc["training"]["epochs"] = 2
    window = make_window(doc)
    train_to_the_end(window, qtbot)
    (tmp_path / "a_file").write_text("x")
    window.dialogs.save_weights_answer = "save"
    window.dialogs.weights_path = str(tmp_path / "a_file" / "w.npz")  # a file where a folder must be
    window.close()
    assert window.isVisible() and window.training.has_trained_weights
    assert window.dialogs.errors and window.dialogs.errors[-1][0] == "Cannot save weights"
    window.dialogs.weights_path = str(tmp_path / "w.npz")  # a good place: now it closes
    window.close()
    assert not window.isVisible() and (tmp_path / "w.npz").exists()


def test_loading_bad_weights_during_training_reports_it_and_the_run_goes_on(make_window, qtbot, tmp_path):
    import numpy as np

    from tests.gui.test_training_wiring import start_endless_run
    window = make_window(json.loads(json.dumps(XOR)))
    c = start_endless_run(window, qtbot)
    bad = tmp_path / "bad.npz"
    np.savez(bad, **{"0.W": np.array([["a", "b"]] * 2)})
    window.dialogs.weights_path = str(bad)
    window.load_weights()
    qtbot.waitUntil(lambda: bool(window.dialogs.errors), timeout=30_000)
    title, _, detail = window.dialogs.errors[-1]
    assert title == "Cannot load weights" and "bad.npz" in detail
    with qtbot.waitSignal(c.progress, timeout=30_000):  # still training
        pass
    assert c.state == "running"
    c.stop()
    qtbot.waitUntil(lambda: c.thread is None or c.thread.isFinished(), timeout=30_000)


def test_a_bad_network_file_opened_gets_a_dialog_with_checks_problem_list(make_window, tmp_path):
    window = make_window()
    before = window.document.to_doc()
    base = json.loads(json.dumps(XOR))
    base["layers"][0]["type"] = ["Dense"]
    cases = {"type.json": json.dumps(base), "deep.json": "[" * 3000 + "]" * 3000,
             "surrogate.json": json.dumps(XOR).replace('"name": "', '"name": "\\ud800', 1),
             "number.json": json.dumps(XOR).replace('"units": 8', '"units": ' + "9" * 5000, 1)}
    for name, text in cases.items():
        (tmp_path / name).write_text(text)
        window.dialogs.errors.clear()
        assert not window.files.open(str(tmp_path / name))
        (title, _, detail), = window.dialogs.errors
        assert title == "Cannot open network" and name in detail, (name, detail)
        assert window.document.to_doc() == before
        expected = {"type.json": "layers[0].type", "deep.json": "nested", "surrogate.json": "not valid text",
                    "number.json": "5,000 digits"}[name]
        assert expected in detail, (name, detail)


def test_a_network_too_big_for_memory_is_refused_before_allocating(make_window, qtbot):
    """The window says it before Train (Train off, its tooltip says how much and what to reduce);
    a run started anyway (the controller, as Step or a script would) is refused by the session
    before anything is allocated, with the same sentence."""
    doc = json.loads(json.dumps(XOR))
    doc["input"]["shape"] = [100_000]
    doc["layers"][0]["units"] = 100_000
    doc["layers"].insert(1, {"type": "Dense", "units": 100_000})
    window = make_window(doc)
    assert not window.act_train.isEnabled()
    tip = window.act_train.toolTip()
    assert "too big to train" in tip and "reduce" in tip, tip
    c = window.training
    errors = []
    c.error.connect(errors.append)
    assert c.start(window.document.to_doc())
    qtbot.waitUntil(lambda: bool(errors) or bool(window.dialogs.errors), timeout=60_000)
    qtbot.waitUntil(lambda: c.thread is None or c.thread.isFinished(), timeout=30_000)
    text = " ".join(errors) + " ".join(d for _, _, d in window.dialogs.errors)
    assert "too big to train" in text and "reduce" in text, text
