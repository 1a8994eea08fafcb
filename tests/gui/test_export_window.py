"""The window's export features: File ▸ Save Trained Model… and Export ▸ PyTorch/ONNX after a run,
File ▸ Open of .nbmodel and .onnx files, and the Try-it tab following the trained network."""

import json

import numpy as np
import pytest

from netbuilder.io.nbmodel import load_nbmodel
from netbuilder.paths import resource

XOR = json.loads(resource("examples", "playground_xor.json").read_text(encoding="utf-8"))


@pytest.fixture
def trained_window(make_window, qtbot):
    doc = json.loads(json.dumps(XOR))
    doc["training"]["epochs"] = 2
    w = make_window(doc)
    c = w.training
    with qtbot.waitSignal(c.finished, timeout=60_000):
        w.act_train.trigger()
    qtbot.waitUntil(lambda: c.thread is None or c.thread.isFinished(), timeout=10_000)
    return w


def file_menu_texts(w):
    menu = next(a.menu() for a in w.menuBar().actions() if a.text().replace("&", "") == "File")
    return [a.text().replace("&", "") for a in menu.actions()]


def test_file_menu_offers_save_trained_model_and_export(window):
    texts = file_menu_texts(window)
    assert "Save Trained Model…" in texts and "Export" in texts
    assert not window.exports.save_model.isEnabled()  # nothing trained yet


def test_after_a_run_the_trained_model_saves_exports_and_reaches_try_it(trained_window, tmp_path):
    w = trained_window
    assert w.exports.save_model.isEnabled() and w.exports.try_it.model is not None
    net = w.training.session.net
    assert w.exports.save_trained_model(str(tmp_path / "xor.nbmodel"))
    model = load_nbmodel(tmp_path / "xor.nbmodel")
    x = np.random.default_rng(0).standard_normal((5, 2)).astype(np.float32)
    np.testing.assert_allclose(model.net.forward(x), net.forward(x), atol=1e-6)
    assert model.class_names == w.training.session.dataset.class_names and model.preprocessing["input"] == "vector"
    assert w.exports.to_pytorch(str(tmp_path / "torch"))
    assert (tmp_path / "torch" / "train.py").exists() and (tmp_path / "torch" / "model.py").exists()
    pytest.importorskip("onnx", reason="onnx is not installed (pip install 'netbuilder[export]')")
    assert w.exports.to_onnx(str(tmp_path / "xor.onnx")) and (tmp_path / "xor.onnx").exists()
    assert w.dialogs.errors == []


def test_opening_a_model_file_puts_its_network_in_the_builder_and_its_weights_in_try_it(trained_window, tmp_path,
                                                                                      make_window):
    trained_window.exports.save_trained_model(str(tmp_path / "xor.nbmodel"))
    w = make_window()
    w.dialogs.open_answer = str(tmp_path / "xor.nbmodel")
    w.act_open.trigger()
    assert [n.kind for n in w.document.pipeline.nodes] == [layer["type"] for layer in XOR["layers"]]
    assert w.document.path is None  # Save writes a network file, never over the model
    assert w.exports.try_it.model is not None and w.exports.save_model.isEnabled()
    (tmp_path / "bad.onnx").write_bytes(b"nonsense")
    w.dialogs.open_answer = str(tmp_path / "bad.onnx")
    w.act_open.trigger()
    assert w.dialogs.errors and "bad.onnx" in w.dialogs.errors[-1][1]


def test_exporting_before_training_asks_and_exports_the_design(window, tmp_path):
    window.dialogs.confirm_answer = False
    assert not window.exports.to_pytorch(str(tmp_path / "p"))
    assert window.dialogs.confirmations and not (tmp_path / "p").exists()
    window.dialogs.confirm_answer = True
    assert window.exports.to_pytorch(str(tmp_path / "p")) and (tmp_path / "p" / "init.npz").exists()
