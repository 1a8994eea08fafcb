"""Losses. The loss layer alone knows what the error is; every loss is averaged over the batch.

Cross-entropy and binary cross-entropy take *logits*: when the network ends in Softmax (Sigmoid) the
network hands the loss that layer's input and skips its backward, which is the numerically stable
fused form (y − t)/N. A network without the final activation is treated as producing logits.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from netbuilder.i18n import translate
from netbuilder.engine.errors import SpecError
from netbuilder.engine.params import Param, configure, kind_name


class Loss:
    kind: ClassVar[str] = ""
    doc: ClassVar[str] = ""
    PARAMS: ClassVar[tuple[Param, ...]] = ()
    fuses_with: ClassVar[str | None] = None  # final layer kind whose input the loss takes as logits

    def __init__(self, **config):
        self.config = configure(self.PARAMS, config)
        for k, v in self.config.items():
            setattr(self, k, v)

    def check_output(self, output_shape: tuple) -> None:
        """SpecError when the network's output cannot feed this loss."""

    def __call__(self, out: np.ndarray, targets: np.ndarray) -> tuple[float, np.ndarray]:
        """(mean loss, d loss / d out) where `out` is logits for fused losses."""
        raise NotImplementedError


def one_hot(labels: np.ndarray, k: int, dtype) -> np.ndarray:
    labels = np.asarray(labels).astype(np.int64).reshape(-1)
    if labels.size and (labels.min() < 0 or labels.max() >= k):
        raise ValueError(translate("Engine", "labels must lie in 0..{0}, got {1}..{2}").format(k - 1, labels.min(), labels.max()))
    t = np.zeros((len(labels), k), dtype=dtype)
    t[np.arange(len(labels)), labels] = 1
    return t


def as_targets(targets: np.ndarray, out: np.ndarray) -> np.ndarray:
    """Integer labels (N,) become one-hot rows matching `out`; anything else must match its shape."""
    targets = np.asarray(targets)
    if out.ndim == 2 and out.shape[1] > 1 and targets.ndim == 1:
        return one_hot(targets, out.shape[1], out.dtype)
    t = targets.astype(out.dtype, copy=False)
    if t.shape != out.shape:
        if t.size == out.size:
            return t.reshape(out.shape)
        raise ValueError(translate("Engine", "targets of shape {0} do not match outputs of shape {1}").format(targets.shape, out.shape))
    return t


class CrossEntropy(Loss):
    kind = "cross_entropy"
    doc = "−Σ t·log softmax(z), fused with a final Softmax; integer labels, one-hot or soft targets."
    PARAMS = (Param("label_smoothing", "float", 0.0, "mix targets with the uniform distribution", min=0, max=0.99),)
    fuses_with = "Softmax"

    def check_output(self, output_shape):
        if len(output_shape) != 1 or output_shape[0] < 2:
            raise SpecError("", translate("Engine", "cross_entropy needs one score per class (at least 2), the network gives {0}").format(output_shape))

    def __call__(self, z, targets):
        t = as_targets(targets, z)
        if self.label_smoothing:
            t = t * (1 - self.label_smoothing) + self.label_smoothing / z.shape[1]
        n = len(z)
        shifted = z - z.max(axis=1, keepdims=True)
        log_sum = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        log_p = shifted - log_sum  # never log(0): the guard is the max-shift, not an epsilon
        loss = -(t * log_p).sum() / n
        p = np.exp(log_p)
        dz = (p * t.sum(axis=1, keepdims=True) - t) / n
        return float(loss), dz.astype(z.dtype, copy=False)


class MeanSquaredError(Loss):
    kind = "mse"
    doc = "½·Σ(y − t)², averaged over the batch; through a Softmax it uses the full Jacobian."

    def __call__(self, y, targets):
        t = as_targets(targets, y)
        diff = y - t
        n = len(y)
        return float(0.5 * (diff * diff).sum() / n), (diff / n).astype(y.dtype, copy=False)


class BinaryCrossEntropy(Loss):
    kind = "binary_cross_entropy"
    doc = "−[t·log σ(z) + (1−t)·log(1−σ(z))], fused with a final Sigmoid; 0/1 targets."
    fuses_with = "Sigmoid"

    def check_output(self, output_shape):
        if len(output_shape) != 1:
            raise SpecError("", translate("Engine", "binary_cross_entropy needs a flat output, the network gives {0}").format(output_shape))

    def __call__(self, z, targets):
        t = np.asarray(targets).astype(z.dtype).reshape(z.shape) if np.size(targets) == z.size else None
        if t is None:
            raise ValueError(translate("Engine", "targets of shape {0} do not match outputs of shape {1}").format(np.shape(targets), z.shape))
        n = len(z)
        # log(1 + e^-|z|) form: finite for any z.
        loss = (np.maximum(z, 0) - z * t + np.log1p(np.exp(-np.abs(z)))).sum() / n
        e = np.exp(-np.abs(z))
        sig = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
        return float(loss), ((sig - t) / n).astype(z.dtype, copy=False)


LOSSES = {cls.kind: cls for cls in (CrossEntropy, MeanSquaredError, BinaryCrossEntropy)}


def make_loss(raw: dict) -> Loss:
    kind = kind_name(raw.get("type"), "loss", LOSSES)
    params = {k: v for k, v in raw.items() if k != "type"}
    return LOSSES[kind](**params)


def accuracy(out: np.ndarray, targets: np.ndarray, threshold: float = 0.5) -> float:
    """Share of samples whose predicted class is the target class.

    `threshold` splits a single output: 0.5 for probabilities, 0 for logits.
    """
    return float(np.mean(predictions(out, threshold) == labels_of(targets, out)))


def predictions(out: np.ndarray, threshold: float = 0.5) -> np.ndarray:
    if out.ndim == 2 and out.shape[1] > 1:
        return out.argmax(axis=1)
    return (out.reshape(len(out)) > threshold).astype(np.int64)


def labels_of(targets: np.ndarray, out: np.ndarray) -> np.ndarray:
    targets = np.asarray(targets)
    if targets.ndim == 2 and targets.shape[1] > 1:
        return targets.argmax(axis=1)
    return (targets.reshape(len(targets)) > 0.5).astype(np.int64) if out.ndim == 2 and out.shape[1] == 1 \
        else targets.reshape(len(targets)).astype(np.int64)
