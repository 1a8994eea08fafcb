"""Validation: every problem found, each with its JSON path and a plain sentence."""

import numpy as np
import pytest

from netbuilder.engine import Network, SpecError, parse_spec


def doc(**over):
    base = {"format": "netbuilder.network", "version": 1, "name": "t", "input": {"shape": [4]},
            "layers": [{"type": "Dense", "units": 3}, {"type": "Softmax"}], "loss": {"type": "cross_entropy"}}
    base.update(over)
    return base


def problems(d):
    with pytest.raises(SpecError) as info:
        parse_spec(d)
    return {p.path: p.message for p in info.value.problems}


def test_valid_doc_parses_with_defaults_filled():
    spec = parse_spec(doc())
    assert spec.output_shapes == [(3,), (3,)]
    assert spec.param_count == 4 * 3 + 3
    assert spec.training["optimizer"]["type"] == "adam" and spec.training["batch_size"] == 32


def test_typo_in_layer_type_and_key_gets_did_you_mean():
    p = problems(doc(layers=[{"type": "Dens", "units": 3}, {"type": "Dense", "unit": 3}, {"type": "Softmax"}]))
    assert 'did you mean "Dense"' in p["layers[0].type"]
    assert 'did you mean "units"' in p["layers[1].unit"]


def test_every_problem_is_reported_at_once():
    p = problems(doc(layers=[{"type": "Dense", "units": 0}, {"type": "Dropout", "rate": 2}],
                     training={"batch_size": -1, "optimizer": {"type": "adamw"}}, extra=1))
    assert set(p) >= {"layers[0].units", "layers[1].rate", "training.batch_size", "training.optimizer.type", "extra"}
    assert "between 1 and" in p["layers[0].units"]


def test_wrong_types_are_named():
    p = problems(doc(layers=[{"type": "Dense", "units": "ten"}, {"type": "Dense", "units": 2.5, "use_bias": 1}]))
    assert "must be a number" in p["layers[0].units"]
    assert "whole number" in p["layers[1].units"]
    assert "true or false" in p["layers[1].use_bias"]


def test_loss_that_cannot_use_the_output():
    p = problems(doc(layers=[{"type": "Dense", "units": 1}], loss={"type": "cross_entropy"}))
    assert "at least 2" in p["loss"]


def test_newer_version_refused_clearly():
    p = problems(doc(version=99))
    assert "newer NetBuilder" in p["version"]


def test_wrong_format_and_missing_input():
    assert "NetBuilder network file" in problems(doc(format="something"))["format"]
    d = doc()
    del d["input"]
    assert "required" in problems(d)["input"]


def test_augment_names_checked():
    assert 'did you mean "flip"' in problems(doc(training={"augment": ["flp"]}))["training.augment[0]"]


def test_same_seed_same_weights_and_different_seed_different():
    a = Network.from_spec(doc(), seed=3).state_dict()
    b = Network.from_spec(doc(), seed=3).state_dict()
    c = Network.from_spec(doc(), seed=4).state_dict()
    assert all(np.array_equal(a[k], b[k]) for k in a)
    assert not np.array_equal(a["0.W"], c["0.W"])


def test_float32_by_default_and_float64_on_request():
    net = Network.from_spec(doc())
    assert net.forward(np.ones((2, 4))).dtype == np.float32
    assert Network.from_spec(doc(), dtype=np.float64).forward(np.ones((2, 4))).dtype == np.float64


def test_wrong_input_shape_at_forward_is_a_clear_error():
    with pytest.raises(ValueError, match="does not match the network's input shape"):
        Network.from_spec(doc()).forward(np.ones((2, 5)))


def test_backward_never_changes_weights():
    net = Network.from_spec(doc(layers=[{"type": "Dense", "units": 5}, {"type": "ReLU"},
                                        {"type": "Dense", "units": 3}, {"type": "Softmax"}]))
    before = net.state_dict()
    net.loss_and_gradients(np.random.default_rng(0).random((4, 4)), np.array([0, 1, 2, 0]))
    assert all(np.array_equal(before[k], v) for k, v in net.state_dict().items())
    assert any(np.abs(g).sum() > 0 for layer in net.layers for g in layer.grads.values())
