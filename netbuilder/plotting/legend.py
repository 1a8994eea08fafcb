"""The legend: one row per labelled series with its swatch (line, dashed line, dot or band), placed
in a plot corner that hides no data, else above the plot (never over a curve), or outside on the right."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from netbuilder.plotting.draw import dot, polyline
from netbuilder.plotting.fonts import text_size
from netbuilder.plotting.palette import FRAME, INK


@dataclass
class LegendEntry:
    label: str
    color: tuple[int, int, int]
    style: str = "line"   # "line", "dashed", "dot", "band", "errorbar"


def legend_size(draw, entries, fnt, s: int) -> tuple[int, int]:
    if not entries:
        return 0, 0
    widths = [text_size(draw, e.label, fnt)[0] for e in entries]
    row = text_size(draw, "Hg", fnt)[1] + 4 * s
    return max(widths) + 40 * s, row * len(entries) + 10 * s


def best_corner(points_px: list[np.ndarray], box_w: int, box_h: int, area_w: int, area_h: int,
                margin: int) -> tuple[tuple[int, int], int]:
    """Top-left corner (in plot-area pixels) of the legend box covering the fewest data points, and
    how many it covers. Lines are checked between their vertices too (a flat curve has few)."""
    corners = [(area_w - box_w - margin, margin), (margin, margin),
               (area_w - box_w - margin, area_h - box_h - margin), (margin, area_h - box_h - margin)]
    if not points_px:
        return corners[0], 0
    dense = [_densify(p) for p in points_px]
    xs = np.concatenate([p[0] for p in dense])
    ys = np.concatenate([p[1] for p in dense])
    best, best_count = corners[0], None
    for cx, cy in corners:
        inside = (xs >= cx - margin) & (xs <= cx + box_w + margin) & (ys >= cy - margin) & (ys <= cy + box_h + margin)
        count = int(inside.sum())
        if best_count is None or count < best_count:
            best, best_count = (cx, cy), count
    return best, best_count


def _densify(p: np.ndarray, steps: int = 8) -> np.ndarray:
    """Points every 1/steps of the way between consecutive vertices of one series."""
    xs, ys = np.asarray(p[0], dtype=float), np.asarray(p[1], dtype=float)
    if xs.size < 2:
        return np.stack([xs, ys])
    t = np.linspace(0.0, 1.0, steps, endpoint=False)
    dx = np.concatenate([(xs[:-1, None] + (xs[1:] - xs[:-1])[:, None] * t).ravel(), xs[-1:]])
    dy = np.concatenate([(ys[:-1, None] + (ys[1:] - ys[:-1])[:, None] * t).ravel(), ys[-1:]])
    return np.stack([dx, dy])


def draw_legend(draw, entries, x: int, y: int, fnt, s: int) -> None:
    w, h = legend_size(draw, entries, fnt, s)
    draw.rectangle((x, y, x + w, y + h), fill=(255, 255, 255), outline=FRAME, width=max(1, s // 2))
    row = text_size(draw, "Hg", fnt)[1] + 4 * s
    for i, e in enumerate(entries):
        cy = y + 5 * s + row * i + row // 2
        x0, x1 = x + 6 * s, x + 30 * s
        if min(e.color) > 200:   # a light line drawn over a dark map (the training path): show it on dark
            draw.rectangle((x0 - 2 * s, cy - 6 * s, x1 + 2 * s, cy + 6 * s), fill=(60, 60, 80), outline=None)
        if e.style == "band":
            draw.rectangle((x0, cy - 5 * s, x1, cy + 5 * s), fill=_tint(e.color, 0.3), outline=None)
            draw.line([(x0, cy), (x1, cy)], fill=e.color, width=2 * s)
        elif e.style == "dot":
            dot(draw, (x0 + x1) / 2, cy, 3.5 * s, e.color)
        elif e.style == "errorbar":
            xm = (x0 + x1) / 2
            draw.line([(xm, cy - 6 * s), (xm, cy + 6 * s)], fill=e.color, width=2 * s)
            dot(draw, xm, cy, 3 * s, e.color)
        else:
            dash = (6 * s, 4 * s) if e.style == "dashed" else None
            polyline(draw, [(x0, cy), (x1, cy)], e.color, 2 * s, dash)
        draw.text((x + 36 * s, cy), e.label, font=fnt, fill=INK, anchor="lm")


def _tint(color, alpha: float) -> tuple[int, int, int]:
    return tuple(int(round(255 + (c - 255) * alpha)) for c in color)
