"""The loss along a line (initial → final weights) and over a plane (two directions through the
final weights), evaluated on a fixed batch in inference mode.

Speed: a 21×21 plane is 441 forward passes. The first layer a direction touches sees a fixed input,
and Conv2D and Dense are affine in their weights, so its output at center + a·d1 + b·d2 is
out(center) + a·Δ1 + b·Δ2: three forward passes of that layer replace 441 (for the MNIST conv net,
the first convolution was more than half of the time). Whether a layer is affine is not assumed
from its kind: it is checked on the data at one more point, and the slow path is used otherwise.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import time
from dataclasses import dataclass, field

import numpy as np

from netbuilder.analysis.common import LossProbe, tick
from netbuilder.analysis.directions import (Direction, difference, learned, pca_directions, project,
                                            random_direction)

AFFINE_MEMORY_LIMIT = 800 * 2 ** 20  # bytes for the three cached outputs of the first layer


@dataclass
class LossLine:
    alphas: np.ndarray        # 0 = initial weights, 1 = final weights
    losses: np.ndarray
    seconds: float = 0.0


@dataclass
class LossPlane:
    alphas: np.ndarray        # coordinates along the first direction (columns of `losses`)
    betas: np.ndarray         # along the second direction (rows)
    losses: np.ndarray        # (len(betas), len(alphas))
    directions: str           # "random" (filter-normalised) or "trajectory" (PCA of the stored epochs)
    trajectory: np.ndarray | None = None   # (epochs, 2) coordinates of the stored weights
    epochs: list[int] = field(default_factory=list)
    explained: tuple[float, float] | None = None  # share of the trajectory's variance per direction
    center_loss: float = float("nan")
    seconds: float = 0.0


class SliceEvaluator:
    """loss(center + a·d1 + b·d2) on a fixed batch; the network's own weights are put back by restore()."""

    def __init__(self, net, x, t, center: Direction, d1: Direction, d2: Direction | None = None):
        self.net = net
        self.original = learned(net)
        self.center = {k: np.asarray(v, np.float64) for k, v in center.items()}
        self.d1, self.d2 = d1, d2 or {}
        self.moving = sorted(set(self.d1) | set(self.d2), key=lambda k: (int(k.split(".")[0]), k))
        self.probe = LossProbe(net, x, t, chunk=100)
        self.first = min((int(k.split(".")[0]) for k in self.moving), default=len(net.layers))
        self._set_all(self.center)
        self.affine = None

    def _param(self, key: str) -> np.ndarray:
        i, name = key.split(".", 1)
        return self.net.layers[int(i)].params[name]

    def _set_all(self, values: Direction) -> None:
        for k, v in values.items():
            self._param(k)[...] = v

    def set(self, a: float, b: float = 0.0) -> None:
        for k in self.moving:
            v = self.center[k].copy()
            if k in self.d1:
                v += a * self.d1[k]
            if b and k in self.d2:
                v += b * self.d2[k]
            self._param(k)[...] = v

    def restore(self) -> None:
        self._set_all(self.original)

    def prepare_affine(self) -> bool:
        """Cache the first moving layer's output as out0 + a·Δ1 + b·Δ2 if it is affine in its weights."""
        if self.first >= len(self.probe.body):
            return False
        layer = self.probe.body[self.first]
        inputs = self.probe.inputs(self.first)
        per = np.prod(layer.output_shape) * len(self.probe.x) * np.dtype(self.net.dtype).itemsize
        if per * 3 > AFFINE_MEMORY_LIMIT:
            return False

        def outputs(a, b):
            self.set(a, b)
            return [layer.forward(h, False) for h in inputs]

        f0, f1, f2, f12 = outputs(0, 0), outputs(1, 0), outputs(0, 1), outputs(1, 1)
        d1 = [p - q for p, q in zip(f1, f0)]
        d2 = [p - q for p, q in zip(f2, f0)]
        for a0, e1, e2, both in zip(f0, d1, d2, f12):
            scale = float(np.abs(a0).max(initial=0) + np.abs(e1).max(initial=0) + np.abs(e2).max(initial=0)) or 1.0
            if np.abs(both - (a0 + e1 + e2)).max(initial=0) > 1e-4 * scale:
                self.set(0, 0)
                return False
        # Each chunk's three arrays side by side, so one matrix-vector product mixes them.
        stacks = [np.stack([a0.reshape(-1), e1.reshape(-1), e2.reshape(-1)]) for a0, e1, e2 in zip(f0, d1, d2)]
        self.affine = (stacks, [np.empty_like(a0) for a0 in f0])
        self.set(0, 0)
        return True

    def loss(self, a: float, b: float = 0.0) -> float:
        self.set(a, b)
        if self.affine is None:
            return self.probe.loss(0)
        stacks, buf = self.affine
        mix = np.array([1.0, a, b], dtype=self.net.dtype)

        def replace(k):
            np.dot(mix, stacks[k], out=buf[k].reshape(-1))
            return buf[k]

        return self.probe.loss(self.first, replace)


