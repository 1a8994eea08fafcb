"""Central-difference gradient checks, in float64.

The error measure is max|analytic − numeric| / max(max|analytic|, max|numeric|): element-wise
relative error explodes on entries that are legitimately near zero, which would make the check
flaky without making it stricter.
"""

from __future__ import annotations

import numpy as np

from netbuilder.engine.init import resolve_auto


def numerical_gradient(f, x: np.ndarray, eps: float = 1e-6, entries=None, kinks: list | None = None,
                       kink_slope: float | None = None) -> np.ndarray:
    """d f / d x by central differences; `x` is perturbed in place and restored. With `entries`
    (flat positions) only those are computed and the rest stay 0: a big layer is checked on a sample.

    kinks: when a list, the entries where f bends sharply within ±eps (a ReLU at 0, a tie in a
    max-pool window) are appended to it: there the slope from the left and from the right differ,
    so no single number is "the" gradient and a mismatch there says nothing about backward.
    kink_slope: with kinks, an entry whose left and right slopes differ by more than this is a kink
    unless its bend shrinks like a smooth function's at a quarter of the step. The absolute test
    alone missed kinks whose slope change is small in absolute terms yet large against a small
    gradient (a max-pool tie among zeros far from the loss), and the panel called a correct
    backward wrong.
    """
    grad = np.zeros_like(x)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    centre = f() if kinks is not None else 0.0
    for i in (range(flat.size) if entries is None else entries):
        old = flat[i]
        flat[i] = old + eps
        plus = f()
        flat[i] = old - eps
        minus = f()
        gflat[i] = (plus - minus) / (2 * eps)
        bend = plus - 2 * centre + minus
        kink = kinks is not None and abs(bend) > KINK * eps
        noise = 4 * np.spacing(abs(centre)) if kink_slope is not None else 0.0   # rounding in one bend of f
        if kinks is not None and not kink and kink_slope is not None and abs(bend) > max(kink_slope * eps, 4 * noise):
            flat[i] = old + eps / 4
            near_plus = f()
            flat[i] = old - eps / 4
            near_minus = f()
            near_bend = near_plus - 2 * centre + near_minus
            # smooth: the bend shrinks with the step squared (16× at a quarter step); a kink at the
            # point itself (a max-pool tie) shrinks 4×, one between eps/4 and eps vanishes
            kink = abs(near_bend - bend / 16) > 3 * noise + abs(bend) / 32
        flat[i] = old
        if kink:
            kinks.append(i)
    return grad


TOLERANCE = 1e-5  # a relative error under this is a match (the report and panel use it); kinks are judged against it
KINK = 1e-5  # slope change across ±eps that counts as a kink; smooth curvature would need f'' > 10


def relative_error(a: np.ndarray, b: np.ndarray, floor: float = 1e-12) -> float:
    """`floor`: below this size gradients are compared absolutely (a gradient that is exactly zero in
    theory, like a conv bias before BatchNorm, is numerically a little noise)."""
    scale = max(np.abs(a).max(initial=0), np.abs(b).max(initial=0), floor)
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


def check_network(net, x: np.ndarray, t: np.ndarray, inputs: bool = False, max_entries: int | None = None,
                  seed: int = 0, floor: float = 1e-12, counts: dict | None = None) -> dict[str, float]:
    """Whole-network check of every parameter gradient through the loss (fused or not), keyed "i.W".

    inputs: also check d loss / d (input of layer i) for every layer, keyed "i.x" (with a fused
    final layer its "x" is the loss's gradient with respect to the logits).
    max_entries: check at most this many entries per array: half those with the largest analytic
    gradient (so the error's scale is set by entries that matter), half drawn at random.
    counts: when a dict, entries at kinks are left out of the comparison and counts[key] becomes
    (entries compared, entries skipped at kinks).
    """
    body = net.layers[:-1] if net.fused else net.layers
    x = net._input(x)

    def forward_from(start: int, h: np.ndarray, keep: list | None = None) -> np.ndarray:
        for i in range(start, len(body)):
            body[i].rng = np.random.default_rng([7, i])
            if keep is not None:
                keep.append(h)
            h = body[i].forward(h, True)
        return h

    def objective(start: int = 0, h: np.ndarray = x) -> float:
        return net.loss(forward_from(start, h), t)[0]

    layer_inputs: list[np.ndarray] = []
    out = forward_from(0, x, layer_inputs)
    _, d = net.loss(out, t)
    analytic = {}
    if net.fused:
        layer_inputs.append(out)
        analytic[f"{len(body)}.x"] = d.copy()
    first = net.layers[0].needs_input_grad
    net.layers[0].needs_input_grad = True
    try:
        for i in reversed(range(len(body))):
            d = body[i].backward(d)
            analytic[f"{i}.x"] = d.copy()
    finally:
        net.layers[0].needs_input_grad = first
    analytic.update({f"{i}.{k}": g.copy() for i, layer in enumerate(net.layers) for k, g in layer.grads.items()})
    rng = np.random.default_rng(seed)

    def error(key: str, f, array: np.ndarray) -> float:
        entries = _sample_entries(analytic[key], max_entries, rng)
        kinks = [] if counts is not None else None
        # A kink counts when it could move the estimate by a tenth of the tolerance on this array's scale.
        scale = max(float(np.abs(analytic[key]).max(initial=0)), floor)
        numeric = numerical_gradient(f, array, entries=entries, kinks=kinks, kink_slope=0.1 * TOLERANCE * scale)
        keep = np.arange(array.size) if entries is None else entries
        if kinks:
            keep = np.setdiff1d(keep, kinks)
        if counts is not None:
            counts[key] = (len(keep), len(kinks))
        a, n = analytic[key].reshape(-1)[keep], numeric.reshape(-1)[keep]
        return relative_error(a, n, floor)

    errors = {}
    for i, layer in enumerate(net.layers):
        for k, p in layer.params.items():
            errors[f"{i}.{k}"] = error(f"{i}.{k}", objective, p)
        if inputs:
            h = layer_inputs[i]
            errors[f"{i}.x"] = error(f"{i}.x", lambda i=i, h=h: objective(i, h), h)
    return errors


def _sample_entries(analytic: np.ndarray, max_entries: int | None, rng) -> np.ndarray | None:
    if max_entries is None or analytic.size <= max_entries:
        return None
    flat = np.abs(analytic.reshape(-1))
    largest = np.argpartition(flat, -(max_entries // 2))[-(max_entries // 2):]
    rest = np.setdiff1d(np.arange(flat.size), largest)
    return np.sort(np.concatenate([largest, rng.choice(rest, max_entries - len(largest), replace=False)]))
