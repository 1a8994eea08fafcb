"""How much memory training a network needs, estimated from the spec alone, before anything is allocated.

A network is easy to make too big by accident (one more zero in `units`, an input of 3x1000x1000);
numpy then fails deep inside an allocation with a MemoryError, or the machine starts swapping. The
estimate below is what the trainer actually keeps for one mini-batch: the weights, their gradients,
the optimizer's per-parameter slots, the divergence guard's copy of the weights, and the activations
forward keeps for backward (each layer's output and its gradient, plus a convolution's unfolded
input). `check` prints it; `train` and the window refuse a run that cannot fit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from netbuilder.i18n import translate
from netbuilder.format import size_text

FLOAT_BYTES = 4  # the engine trains in float32


@dataclass(frozen=True)
class MemoryEstimate:
    weights: int          # bytes, learned parameters
    gradients: int        # one gradient per parameter
    optimizer: int        # the optimizer's slots (Adam: 2 per parameter) + the divergence guard's copy
    activations: int      # what forward keeps for backward, for one batch
    batch_size: int
    optimizer_name: str
    biggest_layer: tuple[int, str, int]        # (index, kind, parameters) holding the most weights
    widest_layer: tuple[int, str, int]         # (index, kind, bytes per sample) with the most activations

    @property
    def total(self) -> int:
        return self.weights + self.gradients + self.optimizer + self.activations

    def describe(self) -> str:
        return (translate("Engine", "training needs about {0}: weights {1}, gradients {2}, optimizer state ({3}) and weight backup {4}, activations for one batch of {5} {6}").format(size_text(self.total), size_text(self.weights), size_text(self.gradients), self.optimizer_name, size_text(self.optimizer), self.batch_size, size_text(self.activations)))

    def advice(self) -> str:
        """What to make smaller, biggest share first."""
        i, kind, count = self.biggest_layer
        j, wkind, per_sample = self.widest_layer
        weights_side = self.weights + self.gradients + self.optimizer
        by_weights = translate("Engine", "the size of layer {0} ({1}, {2:,} parameters)").format(i + 1, kind, count)  # numbered as the cards are
        by_batch = (translate("Engine", "batch_size (now {0}), or the output of layer {1} ({2}, {3} per sample)").format(self.batch_size, j + 1, wkind, size_text(per_sample)))
        if weights_side >= self.activations:
            return translate("Engine", "reduce {0}; or reduce {1}").format(by_weights, by_batch)
        return translate("Engine", "reduce {0}; or reduce {1}").format(by_batch, by_weights)


def _prod(shape) -> int:
    out = 1
    for d in shape:
        out *= int(d)
    return out


def _workspace(report) -> int:
    """Extra values per sample a layer keeps beyond its output: a Conv2D's unfolded input (and its
    gradient), a pooling layer's record of where each maximum was."""
    if report.kind == "Conv2D" and report.input_shape and report.output_shape:
        k = report.config["kernel_size"]
        return 2 * report.input_shape[0] * k * k * _prod(report.output_shape[1:])
    if report.kind in ("MaxPool2D", "AvgPool2D") and report.input_shape:
        return _prod(report.input_shape)
    return 0


def estimate(spec, batch_size: int | None = None, optimizer: str | None = None) -> MemoryEstimate:
    """The memory one training step of `spec` needs with this batch size and optimizer (defaults: the
    file's). Exact integers, so absurd networks give absurd (not overflowed) numbers."""
    from netbuilder.engine.optim import OPTIMIZERS

    batch_size = int(batch_size or spec.training["batch_size"])
    optimizer = optimizer or spec.training["optimizer"]["type"]
    slots = len(OPTIMIZERS[optimizer].SLOTS) if optimizer in OPTIMIZERS else 2
    params = sum(r.param_count for r in spec.layers)
    per_sample = _prod(spec.input_shape)
    biggest = (0, "?", -1)
    widest = (0, "?", -1)
    for r in spec.layers:
        mine = 2 * _prod(r.output_shape) + _workspace(r)  # output + its gradient + workspace
        per_sample += mine
        if r.param_count > biggest[2]:
            biggest = (r.index, r.kind, r.param_count)
        if mine * FLOAT_BYTES > widest[2]:
            widest = (r.index, r.kind, mine * FLOAT_BYTES)
    return MemoryEstimate(weights=params * FLOAT_BYTES, gradients=params * FLOAT_BYTES,
                          optimizer=(slots + 1) * params * FLOAT_BYTES,
                          activations=batch_size * per_sample * FLOAT_BYTES, batch_size=batch_size,
                          optimizer_name=optimizer, biggest_layer=biggest, widest_layer=widest)


def available_memory() -> int | None:
    """Bytes this process can still allocate without swapping: the system's available memory, capped
    by a container's (cgroup v2) limit; None when the platform does not say."""
    found = None
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    found = int(line.split()[1]) * 1024
                    break
    except (OSError, ValueError, IndexError):
        pass
    if found is None:
        try:
            found = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        except (AttributeError, ValueError, OSError):
            found = None
    try:
        with open("/sys/fs/cgroup/memory.max", encoding="ascii") as f:
            limit = f.read().strip()
        with open("/sys/fs/cgroup/memory.current", encoding="ascii") as f:
            used = int(f.read().strip())
        if limit != "max":
            room = int(limit) - used
            found = room if found is None else min(found, room)
    except (OSError, ValueError):
        pass
    return found


def too_big(spec, batch_size: int | None = None, optimizer: str | None = None,
            available: int | None = None) -> str | None:
    """None when training fits in memory (or the platform cannot tell), else the sentence to show:
    how much it needs, how much there is, and what to reduce."""
    need = estimate(spec, batch_size, optimizer)
    room = available_memory() if available is None else available
    if room is None or need.total <= room:
        return None
    return (translate("Engine", "{0}: too big to train here: {1}, but only {2} is available. To fit, {3}.").format(spec.name, need.describe(), size_text(room), need.advice()))
