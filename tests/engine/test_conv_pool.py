"""Conv2D, MaxPool2D and AvgPool2D against naive loop implementations, plus shapes, errors and dtypes.

The gradient checks of every EXAMPLES case live in test_gradients.py; here the forward passes are
compared with the textbook definitions, the backward passes with the adjoint of those definitions,
and the speed-motivated machinery (dx as a flipped correlation, chunks, skipped dx) with the plain path it replaces.
"""

import numpy as np
import pytest

from netbuilder.engine import Network, SpecError, layer_class
from netbuilder.engine.im2col import col2im, im2col, same_padding

Conv2D = layer_class("Conv2D")
MaxPool2D = layer_class("MaxPool2D")
AvgPool2D = layer_class("AvgPool2D")


def make(cls, shape, dtype=np.float64, seed=0, **config):
    layer = cls(shape, **config)
    layer.initialize(np.random.default_rng(seed), dtype, "he")
    for p in layer.params.values():  # non-zero biases, so a missing bias term shows
        p += np.random.default_rng(seed + 1).standard_normal(p.shape).astype(dtype)
    return layer


# --- naive references ------------------------------------------------------------------------------
def naive_conv(x, w, b, stride, pads):
    top, bottom, left, right = pads
    xp = np.pad(x, ((0, 0), (0, 0), (top, bottom), (left, right)))
    f, _, kh, kw = w.shape
    ho = (xp.shape[2] - kh) // stride + 1
    wo = (xp.shape[3] - kw) // stride + 1
    y = np.zeros((len(x), f, ho, wo))
    for n in range(len(x)):
        for o in range(f):
            for i in range(ho):
                for j in range(wo):
                    patch = xp[n, :, i * stride:i * stride + kh, j * stride:j * stride + kw]
                    y[n, o, i, j] = (patch * w[o]).sum() + (b[o] if b is not None else 0)
    return y


def naive_conv_backward(x, w, dy, stride, pads):
    top, bottom, left, right = pads
    xp = np.pad(x, ((0, 0), (0, 0), (top, bottom), (left, right)))
    dxp, dw = np.zeros_like(xp), np.zeros_like(w)
    kh, kw = w.shape[2:]
    for n, o, i, j in np.ndindex(*dy.shape):
        rows, cols = slice(i * stride, i * stride + kh), slice(j * stride, j * stride + kw)
        dw[o] += dy[n, o, i, j] * xp[n, :, rows, cols]
        dxp[n, :, rows, cols] += dy[n, o, i, j] * w[o]
    h, wd = x.shape[2:]
    return dxp[:, :, top:top + h, left:left + wd], dw, dy.sum(axis=(0, 2, 3))


def naive_pool(x, size, stride, op):
    """Forward by loops, and for max the window-local position of the first maximum in reading order."""
    n, c, h, w = x.shape
    ho, wo = (h - size) // stride + 1, (w - size) // stride + 1
    y = np.zeros((n, c, ho, wo))
    winner = np.zeros((n, c, ho, wo, 2), dtype=int)
    for a, b, i, j in np.ndindex(n, c, ho, wo):
        window = x[a, b, i * stride:i * stride + size, j * stride:j * stride + size]
        if op == "max":
            k = int(np.argmax(window))  # numpy's argmax: first maximum in row-major order
            winner[a, b, i, j] = divmod(k, size)
            y[a, b, i, j] = window.max()
        else:
            y[a, b, i, j] = window.mean()
    return y, winner


def naive_pool_backward(x, dy, size, stride, op, winner):
    dx = np.zeros_like(x)
    for a, b, i, j in np.ndindex(*dy.shape):
        r, c = i * stride, j * stride
        if op == "max":
            di, dj = winner[a, b, i, j]
            dx[a, b, r + di, c + dj] += dy[a, b, i, j]
        else:
            dx[a, b, r:r + size, c:c + size] += dy[a, b, i, j] / size ** 2
    return dx


