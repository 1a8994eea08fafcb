"""Contour maps on a Chart: a filled colour map of a grid of values with iso-lines on top.

Used for loss landscapes, whose values span orders of magnitude near a minimum; colours and levels
are therefore taken on log10 of the values when all are positive (`log=True`). Iso-lines come from
marching squares on the grid, drawn in data coordinates so they line up with anything else on the chart.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from netbuilder.analysis.grid import bilinear, iso_segments, levels_for, scaled

# Viridis at nine stops: perceptually even, readable in grey and for colour-blind readers.
VIRIDIS = np.array([(68, 1, 84), (71, 44, 122), (59, 81, 139), (44, 113, 142), (33, 144, 141),
                    (39, 173, 129), (92, 200, 99), (170, 220, 50), (253, 231, 37)], dtype=float)


def colormap(t: np.ndarray) -> np.ndarray:
    """Values in [0, 1] -> RGB uint8 (..., 3)."""
    t = np.clip(np.nan_to_num(np.asarray(t, float), nan=1.0), 0, 1) * (len(VIRIDIS) - 1)
    lo = np.floor(t).astype(int).clip(0, len(VIRIDIS) - 2)
    f = (t - lo)[..., None]
    return (VIRIDIS[lo] * (1 - f) + VIRIDIS[lo + 1] * f).astype(np.uint8)


def contour_painter(xs, ys, z, log: bool = True, levels: int = 12, line_color=(255, 255, 255)):
    """A paint(area) function for Chart.custom: colour map plus iso-lines of z (rows follow ys)."""
    xs, ys = np.asarray(xs, float), np.asarray(ys, float)
    v = scaled(z, log)
    finite = v[np.isfinite(v)]
    lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)

    def paint(area) -> None:
        (px0, px1), (py0, py1) = (area.px(xs[[0, -1]], ys[[0, -1]]))
        left, right = int(round(min(px0, px1))), int(round(max(px0, px1)))
        top, bottom = int(round(min(py0, py1))), int(round(max(py0, py1)))
        w, h = max(right - left, 1), max(bottom - top, 1)
        t = (bilinear(v, w, h) - lo) / ((hi - lo) or 1.0)
        area.image.paste(Image.fromarray(colormap(t), "RGB").convert("RGBA"), (left, top))
        for level in levels_for(v, levels):
            for (xa, ya), (xb, yb) in iso_segments(xs, ys, v, level):
                (pa, pb), (qa, qb) = area.px([xa, xb], [ya, yb])
                area.draw.line([(pa, qa), (pb, qb)], fill=line_color + (170,), width=max(1, area.scale))

    return paint
