"""BatchNorm and LocalResponseNorm against their definitions (and PyTorch, when it is installed)."""

import numpy as np
import pytest

from netbuilder.engine import Network, SpecError, layer_class

BatchNorm = layer_class("BatchNorm")
LRN = layer_class("LocalResponseNorm")


def make_bn(shape, dtype=np.float64, **config):
    layer = BatchNorm(shape, **config)
    layer.initialize(np.random.default_rng(0), dtype)
    return layer


def channel_view(x):
    """(values per channel, channel) whatever the layout: (N, D) or (N, C, H, W)."""
    return x if x.ndim == 2 else x.transpose(0, 2, 3, 1).reshape(-1, x.shape[1])


# --- BatchNorm -------------------------------------------------------------------------------------
def test_batchnorm_starts_as_identity_normaliser_and_declares_state():
    layer = make_bn((3, 4, 4))
    assert layer.params["gamma"].tolist() == [1, 1, 1] and layer.params["beta"].tolist() == [0, 0, 0]
    assert layer.state["running_mean"].tolist() == [0, 0, 0] and layer.state["running_var"].tolist() == [1, 1, 1]
    assert layer.param_count() == 6 and layer.category == "Normalization"


@pytest.mark.parametrize("shape", [(5,), (3, 4, 4)])
def test_batchnorm_training_forward_normalises_per_feature_or_channel(shape):
    rng = np.random.default_rng(1)
    layer = make_bn(shape)
    layer.params["gamma"][:] = rng.uniform(0.5, 2, shape[0])
    layer.params["beta"][:] = rng.standard_normal(shape[0])
    x = rng.standard_normal((8, *shape)) * 3 + 5
    y = layer.forward(x, True)
    flat_x, flat_y = channel_view(x), channel_view(y)
    expected = (flat_x - flat_x.mean(0)) / np.sqrt(flat_x.var(0) + layer.eps) * layer.params["gamma"] + layer.params["beta"]
    np.testing.assert_allclose(flat_y, expected, rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("shape", [(5,), (3, 4, 4)])
def test_batchnorm_running_statistics_follow_the_momentum_rule(shape):
    rng = np.random.default_rng(2)
    layer = make_bn(shape, momentum=0.8)
    mean, var = np.zeros(shape[0]), np.ones(shape[0])
    for step in range(4):
        x = rng.standard_normal((6, *shape)) * (step + 1) + step
        layer.forward(x, True)
        flat = channel_view(x)
        mean = 0.8 * mean + 0.2 * flat.mean(0)
        var = 0.8 * var + 0.2 * flat.var(0, ddof=1)  # unbiased, as PyTorch
    np.testing.assert_allclose(layer.state["running_mean"], mean, rtol=1e-12)
    np.testing.assert_allclose(layer.state["running_var"], var, rtol=1e-12)


@pytest.mark.parametrize("shape", [(5,), (3, 4, 4)])
def test_batchnorm_inference_uses_running_statistics_only(shape):
    rng = np.random.default_rng(3)
    layer = make_bn(shape, eps=1e-3)
    c = shape[0]
    layer.state["running_mean"][:] = rng.standard_normal(c)
    layer.state["running_var"][:] = rng.uniform(0.5, 3, c)
    layer.params["gamma"][:] = rng.uniform(0.5, 2, c)
    layer.params["beta"][:] = rng.standard_normal(c)
    before = {k: v.copy() for k, v in layer.state.items()}
    x = rng.standard_normal((7, *shape))
    y = layer.forward(x, False)
    bshape = (c,) if len(shape) == 1 else (c, 1, 1)
    expected = ((x - layer.state["running_mean"].reshape(bshape)) / np.sqrt(layer.state["running_var"] + 1e-3).reshape(bshape)
                * layer.params["gamma"].reshape(bshape) + layer.params["beta"].reshape(bshape))
    np.testing.assert_allclose(y, expected, rtol=1e-10, atol=1e-12)
    # Each prediction is independent of the rest of the batch, and inference changes no state.
    np.testing.assert_allclose(layer.forward(x[:1], False), y[:1], rtol=1e-12)
    for k in before:
        np.testing.assert_array_equal(layer.state[k], before[k])


def test_batchnorm_state_is_saved_with_the_weights():
    spec = {"input": {"shape": [2, 4, 4]}, "layers": [{"type": "Conv2D", "filters": 3}, {"type": "BatchNorm"},
                                                       {"type": "Dense", "units": 2}, {"type": "Softmax"}]}
    net = Network.from_spec(spec)
    net.loss_and_gradients(np.random.default_rng(4).standard_normal((5, 2, 4, 4)), np.array([0, 1, 0, 1, 1]))
    state = net.state_dict()
    assert {"1.gamma", "1.beta", "1.running_mean", "1.running_var"} <= set(state)
    assert not np.allclose(state["1.running_mean"], 0)
    other = Network.from_spec(spec, seed=9)
    other.load_state_dict(state)
    x = np.random.default_rng(5).standard_normal((3, 2, 4, 4))
    np.testing.assert_array_equal(other.forward(x), net.forward(x))


def test_batchnorm_with_a_single_value_per_channel_does_not_divide_by_zero():
    layer = make_bn((3,))
    with np.errstate(all="raise"):
        y = layer.forward(np.array([[1.0, 2.0, 3.0]]), True)
    assert np.all(y == 0) and np.all(np.isfinite(layer.state["running_var"]))


def test_batchnorm_rejects_bad_settings():
    with pytest.raises(SpecError) as e:
        BatchNorm((4,), momentum=1.5)
    assert e.value.path == "momentum"
    with pytest.raises(SpecError) as e:
        BatchNorm((4,), eps=0)
    assert e.value.path == "eps"


@pytest.mark.parametrize("shape", [(5,), (3, 4, 4)])
def test_batchnorm_matches_pytorch_including_running_statistics(shape):
    torch = pytest.importorskip("torch", reason="PyTorch not installed: cross-check against torch skipped")
    rng = np.random.default_rng(6)
    layer = make_bn(shape, momentum=0.7)
    module = (torch.nn.BatchNorm1d if len(shape) == 1 else torch.nn.BatchNorm2d)(shape[0], momentum=0.3).double()
    for _ in range(3):
        x = rng.standard_normal((6, *shape)) * 2 + 1
        dy = rng.standard_normal(x.shape)
        y = layer.forward(x, True)
        dx = layer.backward(dy)
        xt = torch.tensor(x, requires_grad=True)
        yt = module(xt)
        yt.backward(torch.tensor(dy))
        np.testing.assert_allclose(y, yt.detach().numpy(), rtol=1e-9, atol=1e-12)
        np.testing.assert_allclose(dx, xt.grad.numpy(), rtol=1e-9, atol=1e-12)
        np.testing.assert_allclose(layer.grads["gamma"], module.weight.grad.numpy(), rtol=1e-9)
        module.zero_grad()
    np.testing.assert_allclose(layer.state["running_mean"], module.running_mean.numpy(), rtol=1e-12)
    np.testing.assert_allclose(layer.state["running_var"], module.running_var.numpy(), rtol=1e-12)


# --- LocalResponseNorm -----------------------------------------------------------------------------
def naive_lrn(x, size, alpha, beta, k):
    n, c = x.shape[:2]
    y = np.empty_like(x)
    for ch in range(c):
        lo, hi = max(0, ch - size // 2), min(c - 1, ch + (size - 1) // 2)
        s = (x[:, lo:hi + 1] ** 2).sum(axis=1)
        y[:, ch] = x[:, ch] / (k + alpha / size * s) ** beta
    return y


LRN_CASES = [
    {},
    {"size": 3, "alpha": 0.5, "beta": 0.75, "k": 1.0},
    {"size": 4, "alpha": 2.0, "beta": 0.5, "k": 1.5},   # even window: one more channel before than after
    {"size": 9, "alpha": 1.0, "beta": 1.2, "k": 2.0},   # window wider than the channels
    {"size": 1, "alpha": 0.3, "beta": 0.75, "k": 1.0},
]


@pytest.mark.parametrize("config", LRN_CASES)
def test_lrn_forward_matches_loops(config):
    layer = LRN((6, 3, 4), **config)
    x = np.random.default_rng(7).standard_normal((2, 6, 3, 4)) * 2
    expected = naive_lrn(x, layer.size, layer.alpha, layer.beta, layer.k)
    np.testing.assert_allclose(layer.forward(x, True), expected, rtol=1e-12)


@pytest.mark.parametrize("config", LRN_CASES)
def test_lrn_matches_pytorch(config):
    torch = pytest.importorskip("torch", reason="PyTorch not installed: cross-check against torch skipped")
    layer = LRN((6, 5, 5), **config)
    rng = np.random.default_rng(8)
    x = rng.standard_normal((3, 6, 5, 5)) * 2
    dy = rng.standard_normal(x.shape)
    y = layer.forward(x, True)
    dx = layer.backward(dy)
    xt = torch.tensor(x, requires_grad=True)
    yt = torch.nn.functional.local_response_norm(xt, layer.size, layer.alpha, layer.beta, layer.k)
    yt.backward(torch.tensor(dy))
    np.testing.assert_allclose(y, yt.detach().numpy(), rtol=1e-12)
    np.testing.assert_allclose(dx, xt.grad.numpy(), rtol=1e-10, atol=1e-12)
    # float32, as the engine runs it, agrees with torch's float32 forward too.
    y32 = layer.forward(x.astype(np.float32), False)
    ref32 = torch.nn.functional.local_response_norm(torch.tensor(x, dtype=torch.float32), layer.size,
                                                    layer.alpha, layer.beta, layer.k).numpy()
    np.testing.assert_allclose(y32, ref32, rtol=1e-5, atol=1e-6)


def test_lrn_needs_image_input():
    with pytest.raises(SpecError) as e:
        LRN((10,))
    assert "image" in e.value.message
    assert LRN.category == "Normalization" and LRN((4, 2, 2)).param_count() == 0


# --- float32 stays float32 -------------------------------------------------------------------------
@pytest.mark.parametrize("cls, config, shape", [
    (BatchNorm, {}, (6,)), (BatchNorm, {}, (3, 5, 5)),
    (LRN, {}, (6, 4, 4)), (LRN, {"size": 3, "alpha": 0.5}, (6, 4, 4)),
])
@pytest.mark.parametrize("train", [True, False])
def test_float32_in_float32_out_and_close_to_float64(cls, config, shape, train):
    rng = np.random.default_rng(9)
    x64 = rng.standard_normal((8, *shape))
    results, noise = {}, {}
    for dtype in (np.float32, np.float64):
        layer = cls(shape, **config)
        layer.initialize(np.random.default_rng(0), dtype)
        for name, arr in layer.params.items():
            noise.setdefault(name, 0.1 * rng.standard_normal(arr.shape))
            arr += noise[name].astype(dtype)
        y = layer.forward(x64.astype(dtype), train)
        arrays = [y, *layer.params.values(), *layer.state.values()]
        if train:
            arrays.append(layer.backward(np.ones_like(y) + y))
            arrays += list(layer.grads.values())
        assert all(a.dtype == dtype for a in arrays), [a.dtype for a in arrays]
        results[dtype] = arrays
    for a32, a64 in zip(results[np.float32], results[np.float64]):
        np.testing.assert_allclose(a32, a64, rtol=2e-4, atol=2e-4)


def test_batchnorm_float32_statistics_stay_accurate_over_large_batches():
    """10⁵ values per channel around a large offset, in float32, agree with float64."""
    rng = np.random.default_rng(10)
    x = (rng.standard_normal((100, 2, 32, 32)) * 0.5 + 100)
    layers = {dt: make_bn((2, 32, 32), dt) for dt in (np.float32, np.float64)}
    y32 = layers[np.float32].forward(x.astype(np.float32), True)
    y64 = layers[np.float64].forward(x, True)
    np.testing.assert_allclose(y32, y64, atol=2e-3)
    np.testing.assert_allclose(layers[np.float32].state["running_mean"], layers[np.float64].state["running_mean"],
                               rtol=1e-6)
    np.testing.assert_allclose(layers[np.float32].state["running_var"], layers[np.float64].state["running_var"],
                               rtol=1e-3)
