"""Optimizers, learning-rate schedules and gradient clipping.

An optimizer only ever runs after the whole backward pass: `step(layers)` reads every layer's
`grads` and changes its `params` in place. Weight decay is L2 in the gradient,
W ← W − η(∂L/∂W + λW), applied to weight matrices (`W`) only — decaying biases and BatchNorm's
γ/β pulls them toward values that have no reason to be small.
"""

from __future__ import annotations

import math
from typing import ClassVar

import numpy as np

from netbuilder.engine.errors import SpecError
from netbuilder.engine.params import Param, configure, kind_name
from netbuilder.engine.threads import chunk_size, for_chunks

_LR = Param("lr", "float", 0.01, "learning rate η", min=0, min_exclusive=True, max=10)
_WD = Param("weight_decay", "float", 0.0, "L2 strength λ (on weight matrices)", min=0, max=1)
_EPS = Param("eps", "float", 1e-8, "added to the denominator", min=0, min_exclusive=True, max=1, advanced=True)
DECAYED = ("W",)
PARALLEL_SIZE = 1 << 18  # elements: a parameter this large is updated in ranges on all engine threads


class Optimizer:
    kind: ClassVar[str] = ""
    doc: ClassVar[str] = ""
    PARAMS: ClassVar[tuple[Param, ...]] = (_LR, _WD)

    def __init__(self, **config):
        self.config = configure(self.PARAMS, config)
        for k, v in self.config.items():
            setattr(self, k, v)
        self.steps = 0
        self.slots: dict[str, dict[str, np.ndarray]] = {}  # "layer.param" -> per-parameter state

    def step(self, layers, lr: float | None = None) -> None:
        lr = self.lr if lr is None else lr
        self.steps += 1
        for i, layer in enumerate(layers):
            for name, p in layer.params.items():
                g = layer.grads[name]
                if self.weight_decay and name in DECAYED:
                    g = g + self.weight_decay * p
                key = f"{i}.{name}"
                if key not in self.slots:
                    self.slots[key] = {s: np.zeros_like(p) for s in self.SLOTS}
                slot = self.slots[key]
                arrays = (p, g, *slot.values())
                if p.size < PARALLEL_SIZE or not all(a.flags.c_contiguous for a in arrays):
                    self.update(p, g, slot, lr)
                    continue
                # A large weight matrix: its flat ranges updated side by side on the engine's threads
                # (numpy's element-wise passes release the GIL).
                flat = [a.reshape(-1) for a in arrays]
                for_chunks(p.size, chunk_size(p.size, 1, PARALLEL_SIZE), lambda lo, hi: self.update(
                    flat[0][lo:hi], flat[1][lo:hi], {s: a[lo:hi] for s, a in zip(slot, flat[2:])}, lr))

    SLOTS: ClassVar[tuple[str, ...]] = ()

    def update(self, p: np.ndarray, g: np.ndarray, slot: dict, lr: float) -> None:
        """Change `p` in place (element-wise, so any range of it can be updated on its own)."""
        raise NotImplementedError

    def state_dict(self) -> dict[str, np.ndarray]:
        out = {"steps": np.array(self.steps)}
        for key, slot in self.slots.items():
            for s, arr in slot.items():
                out[f"{key}.{s}"] = arr
        return out

    def load_state_dict(self, state: dict[str, np.ndarray]) -> None:
        self.steps = int(state["steps"])
        self.slots = {}
        for full, arr in state.items():
            if full == "steps":
                continue
            key, s = full.rsplit(".", 1)
            self.slots.setdefault(key, {})[s] = np.array(arr)


class SGD(Optimizer):
    kind = "sgd"
    doc = "W ← W − η·g"

    def update(self, p, g, slot, lr):
        tmp = np.multiply(g, lr, dtype=p.dtype)
        p -= tmp


class Momentum(Optimizer):
    kind = "momentum"
    doc = "v ← μv − η·g; W ← W + v"
    PARAMS = (_LR, _WD, Param("momentum", "float", 0.9, "μ", min=0, max=0.999))
    SLOTS = ("v",)

    def update(self, p, g, slot, lr):
        v = slot["v"]
        v *= self.momentum
        v -= lr * g
        p += v


class Nesterov(Optimizer):
    kind = "nesterov"
    doc = "v ← μv + g; W ← W − η(g + μv)"
    PARAMS = (_LR, _WD, Param("momentum", "float", 0.9, "μ", min=0, max=0.999))
    SLOTS = ("v",)

    def update(self, p, g, slot, lr):
        v = slot["v"]
        v *= self.momentum
        v += g
        p -= lr * (g + self.momentum * v)


class AdaGrad(Optimizer):
    kind = "adagrad"
    doc = "h ← h + g²; W ← W − η·g/(√h + ε)"
    PARAMS = (_LR, _WD, _EPS)
    SLOTS = ("h",)

    def update(self, p, g, slot, lr):
        h = slot["h"]
        h += g * g
        p -= lr * g / (np.sqrt(h) + self.eps)


