"""The generated PyTorch module computes what NetBuilder computes: every layer kind, every loss."""

import json
import runpy
import sys

import numpy as np
import pytest

from netbuilder.engine.losses import make_loss
from netbuilder.export.pytorch_model import model_source
from netbuilder.export.pytorch_project import write_pytorch_project
from netbuilder.export.source import load_model
from netbuilder.io.nbmodel import TrainedModel
from netbuilder.io.weights import save_weights
from tests.export.helpers import import_module_from, layer_cases, loss_cases, random_inputs, random_network

torch = pytest.importorskip("torch", reason="torch is not installed (pip install 'netbuilder[check-exports]')")


def export(net, folder, name):
    """model.py and weights.npz only: the rest of the project is not needed to compare outputs."""
    (folder / "model.py").write_text(model_source(net, [f"c{i}" for i in range(3)]))
    save_weights(folder / "weights.npz", net)
    module = import_module_from(folder / "model.py", name)
    model = module.Net()
    module.load_netbuilder_weights(model, folder / "weights.npz")
    return module, model.eval()


@pytest.mark.parametrize("doc", layer_cases())
def test_every_layer_kind_matches_within_1e4(doc, tmp_path, request):
    net = random_network(doc)
    x = random_inputs(net)
    _, model = export(net, tmp_path, f"model_{request.node.callspec.id}")
    with torch.no_grad():
        got = model.predict(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(got, net.forward(x), atol=1e-4, rtol=0)


@pytest.mark.parametrize("doc", loss_cases())
def test_every_loss_matches_within_1e4(doc, tmp_path, request):
    net = random_network(doc)
    x = random_inputs(net, n=6)
    module, model = export(net, tmp_path, f"loss_{request.node.callspec.id}")
    k = net.layers[-1].output_shape[0]
    labels = np.arange(6) % max(k, 2)
    body = net.layers[:-1] if net.fused else net.layers
    z = x
    for layer in body:
        z = layer.forward(z, False)
    ours, _ = make_loss(dict(net.spec.loss))(z, labels)
    with torch.no_grad():
        out = model.forward(torch.from_numpy(x))
        theirs = float(module.loss_fn(out, torch.from_numpy(labels)))
        np.testing.assert_allclose(model.predict(torch.from_numpy(x)).numpy(), net.forward(x), atol=1e-4)
    assert abs(theirs - ours) <= 1e-4 * max(1.0, abs(ours))


def test_submodules_are_named_after_the_layers_and_batchnorm_momentum_is_converted(tmp_path):
    doc = {"input": {"shape": [1, 6, 6]}, "layers": [
        {"type": "Conv2D", "filters": 2, "kernel_size": 2, "padding": "same"}, {"type": "BatchNorm", "momentum": 0.8},
        {"type": "ReLU"}, {"type": "Dense", "units": 3}, {"type": "Softmax"}], "loss": {"type": "cross_entropy"}}
    _, model = export(random_network(doc), tmp_path, "named_model")
    names = dict(model.named_children())
    assert {"conv1_pad", "conv1", "bn1", "relu1", "fc1", "softmax1"} <= set(names)
    assert names["conv1_pad"].padding == (0, 1, 0, 1)  # even kernel: the extra row/column at the bottom/right
    assert names["bn1"].momentum == pytest.approx(0.2)


def test_check_parity_passes_and_fails_when_the_reference_differs(tmp_path, capsys):
    doc = {"input": {"shape": [4]}, "layers": [{"type": "Dense", "units": 3}, {"type": "Tanh"}], "loss": {"type": "mse"}}
    net = random_network(doc)
    write_pytorch_project(tmp_path, TrainedModel(net.spec, net))
    assert run_script(tmp_path / "check_parity.py", capsys) == (0, "OK")
    with np.load(tmp_path / "reference.npz") as ref:
        inputs, outputs = ref["inputs"], ref["outputs"]
    np.savez(tmp_path / "reference.npz", inputs=inputs, outputs=outputs + 2e-4)
    assert run_script(tmp_path / "check_parity.py", capsys) == (1, "MISMATCH")


def run_script(path, capsys):
    """(exit code, first word printed) of a generated script run as `python script.py` would, in this
    process (a fresh interpreter would spend most of the test importing torch)."""
    monkey_argv, sys.argv = sys.argv, [str(path)]
    sys.path.insert(0, str(path.parent))
    sys.modules.pop("model", None)
    try:
        runpy.run_path(str(path), run_name="__main__")
        code = 0
    except SystemExit as e:
        code = e.code
    finally:
        sys.argv = monkey_argv
        sys.path.remove(str(path.parent))
        sys.modules.pop("model", None)
    return code, capsys.readouterr().out.split(":")[0]


def test_export_needs_no_torch_and_writes_every_file(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)  # importing torch would now fail
    from netbuilder.paths import resource
    model = load_model(resource("examples", "mnist_cnn.json"), need_weights=False)
    files = {p.name for p in write_pytorch_project(tmp_path, model)}
    assert {"model.py", "train.py", "data.py", "check_parity.py", "README.md", "config.json", "weights.npz",
            "init.npz", "reference.npz"} <= files
    config = json.loads((tmp_path / "config.json").read_text())
    assert config["training"]["optimizer"] == {"type": "adam", "lr": 0.002, "weight_decay": 0.0, "beta1": 0.9,
                                               "beta2": 0.999, "eps": 1e-8}
    assert "def stratified_indices" in (tmp_path / "data.py").read_text()  # copied from NetBuilder's source
