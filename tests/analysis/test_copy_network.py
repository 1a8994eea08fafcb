"""copy_network: the same network, weights and statistics included, built without drawing weights."""

import numpy as np

from netbuilder.analysis.common import copy_network
from netbuilder.engine import Network
from netbuilder.engine import init

DOC = {"format": "netbuilder.network", "version": 1, "name": "t", "input": {"shape": [1, 6, 6]},
       "layers": [{"type": "Conv2D", "filters": 3, "kernel_size": 3}, {"type": "BatchNorm"}, {"type": "ReLU"},
                  {"type": "Flatten"}, {"type": "Dropout", "rate": 0.3}, {"type": "Dense", "units": 4},
                  {"type": "Softmax"}],
       "loss": {"type": "cross_entropy"}}


def trained():
    net = Network.from_spec(DOC, seed=5)
    x = np.random.default_rng(0).random((8, 1, 6, 6), dtype=np.float32)
    for layer in net.layers:  # weights and statistics that no fresh network has
        for arr in (*layer.params.values(), *layer.state.values()):
            arr += np.random.default_rng(1).random(arr.shape).astype(arr.dtype)
    return net, x


def test_a_copy_computes_what_the_original_does_and_is_independent():
    net, x = trained()
    clone = copy_network(net)
    assert np.array_equal(clone.forward(x, train=False), net.forward(x, train=False))
    assert np.array_equal(clone.forward(x, train=True), net.forward(x, train=True))  # same dropout stream
    clone.layers[0].params["W"] += 1
    assert not np.array_equal(clone.layers[0].params["W"], net.layers[0].params["W"])


def test_a_copy_draws_no_weights(monkeypatch):
    net, _ = trained()

    def refuse(*args):
        raise AssertionError("drew weights it would overwrite")
    monkeypatch.setattr(init, "draw_weights", refuse)
    monkeypatch.setattr("netbuilder.engine.layers.base.draw_weights", refuse)
    clone = copy_network(net, np.float64)
    assert clone.dtype == np.float64
    assert np.allclose(clone.layers[0].params["W"], net.layers[0].params["W"])
