"""Every registered layer kind and every loss against central differences, in float64.

Parametrised over the registry: a new layer kind with EXAMPLES is covered without a new test.
"""

import numpy as np
import pytest

from netbuilder.engine import Network, layer_kinds
from netbuilder.engine.gradcheck import check_layer, check_loss, check_network
from netbuilder.engine.losses import LOSSES

TOLERANCE = 1e-6

CASES = [pytest.param(cls, cfg, shape, id=f"{kind}-{i}")
         for kind, cls in layer_kinds().items() for i, (cfg, shape) in enumerate(cls.EXAMPLES)]


def test_every_layer_kind_declares_a_gradient_case():
    missing = [kind for kind, cls in layer_kinds().items() if not cls.EXAMPLES]
    assert not missing, f"layer kinds without EXAMPLES: {missing}"


@pytest.mark.parametrize("cls, config, shape", CASES)
def test_layer_gradients_match_central_differences(cls, config, shape):
    errors = check_layer(cls, config, shape)
    assert set(errors) == {"x", *cls(shape, **config).param_shapes()}
    bad = {k: e for k, e in errors.items() if not e < TOLERANCE}
    assert not bad, f"{cls.kind} {config}: relative errors {bad}"


def _loss_inputs(kind, rng):
    if kind == "binary_cross_entropy":
        return rng.standard_normal((5, 1)), (rng.random(5) > 0.5).astype(float)
    return rng.standard_normal((5, 4)), rng.integers(0, 4, 5)


@pytest.mark.parametrize("kind", list(LOSSES))
@pytest.mark.parametrize("target_form", ["labels", "soft"])
def test_loss_gradients_match_central_differences(kind, target_form):
    rng = np.random.default_rng(3)
    z, t = _loss_inputs(kind, rng)
    if target_form == "soft":
        t = rng.random(z.shape)
        if kind == "cross_entropy":
            t /= t.sum(axis=1, keepdims=True)
    assert check_loss(LOSSES[kind](), z, t) < TOLERANCE


def test_cross_entropy_label_smoothing_gradient():
    rng = np.random.default_rng(4)
    z = rng.standard_normal((6, 3))
    assert check_loss(LOSSES["cross_entropy"](label_smoothing=0.1), z, rng.integers(0, 3, 6)) < TOLERANCE


def _spec(layers, loss="cross_entropy", shape=(4,)):
    return {"input": {"shape": list(shape)}, "layers": layers, "loss": {"type": loss}}


@pytest.mark.parametrize("loss, final, targets", [
    ("cross_entropy", "Softmax", "labels"),   # fused path
    ("mse", "Softmax", "labels"),             # full softmax Jacobian under MSE
    ("mse", "Sigmoid", "onehot"),
    ("binary_cross_entropy", "Sigmoid", "binary"),
])
def test_whole_network_gradients(loss, final, targets):
    rng = np.random.default_rng(5)
    units = 1 if targets == "binary" else 3
    net = Network.from_spec(_spec([{"type": "Dense", "units": 6}, {"type": "Tanh"},
                                   {"type": "Dense", "units": units}, {"type": final}], loss), seed=1,
                            dtype=np.float64)
    x = rng.standard_normal((5, 4))
    t = {"labels": rng.integers(0, 3, 5), "onehot": np.eye(3)[rng.integers(0, 3, 5)],
         "binary": rng.integers(0, 2, 5).astype(float)}[targets]
    errors = check_network(net, x, t)
    assert max(errors.values()) < TOLERANCE, errors


def test_fused_softmax_matches_unfused_jacobian_path():
    """Cross-entropy through a Softmax's Jacobian gives the same input gradient as the fused (y − t)/N."""
    rng = np.random.default_rng(6)
    z, labels = rng.standard_normal((4, 5)), rng.integers(0, 5, 4)
    softmax = layer_kinds()["Softmax"]((5,))
    y = softmax.forward(z, True)
    t = np.eye(5)[labels]
    unfused = softmax.backward(-t / y / len(z))
    _, fused = LOSSES["cross_entropy"]()(z, labels)
    np.testing.assert_allclose(unfused, fused, rtol=1e-10, atol=1e-12)
