"""Layer traits instead of kind-name lists: init "auto" and the dead-unit count ask the layer class."""

import numpy as np

from netbuilder.engine.init import resolve_auto
from netbuilder.engine.registry import layer_class


def test_auto_init_reads_the_init_role_of_the_layers_after_a_weight_layer():
    assert resolve_auto(["Dense", "BatchNorm", "Dropout", "ReLU"], 0) == "he"
    assert resolve_auto(["Conv2D", "MaxPool2D", "LeakyReLU"], 0) == "he"
    assert resolve_auto(["Dense", "Flatten", "Sigmoid", "ReLU"], 0) == "xavier"
    assert resolve_auto(["Dense"], 0) == "xavier"


def test_a_relu_reports_its_dead_units_per_channel_and_other_kinds_cannot_tell():
    relu = layer_class("ReLU")((2, 3, 3))
    x = np.ones((4, 2, 3, 3))
    x[:, 1] = -1
    relu.forward(x, train=True)
    assert relu.inactive_units().tolist() == [False, True]
    dense_relu = layer_class("ReLU")((3,))
    dense_relu.forward(np.array([[1.0, -1.0, 0.0], [2.0, -3.0, 1.0]]), train=True)
    assert dense_relu.inactive_units().tolist() == [False, True, False]
    sigmoid = layer_class("Sigmoid")((3,))
    sigmoid.forward(np.zeros((2, 3)), train=True)
    assert sigmoid.inactive_units() is None


def test_sigmoid_and_tanh_report_their_saturated_share_with_the_engines_one_threshold():
    from netbuilder.engine.saturation import SLOPE
    x = np.linspace(-8, 8, 40).reshape(4, 10)
    sigmoid = layer_class("Sigmoid")((10,))
    assert sigmoid.saturated_share() is None  # not run yet
    y = sigmoid.forward(x, train=True)
    direct = 1 / (1 + np.exp(-x))
    assert sigmoid.saturated_share() == np.mean(direct * (1 - direct) < SLOPE)
    assert 0 < sigmoid.saturated_share() < 1 and np.allclose(y, direct)
    tanh = layer_class("Tanh")((10,))
    tanh.forward(x, train=True)
    assert tanh.saturated_share() == np.mean(1 - np.tanh(x) ** 2 < SLOPE)
    assert tanh.saturated_share() > sigmoid.saturated_share()  # tanh reaches its bounds sooner
    relu = layer_class("ReLU")((10,))
    relu.forward(x, train=True)
    assert relu.saturated_share() is None  # a ReLU reports dead units instead