class RMSProp(Optimizer):
    kind = "rmsprop"
    doc = "h ← ρh + (1−ρ)g²; W ← W − η·g/(√h + ε)"
    PARAMS = (_LR, _WD, Param("rho", "float", 0.9, "decay ρ of the squared-gradient average", min=0, max=0.9999), _EPS)
    SLOTS = ("h",)

    def update(self, p, g, slot, lr):
        h = slot["h"]
        h *= self.rho
        h += (1 - self.rho) * g * g
        p -= lr * g / (np.sqrt(h) + self.eps)


class Adam(Optimizer):
    kind = "adam"
    doc = "bias-corrected averages of g and g²: W ← W − η·m̂/(√v̂ + ε)"
    PARAMS = (
        Param("lr", "float", 0.001, "learning rate η", min=0, min_exclusive=True, max=10), _WD,
        Param("beta1", "float", 0.9, "decay of the gradient average", min=0, max=0.9999),
        Param("beta2", "float", 0.999, "decay of the squared-gradient average", min=0, max=0.99999),
        _EPS,
    )
    SLOTS = ("m", "v")

    def update(self, p, g, slot, lr):
        # W -= lr·m̂/(√v̂ + ε) with the bias corrections folded into two scalars,
        # lr·√(1−β2ᵗ)/(1−β1ᵗ) and ε·√(1−β2ᵗ), and every pass in place through one scratch array.
        m, v = slot["m"], slot["v"]
        c2 = math.sqrt(1 - self.beta2 ** self.steps)
        step = lr * c2 / (1 - self.beta1 ** self.steps)
        tmp = np.subtract(g, m, dtype=p.dtype)
        tmp *= 1 - self.beta1
        m += tmp                         # m ← β1·m + (1−β1)·g
        np.multiply(g, g, out=tmp)
        tmp *= 1 - self.beta2
        v *= self.beta2
        v += tmp                         # v ← β2·v + (1−β2)·g²
        np.sqrt(v, out=tmp)
        tmp += self.eps * c2
        np.divide(m, tmp, out=tmp)
        tmp *= step
        p -= tmp


OPTIMIZERS = {cls.kind: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam)}


def _make(table: dict, raw: dict, what: str):
    kind = kind_name(raw.get("type"), what, table)
    return table[kind](**{k: v for k, v in raw.items() if k != "type"})


def make_optimizer(raw: dict) -> Optimizer:
    return _make(OPTIMIZERS, raw, "optimizer")


# --- learning-rate schedules --------------------------------------------------------------------
class Schedule:
    kind: ClassVar[str] = ""
    doc: ClassVar[str] = ""
    PARAMS: ClassVar[tuple[Param, ...]] = ()

    def __init__(self, **config):
        self.config = configure(self.PARAMS, config)
        for k, v in self.config.items():
            setattr(self, k, v)

    def lr(self, base_lr: float, epoch_progress: float, total_epochs: int) -> float:
        """Learning rate at `epoch_progress` epochs into training (fractional, from 0)."""
        raise NotImplementedError


class Constant(Schedule):
    kind = "constant"
    doc = "the same learning rate throughout"

    def lr(self, base_lr, epoch_progress, total_epochs):
        return base_lr


class Step(Schedule):
    kind = "step"
    doc = "multiply by gamma every step_size epochs"
    PARAMS = (Param("step_size", "int", 10, "epochs between drops", min=1),
              Param("gamma", "float", 0.1, "factor at each drop", min=0, min_exclusive=True, max=1))

    def lr(self, base_lr, epoch_progress, total_epochs):
        return base_lr * self.gamma ** (int(epoch_progress) // self.step_size)


class Cosine(Schedule):
    kind = "cosine"
    doc = "half a cosine from lr down to min_lr over the whole run"
    PARAMS = (Param("min_lr", "float", 0.0, "learning rate at the end", min=0),)

    def lr(self, base_lr, epoch_progress, total_epochs):
        frac = min(1.0, epoch_progress / max(total_epochs, 1))
        return self.min_lr + 0.5 * (base_lr - self.min_lr) * (1 + math.cos(math.pi * frac))


SCHEDULES = {cls.kind: cls for cls in (Constant, Step, Cosine)}


def make_schedule(raw: dict) -> Schedule:
    return _make(SCHEDULES, raw, "schedule")


def clip_gradients(layers, max_norm: float | None) -> float:
    """Scale all gradients together so their global L2 norm is at most `max_norm`; returns the norm before."""
    total = math.sqrt(sum(float(np.vdot(g, g)) for layer in layers for g in layer.grads.values()))
    if max_norm and total > max_norm:
        scale = max_norm / (total + 1e-12)
        for layer in layers:
            for g in layer.grads.values():
                g *= scale
    return total