# --- Conv2D ----------------------------------------------------------------------------------------
CONV_CASES = [
    ({"filters": 3, "kernel_size": 3}, (2, 6, 7)),
    ({"filters": 4, "kernel_size": 3, "stride": 2, "padding": 1}, (3, 7, 7)),
    ({"filters": 2, "kernel_size": 5, "padding": 2}, (1, 6, 6)),
    ({"filters": 2, "kernel_size": 3, "padding": "same"}, (3, 5, 6)),
    ({"filters": 2, "kernel_size": 4, "padding": "same"}, (2, 6, 5)),
    ({"filters": 2, "kernel_size": 3, "stride": 2, "padding": "same"}, (2, 7, 8)),
    ({"filters": 3, "kernel_size": 2, "stride": 3}, (2, 8, 8)),
    ({"filters": 2, "kernel_size": 3, "use_bias": False}, (2, 3, 3)),
    ({"filters": 2, "kernel_size": 2, "padding": 2}, (1, 4, 4)),  # padding ≥ kernel: dx via col2im
]


@pytest.mark.parametrize("config, shape", CONV_CASES)
def test_conv_forward_and_backward_match_loops(config, shape):
    layer = make(Conv2D, shape, **config)
    rng = np.random.default_rng(1)
    x = rng.standard_normal((3, *shape))
    y = layer.forward(x, True)
    b = layer.params.get("b")
    expected = naive_conv(x, layer.params["W"], b, layer.stride, layer.pads)
    assert y.shape == (3, *layer.output_shape) == expected.shape
    np.testing.assert_allclose(y, expected, rtol=1e-10, atol=1e-10)

    dy = rng.standard_normal(y.shape)
    dx = layer.backward(dy)
    ndx, ndw, ndb = naive_conv_backward(x, layer.params["W"], dy, layer.stride, layer.pads)
    np.testing.assert_allclose(dx, ndx, rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(layer.grads["W"], ndw, rtol=1e-10, atol=1e-10)
    if b is not None:
        np.testing.assert_allclose(layer.grads["b"], ndb, rtol=1e-10, atol=1e-10)


def test_cases_cover_both_input_gradient_paths():
    paths = {Conv2D(shape, **config)._flip_pads() is not None for config, shape in CONV_CASES}
    assert paths == {True, False}


def test_flipped_correlation_and_col2im_agree():
    """dx as a stride-1 correlation of dy with the flipped kernels is an optimisation: forcing the
    general col2im path must not change a number."""
    rng = np.random.default_rng(2)
    x = rng.standard_normal((4, 3, 9, 8))
    dy = rng.standard_normal((4, 5, 9, 8))
    results = []
    for flipped in (True, False):
        layer = make(Conv2D, (3, 9, 8), filters=5, kernel_size=3, padding="same")
        assert layer._flip_pads() == (1, 1, 1, 1)
        if not flipped:
            layer._flip_pads = lambda: None
        y = layer.forward(x, True)
        results.append((y, layer.backward(dy), layer.grads["W"].copy(), layer.grads["b"].copy()))
    for a, b in zip(*results):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-12)


def test_col2im_is_the_adjoint_of_im2col():
    """<im2col(x), c> == <x, col2im(c)>: col2im is exactly the transpose of the patch gather."""
    rng = np.random.default_rng(3)
    xp = rng.standard_normal((2, 3, 7, 6))
    cols = im2col(xp, 3, 2, 2, 3, 3)
    c = rng.standard_normal(cols.shape)
    assert np.isclose((cols * c).sum(), (xp * col2im(c, xp.shape, 3, 2, 2, 3, 3)).sum())


@pytest.mark.parametrize("size, kernel, stride, expected", [
    (28, 5, 1, (2, 2)), (28, 3, 1, (1, 1)), (6, 4, 1, (1, 2)), (7, 3, 2, (1, 1)), (8, 3, 2, (0, 1)), (5, 1, 1, (0, 0)),
])
def test_same_padding_is_tensorflow_convention(size, kernel, stride, expected):
    assert same_padding(size, kernel, stride) == expected


