"""Axis ticks at round numbers (1, 2, 5 × 10^k on linear axes, decades on log axes) and their labels."""

from __future__ import annotations

import math


def nice_step(span: float, target: int = 6) -> float:
    """The round step (1, 2, 2.5 or 5 × a power of ten) giving about `target` intervals over span."""
    if not span > 0 or not math.isfinite(span):
        return 1.0
    raw = span / max(target, 1)
    power = 10.0 ** math.floor(math.log10(raw))
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if raw <= m * power * (1 + 1e-9):
            return m * power
    return 10.0 * power


def linear_ticks(lo: float, hi: float, target: int = 6) -> list[float]:
    """Round tick positions inside [lo, hi]; at least the ends when the range is degenerate."""
    if hi < lo:
        lo, hi = hi, lo
    if hi == lo:
        return [lo]
    step = nice_step(hi - lo, target)
    first = math.ceil(lo / step - 1e-9) * step
    ticks = []
    k = 0
    while True:
        t = first + k * step
        if t > hi + step * 1e-9:
            break
        ticks.append(0.0 if abs(t) < step * 1e-9 else t)
        k += 1
    return ticks


def log_ticks(lo: float, hi: float, target: int = 6) -> list[float]:
    """Tick positions (in data units) for a log10 axis spanning [lo, hi] > 0.

    Whole decades when the range covers at least three; otherwise 1-2-5 steps inside decades, and
    linear round ticks when the range is narrower than one decade (so short axes still get labels).
    """
    if lo <= 0 or hi <= 0:
        raise ValueError("log axis needs positive limits")
    a, b = math.log10(lo), math.log10(hi)
    if b - a >= 3:
        every = max(1, math.ceil((b - a) / target))
        first, last = math.ceil(a - 1e-9), math.floor(b + 1e-9)
        return [10.0 ** e for e in range(first, last + 1) if (e - first) % every == 0]
    ticks = []
    for e in range(math.floor(a), math.ceil(b) + 1):
        for m in (1, 2, 5):
            t = m * 10.0 ** e
            if lo * (1 - 1e-9) <= t <= hi * (1 + 1e-9):
                ticks.append(t)
    if len(ticks) >= 3:
        return ticks
    return [t for t in linear_ticks(lo, hi, target) if t > 0]


def format_ticks(ticks: list[float], log: bool = False) -> list[str]:
    """Labels with as few decimals as the spacing needs; scientific notation for very large/small values."""
    if not ticks:
        return []
    biggest = max(abs(t) for t in ticks)
    if log and len(ticks) > 1 and min(ticks) > 0:
        return [_format_log(t) for t in ticks]
    if biggest >= 1e6 or (0 < biggest < 1e-3):
        for digits in range(2, 12):   # as many mantissa digits as it takes to tell the ticks apart
            labels = [_sci(t, digits) for t in ticks]
            if len(set(labels)) == len(labels):
                break
        return labels
    step = min((abs(b - a) for a, b in zip(ticks, ticks[1:]) if b != a), default=biggest or 1.0)
    decimals = 0
    while decimals < 8 and abs(round(step, decimals) - step) > step * 1e-6:
        decimals += 1
    return [f"{t:.{decimals}f}" for t in ticks]


def _format_log(t: float) -> str:
    if 1e-3 <= t < 1e5:
        text = f"{t:.6g}"
        return text
    return _sci(t)


def _sci(t: float, digits: int = 2) -> str:
    if t == 0:
        return "0"
    mantissa, exponent = f"{t:.{digits}e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    exp = int(exponent)
    return f"1e{exp}" if mantissa == "1" else f"{mantissa}e{exp}"
