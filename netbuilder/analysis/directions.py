"""Directions in weight space, for slicing the loss landscape.

Random directions are normalised filter by filter (Li, Xu, Taylor, Studer & Goldstein, "Visualizing
the Loss Landscape of Neural Nets", 2018): each filter of a random direction is scaled to the norm
of the same filter of the weights, so a step of 1 moves every filter by its own size. Without that,
layers with small weights would be swamped and scale-invariant nets (ReLU, BatchNorm) would look
sharper or flatter than they are. Biases and BatchNorm parameters (1-D arrays) are left out: their
direction is zero.

Trajectory directions come from PCA of the weights stored at each epoch, relative to the final
ones: random directions are almost orthogonal to the path training took (in a space of 10⁵
dimensions), so a trajectory projected onto them would look like a dot.

A direction is a dict keyed like `Network.state_dict` ("0.W"); keys it lacks count as zero.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import numpy as np

Direction = dict[str, np.ndarray]


def learned(net) -> Direction:
    """Every learned parameter (not running statistics), keyed "i.name" — copies."""
    return {f"{i}.{k}": v.copy() for i, layer in enumerate(net.layers) for k, v in layer.params.items()}


def filter_weights(net) -> list[tuple[str, int]]:
    """(key, filter axis) of the arrays that get a random direction: the weight tensors, not biases
    nor BatchNorm's γ/β. The filter axis is the one the layer class declares for its units."""
    out = []
    for i, layer in enumerate(net.layers):
        for k, v in layer.params.items():
            if v.ndim >= 2:
                out.append((f"{i}.{k}", type(layer).FILTER_AXIS))
    return out


def filter_normalized(weights: np.ndarray, direction: np.ndarray, axis: int) -> np.ndarray:
    """`direction` with each filter (slice along `axis`) scaled to the norm of the same filter of `weights`."""
    d = np.moveaxis(np.array(direction, dtype=np.float64), axis, 0)
    w = np.moveaxis(np.asarray(weights, dtype=np.float64), axis, 0)
    shape = (len(d),) + (1,) * (d.ndim - 1)
    d_norm = np.linalg.norm(d.reshape(len(d), -1), axis=1).reshape(shape)
    w_norm = np.linalg.norm(w.reshape(len(w), -1), axis=1).reshape(shape)
    d *= w_norm / np.maximum(d_norm, 1e-12)
    return np.moveaxis(d, 0, axis)


def random_direction(net, rng: np.random.Generator) -> Direction:
    """A Gaussian direction over the weight tensors, filter-normalised to the current weights."""
    out = {}
    for key, axis in filter_weights(net):
        i, name = key.split(".", 1)
        w = net.layers[int(i)].params[name]
        out[key] = filter_normalized(w, rng.standard_normal(w.shape), axis)
    return out


def difference(a: Direction, b: Direction) -> Direction:
    """a − b over the keys of `a`."""
    return {k: np.asarray(v, np.float64) - np.asarray(b[k], np.float64) for k, v in a.items()}


def _flat(d: Direction, keys: list[str], sizes: list[int]) -> np.ndarray:
    return np.concatenate([np.asarray(d[k], np.float64).reshape(-1) if k in d else np.zeros(n)
                           for k, n in zip(keys, sizes)])


def _unflat(v: np.ndarray, keys: list[str], shapes: list[tuple]) -> Direction:
    out, at = {}, 0
    for k, s in zip(keys, shapes):
        n = int(np.prod(s))
        out[k] = v[at:at + n].reshape(s)
        at += n
    return out


def pca_directions(states: list[Direction], center: Direction) -> tuple[Direction, Direction, tuple[float, float]]:
    """The two principal directions (unit length) of states − center, and the share of the
    trajectory's variance each explains. Needs at least two states that differ from `center`."""
    keys = list(center)
    shapes = [np.shape(center[k]) for k in keys]
    sizes = [int(np.prod(s)) for s in shapes]
    c = _flat(center, keys, sizes)
    m = np.stack([_flat(s, keys, sizes) - c for s in states])
    m = m[np.linalg.norm(m, axis=1) > 0]
    if len(m) < 2:
        raise ValueError(translate("Analysis", "the trajectory needs at least two stored epochs that differ from the final weights"))
    # SVD of the small side: (epochs × epochs) instead of (params × params).
    u, s, _ = np.linalg.svd(m @ m.T)
    sv = np.sqrt(np.maximum(s, 0))
    dirs = [m.T @ u[:, j] / max(sv[j], 1e-300) for j in (0, 1)]
    explained = s / max(s.sum(), 1e-300)
    return _unflat(dirs[0], keys, shapes), _unflat(dirs[1], keys, shapes), (float(explained[0]), float(explained[1]))


def project(states: list[Direction], center: Direction, d1: Direction, d2: Direction) -> np.ndarray:
    """(n, 2) coordinates (a, b) with state ≈ center + a·d1 + b·d2, by least squares (exact in the
    plane; directions need not be orthogonal nor of unit length)."""
    keys = list(center)
    sizes = [int(np.size(center[k])) for k in keys]
    c = _flat(center, keys, sizes)
    basis = np.stack([_flat(d1, keys, sizes), _flat(d2, keys, sizes)], axis=1)
    rel = np.stack([_flat(s, keys, sizes) - c for s in states], axis=1)
    coords, *_ = np.linalg.lstsq(basis, rel, rcond=None)
    return coords.T
