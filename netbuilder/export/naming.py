"""Readable, stable names for a network's layers (conv1, bn1, fc2, …), shared by every exporter so
the PyTorch module's submodules and the ONNX graph's nodes carry the same names."""

from __future__ import annotations

PREFIX = {"Conv2D": "conv", "Dense": "fc", "BatchNorm": "bn", "LocalResponseNorm": "lrn", "MaxPool2D": "pool",
          "AvgPool2D": "avgpool", "Dropout": "drop", "Flatten": "flatten", "ReLU": "relu", "LeakyReLU": "lrelu",
          "Sigmoid": "sigmoid", "Tanh": "tanh", "Softmax": "softmax", "Identity": "identity"}


class UnsupportedLayer(ValueError):
    """A layer kind an exporter has no exact mapping for; the message names it and its position."""


def layer_names(layers) -> list[str]:
    counts: dict[str, int] = {}
    names = []
    for layer in layers:
        prefix = PREFIX.get(layer.kind, layer.kind.lower())
        counts[prefix] = counts.get(prefix, 0) + 1
        names.append(f"{prefix}{counts[prefix]}")
    return names


def fused_final(net) -> str | None:
    """The final layer kind the loss takes logits before (Softmax with cross-entropy, Sigmoid with
    binary cross-entropy), or None: exporters then hand the loss that layer's input."""
    return net.layers[-1].kind if net.fused else None
