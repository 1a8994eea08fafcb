"""BatchNorm and LocalResponseNorm."""

from __future__ import annotations

import numpy as np

from netbuilder.i18n import translate
from netbuilder.engine.errors import SpecError
from netbuilder.engine.layers.base import Layer, need_image
from netbuilder.format import shape_text
from netbuilder.engine.params import Param
from netbuilder.engine.registry import register
from netbuilder.engine.threads import over_batch


@register
class BatchNorm(Layer):
    """Normalises each feature (after Dense) or each channel (after Conv2D, over N, H and W).

    Training uses the batch's own mean and (biased) variance, and folds them into running
    averages: running = momentum·running + (1 − momentum)·batch statistic. The running variance
    takes the unbiased batch variance (×m/(m−1), m values per channel), as PyTorch does, so the
    saved model matches one trained there; with m = 1 the biased one (0) is used. Inference
    (train=False) uses only the running statistics, so a prediction does not depend on which other
    samples share its batch. γ and β are learned; the running statistics are layer state, saved
    with the weights but never touched by the optimizer.
    """
    kind = "BatchNorm"
    INIT_ROLE = "pass"
    category = "Normalization"
    doc = ("Normalises each feature/channel to mean 0, variance 1 over the batch, then scales by a learned γ "
           "and shifts by β; running averages of the statistics are used at inference.")
    PARAMS = (
        Param("momentum", "float", 0.9, "share of the running statistics kept at each step", min=0, max=0.9999),
        Param("eps", "float", 1e-5, "added to the variance before the square root", min=0, min_exclusive=True,
              max=1, advanced=True),
    )
    SUMMARY = ("momentum",)
    EXAMPLES = (({}, (4,)), ({"momentum": 0.5}, (3, 3, 3)), ({"eps": 0.1}, (2, 2, 3)))

    def infer_shape(self, input_shape):
        if len(input_shape) not in (1, 3):
            raise SpecError("", translate("Engine", "BatchNorm needs features (D,) or images (C, H, W), got {0}").format(shape_text(input_shape)))
        self.channels = input_shape[0]
        return input_shape

    def param_shapes(self):
        return {"gamma": (self.channels,), "beta": (self.channels,)}

    def state_shapes(self):
        return {"running_mean": ((self.channels,), 0.0), "running_var": ((self.channels,), 1.0)}

    def initial_value(self, name, shape, rng, scheme):
        return np.ones(shape) if name == "gamma" else np.zeros(shape)

    def macs(self):
        return int(np.prod(self.input_shape))  # x·scale + shift at inference

    @staticmethod
    def _per_channel_sum(a: np.ndarray) -> np.ndarray:
        """Σ over everything but axis 1, each contiguous H·W plane first: numpy then runs long
        pairwise-summed inner loops (faster than reducing axes (0, 2, 3) at once)."""
        if a.ndim == 2:
            return a.sum(axis=0)
        return a.reshape(a.shape[0], a.shape[1], -1).sum(axis=2).sum(axis=0)

    def forward(self, x, train):
        shape = (-1,) if x.ndim == 2 else (-1, 1, 1)
        gamma, beta = self.params["gamma"], self.params["beta"]
        if not train:
            scale = gamma / np.sqrt(self.state["running_var"] + self.eps)
            shift = beta - self.state["running_mean"] * scale
            return x * scale.reshape(shape) + shift.reshape(shape)
        m = x.size // x.shape[1]
        mean = np.sum(over_batch(x, lambda lo, hi: self._per_channel_sum(x[lo:hi])), axis=0) / m
        xhat = np.empty_like(x)
        mean_b = mean.reshape(shape)

        def centre(lo, hi):  # x̂ ← x − μ, and its per-channel Σ(x − μ)² while the chunk is in cache
            xc = np.subtract(x[lo:hi], mean_b, out=xhat[lo:hi])
            return self._per_channel_sum(np.square(xc))
        var = np.sum(over_batch(x, centre), axis=0) / m
        inv_std = 1.0 / np.sqrt(var + self.eps)
        out = np.empty_like(x)
        inv_b, gamma_b, beta_b = inv_std.reshape(shape), gamma.reshape(shape), beta.reshape(shape)

        def scale(lo, hi):  # x̂ ← (x − μ)/σ; y = γ·x̂ + β
            xh = xhat[lo:hi]
            xh *= inv_b
            np.multiply(xh, gamma_b, out=out[lo:hi])
            out[lo:hi] += beta_b
        over_batch(x, scale)
        self.xhat, self.inv_std, self.bshape = xhat, inv_std, shape
        mom = self.momentum
        self.state["running_mean"] *= mom
        self.state["running_mean"] += (1 - mom) * mean
        self.state["running_var"] *= mom
        self.state["running_var"] += (1 - mom) * (var * (m / (m - 1)) if m > 1 else var)
        return out

    def backward(self, dy):
        shape, xhat = self.bshape, self.xhat
        m = dy.size // dy.shape[1]
        parts = over_batch(dy, lambda lo, hi: (self._per_channel_sum(dy[lo:hi]),
                                                 self._per_channel_sum(dy[lo:hi] * xhat[lo:hi])))
        dbeta = np.sum([p[0] for p in parts], axis=0)
        dgamma = np.sum([p[1] for p in parts], axis=0)
        self.grads["beta"][...] = dbeta
        self.grads["gamma"][...] = dgamma
        # d/dx of γ·(x − μ)/σ with μ and σ depending on x too:
        # dx = γ/(mσ) · (m·dy − Σdy − x̂·Σ(dy·x̂)).
        coef = (self.params["gamma"] * self.inv_std / m).reshape(shape)
        dbeta_b, dgamma_b = dbeta.reshape(shape), dgamma.reshape(shape)
        dx = np.empty_like(dy)

        def chunk(lo, hi):
            d = np.multiply(dy[lo:hi], m, out=dx[lo:hi])
            d -= dbeta_b
            t = np.multiply(xhat[lo:hi], dgamma_b)
            d -= t
            d *= coef
        over_batch(dy, chunk)
        return dx


