"""Each optimizer's step against an update computed by hand on a two-element example."""

import math

import numpy as np
import pytest

from netbuilder.engine.optim import OPTIMIZERS, clip_gradients, make_optimizer, make_schedule


class FakeLayer:
    def __init__(self, w, g, b=None, gb=None):
        self.params = {"W": np.array(w, dtype=np.float64)}
        self.grads = {"W": np.array(g, dtype=np.float64)}
        if b is not None:
            self.params["b"] = np.array(b, dtype=np.float64)
            self.grads["b"] = np.array(gb, dtype=np.float64)


W0, G = [1.0, -2.0], [0.5, -1.0]


def run(kind, steps=2, **cfg):
    layer = FakeLayer(W0, G)
    opt = make_optimizer({"type": kind, **cfg})
    for _ in range(steps):
        opt.step([layer])
    return layer.params["W"]


def test_sgd():
    np.testing.assert_allclose(run("sgd", lr=0.1), [1 - 2 * 0.05, -2 + 2 * 0.1])


def test_momentum():
    # v1 = -0.1 g; v2 = 0.9 v1 - 0.1 g = -0.19 g; W = W0 + v1 + v2 = W0 - 0.29 g
    np.testing.assert_allclose(run("momentum", lr=0.1, momentum=0.9), np.array(W0) - 0.29 * np.array(G))


def test_nesterov():
    # v1 = g, W1 = W0 - lr(g + 0.9 g); v2 = 0.9 g + g = 1.9 g, W2 = W1 - lr(g + 0.9·1.9 g)
    g = np.array(G)
    expected = np.array(W0) - 0.1 * (1.9 * g) - 0.1 * (g + 1.71 * g)
    np.testing.assert_allclose(run("nesterov", lr=0.1, momentum=0.9), expected)


def test_adagrad():
    g = np.array(G)
    w1 = np.array(W0) - 0.1 * g / (np.sqrt(g * g) + 1e-8)
    w2 = w1 - 0.1 * g / (np.sqrt(2 * g * g) + 1e-8)
    np.testing.assert_allclose(run("adagrad", lr=0.1), w2)


def test_rmsprop():
    g = np.array(G)
    h1 = 0.1 * g * g
    w1 = np.array(W0) - 0.01 * g / (np.sqrt(h1) + 1e-8)
    h2 = 0.9 * h1 + 0.1 * g * g
    np.testing.assert_allclose(run("rmsprop", lr=0.01, rho=0.9), w1 - 0.01 * g / (np.sqrt(h2) + 1e-8))


def test_adam_first_steps_move_by_lr_times_sign():
    # With a constant gradient, bias correction makes m̂/√v̂ = sign(g) at every step.
    g = np.array(G)
    np.testing.assert_allclose(run("adam", lr=0.01), np.array(W0) - 2 * 0.01 * np.sign(g) * (1 - 1e-7), rtol=1e-6)


def test_weight_decay_is_l2_in_the_gradient_on_weights_only():
    layer = FakeLayer(W0, G, b=[3.0], gb=[1.0])
    make_optimizer({"type": "sgd", "lr": 0.1, "weight_decay": 0.01}).step([layer])
    np.testing.assert_allclose(layer.params["W"], np.array(W0) - 0.1 * (np.array(G) + 0.01 * np.array(W0)))
    np.testing.assert_allclose(layer.params["b"], [3.0 - 0.1])


@pytest.mark.parametrize("kind", list(OPTIMIZERS))
def test_state_round_trip_continues_identically(kind):
    a, b = FakeLayer(W0, G), FakeLayer(W0, G)
    opt_a = make_optimizer({"type": kind, "lr": 0.05})
    opt_a.step([a])
    opt_b = make_optimizer({"type": kind, "lr": 0.05})
    opt_b.load_state_dict(opt_a.state_dict())
    b.params["W"][...] = a.params["W"]
    opt_a.step([a])
    opt_b.step([b])
    np.testing.assert_array_equal(a.params["W"], b.params["W"])


def test_schedules():
    step = make_schedule({"type": "step", "step_size": 2, "gamma": 0.5})
    assert [step.lr(1.0, e, 10) for e in (0, 1.9, 2, 4.5)] == [1.0, 1.0, 0.5, 0.25]
    cos = make_schedule({"type": "cosine", "min_lr": 0.1})
    assert cos.lr(1.0, 0, 10) == pytest.approx(1.0)
    assert cos.lr(1.0, 5, 10) == pytest.approx(0.55)
    assert cos.lr(1.0, 10, 10) == pytest.approx(0.1)


def test_clipping_scales_global_norm():
    layer = FakeLayer([0, 0], [3.0, 4.0])
    assert clip_gradients([layer], 1.0) == pytest.approx(5.0)
    assert math.hypot(*layer.grads["W"]) == pytest.approx(1.0)
