"""The benchmark's nets (those of issue 15, the ones users train), optimizers and random batches."""

from __future__ import annotations

BATCH = 100
CLASSES = 10

# name -> (title, input shape, layers, batch)
NETS = {
    "mlp": ("MLP 784-100-100-10", [784], [
        {"type": "Dense", "units": 100}, {"type": "ReLU"},
        {"type": "Dense", "units": 100}, {"type": "ReLU"},
        {"type": "Dense", "units": 10}, {"type": "Softmax"}], 100),
    "mnist_cnn": ("MNIST conv 30@5x5", [1, 28, 28], [
        {"type": "Conv2D", "filters": 30, "kernel_size": 5}, {"type": "ReLU"},
        {"type": "MaxPool2D", "pool_size": 2},
        {"type": "Dense", "units": 100}, {"type": "ReLU"},
        {"type": "Dense", "units": 10}, {"type": "Softmax"}], 100),
    "cifar_cnn": ("CIFAR conv 32-64", [3, 32, 32], [
        {"type": "Conv2D", "filters": 32, "kernel_size": 3, "padding": "same"}, {"type": "ReLU"},
        {"type": "MaxPool2D", "pool_size": 2},
        {"type": "Conv2D", "filters": 64, "kernel_size": 3, "padding": "same"}, {"type": "ReLU"},
        {"type": "MaxPool2D", "pool_size": 2},
        {"type": "Dense", "units": 256}, {"type": "ReLU"},
        {"type": "Dense", "units": 10}, {"type": "Softmax"}], 100),
    "bn_cnn": ("BatchNorm conv 32-32-64-64", [3, 32, 32], [
        {"type": "Conv2D", "filters": 32, "kernel_size": 3, "padding": "same"}, {"type": "BatchNorm"},
        {"type": "ReLU"},
        {"type": "Conv2D", "filters": 32, "kernel_size": 3, "padding": "same"}, {"type": "BatchNorm"},
        {"type": "ReLU"}, {"type": "MaxPool2D", "pool_size": 2}, {"type": "Dropout", "rate": 0.25},
        {"type": "Conv2D", "filters": 64, "kernel_size": 3, "padding": "same"}, {"type": "BatchNorm"},
        {"type": "ReLU"},
        {"type": "Conv2D", "filters": 64, "kernel_size": 3, "padding": "same"}, {"type": "BatchNorm"},
        {"type": "ReLU"}, {"type": "MaxPool2D", "pool_size": 2}, {"type": "Dropout", "rate": 0.25},
        {"type": "Dense", "units": 10}, {"type": "Softmax"}], 64),
    "sigmoid_mlp": ("sigmoid MLP 150-100-50-30-15", [3, 32, 32], [
        {"type": "Dense", "units": 150}, {"type": "Sigmoid"},
        {"type": "Dense", "units": 100}, {"type": "Sigmoid"},
        {"type": "Dense", "units": 50}, {"type": "Sigmoid"},
        {"type": "Dense", "units": 30}, {"type": "Sigmoid"},
        {"type": "Dense", "units": 15}, {"type": "Sigmoid"},
        {"type": "Dense", "units": 10}, {"type": "Softmax"}], 100),
}
OPTIMIZERS = {"sgd": {"type": "sgd", "lr": 0.01}, "adam": {"type": "adam", "lr": 1e-3}}
CONV_NETS = ("mnist_cnn", "cifar_cnn", "bn_cnn")


def spec_for(name: str) -> dict:
    _, shape, layers, _ = NETS[name]
    return {"input": {"shape": shape}, "layers": layers, "loss": {"type": "cross_entropy"}}


def title_of(name: str) -> str:
    return NETS[name][0]


def batch_of(name: str) -> int:
    return NETS[name][3]


def random_batches(shape, count: int, seed: int = 0, batch: int = BATCH):
    """`count` float32 batches of `shape` with labels of CLASSES classes."""
    import numpy as np
    rng = np.random.default_rng(seed)
    return [(rng.standard_normal((batch, *shape), dtype=np.float32), rng.integers(0, CLASSES, batch))
            for _ in range(count)]


def batches_for(name: str, count: int = 8):
    """Random batches of `name`'s input shape and batch size."""
    return random_batches(NETS[name][1], count, batch=batch_of(name))
