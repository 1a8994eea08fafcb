"""Class probabilities from a network's outputs, whatever its last layer and loss."""

from __future__ import annotations

import numpy as np


def probabilities(net, out: np.ndarray) -> np.ndarray:
    """(N, K) probabilities: a final Softmax's output as it is; logits through softmax; a single
    output as (1 − p, p), through a sigmoid unless the network already ends in one."""
    last = net.layers[-1].kind
    out = out.reshape(len(out), -1).astype(np.float64)
    if out.shape[1] == 1:
        p = out[:, 0] if last == "Sigmoid" else 1 / (1 + np.exp(-out[:, 0]))
        return np.stack([1 - p, p], axis=1)
    if last == "Softmax":
        return out
    z = np.exp(out - out.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def top_k(probs: np.ndarray, labels: list[str], k: int) -> list[list[dict]]:
    """Per sample, the k most likely classes, most likely first."""
    k = max(1, min(k, probs.shape[1]))
    order = np.argsort(-probs, axis=1, kind="stable")[:, :k]
    return [[{"class": labels[j], "index": int(j), "probability": float(p[j])} for j in row]
            for p, row in zip(probs, order)]
