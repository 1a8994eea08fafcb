"""What every analysis shares: a private copy of a network, a fixed evaluation batch, the loss on
that batch from any layer onward (the layers before it computed once), and cancellation."""

from __future__ import annotations

import numpy as np

from netbuilder.engine.network import Network


class Cancelled(Exception):
    """The user pressed Cancel; the network's weights are back where they were."""


def copy_network(net, dtype=None) -> Network:
    """A network of the same spec with the same weights, independent of `net` (float64 for checks)."""
    return Network(net.spec, seed=net.seed, dtype=dtype or net.dtype, weights=net.state_dict())


def evaluation_batch(x: np.ndarray, y: np.ndarray, size: int = 1000, seed: int = 0):
    """The first `size` samples of a fixed shuffle: the same batch for every point of a curve, and
    for two runs compared on one chart."""
    if len(x) <= size:
        return x, y
    keep = np.sort(np.random.default_rng(seed).permutation(len(x))[:size])
    return x[keep], y[keep]


def tick(progress, should_stop, done: int, total: int) -> None:
    if should_stop is not None and should_stop():
        raise Cancelled()
    if progress is not None:
        progress(done, total)


class LossProbe:
    """Inference-mode mean loss of `net` on a fixed batch, starting at any layer.

    The batch is cut into chunks so memory stays flat. The input of `start` is cached (for the last
    `start` asked): a sweep of one weight recomputes only the layers from its own onward. The caller
    promises that the layers before `start` do not change while the cache is used.
    """

    def __init__(self, net, x, t, chunk: int = 250):
        self.net, self.t, self.chunk = net, t, chunk
        self.x = net._input(x)
        self.body = net.layers[:-1] if net.fused else net.layers
        self._cached: tuple[int, list] | None = None

    @property
    def chunks(self) -> list[slice]:
        return [slice(i, i + self.chunk) for i in range(0, len(self.x), self.chunk)]

    def inputs(self, start: int) -> list[np.ndarray]:
        """The input of layer `start` for each chunk."""
        if self._cached is None or self._cached[0] != start:
            self._cached = None
            out = []
            for s in self.chunks:
                h = self.x[s]
                for layer in self.body[:start]:
                    h = layer.forward(h, False)
                out.append(h)
            self._cached = (start, out)
        return self._cached[1]

    def loss(self, start: int = 0, replace=None) -> float:
        """Mean loss; `replace(k)` may give chunk k's output of layer `start` instead of computing it."""
        total = 0.0
        inputs = self.inputs(start) if replace is None else [None] * len(self.chunks)
        for k, (s, h) in enumerate(zip(self.chunks, inputs)):
            first = start
            if replace is not None:
                h, first = replace(k), start + 1
            for layer in self.body[first:]:
                h = layer.forward(h, False)
            total += self.net.loss(h, self.t[s])[0] * len(h)
        return total / max(len(self.x), 1)


def acts_per_value(layer) -> bool:
    """True when, at inference, each output depends only on the input value at the same position
    (ReLU, Sigmoid, BatchNorm with its running statistics, Dropout...), not on its neighbours
    (Softmax, pooling). Found by trying, so no list of layer kinds has to be kept up to date."""
    if layer.output_shape != layer.input_shape:
        return False
    x = np.linspace(-1.0, 1.0, int(np.prod(layer.input_shape))).reshape(1, *layer.input_shape)
    y0 = np.array(layer.forward(x, False), dtype=np.float64)
    x.reshape(-1)[0] += 0.5
    y1 = np.array(layer.forward(x, False), dtype=np.float64)
    return bool(np.all((y1 - y0).reshape(-1)[1:] == 0))