@pytest.mark.parametrize("kernel", [1, 2, 3, 4, 5])
def test_same_keeps_height_and_width_at_stride_1(kernel):
    assert Conv2D((2, 9, 6), filters=4, kernel_size=kernel, padding="same").output_shape == (4, 9, 6)


def test_same_at_stride_2_rounds_up():
    assert Conv2D((1, 9, 8), kernel_size=3, stride=2, padding="same").output_shape == (8, 5, 4)


def test_conv_declared_facts():
    layer = Conv2D((3, 32, 32), filters=16, kernel_size=5, padding="same")
    assert layer.param_shapes() == {"W": (16, 3, 5, 5), "b": (16,)}
    assert layer.param_count() == 16 * 3 * 25 + 16
    assert layer.fans() == (3 * 25, 16 * 25)
    assert layer.macs() == 16 * 32 * 32 * 3 * 25
    assert Conv2D((1, 28, 28), filters=30, kernel_size=5).output_shape == (30, 24, 24)
    assert layer.category == "Convolution"
    assert set(layer.SUMMARY) <= set(layer.config)


def test_kernel_that_does_not_fit_is_a_spec_error_on_kernel_size():
    with pytest.raises(SpecError) as e:
        Conv2D((1, 3, 3), kernel_size=5)
    assert e.value.path == "kernel_size"
    assert "5×5" in e.value.message and "3×3" in e.value.message
    Conv2D((1, 3, 3), kernel_size=5, padding=1)  # fits once padded


def test_conv_needs_image_input():
    with pytest.raises(SpecError) as e:
        Network.from_spec({"input": {"shape": [4]}, "layers": [{"type": "Conv2D"}]})
    assert e.value.path == "layers[0]"
    assert "image" in e.value.message


@pytest.mark.parametrize("value", ["valid", -1, 1.5, True])
def test_bad_padding_is_a_spec_error_on_padding(value):
    with pytest.raises(SpecError) as e:
        Conv2D((1, 8, 8), padding=value)
    assert e.value.path == "padding"


def test_network_json_builds_conv_layers():
    spec = {"input": {"shape": [1, 28, 28]}, "layers": [
        {"type": "Conv2D", "filters": 16, "kernel_size": 5, "padding": "same"}, {"type": "ReLU"},
        {"type": "MaxPool2D"}, {"type": "Conv2D", "filters": 8, "kernel_size": 3, "stride": 2},
        {"type": "AvgPool2D", "pool_size": 3, "stride": 2}, {"type": "Dense", "units": 10}, {"type": "Softmax"}]}
    net = Network.from_spec(spec)
    assert net.output_shapes[:5] == [(16, 28, 28), (16, 28, 28), (16, 14, 14), (8, 6, 6), (8, 2, 2)]
    out = net.forward(np.random.default_rng(0).standard_normal((2, 1, 28, 28)))
    assert out.shape == (2, 10) and out.dtype == np.float32
    np.testing.assert_allclose(out.sum(axis=1), 1, rtol=1e-5)


def test_skipping_the_input_gradient_keeps_the_weight_gradients():
    rng = np.random.default_rng(4)
    x, dy = rng.standard_normal((2, 2, 6, 6)), rng.standard_normal((2, 3, 6, 6))
    grads = []
    for needed in (True, False):
        layer = make(Conv2D, (2, 6, 6), filters=3, padding="same")
        layer.needs_input_grad = needed
        layer.forward(x, True)
        dx = layer.backward(dy)
        assert (dx is None) == (not needed)
        grads.append({k: v.copy() for k, v in layer.grads.items()})
    for k in grads[0]:
        np.testing.assert_array_equal(grads[0][k], grads[1][k])


