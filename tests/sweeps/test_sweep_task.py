"""One sweep run in-process: the result a worker sends back, dead units, failures as data."""

import copy

import numpy as np

from netbuilder.engine.network import Network
from netbuilder.runs.sweep_task import dead_shares, downsample, run_task
from tests.sweeps.helpers import TINY


def test_a_run_reports_metrics_weights_and_dead_units():
    doc = copy.deepcopy(TINY)
    doc["training"]["seed"] = 2
    result = run_task({"key": "k", "doc": doc, "data": doc["data"], "seed": 2})
    assert result["status"] == "finished" and result["error"] is None
    m = result["metrics"]
    assert len(m["epochs"]) == 1 and 0 <= m["test_accuracy"] <= 1 and m["test_loss"] > 0
    assert set(result["weights"]) == {"1.W", "1.b", "3.W", "3.b"}
    (relu,) = result["dead_share"]
    assert relu["layer"] == 2 and relu["kind"] == "ReLU" and 0 <= relu["dead"] < 1
    assert result["first_grad_rms"] > 0 and len(result["batch_loss"]) == 6  # 320 samples less 10 % / 50


def test_dead_relu_layer_is_found():
    net = Network.from_spec(TINY, seed=0)
    x = np.random.default_rng(0).random((50, 1, 28, 28), dtype=np.float32)
    assert dead_shares(net, x)[0]["dead"] < 1
    net.layers[1].params["b"][...] = -1e3  # every unit of the ReLU after it now outputs 0 for any input
    assert dead_shares(net, x)[0]["dead"] == 1.0


def test_a_failing_run_comes_back_as_data():
    result = run_task({"key": "k", "doc": TINY, "data": "builtin:nope", "seed": 0})
    assert result["status"] == "failed" and "nope" in result["error"] and result["metrics"] is None


def test_downsample_keeps_the_mean_of_each_chunk():
    assert downsample([1, 2, 3], 5) == [1.0, 2.0, 3.0]
    assert downsample([1, 3, 5, 7], 2) == [2.0, 6.0]
