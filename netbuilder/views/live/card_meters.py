"""Gradient size per pipeline card, as a 0..1 bar: gradient flow through the whole network at a glance.

The bar is logarithmic and relative to the layer with the largest gradient at this moment: a
healthy network shows bars of similar length, while a deep sigmoid stack shows them shrinking
toward the input by orders of magnitude (vanishing gradients). The RMS per weight is used rather
than the plain norm, so a 460,000-weight layer is not made to look strong just by being big.
The text adds what blocks the gradient after the layer: "% dead" for a ReLU's units that were off
for the whole batch, "% saturated" for a sigmoid/tanh's outputs whose slope is under the engine's
threshold (engine/saturation.py, the same one the Lab's saturation view uses).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from netbuilder.engine.saturation import SLOPE
from netbuilder.views import theme
from netbuilder.views.translation import translate

DECADES = 5.0            # the bar spans this many powers of ten below the strongest layer
WEAK = 0.3               # below this fraction the bar turns the palette's error colour


@dataclass
class CardMeter:
    fraction: float
    text: str
    tooltip: str
    color: str | None = None  # None: the card's own category colour


def gradient_levels(values, decades: float = DECADES) -> np.ndarray:
    """Positive sizes -> 0..1 on a log scale, 1 for the largest; zero or missing values -> 0."""
    v = np.asarray(values, dtype=np.float64)
    out = np.zeros(v.shape)
    ok = np.isfinite(v) & (v > 0)
    if ok.any():
        top = v[ok].max()
        out[ok] = np.clip(1 + np.log10(v[ok] / top) / decades, 0, 1)
    return out


def card_gradient_meters(stats, layer_count: int) -> list[CardMeter | None]:
    """One entry per pipeline layer (None for layers without weights, e.g. activations) from a
    `GradientStats` snapshot; feed them to each card's `set_meter(m.fraction, m.text, m.tooltip, m.color)`."""
    meters: list[CardMeter | None] = [None] * layer_count
    if stats is None or not len(stats.layers):
        return meters
    levels = gradient_levels(stats.grad_rms)
    top = float(np.nanmax(stats.grad_rms)) if np.isfinite(stats.grad_rms).any() else 0.0
    for k, i in enumerate(stats.layers):
        if i >= layer_count:
            continue
        rms = float(stats.grad_rms[k])
        dead = float(stats.dead_share[k]) if k < len(stats.dead_share) else math.nan
        saturated = float(stats.saturated_share[k]) if k < len(stats.saturated_share) else math.nan
        text = translate("LiveCardMeters", "grad {0:.1e}").format(rms)
        if math.isfinite(dead) and dead >= 0.05:
            text += translate("LiveCardMeters", " · {0:.0%} dead").format(dead)
        if math.isfinite(saturated) and saturated >= 0.05:
            text += translate("LiveCardMeters", " · {0:.0%} saturated").format(saturated)
        ratio = rms / top if top > 0 else 0.0
        tip = (translate("LiveCardMeters", "Gradient size (RMS per weight): {0:.2e}, {1:.1e}× the largest layer's.\nThe bar is logarithmic: each fifth of its length is a factor of 10. Bars that shrink toward the input mean vanishing gradients: those layers barely learn.").format(rms, ratio))
        if math.isfinite(dead):
            tip += translate("LiveCardMeters", "\n{0:.0%} of the ReLU units after this layer were inactive on every sample of the last batch.").format(dead)
        if math.isfinite(saturated):
            tip += translate("LiveCardMeters", "\n{0:.0%} of the sigmoid/tanh outputs after this layer were saturated on the last batch (slope under {1}): almost no gradient passes there.").format(saturated, SLOPE)
        meters[i] = CardMeter(float(levels[k]), text, tip, theme.palette().error if levels[k] < WEAK else None)
    return meters