def test_first_layer_of_a_network_skips_its_input_gradient_and_others_do_not():
    net = Network.from_spec({"input": {"shape": [1, 8, 8]}, "layers": [
        {"type": "Conv2D", "filters": 2}, {"type": "Conv2D", "filters": 2}, {"type": "Dense", "units": 3},
        {"type": "Softmax"}]})
    assert [layer.needs_input_grad for layer in net.layers] == [False, True, True, True]


def test_an_inference_pass_between_forward_and_backward_does_not_disturb_the_gradients():
    """A validation pass (another batch size, train=False) may run while a backward is pending."""
    rng = np.random.default_rng(5)
    shape, config = (2, 7, 7), {"filters": 3, "padding": "same"}
    dy = rng.standard_normal((4, 3, 7, 7))
    layer = make(Conv2D, shape, **config)
    for _ in range(2):
        x = rng.standard_normal((4, *shape))
        y = layer.forward(x, True)
        layer.forward(rng.standard_normal((9, *shape)), False)
        dx = layer.backward(dy)
        fresh = make(Conv2D, shape, **config)
        np.testing.assert_array_equal(y, fresh.forward(x, True))
        np.testing.assert_array_equal(dx, fresh.backward(dy))
        np.testing.assert_array_equal(layer.grads["W"], fresh.grads["W"])


def test_conv_output_is_a_fresh_array():
    layer = make(Conv2D, (1, 5, 5), filters=2)
    rng = np.random.default_rng(6)
    first = layer.forward(rng.standard_normal((2, 1, 5, 5)), True)
    kept = first.copy()
    layer.forward(rng.standard_normal((2, 1, 5, 5)), True)
    np.testing.assert_array_equal(first, kept)


# --- pooling ---------------------------------------------------------------------------------------
POOL_CASES = [
    ({}, (3, 6, 6)),
    ({"pool_size": 3, "stride": 2}, (2, 7, 7)),
    ({"pool_size": 3, "stride": 2}, (2, 8, 9)),
    ({"pool_size": 2}, (2, 5, 7)),
    ({"pool_size": 2, "stride": 3}, (1, 8, 8)),
    ({"pool_size": 3}, (2, 9, 6)),
    ({"pool_size": 2, "stride": 1}, (2, 4, 5)),
    ({"pool_size": 1, "stride": 2}, (1, 5, 5)),
]


