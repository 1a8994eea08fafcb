"""The layer contract every kind follows.

`forward(x, train)` caches what `backward(dy)` needs; `backward` only fills `grads` and returns the
input gradient — it never changes a weight (the optimizer does that after the whole backward pass).
Shape inference, parameter counts and multiply-adds come from the declaration alone, with no data,
so the builder can show them for a network that has never run.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from netbuilder.i18n import translate
from netbuilder.engine.errors import SpecError
from netbuilder.engine.init import draw_weights
from netbuilder.engine.params import Param, configure
from netbuilder.format import shape_text


class Layer:
    kind: ClassVar[str] = ""
    category: ClassVar[str] = "Core"
    doc: ClassVar[str] = ""
    PARAMS: ClassVar[tuple[Param, ...]] = ()
    # Gradient-check cases: (config, per-sample input shape). The test suite runs each of them.
    EXAMPLES: ClassVar[tuple[tuple[dict, tuple], ...]] = ()
    # Parameters worth showing on a pipeline card, in order.
    SUMMARY: ClassVar[tuple[str, ...]] = ()
    # The axis of the weight array "W" that indexes output units: each slice along it is one
    # filter (a conv kernel, a Dense unit's column). Loss landscapes scale directions per filter.
    FILTER_AXIS: ClassVar[int] = 0
    # False when nothing consumes backward's result (a network's first layer): backward may then
    # skip the input gradient and return None. For a first Conv2D that is a third of its work.
    needs_input_grad: bool = True
    # Traits, so a new kind is still one file: what init "auto" reads from the layers after a
    # weight layer — "he" (a ReLU-family activation: He init), "pass" (passes values on without
    # deciding: pooling, dropout, normalisation, reshapes), "" (anything else: Xavier).
    INIT_ROLE: ClassVar[str] = ""

    def inactive_units(self) -> np.ndarray | None:
        """Per unit (per channel for images): True where the unit was zero for every sample of the
        last forward pass, a "dead" unit that no longer learns. None: this layer cannot tell."""
        return None

    def saturated_share(self) -> float | None:
        """Share of the last forward pass's outputs in saturation (engine/saturation.py: the local
        derivative under 0.05), for activations that squash toward bounds (sigmoid, tanh). None:
        this layer does not saturate that way (a ReLU reports dead units instead) or has not run."""
        return None

    def __init__(self, input_shape, **config):
        self.config = configure(self.PARAMS, config)
        for key, value in self.config.items():
            setattr(self, key, value)
        self.input_shape = tuple(int(d) for d in input_shape)
        self.output_shape = tuple(int(d) for d in self.infer_shape(self.input_shape))
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}
        self.state: dict[str, np.ndarray] = {}
        self.rng = np.random.default_rng(0)
        self.dtype = np.dtype(np.float32)

    # --- declaration-driven facts (no data needed) -------------------------------------------
    def infer_shape(self, input_shape: tuple) -> tuple:
        return input_shape

    def param_shapes(self) -> dict[str, tuple]:
        return {}

    def state_shapes(self) -> dict[str, tuple[tuple, float]]:
        """Non-learned arrays saved with the weights (e.g. running statistics): name -> (shape, fill)."""
        return {}

    def param_count(self) -> int:
        return int(sum(np.prod(s, dtype=np.int64) for s in self.param_shapes().values()))

    def macs(self) -> int:
        """Multiply-adds per sample in the forward pass."""
        return 0

    def fans(self) -> tuple[int, int]:
        return 1, 1

    # --- weights ------------------------------------------------------------------------------
    def initialize(self, rng: np.random.Generator | None, dtype=np.float32, scheme: str = "xavier") -> None:
        """Parameters drawn from `rng` by `scheme`, or zeros with no rng (for weights loaded next)."""
        self.dtype = np.dtype(dtype)
        self.params = {}
        for name, shape in self.param_shapes().items():
            self.params[name] = (self.initial_value(name, shape, rng, scheme).astype(self.dtype) if rng is not None
                                 else np.zeros(shape, dtype=self.dtype))
        self.grads = {k: np.zeros_like(v) for k, v in self.params.items()}
        self.state = {k: np.full(shape, fill, dtype=self.dtype) for k, (shape, fill) in self.state_shapes().items()}

    def initial_value(self, name: str, shape: tuple, rng: np.random.Generator, scheme: str) -> np.ndarray:
        if name == "W":
            fan_in, fan_out = self.fans()
            return draw_weights(shape, fan_in, fan_out, scheme, getattr(self, "std", 0.01), rng)
        return np.zeros(shape)

    # --- computation --------------------------------------------------------------------------
    def forward(self, x: np.ndarray, train: bool) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dy: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def zero_grads(self) -> None:
        for g in self.grads.values():
            g.fill(0)

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.config.items())
        return f"{self.kind}({args})"


def need_image(layer: Layer, input_shape: tuple) -> tuple[int, int, int]:
    if len(input_shape) != 3:
        raise SpecError("", translate("Engine", "{0} needs image input (channels, height, width), got {1}; put it before any Flatten or Dense").format(layer.kind, shape_text(input_shape)))
    return input_shape
