"""A network built from a spec: the layers in pipeline order, a loss, and the weights' state.

Same spec + same seed gives bit-identical weights: each layer draws from its own stream
(seed, layer index), so editing one layer does not reshuffle the others' starting weights.
"""

from __future__ import annotations

import numpy as np

from netbuilder.i18n import translate
from netbuilder.engine.errors import SpecError
from netbuilder.engine.init import resolve_auto
from netbuilder.engine.losses import accuracy, make_loss
from netbuilder.engine.registry import layer_class
from netbuilder.engine.spec import NetworkSpec, parse_spec
from netbuilder.engine.threads import one_blas_thread


class WeightsMismatch(ValueError):
    """Saved weights that do not fit this architecture; the message names the first misfit."""


class Network:
    def __init__(self, spec: NetworkSpec, seed: int = 0, dtype=np.float32, weights: dict | None = None):
        """Fresh weights drawn for `seed`, or `weights` (a state_dict) without drawing any: a copy
        of a CIFAR net drew 20 ms of random numbers only to overwrite them."""
        self.spec = spec
        self.dtype = np.dtype(dtype)
        self.seed = int(seed)
        self.input_shape = spec.input_shape
        self.layers = []
        shape = spec.input_shape
        for r in spec.layers:
            layer = layer_class(r.kind)(shape, **r.config)
            self.layers.append(layer)
            shape = layer.output_shape
        if self.layers:
            self.layers[0].needs_input_grad = False  # nothing upstream wants d(loss)/d(input)
        self.loss = make_loss({k: v for k, v in spec.loss.items()})
        kinds = [layer.kind for layer in self.layers]
        self.fused = self.loss.fuses_with is not None and kinds[-1] == self.loss.fuses_with
        self.threshold = 0.5 if kinds[-1] == "Sigmoid" else 0.0
        self._initialize(draw=weights is None)
        if weights is not None:
            self.load_state_dict(weights)

    @classmethod
    def from_spec(cls, spec, seed: int = 0, dtype=np.float32) -> "Network":
        return cls(parse_spec(spec), seed=seed, dtype=dtype)

    def reset(self, seed: int | None = None) -> None:
        """Fresh initial weights (and dropout streams) for `seed`."""
        if seed is not None:
            self.seed = int(seed)
        self._initialize(draw=True)

    def _initialize(self, draw: bool) -> None:
        """Every layer's arrays, drawn for self.seed or zeros (for weights loaded next), and its
        dropout stream."""
        kinds = [layer.kind for layer in self.layers]
        for i, layer in enumerate(self.layers):
            scheme = layer.config.get("init", "xavier")
            if scheme == "auto":
                scheme = resolve_auto(kinds, i)
            layer.initialize(np.random.default_rng([self.seed, i]) if draw else None, self.dtype, scheme)
            layer.rng = np.random.default_rng([self.seed, i, 1])

    # --- facts -----------------------------------------------------------------------------
    @property
    def output_shapes(self) -> list[tuple]:
        return [layer.output_shape for layer in self.layers]

    @property
    def param_count(self) -> int:
        return sum(layer.param_count() for layer in self.layers)

    @property
    def macs(self) -> int:
        return sum(layer.macs() for layer in self.layers)

    # --- computation -----------------------------------------------------------------------
    def _input(self, x) -> np.ndarray:
        x = np.asarray(x, dtype=self.dtype)
        if x.shape[1:] != tuple(self.input_shape):
            raise ValueError(translate("Engine", "input of shape {0} per sample does not match the network's input shape {1}").format(x.shape[1:], tuple(self.input_shape)))
        return x

    def forward(self, x, train: bool = False) -> np.ndarray:
        x = self._input(x)
        with one_blas_thread():
            for layer in self.layers:
                x = layer.forward(x, train)
        return x

    def forward_all(self, x, train: bool = False) -> list[np.ndarray]:
        """Every layer's output, for feature-map views."""
        outs = []
        x = self._input(x)
        with one_blas_thread():
            for layer in self.layers:
                x = layer.forward(x, train)
                outs.append(x)
        return outs

    def loss_and_gradients(self, x, t) -> float:
        """forward(train=True) + loss + backward; fills every layer's `grads`, changes no weight.

        The engine's threads do the parallel work (engine/threads.py), so this thread's BLAS runs
        on one thread meanwhile."""
        with one_blas_thread():
            return self._loss_and_gradients(self._input(x), t)

    def _loss_and_gradients(self, x, t) -> float:
        body = self.layers[:-1] if self.fused else self.layers
        for layer in body:
            x = layer.forward(x, True)
        if self.fused:
            self.output = self.layers[-1].forward(x, True)
        else:
            self.output = x
        loss, d = self.loss(x, t)
        for layer in reversed(body):
            d = layer.backward(d)
        return loss

    def predict(self, x, batch_size: int = 500) -> np.ndarray:
        return np.concatenate([self.forward(x[i:i + batch_size]) for i in range(0, len(x), batch_size)]) \
            if len(x) else np.zeros((0, *self.layers[-1].output_shape), self.dtype)

    def evaluate(self, x, t, batch_size: int = 500) -> tuple[float, float, np.ndarray]:
        """(mean loss, accuracy, outputs) at inference, in batches so memory stays flat."""
        total, outs = 0.0, []
        for i in range(0, len(x), batch_size):
            xb = self._input(x[i:i + batch_size])
            body = self.layers[:-1] if self.fused else self.layers
            with one_blas_thread():
                for layer in body:
                    xb = layer.forward(xb, False)
                out = self.layers[-1].forward(xb, False) if self.fused else xb
            loss, _ = self.loss(xb, t[i:i + batch_size])
            total += loss * len(out)
            outs.append(out)
        out = np.concatenate(outs)
        return total / max(len(x), 1), accuracy(out, t, self.threshold), out

    # --- weights ---------------------------------------------------------------------------
    def state_dict(self) -> dict[str, np.ndarray]:
        """Every learned parameter and saved statistic, keyed "index.name" (e.g. "0.W", "2.running_mean")."""
        return {key: arr.copy() for key, (_, _, arr) in self.state_arrays().items()}

    def state_arrays(self) -> dict[str, tuple]:
        """"index.name" -> (layer, name, array) of every learned parameter and saved statistic, in
        order: the one walk over them that saving, loading and the weights file's checks share."""
        return {f"{i}.{name}": (layer, name, arr) for i, layer in enumerate(self.layers)
                for name, arr in {**layer.params, **layer.state}.items()}

    def describe_state_key(self, key: str) -> str:
        """"2.W" as "layer 3 (Dense) W", numbered as the cards are."""
        i, name = key.split(".", 1)
        return translate("Engine", "layer {0} ({1}) {2}").format(int(i) + 1, self.layers[int(i)].kind, name)

    def state_keys_misfit(self, keys) -> str | None:
        """Why arrays with these keys do not fit this network (missing, unexpected), or None."""
        expected = self.state_arrays()
        missing = [k for k in expected if k not in keys]
        extra = [k for k in keys if k not in expected]
        if not missing and not extra:
            return None
        parts = []
        if missing:
            parts.append(translate("Engine", "missing ") + ", ".join(self.describe_state_key(k) for k in missing[:4]))
        if extra:
            parts.append(translate("Engine", "unexpected ") + ", ".join(repr(k) for k in extra[:4]))
        return translate("Engine", "the weights do not fit this network: ") + "; ".join(parts)

    def load_state_dict(self, state: dict[str, np.ndarray]) -> None:
        misfit = self.state_keys_misfit(state)
        if misfit:
            raise WeightsMismatch(misfit)
        expected = self.state_arrays()
        for key, (_, _, current) in expected.items():
            arr = np.asarray(state[key])
            if arr.shape != current.shape:
                raise WeightsMismatch(translate("Engine", "{0} has shape {1} in the file but {2} in this network").format(self.describe_state_key(key), arr.shape, current.shape))
        for key, (layer, name, _) in expected.items():
            target = layer.params if name in layer.params else layer.state
            target[name] = np.asarray(state[key], dtype=self.dtype).copy()
            if name in layer.grads:
                layer.grads[name] = np.zeros_like(target[name])