@pytest.mark.parametrize("op, cls", [("max", MaxPool2D), ("avg", AvgPool2D)])
@pytest.mark.parametrize("config, shape", POOL_CASES)
@pytest.mark.parametrize("ties", [False, True], ids=["distinct", "ties"])
def test_pool_matches_loops(op, cls, config, shape, ties):
    rng = np.random.default_rng(7)
    x = rng.standard_normal((2, *shape))
    if ties:  # a ReLU before the pool makes all-zero windows common; small integers tie too
        x = np.maximum(np.round(x * 1.5), 0)
    layer = cls(shape, **config)
    y = layer.forward(x, True)
    size = layer.pool_size
    expected, winner = naive_pool(x, size, layer.config["stride"] or size, op)
    assert y.shape == (2, *layer.output_shape) == expected.shape
    np.testing.assert_allclose(y, expected, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(cls(shape, **config).forward(x, False), expected, rtol=1e-12, atol=1e-12)
    dy = rng.standard_normal(y.shape)
    dx = layer.backward(dy)
    np.testing.assert_allclose(dx, naive_pool_backward(x, dy, size, layer.config["stride"] or size, op, winner),
                               rtol=1e-12, atol=1e-12)


def test_max_pool_gradient_goes_to_exactly_one_element_per_window():
    layer = MaxPool2D((1, 4, 4))
    x = np.zeros((1, 1, 4, 4))
    layer.forward(x, True)
    dx = layer.backward(np.ones((1, 1, 2, 2)))
    assert dx.sum() == 4 and np.count_nonzero(dx) == 4
    assert dx[0, 0, ::2, ::2].tolist() == [[1, 1], [1, 1]]  # the first element of each window


def test_overlapping_windows_sharing_a_maximum_add_their_gradients():
    layer = MaxPool2D((1, 5, 5), pool_size=3, stride=2)
    x = np.zeros((1, 1, 5, 5))
    x[0, 0, 2, 2] = 9  # the centre belongs to all four windows
    layer.forward(x, True)
    dx = layer.backward(np.arange(1.0, 5.0).reshape(1, 1, 2, 2))
    assert dx[0, 0, 2, 2] == 10 and np.count_nonzero(dx) == 1


def test_pool_declared_shapes_and_errors():
    assert MaxPool2D((30, 24, 24)).output_shape == (30, 12, 12)
    assert MaxPool2D((96, 55, 55), pool_size=3, stride=2).output_shape == (96, 27, 27)  # AlexNet
    assert AvgPool2D((4, 7, 5)).output_shape == (4, 3, 2)  # floor
    with pytest.raises(SpecError) as e:
        MaxPool2D((2, 3, 8), pool_size=4)
    assert e.value.path == "pool_size" and "3×8" in e.value.message
    with pytest.raises(SpecError) as e:
        AvgPool2D((10,))
    assert "image" in e.value.message
    assert MaxPool2D.category == AvgPool2D.category == "Pooling"
    assert MaxPool2D((1, 4, 4)).param_count() == 0


def test_max_pool_ties_match_pytorch():
    torch = pytest.importorskip("torch", reason="PyTorch not installed: cross-check against torch skipped")
    rng = np.random.default_rng(8)
    x = np.maximum(np.round(rng.standard_normal((3, 4, 9, 9))), 0)
    for config in ({}, {"pool_size": 3, "stride": 2}):
        layer = MaxPool2D((4, 9, 9), **config)
        y = layer.forward(x, True)
        dy = rng.standard_normal(y.shape)
        dx = layer.backward(dy)
        xt = torch.tensor(x, requires_grad=True)
        yt = torch.nn.functional.max_pool2d(xt, layer.pool_size, layer.step)
        yt.backward(torch.tensor(dy))
        np.testing.assert_array_equal(y, yt.detach().numpy())
        np.testing.assert_allclose(dx, xt.grad.numpy(), rtol=1e-12, atol=1e-12)


# --- float32 stays float32 -------------------------------------------------------------------------
@pytest.mark.parametrize("cls, config, shape", [
    (Conv2D, {"filters": 4, "padding": "same"}, (3, 8, 8)),
    (Conv2D, {"filters": 4, "stride": 2, "padding": 1}, (3, 8, 8)),
    (MaxPool2D, {}, (3, 8, 8)),
    (MaxPool2D, {"pool_size": 3, "stride": 2}, (3, 9, 9)),
    (AvgPool2D, {}, (3, 8, 8)),
    (AvgPool2D, {"pool_size": 3, "stride": 2}, (3, 9, 9)),
])
def test_float32_in_float32_out_and_close_to_float64(cls, config, shape):
    rng = np.random.default_rng(9)
    x64 = rng.standard_normal((4, *shape))
    out = {}
    for dtype in (np.float32, np.float64):
        layer = cls(shape, **config)
        layer.initialize(np.random.default_rng(0), dtype, "he")
        y = layer.forward(x64.astype(dtype), True)
        dx = layer.backward(np.ones_like(y))
        out[dtype] = (y, dx, dict(layer.grads))
        arrays = [y, dx, *layer.grads.values(), *layer.params.values()]
        if hasattr(layer, "cols"):
            arrays.append(layer.cols)
        assert all(a.dtype == dtype for a in arrays), [a.dtype for a in arrays]
    (y32, dx32, g32), (y64, dx64, g64) = out[np.float32], out[np.float64]
    np.testing.assert_allclose(y32, y64, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(dx32, dx64, rtol=1e-4, atol=1e-4)
    for k in g64:
        np.testing.assert_allclose(g32[k], g64[k], rtol=1e-4, atol=1e-4)
