import numpy as np
import pytest

from netbuilder.engine.network import Network


def make_net(layers, shape, seed=0, dtype=np.float64, loss="cross_entropy"):
    return Network.from_spec({"input": {"shape": list(shape)}, "layers": layers, "loss": {"type": loss}},
                             seed=seed, dtype=dtype)


@pytest.fixture
def mlp():
    """A small sigmoid MLP and a batch it has not learned."""
    net = make_net([{"type": "Dense", "units": 6}, {"type": "Sigmoid"}, {"type": "Dense", "units": 3},
                    {"type": "Softmax"}], (5,))
    rng = np.random.default_rng(1)
    return net, rng.standard_normal((40, 5)), rng.integers(0, 3, 40)


@pytest.fixture
def convnet():
    """Conv (padding and stride) → ReLU → pool → Dense → Softmax, with a BatchNorm to be left out."""
    net = make_net([{"type": "Conv2D", "filters": 3, "kernel_size": 3, "stride": 2, "padding": 1},
                    {"type": "BatchNorm"}, {"type": "ReLU"}, {"type": "MaxPool2D"}, {"type": "Flatten"},
                    {"type": "Dense", "units": 4}, {"type": "Tanh"}, {"type": "Dense", "units": 3},
                    {"type": "Softmax"}], (2, 8, 8))
    rng = np.random.default_rng(2)
    for layer in net.layers:  # non-trivial biases and BatchNorm statistics
        for k, v in layer.params.items():
            if v.ndim == 1:
                v += 0.3 * rng.standard_normal(v.shape)
        for v in layer.state.values():
            v += 0.2 * np.abs(rng.standard_normal(v.shape))
    return net, rng.standard_normal((30, 2, 8, 8)), rng.integers(0, 3, 30)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """The xor example trained for three epochs by the real command, with its trajectory kept."""
    from netbuilder.cli import main
    from tests.test_cli import XOR

    out = tmp_path_factory.mktemp("xor")
    assert main(["train", XOR, "--epochs", "3", "--out", str(out), "--trajectory", str(out / "t.npz")]) == 0
    return out
