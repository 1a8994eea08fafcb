import numpy as np
import pytest

from netbuilder.analysis import Cancelled
from netbuilder.analysis.weight_sweep import largest_gradient_weight, resolve_index, sweep_weight
from netbuilder.engine.gradcheck import numerical_gradient


def test_curve_matches_direct_evaluation_and_weight_is_put_back(mlp):
    net, x, t = mlp
    before = net.layers[0].params["W"].copy()
    sweep = sweep_weight(net, x, t, layer=0, index=7, points=9)
    pos = np.unravel_index(7, before.shape)
    assert sweep.index == pos and sweep.value == before[pos]
    for v, loss in zip(sweep.values, sweep.losses):
        net.layers[0].params["W"][pos] = v
        assert loss == pytest.approx(net.evaluate(x, t)[0], rel=1e-12)
        net.layers[0].params["W"][pos] = before[pos]
    np.testing.assert_array_equal(net.layers[0].params["W"], before)
    assert sweep.loss == pytest.approx(net.evaluate(x, t)[0], rel=1e-12)


def test_tangent_slope_is_the_derivative_of_the_curve(mlp):
    net, x, t = mlp
    sweep = sweep_weight(net, x, t, layer=2, index=(4, 1), points=5)
    w = net.layers[2].params["W"]
    numeric = numerical_gradient(lambda: net.evaluate(x, t)[0], w)[4, 1]
    assert sweep.gradient == pytest.approx(numeric, rel=1e-6)
    assert sweep.tangent([sweep.value]) == pytest.approx([sweep.loss])


def test_largest_gradient_weight_is_the_argmax_over_all_layers(mlp):
    net, x, t = mlp
    layer, param, index = largest_gradient_weight(net, x, t)
    net.loss_and_gradients(x, t)
    sizes = {i: np.abs(l.grads["W"]).max() for i, l in enumerate(net.layers) if "W" in l.grads}
    assert layer == max(sizes, key=sizes.get) and param == "W"
    assert abs(net.layers[layer].grads["W"][index]) == pytest.approx(sizes[layer])


def test_cancel_puts_the_weight_back(mlp):
    net, x, t = mlp
    before = net.layers[0].params["W"].copy()
    calls = []
    with pytest.raises(Cancelled):
        sweep_weight(net, x, t, 0, 3, points=20, should_stop=lambda: len(calls) > 4,
                     progress=lambda done, total: calls.append(done))
    np.testing.assert_array_equal(net.layers[0].params["W"], before)


@pytest.mark.parametrize("layer, param, index, words", [
    (9, "W", 0, "does not exist"), (1, "W", 0, "has no parameter"), (0, "W", 10_000, "outside"),
    (0, "W", (5, 0), "does not fit")])
def test_bad_positions_are_named(mlp, layer, param, index, words):
    with pytest.raises(ValueError, match=words):
        resolve_index(mlp[0], layer, param, index)
