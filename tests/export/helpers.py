"""Shared by the export tests: one-layer networks for every registered kind, with random weights
(and random running statistics, so BatchNorm's inference path is really exercised)."""

from __future__ import annotations

import importlib.util
import sys

import numpy as np
import pytest

from netbuilder.engine.network import Network
from netbuilder.engine.registry import layer_kinds


def layer_cases():
    """(id, network doc) for every example of every registered layer kind: a new kind is covered
    as soon as it declares EXAMPLES."""
    cases = []
    for kind, cls in layer_kinds().items():
        for j, (config, shape) in enumerate(cls.EXAMPLES):
            doc = {"name": f"{kind} example {j}", "input": {"shape": list(shape)},
                   "layers": [{"type": kind, **config}], "loss": {"type": "mse"}}
            cases.append(pytest.param(doc, id=f"{kind}-{j}"))
    return cases


def loss_cases():
    """A network ending as each loss expects, fused and not."""
    def doc(layers, loss, shape=(2, 5, 5)):
        return {"name": "loss case", "input": {"shape": list(shape)}, "layers": layers, "loss": loss}
    conv = [{"type": "Conv2D", "filters": 3, "kernel_size": 2, "padding": "same"}, {"type": "ReLU"}]
    return [
        pytest.param(doc(conv + [{"type": "Dense", "units": 4}, {"type": "Softmax"}],
                         {"type": "cross_entropy", "label_smoothing": 0.1}), id="cross_entropy-fused"),
        pytest.param(doc(conv + [{"type": "Dense", "units": 4}], {"type": "cross_entropy"}), id="cross_entropy-logits"),
        pytest.param(doc(conv + [{"type": "Dense", "units": 1}, {"type": "Sigmoid"}],
                         {"type": "binary_cross_entropy"}), id="bce-fused"),
        pytest.param(doc(conv + [{"type": "Dense", "units": 3}, {"type": "Softmax"}], {"type": "mse"}), id="mse-softmax"),
        pytest.param(doc(conv + [{"type": "Dense", "units": 1}], {"type": "mse"}), id="mse-one-output"),
    ]


def random_network(doc, seed=0) -> Network:
    net = Network.from_spec(doc, seed=seed)
    rng = np.random.default_rng(seed)
    for layer in net.layers:
        for key, value in layer.params.items():
            layer.params[key] = (0.5 * rng.standard_normal(value.shape)).astype(np.float32)
        for key, value in layer.state.items():
            base = 0.5 + rng.random(value.shape) if key == "running_var" else 0.3 * rng.standard_normal(value.shape)
            layer.state[key] = base.astype(np.float32)
    return net


def random_inputs(net, n=4, seed=1) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((n, *net.input_shape)).astype(np.float32)


def import_module_from(path, name):
    """Import a generated file under a unique module name (several exports in one session)."""
    folder = str(path.parent)
    sys.path.insert(0, folder)
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(folder)
