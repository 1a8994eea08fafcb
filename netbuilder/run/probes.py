"""Looking inside a network without changing it: pure numpy functions that turn the live network
into snapshot dataclasses (always copies).

They run in the training thread between two batches (or on the GUI thread once no thread is left),
so they must never disturb what the next training step relies on: they only read weights and
gradients and run inference-mode forward passes, which use fresh arrays.
"""

from __future__ import annotations

import math

import numpy as np

from netbuilder.engine.losses import labels_of, predictions
from netbuilder.run.snapshots import Boundary, FeatureMaps, Filters, GradientStats, Results

HIST_BINS = 60
HIST_MAX_VALUES = 50_000    # histograms of huge layers use an even subsample: same shape, a fraction of the cost
MAX_FILTERS = 256
MAX_MISTAKE_IMAGES = 200
BOUNDARY_RESOLUTION = 100


def layer_names(net) -> list[str]:
    """"1 Conv2D": numbered from 1, as the pipeline cards number them."""
    return [f"{i + 1} {layer.kind}" for i, layer in enumerate(net.layers)]


def weight_layers(net) -> list[int]:
    return [i for i, layer in enumerate(net.layers) if "W" in layer.params]


def probabilities(out: np.ndarray, net) -> np.ndarray:
    """Class probabilities (N, K) from the network's output, whatever its last layer: a final
    Softmax/Sigmoid already gives them; raw scores (logits) are squashed the same way the loss does."""
    out = np.asarray(out, dtype=np.float64)
    last = net.layers[-1].kind if net.layers else ""
    if out.ndim == 2 and out.shape[1] == 1:
        p = out[:, 0] if last == "Sigmoid" else 1 / (1 + np.exp(-np.clip(out[:, 0], -60, 60)))
        return np.stack([1 - p, p], axis=1)
    out = out.reshape(len(out), -1)
    if last == "Softmax":
        return out
    e = np.exp(out - out.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _subsample(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    step = max(1, math.ceil(flat.size / HIST_MAX_VALUES))
    return flat[::step]


def _histogram(values: np.ndarray, span: tuple[float, float] | None = None):
    """Counts on HIST_BINS equal bins over `span` (default: the values' range). Equal bins given as
    a count and a range take numpy's fast path; explicit edges would sort every value."""
    values = values[np.isfinite(values)]
    if span is None:
        span = (float(values.min()), float(values.max())) if values.size else (-1.0, 1.0)
    lo, hi = span
    if hi - lo < 1e-12:
        lo, hi = lo - 0.5 * (abs(lo) + 1e-3), hi + 0.5 * (abs(hi) + 1e-3)
    counts, edges = np.histogram(values, bins=HIST_BINS, range=(lo, hi))
    return counts.astype(np.float64), edges


def histogram_layer(net, selected: int) -> int | None:
    """The layer whose weights the histograms show: the selection if it has weights, else the weight
    layer feeding it (a ReLU's numbers come from the layer before it), else the next one."""
    ws = weight_layers(net)
    if not ws:
        return None
    before = [i for i in ws if i <= selected]
    return before[-1] if before else ws[0]


def _after_each_weight_layer(net, measure) -> np.ndarray:
    """Per weight layer: `measure(layer)` of the first layer after it (before the next weight
    layer) that gives a number, nan where none does."""
    ws = weight_layers(net)
    out = np.full(len(ws), np.nan)
    for k, i in enumerate(ws):
        end = ws[k + 1] if k + 1 < len(ws) else len(net.layers)
        for layer in net.layers[i + 1:end]:
            value = measure(layer)
            if value is not None:
                out[k] = float(value)
                break
    return out


def dead_shares(net) -> np.ndarray:
    """Per weight layer: share of the units of the activation that follows it that were zero for
    every sample of the last forward pass (conv: per channel) — "dead" units that no longer learn.
    The activation says which of its units were inactive (Layer.inactive_units)."""
    def dead(layer):
        units = layer.inactive_units()
        return None if units is None else np.mean(units)
    return _after_each_weight_layer(net, dead)


def saturated_shares(net) -> np.ndarray:
    """Per weight layer: share of the outputs of the sigmoid/tanh that follows it that were in
    saturation on the last forward pass (Layer.saturated_share; the threshold is
    engine/saturation.py's). A network's fused output layer (a Sigmoid the loss is computed
    through) is left out: the loss's gradient skips its slope, so its saturation stops nothing."""
    last = len(net.layers) - 1 if net.fused else None

    def share(layer):
        return None if last is not None and layer is net.layers[last] else layer.saturated_share()
    return _after_each_weight_layer(net, share)


def gradient_stats(net, backup: dict | None, initial: dict, selected: int, dead: np.ndarray,
                   saturated: np.ndarray | None = None) -> GradientStats:
    """`dead`, `saturated`: dead_shares and saturated_shares measured after the last training batch.
    `backup`: the weights before the last update ("i.W" -> array), for the update/weight ratio;
    `initial`: layer index -> W at the start, drawn behind the current histogram."""
    ws = weight_layers(net)
    norm, rms, ratio = (np.full(len(ws), np.nan) for _ in range(3))
    for k, i in enumerate(ws):
        layer = net.layers[i]
        sq, n = 0.0, 0
        for g in layer.grads.values():
            flat = g.reshape(-1)
            sq += float(np.dot(flat, flat))
            n += flat.size
        norm[k] = math.sqrt(sq)
        rms[k] = math.sqrt(sq / max(n, 1))
        w = layer.params["W"]
        before = backup.get(f"{i}.W") if backup else None
        if before is not None:
            w_norm = float(np.linalg.norm(w))
            ratio[k] = float(np.linalg.norm(w - before)) / w_norm if w_norm > 0 else np.nan
    stats = GradientStats(layers=ws, names=[f"{i + 1} {net.layers[i].kind}" for i in ws], grad_norm=norm,
                          grad_rms=rms, update_ratio=ratio, dead_share=np.array(dead, dtype=np.float64),
                          saturated_share=np.full(len(ws), np.nan) if saturated is None else np.array(saturated, dtype=np.float64),
                          hist_layer=histogram_layer(net, selected))
    if stats.hist_layer is not None:
        layer = net.layers[stats.hist_layer]
        current = _subsample(layer.params["W"]).astype(np.float64)
        start = initial.get(stats.hist_layer)
        start = _subsample(start).astype(np.float64) if start is not None else current
        finite = np.concatenate([current[np.isfinite(current)], start[np.isfinite(start)]])
        span = (float(finite.min()), float(finite.max())) if finite.size else None
        stats.weight_hist, stats.hist_edges = _histogram(current, span)
        stats.initial_hist, _ = _histogram(start, (float(stats.hist_edges[0]), float(stats.hist_edges[-1])))
        stats.grad_hist, stats.grad_edges = _histogram(_subsample(layer.grads["W"]).astype(np.float64))
    return stats


def feature_maps(net, samples: np.ndarray, labels: np.ndarray, layer: int, sample: int) -> FeatureMaps:
    x = samples[sample:sample + 1]
    outs = net.forward_all(x, train=False)
    probs = probabilities(outs[-1], net)[0]
    return FeatureMaps(layer=layer, layer_name=f"{layer + 1} {net.layers[layer].kind}", sample=sample,
                       input=np.array(x[0], dtype=np.float32), output=np.array(outs[layer][0], dtype=np.float32),
                       label=int(labels[sample]), prediction=int(np.argmax(probs)), probabilities=probs.copy())


def first_filters(net) -> Filters | None:
    """Conv kernels of the first weight layer, or the Dense columns of a first layer that looks at
    the raw image (only reshapes before it): each column is the input pattern that unit responds to."""
    ws = weight_layers(net)
    if not ws:
        return None
    i = ws[0]
    layer = net.layers[i]
    w = layer.params["W"]
    if w.ndim == 4:  # conv kernels (filters, channels, kh, kw)
        images = w[:MAX_FILTERS]
        total = w.shape[0]
    elif w.ndim == 2 and len(net.input_shape) == 3 and w.shape[0] == int(np.prod(net.input_shape)):
        images = w.T[:MAX_FILTERS].reshape(-1, *net.input_shape)
        total = w.shape[1]
    else:
        return None
    return Filters(layer=i, layer_name=f"{i + 1} {layer.kind}", images=np.array(images, dtype=np.float32), total=total)


def boundary_extent(points: np.ndarray) -> tuple[float, float, float, float]:
    lo, hi = points.min(axis=0), points.max(axis=0)
    pad = 0.1 * np.maximum(hi - lo, 1e-3)
    lo, hi = lo - pad, hi + pad
    return float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1])