def loss_line(net, x, t, initial: Direction, final: Direction | None = None, points: int = 41,
              lo: float = -0.5, hi: float = 1.5, progress=None, should_stop=None) -> LossLine:
    """Loss at (1 − α)·initial + α·final for α over [lo, hi] (Li et al. use −0.5…1.5)."""
    started = time.perf_counter()
    final = final if final is not None else learned(net)
    alphas = np.linspace(lo, hi, points)
    ev = SliceEvaluator(net, x, t, initial, difference(final, initial))
    try:
        ev.prepare_affine()
        losses = np.empty(points)
        for k, a in enumerate(alphas):
            tick(progress, should_stop, k, points)
            losses[k] = ev.loss(a)
    finally:
        ev.restore()
    tick(progress, None, points, points)
    return LossLine(alphas, losses, time.perf_counter() - started)


def loss_plane(net, x, t, grid: int = 21, directions: str | None = None, span: float | None = None,
               seed: int = 0, states: list[Direction] | None = None, epochs: list[int] | None = None,
               progress=None, should_stop=None) -> LossPlane:
    """Loss on a grid×grid plane through the current weights.

    directions: "random" (two filter-normalised Gaussian directions, span ±1 by default) or
    "trajectory" (PCA of `states`, the weights stored at each epoch; the span covers the path with a
    margin). Default: "trajectory" when at least three states are given (two besides the final one). The stored states are
    projected onto the plane either way.
    """
    started = time.perf_counter()
    center = learned(net)
    explained = None
    if directions is None:
        directions = "trajectory" if states and len(states) >= 3 else "random"  # two besides the final weights
    if directions == "trajectory":
        if not states or len(states) < 2:
            raise ValueError(translate("Analysis", "a trajectory plane needs the weights of at least two epochs"))
        d1, d2, explained = pca_directions(states, center)
    elif directions == "random":
        # Not default_rng(seed): with seed 0 that stream is the one the first layer's weights were
        # drawn from, and the "random" direction would be the weights themselves.
        rng = np.random.default_rng([seed, 0x1A4D])
        d1, d2 = random_direction(net, rng), random_direction(net, rng)
    else:
        raise ValueError(translate("Analysis", "directions must be \"random\" or \"trajectory\", not {0!r}").format(directions))
    path = project(states, center, d1, d2) if states else None
    if span is not None:
        ha = hb = float(span)
    elif path is not None and directions == "trajectory":
        ha, hb = (1.25 * max(float(np.abs(path[:, j]).max()), 1e-6) for j in (0, 1))
    else:
        ha = hb = 1.0
    alphas, betas = np.linspace(-ha, ha, grid), np.linspace(-hb, hb, grid)
    ev = SliceEvaluator(net, x, t, center, d1, d2)
    losses = np.empty((grid, grid))
    try:
        ev.prepare_affine()
        for r, b in enumerate(betas):
            for c, a in enumerate(alphas):
                tick(progress, should_stop, r * grid + c, grid * grid)
                losses[r, c] = ev.loss(a, b)
        center_loss = ev.loss(0.0, 0.0)
    finally:
        ev.restore()
    tick(progress, None, grid * grid, grid * grid)
    return LossPlane(alphas, betas, losses, directions, path, list(epochs or range(len(states or []))),
                     explained, center_loss, time.perf_counter() - started)