@register
class LocalResponseNorm(Layer):
    """AlexNet's cross-channel normalisation, in the Caffe/PyTorch convention:

        b_c = a_c / (k + alpha/size · Σ a_j²)^beta,  j from c − size//2 to c + (size−1)//2,

    channels outside 0..C−1 counting as zero (the divisor is always `size`, as in
    torch.nn.functional.local_response_norm). The backward is exact: besides its own divisor,
    every a_j also appears in the divisors of the channels whose window contains j.
    """
    kind = "LocalResponseNorm"
    INIT_ROLE = "pass"
    category = "Normalization"
    doc = "Divides each activation by a power of the summed squares of its neighbouring channels (AlexNet)."
    PARAMS = (
        Param("size", "int", 5, "channels in each window", min=1, max=1024),
        Param("alpha", "float", 1e-4, "weight of the summed squares", min=0, max=1e3),
        Param("beta", "float", 0.75, "exponent of the divisor", min=0, max=10),
        Param("k", "float", 2.0, "constant added in the divisor", min=0, min_exclusive=True, max=1e3),
    )
    SUMMARY = ("size",)
    EXAMPLES = (
        ({"size": 3, "alpha": 0.5, "beta": 0.75, "k": 1.0}, (5, 2, 2)),
        ({"size": 4, "alpha": 1.0, "beta": 0.6, "k": 2.0}, (3, 2, 3)),  # even size, wider than C
        ({}, (6, 2, 2)),
    )

    def infer_shape(self, input_shape):
        need_image(self, input_shape)
        return input_shape

    def macs(self):
        return int(np.prod(self.input_shape)) * (self.size + 2)

    @staticmethod
    def _window_sum(a: np.ndarray, before: int, after: int) -> np.ndarray:
        """s_c = Σ a_j for j in c − before … c + after (axis 1), zero outside the channels."""
        s = a.copy()
        for d in range(1, min(before, a.shape[1] - 1) + 1):
            s[:, d:] += a[:, :-d]
        for d in range(1, min(after, a.shape[1] - 1) + 1):
            s[:, :-d] += a[:, d:]
        return s

    def forward(self, x, train):
        before, after = self.size // 2, (self.size - 1) // 2
        divisor = self._window_sum(x * x, before, after)
        divisor *= self.alpha / self.size
        divisor += self.k
        scale = divisor ** -self.beta
        if train:
            self.x, self.divisor, self.scale = x, divisor, scale
        return x * scale

    def backward(self, dy):
        before, after = self.size // 2, (self.size - 1) // 2
        x, scale = self.x, self.scale
        # t_c = dy_c · a_c · divisor_c^(−beta−1), summed over the channels c whose window holds j:
        # the transposed window, c from j − after to j + before.
        t = dy * x * scale / self.divisor
        dx = dy * scale
        dx -= (2 * self.alpha * self.beta / self.size) * x * self._window_sum(t, after, before)
        return dx
