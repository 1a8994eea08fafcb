"""Drawing primitives Pillow lacks: polylines broken at missing values, dashed polylines, markers."""

from __future__ import annotations

import math

import numpy as np


def finite_runs(px: np.ndarray, py: np.ndarray) -> list[list[tuple[float, float]]]:
    """Split a polyline into runs of consecutive finite points (a NaN or inf breaks the line)."""
    ok = np.isfinite(px) & np.isfinite(py)
    runs, current = [], []
    for good, x, y in zip(ok, px, py):
        if good:
            current.append((float(x), float(y)))
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def polyline(draw, points, color, width: int, dash: tuple[float, float] | None = None) -> None:
    """A solid or dashed polyline; a single point is drawn as a dot so it stays visible."""
    if len(points) == 1:
        x, y = points[0]
        r = max(width, 2) / 2
        draw.ellipse((x - r, y - r, x + r, y + r), fill=color)
        return
    if dash is None:
        draw.line(points, fill=color, width=width, joint="curve")
        return
    on, off = dash
    period = on + off
    phase = 0.0  # distance travelled along the dash pattern
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        length = math.hypot(x1 - x0, y1 - y0)
        if length == 0:
            continue
        pos = 0.0
        while pos < length:
            in_period = phase % period
            if in_period < on:
                step = min(on - in_period, length - pos)
                a, b = pos / length, (pos + step) / length
                draw.line([(x0 + (x1 - x0) * a, y0 + (y1 - y0) * a),
                           (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b)], fill=color, width=width)
            else:
                step = min(period - in_period, length - pos)
            pos += step
            phase += step


def dot(draw, x: float, y: float, radius: float, color, outline=None) -> None:
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=color, outline=outline)
