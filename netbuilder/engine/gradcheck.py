"""Central-difference gradient checks, in float64.

The error measure is max|analytic − numeric| / max(max|analytic|, max|numeric|): element-wise
relative error explodes on entries that are legitimately near zero, which would make the check
flaky without making it stricter.
"""

from __future__ import annotations

import numpy as np

from netbuilder.engine.init import resolve_auto


def numerical_gradient(f, x: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """d f / d x by central differences; `x` is perturbed in place and restored."""
    grad = np.zeros_like(x)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + eps
        plus = f()
        flat[i] = old - eps
        minus = f()
        flat[i] = old
        gflat[i] = (plus - minus) / (2 * eps)
    return grad


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    scale = max(np.abs(a).max(initial=0), np.abs(b).max(initial=0), 1e-12)
    return float(np.abs(a - b).max(initial=0) / scale)


def check_layer(cls, config: dict, input_shape: tuple, batch: int = 3, seed: int = 0) -> dict[str, float]:
    """Relative errors of the input gradient ("x") and of every parameter gradient, in train mode.

    The layer's random stream is reset before every forward, so Dropout keeps one fixed mask.
    """
    rng = np.random.default_rng(seed)
    layer = cls(input_shape, **config)
    scheme = layer.config.get("init", "xavier")
    layer.initialize(rng, np.float64, resolve_auto([cls.kind], 0) if scheme == "auto" else scheme)
    # Parameters with a trivial starting value (zero biases, unit gammas) get random ones, so the
    # check exercises every term of the backward formula.
    for p in layer.params.values():
        p += 0.1 * rng.standard_normal(p.shape)
    x = rng.standard_normal((batch, *input_shape))
    projection = rng.standard_normal((batch, *layer.output_shape))

    def objective() -> float:
        layer.rng = np.random.default_rng(1234)
        return float((layer.forward(x, True) * projection).sum())

    objective()
    dx = layer.backward(projection.copy())
    analytic = {"x": dx, **{k: v.copy() for k, v in layer.grads.items()}}
    errors = {"x": relative_error(analytic["x"], numerical_gradient(objective, x))}
    for name, p in layer.params.items():
        errors[name] = relative_error(analytic[name], numerical_gradient(objective, p))
    return errors


def check_loss(loss, z: np.ndarray, targets: np.ndarray) -> float:
    _, analytic = loss(z, targets)
    numeric = numerical_gradient(lambda: loss(z, targets)[0], z)
    return relative_error(analytic, numeric)


def check_network(net, x: np.ndarray, t: np.ndarray) -> dict[str, float]:
    """Whole-network check of every parameter gradient through the loss (fused or not)."""
    def objective() -> float:
        for i, layer in enumerate(net.layers):
            layer.rng = np.random.default_rng([7, i])
        return net.loss_and_gradients(x, t)

    objective()
    analytic = {f"{i}.{k}": g.copy() for i, layer in enumerate(net.layers) for k, g in layer.grads.items()}
    errors = {}
    for i, layer in enumerate(net.layers):
        for k, p in layer.params.items():
            errors[f"{i}.{k}"] = relative_error(analytic[f"{i}.{k}"], numerical_gradient(objective, p))
    return errors
