"""Numbers as people read them: shapes, counts, sizes, durations, plain values and percentages.

The one place NetBuilder writes these, so the engine's error messages, `netbuilder check`, the run
store's reports and every card and chart of the window say "1×28×28", "1.23 M" or "4.5 MB" the same
way. A leaf module: Qt-free and importing nothing of NetBuilder, so even the engine may use it.
"""

from __future__ import annotations

import datetime
import math

NONE_TEXT = "–"  # what a missing value shows as: in tables, cards and reports alike


def shape_text(shape, spaced: bool = False) -> str:
    """(8, 28, 28) as "8×28×28" (the way papers write shapes), or "8 × 28 × 28" in running text.
    None (not known yet) is "?"."""
    if shape is None:
        return "?"
    return (" × " if spaced else "×").join(str(d) for d in shape)


def count_text(n: float) -> str:
    """Short, exact-enough counts of parameters or multiply-adds: 812, 12,345, 1.23 M, 4.5 G."""
    n = int(n)
    if abs(n) < 100_000:
        return f"{n:,}"
    for div, unit in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(n) >= div:
            value = n / div
            return f"{value:.3g} {unit}" if abs(value) < 100 else f"{value:,.0f} {unit}"
    return str(n)  # pragma: no cover (unreachable: |n| >= 100,000 always has a unit)


def size_text(n: float) -> str:
    """Bytes in decimal units, as memory and file sizes are quoted: 512 bytes, 4.5 MB, 1.2 GB."""
    for unit in ("bytes", "KB", "MB", "GB", "TB", "PB"):
        if n < 1000 or unit == "PB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    raise AssertionError("unreachable")  # pragma: no cover


def clock_text(seconds: float | None) -> str:
    """A running clock (elapsed, time left): 0:07, 12:34, 1:02:03."""
    if seconds is None or not math.isfinite(seconds):
        return NONE_TEXT
    seconds = max(0, int(round(seconds)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def duration_text(seconds: float | None) -> str:
    """How long something took, in a table column: 0.4s, 7s, 3m05s, 2h14m (tenths under 10 s: a
    half-second run is not "0s")."""
    if seconds is None:
        return NONE_TEXT
    if seconds < 9.95:
        return f"{seconds:.1f}s"
    s = int(round(seconds))
    return f"{s // 3600}h{s % 3600 // 60:02d}m" if s >= 3600 else f"{s // 60}m{s % 60:02d}s" if s >= 60 else f"{s}s"


def time_text(timestamp: float | None) -> str:
    """A moment in local time, to the minute: 2026-12-05 13:07."""
    return NONE_TEXT if timestamp is None else datetime.datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M")


def number_text(v: float | None, digits: int = 4) -> str:
    """A measured value (loss, learning rate): `digits` significant digits, exponent when tiny or huge."""
    if v is None or not math.isfinite(v):
        return NONE_TEXT
    if v != 0 and (abs(v) < 1e-3 or abs(v) >= 1e5):
        return f"{v:.2e}"
    return f"{v:.{digits}g}"


def range_text(lo: float, hi: float) -> tuple[str, str]:
    """The two ends of a range with enough digits to tell them apart: a first-layer weight of a deep
    sigmoid net moves the loss by 3e-6, and "0.6961 … 0.6961" said it did not move at all."""
    digits = 4
    span, size = abs(hi - lo), max(abs(lo), abs(hi))
    if span > 0 and size > 0:
        digits = min(12, max(4, math.ceil(-math.log10(span / size)) + 2))
    return f"{lo:.{digits}g}", f"{hi:.{digits}g}"


def percent_text(v: float | None) -> str:
    """A fraction as a percentage with one decimal: 0.9731 → "97.3 %"."""
    return NONE_TEXT if v is None or not math.isfinite(v) else f"{100 * v:.1f} %"


def progress_text(fraction: float) -> str:
    """A run's progress as a percentage with as many decimals as it takes to move: 10 000 epochs
    are 0.0001 % a batch, and a bar stuck at "0 %" for an hour looks like a hung run. Never 100 %
    before the end, never 0 % once something is done."""
    fraction = min(max(float(fraction), 0.0), 1.0)
    if fraction <= 0:
        return "0"
    if fraction >= 1:
        return "100"
    pct = 100 * fraction
    decimals = 0 if pct >= 10 else 1 if pct >= 1 else min(4, 1 - math.floor(math.log10(pct)))
    text = f"{pct:.{decimals}f}"
    if float(text) >= 100:
        return "99.9"
    if float(text) <= 0:
        return f"{pct:.2g}"
    return text


def value_text(v) -> str:
    """A setting's value as a person typed it: 2.0 → "2", 0.001 → "0.001", lists in brackets."""
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else f"{v:g}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(value_text(x) for x in v) + "]"
    return str(v)
