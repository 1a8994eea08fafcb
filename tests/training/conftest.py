"""Tiny networks and data made on the spot, so every training test runs in well under a second, and
a controller fixture that never leaves a thread running."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from netbuilder.data import Dataset  # noqa: E402


def doc_of(layers, input_shape, training=None, loss=None):
    return {"format": "netbuilder.network", "version": 1, "name": "test net", "input": {"shape": list(input_shape)},
            "layers": copy.deepcopy(layers), "loss": loss or {"type": "cross_entropy"},
            "training": {"optimizer": {"type": "adam", "lr": 0.01}, "batch_size": 10, "epochs": 2, "seed": 3,
                         **(training or {})}}


MLP_LAYERS = [{"type": "Dense", "units": 8}, {"type": "ReLU"}, {"type": "Dense", "units": 2}, {"type": "Softmax"}]
CNN_LAYERS = [{"type": "Conv2D", "filters": 4, "kernel_size": 3, "padding": "same"}, {"type": "ReLU"},
              {"type": "MaxPool2D"}, {"type": "Dense", "units": 3}, {"type": "Softmax"}]


def points_dataset(n=120, seed=0) -> Dataset:
    """2-D points, two classes split by the sign of x·y (the xor pattern)."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, (n, 2)).astype(np.float32)
    y = (x[:, 0] * x[:, 1] < 0).astype(np.int64)
    return Dataset("points", x[: n * 3 // 4], y[: n * 3 // 4], x[n * 3 // 4:], y[n * 3 // 4:], ["same", "opposite"])


def images_dataset(n=60, seed=0) -> Dataset:
    """1×8×8 images of three classes: a bright row, a bright column, or a bright diagonal."""
    rng = np.random.default_rng(seed)
    y = rng.permutation(np.arange(n) % 3).astype(np.int64)
    x = 0.2 * rng.random((n, 1, 8, 8), dtype=np.float32)
    for i, c in enumerate(y):
        k = rng.integers(1, 7)
        if c == 0:
            x[i, 0, k, :] = 1
        elif c == 1:
            x[i, 0, :, k] = 1
        else:
            x[i, 0][np.eye(8, dtype=bool)] = 1
    cut = n * 3 // 4
    return Dataset("images", x[:cut], y[:cut], x[cut:], y[cut:], ["row", "column", "diagonal"])


@pytest.fixture
def mlp_doc():
    return doc_of(MLP_LAYERS, (2,))


@pytest.fixture
def cnn_doc():
    return doc_of(CNN_LAYERS, (1, 8, 8))


@pytest.fixture
def points():
    return points_dataset()


@pytest.fixture
def images():
    return images_dataset()


@pytest.fixture
def controller(qtbot):
    from netbuilder.training.controller import TrainingController

    c = TrainingController()
    yield c
    c.shutdown()
    if c.thread is not None:
        qtbot.waitUntil(c.thread.isFinished, timeout=10_000)
    assert not c.thread_running
