"""One chart axis: its limits from the data (or given), linear or log10 mapping to pixels, and ticks."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from netbuilder.plotting.ticks import format_ticks, linear_ticks, log_ticks


@dataclass
class Axis:
    log: bool = False
    limits: tuple[float, float] | None = None   # fixed limits in data units, or None for automatic
    pad: float = 0.04                           # share of the span added on each side when automatic
    tick_labels: list[tuple[float, str]] | None = None   # categorical ticks replace the automatic ones
    integer: bool = False                       # ticks only at whole numbers (epochs, counts)
    lo: float = 0.0
    hi: float = 1.0
    _values: list[np.ndarray] = field(default_factory=list)

    def include(self, values) -> None:
        """Let these data values take part in the automatic limits (non-finite ones ignored)."""
        v = np.asarray(values, dtype=float).ravel()
        v = v[np.isfinite(v)]
        if self.log:
            v = v[v > 0]
        if v.size:
            self._values.append(np.array([v.min(), v.max()]))

    def settle(self) -> None:
        """Fix lo/hi (in transformed units: log10 of the data on a log axis)."""
        if self.limits is not None:
            lo, hi = (self.transform(np.asarray(self.limits, dtype=float)))
            if not (math.isfinite(lo) and math.isfinite(hi)) or hi == lo:
                raise ValueError(f"axis limits {self.limits} are not usable"
                                 + (" on a log axis (they must be > 0)" if self.log else ""))
            self.lo, self.hi = float(min(lo, hi)), float(max(lo, hi))
            return
        if self._values:
            both = self.transform(np.concatenate(self._values))
            lo, hi = float(both.min()), float(both.max())
        else:
            lo, hi = (0.0, 1.0)
        if hi == lo:
            half = 0.5 if self.log else max(abs(lo) * 0.1, 0.5)
            lo, hi = lo - half, hi + half
        span = hi - lo
        self.lo, self.hi = lo - span * self.pad, hi + span * self.pad

    def transform(self, values) -> np.ndarray:
        v = np.asarray(values, dtype=float)
        if not self.log:
            return v
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(v > 0, np.log10(np.where(v > 0, v, 1.0)), np.nan)

    def fraction(self, values) -> np.ndarray:
        """Position along the axis, 0 at lo and 1 at hi (NaN for values a log axis cannot show)."""
        return (self.transform(values) - self.lo) / (self.hi - self.lo)

    def ticks(self, target: int = 6) -> list[tuple[float, str]]:
        """(data value, label) pairs inside the limits."""
        if self.tick_labels is not None:
            inside = [(v, s) for v, s in self.tick_labels if 0 <= self.fraction(v) <= 1]
            return inside
        if self.log:
            values = log_ticks(10.0 ** self.lo, 10.0 ** self.hi, target)
        else:
            values = linear_ticks(self.lo, self.hi, target)
            if self.integer and len(values) > 1 and values[1] - values[0] < 1:
                values = [float(v) for v in range(math.ceil(self.lo), math.floor(self.hi) + 1)] or values
        return list(zip(values, format_ticks(values, log=self.log)))
