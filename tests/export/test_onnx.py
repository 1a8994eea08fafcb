"""ONNX export (checked, run by onnxruntime) matches NetBuilder for every layer kind; import reads a
plain chain back with its weights; what cannot be read is named."""

import json

import numpy as np
import pytest

from netbuilder.cli import main
from netbuilder.io.nbmodel import ModelFileError
from tests.export.helpers import layer_cases, loss_cases, random_inputs, random_network

onnx = pytest.importorskip("onnx", reason="onnx is not installed (pip install 'netbuilder[export]')")
ort = pytest.importorskip("onnxruntime", reason="onnxruntime is not installed (pip install 'netbuilder[check-exports]')")

from netbuilder.export.onnx_common import META_CLASSES, META_PREPROCESSING  # noqa: E402
from netbuilder.export.onnx_export import onnx_model, save_onnx  # noqa: E402
from netbuilder.export.onnx_import import import_onnx  # noqa: E402


def run_onnx(model, x):
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, {"input": x})[0]


@pytest.mark.parametrize("doc", layer_cases() + loss_cases())
def test_every_layer_kind_matches_within_1e4(doc):
    net = random_network(doc)
    x = random_inputs(net, n=3)
    model = onnx_model(net)  # raises unless onnx.checker.check_model(full_check=True) passes
    assert model.opset_import[0].version == 17
    np.testing.assert_allclose(run_onnx(model, x), net.forward(x), atol=1e-4, rtol=0)


def test_batch_dimension_is_dynamic_and_metadata_carries_classes_and_preprocessing():
    doc = {"input": {"shape": [1, 4, 4]}, "layers": [{"type": "Flatten"}, {"type": "Dense", "units": 2},
                                                    {"type": "Softmax"}], "loss": {"type": "cross_entropy"}}
    net = random_network(doc)
    pre = {"input": "image", "colour": "grey", "height": 4, "width": 4, "scale": 1 / 255, "mean": [0.5], "std": [0.2]}
    model = onnx_model(net, ["cat", "dog"], pre)
    dim = model.graph.input[0].type.tensor_type.shape.dim
    assert dim[0].dim_param == "N" and [d.dim_value for d in dim[1:]] == [1, 4, 4]
    meta = {p.key: p.value for p in model.metadata_props}
    assert json.loads(meta[META_CLASSES]) == ["cat", "dog"] and json.loads(meta[META_PREPROCESSING]) == pre
    for n in (1, 7):
        assert run_onnx(model, random_inputs(net, n=n)).shape == (n, 2)


@pytest.mark.parametrize("doc", [c for c in layer_cases() + loss_cases()
                                 if "LocalResponseNorm-1" not in c.id])  # even LRN: see onnx_import.py
def test_import_then_export_round_trip_gives_the_same_outputs(doc, tmp_path):
    net = random_network(doc)
    path = tmp_path / "m.onnx"
    save_onnx(path, net, ["a", "b"])
    imported = import_onnx(path)
    x = random_inputs(net, n=3)
    np.testing.assert_allclose(imported.net.forward(x), net.forward(x), atol=1e-5, rtol=0)
    again = onnx_model(imported.net)
    np.testing.assert_allclose(run_onnx(again, x), net.forward(x), atol=1e-4, rtol=0)
    assert imported.spec.loss == net.spec.loss  # kept through the metadata


def test_import_reads_gemm_transb_matmul_add_and_reshape_from_other_tools(tmp_path):
    from onnx import TensorProto, helper, numpy_helper
    rng = np.random.default_rng(0)
    w1, b1 = rng.standard_normal((5, 12)).astype(np.float32), rng.standard_normal(5).astype(np.float32)
    w2, b2 = rng.standard_normal((5, 3)).astype(np.float32), rng.standard_normal(3).astype(np.float32)
    inits = [numpy_helper.from_array(a, n) for a, n in ((w1, "w1"), (b1, "b1"), (w2, "w2"), (b2, "b2"),
                                                         (np.array([0, -1], np.int64), "shape"))]
    nodes = [helper.make_node("Reshape", ["x", "shape"], ["r"], name="flat"),
             helper.make_node("Gemm", ["r", "w1", "b1"], ["g"], name="fc", transB=1),
             helper.make_node("Tanh", ["g"], ["t"], name="act"),
             helper.make_node("MatMul", ["t", "w2"], ["m"], name="mm"),
             helper.make_node("Add", ["m", "b2"], ["y"], name="bias")]
    graph = helper.make_graph(nodes, "foreign", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["B", 3, 2, 2])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["B", 3])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, tmp_path / "foreign.onnx")
    imported = import_onnx(tmp_path / "foreign.onnx")
    assert [layer.kind for layer in imported.net.layers] == ["Flatten", "Dense", "Tanh", "Dense"]
    x = rng.standard_normal((4, 3, 2, 2)).astype(np.float32)
    np.testing.assert_allclose(imported.net.forward(x), run_onnx_named(model, x), atol=1e-5)


def run_onnx_named(model, x):
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, {"x": x})[0]


def test_an_unsupported_operator_is_named_with_its_node(tmp_path, capsys):
    from onnx import TensorProto, helper
    nodes = [helper.make_node("Relu", ["x"], ["a"], name="first"), helper.make_node("Erf", ["a"], ["y"], name="my_erf")]
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 4])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 4])])
    path = tmp_path / "erf.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)
    with pytest.raises(ModelFileError, match='Erf node "my_erf".*not supported'):
        import_onnx(path)
    assert main(["check", str(path)]) == 2
    assert 'Erf node "my_erf"' in capsys.readouterr().err


def test_export_without_onnx_says_how_to_install_it_and_exits_2(tmp_path, monkeypatch, capsys):
    import sys

    from netbuilder.paths import resource
    monkeypatch.setitem(sys.modules, "onnx", None)
    code = main(["export", str(resource("examples", "playground_xor.json")), "--format", "onnx",
                 "--out", str(tmp_path / "x.onnx")])
    assert code == 2 and "netbuilder[export]" in capsys.readouterr().err
    assert not (tmp_path / "x.onnx").exists()


def test_check_and_train_accept_an_onnx_file_and_train_starts_from_its_weights(tmp_path, capsys, monkeypatch):
    from netbuilder.engine.train import Trainer
    from netbuilder.paths import resource
    doc = json.loads(resource("examples", "playground_xor.json").read_text(encoding="utf-8"))
    net = random_network(doc, seed=5)
    path = tmp_path / "xor.onnx"
    save_onnx(path, net)
    assert main(["check", str(path)]) == 0 and "Dense" in capsys.readouterr().out
    started = {}
    original = Trainer.run

    def spy(self, *args, **kwargs):
        started.update(self.net.state_dict())
        return original(self, *args, **kwargs)
    monkeypatch.setattr(Trainer, "run", spy)
    assert main(["train", str(path), "--epochs", "1", "--out", str(tmp_path / "out")]) == 0
    for key, value in net.state_dict().items():  # training starts from the imported weights, not a fresh draw
        np.testing.assert_array_equal(started[key], value)
    assert (tmp_path / "out" / "model.nbmodel").exists()