def boundary_grid(extent, resolution: int = BOUNDARY_RESOLUTION) -> np.ndarray:
    x0, x1, y0, y1 = extent
    xs = np.linspace(x0, x1, resolution)
    ys = np.linspace(y0, y1, resolution)
    gx, gy = np.meshgrid(xs, ys)  # rows follow y, columns follow x
    return np.stack([gx.ravel(), gy.ravel()], axis=1)


def decision_boundary(net, extent, grid: np.ndarray) -> Boundary:
    n = int(round(math.sqrt(len(grid))))
    probs = probabilities(net.predict(grid), net).reshape(n, n, -1)
    return Boundary(extent=tuple(extent), probabilities=probs.astype(np.float32))


def read_only(a: np.ndarray) -> np.ndarray:
    """A view nobody can write through. Pixels (data/pixels.py) are read-only already and are
    kept as they are: a float32 view would mean converting the whole split."""
    if not isinstance(a, np.ndarray):
        return a
    view = a.view()
    view.flags.writeable = False
    return view


def evaluate(net, x: np.ndarray, y: np.ndarray, class_names: list[str], split: str) -> Results:
    loss, acc, out = net.evaluate(x, y)
    probs = probabilities(out, net)
    pred = predictions(out, net.threshold)
    true = labels_of(y, out)
    k = max(len(class_names), probs.shape[1])
    confusion = np.bincount(true * k + pred, minlength=k * k).reshape(k, k)
    confidence = probs[np.arange(len(pred)), pred] if len(pred) else np.zeros(0)
    wrong = np.flatnonzero(pred != true)
    wrong = wrong[np.argsort(-confidence[wrong], kind="stable")]
    return Results(split=split, loss=float(loss), accuracy=float(acc), class_names=list(class_names),
                   confusion=confusion, labels=true.copy(), predictions=pred.copy(),
                   confidence=np.array(confidence, dtype=np.float64), mistakes=wrong,
                   mistake_images=np.array(x[wrong[:MAX_MISTAKE_IMAGES]]), inputs=read_only(x))
