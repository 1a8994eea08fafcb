import numpy as np
import pytest

from netbuilder.analysis.explain import ConvUnit, DenseUnit, SoftmaxUnits, explain_unit


@pytest.mark.parametrize("pos", [(0, 0, 0), (2, 3, 1), (1, 2, 3)])
def test_conv_pixel_sum_plus_bias_is_the_layers_output(convnet, pos):
    net, x, _ = convnet
    unit = explain_unit(net, x[4], 0, pos)
    assert isinstance(unit, ConvUnit)
    actual = net.forward_all(x[4:5])[0][0][pos]
    assert unit.actual == pytest.approx(actual)
    assert unit.output == pytest.approx(actual, rel=1e-9)
    assert unit.total == pytest.approx(unit.products.sum()) and unit.output == pytest.approx(unit.total + unit.bias)
    assert unit.patch.shape == (2, 3, 3) == unit.kernel.shape  # every input channel
    np.testing.assert_allclose(unit.products, unit.patch * unit.kernel)
    r, c = unit.origin
    assert (r, c) == (pos[1] * 2 - 1, pos[2] * 2 - 1)  # stride 2, padding 1
    if r < 0:
        assert not unit.patch[:, 0].any()  # the row read from the padding is zeros


def test_activation_pixel_is_explained_through_the_conv_with_its_steps(convnet):
    net, x, _ = convnet
    outs = net.forward_all(x[1:2])
    unit = explain_unit(net, x[1], 2, (1, 2, 2))  # a ReLU pixel: Conv2D → BatchNorm → ReLU
    assert unit.layer == 0
    assert [s.kind for s in unit.steps] == ["BatchNorm", "ReLU"]
    assert unit.steps[0].before == pytest.approx(unit.output)
    assert unit.steps[-1].after == pytest.approx(outs[2][0][1, 2, 2])


def test_dense_unit_contributions(convnet):
    net, x, _ = convnet
    unit = explain_unit(net, x[0], 5, (2,), top=5)
    assert isinstance(unit, DenseUnit) and unit.n_inputs == 12
    assert unit.output == pytest.approx(net.forward_all(x[:1])[5][0][2], rel=1e-9)
    assert unit.products.sum() + unit.rest == pytest.approx(unit.total)
    assert list(np.abs(unit.products)) == sorted(np.abs(unit.products), reverse=True)
    np.testing.assert_allclose(unit.weights, net.layers[5].params["W"][unit.inputs, 2])
    assert [s.kind for s in unit.steps] == ["Tanh"]
    assert unit.steps[0].after == pytest.approx(np.tanh(unit.output))


def test_softmax_numbers(convnet):
    net, x, _ = convnet
    sm = explain_unit(net, x[3], 8, (0,))
    assert isinstance(sm, SoftmaxUnits)
    np.testing.assert_allclose(sm.probabilities, sm.actual, rtol=1e-9)
    np.testing.assert_allclose(sm.exps, np.exp(sm.logits - sm.logits.max()))
    assert sm.probabilities.sum() == pytest.approx(1)
    np.testing.assert_allclose(sm.sigmoid, 1 / (1 + np.exp(-sm.logits)))


def test_layers_without_a_weighted_sum_say_so(convnet):
    net, x, _ = convnet
    with pytest.raises(ValueError, match="no weighted sum"):
        explain_unit(net, x[0], 3, (0, 0, 0))  # MaxPool2D
    with pytest.raises(ValueError, match="outside"):
        explain_unit(net, x[0], 0, (5, 0, 0))
