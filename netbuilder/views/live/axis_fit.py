"""Fitting a live plot's axes to the room they have: titles that end in "…" instead of running off,
and fewer labels on a horizontal axis whose labels would touch.

pyqtgraph draws an axis title at full length whatever the axis' size, and labels every major tick
of a horizontal axis however wide the labels are: at 2× scaling the gradient histogram printed
"-0.0004-0.0002" as one word and the depth chart's "weight layer number (input → output)" was cut
at the plot's edge. Both are decided from the axis' length before the plot paints.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from netbuilder.views.pyqtgraph_themed import pg

LABEL_GAP_PX = 12  # between two tick labels of a horizontal axis
TICK_STEPS = (1, 2, 5, 10)  # major spacings tried, as multiples of pyqtgraph's own


class AxisTitle:
    """An axis title shortened to its axis with "…", the whole title in the axis' tooltip. A new
    title set by a view (PlotItem.setLabel) is noticed and becomes the whole title."""

    def __init__(self, axis: pg.AxisItem):
        self.axis = axis
        self.full: str | None = None
        self.shown: str | None = None

    def fit(self) -> None:
        axis = self.axis
        if axis.labelText != self.shown:
            self.full = axis.labelText  # set from outside since: the new whole title
        geometry = axis.geometry()
        length = geometry.height() if axis.orientation in ("left", "right") else geometry.width()
        if length <= 0 or not self.full:
            return
        shown = QFontMetricsF(axis.label.font()).elidedText(self.full, Qt.TextElideMode.ElideRight, length - 4)
        if shown != axis.labelText:
            axis.labelText = shown
            axis._updateLabel()
        self.shown = shown
        axis.setToolTip(self.full if shown != self.full else "")


def space_x_ticks(axis: pg.AxisItem) -> float | None:
    """Label every major tick of a horizontal axis, or every 2nd, 5th or 10th spacing's worth when
    their labels would touch. Returns the major spacing set (None: pyqtgraph's own). Axes with
    ticks set by hand (setTicks) and log axes are left alone."""
    if axis._tickLevels is not None or axis.logMode or not axis.style["showValues"]:
        return None
    width = axis.geometry().width()
    low, high = sorted(axis.range)
    if width <= 0 or not math.isfinite(high - low) or high <= low:
        return None
    fixed, axis._tickSpacing = axis._tickSpacing, None  # pyqtgraph's own spacing for this length
    try:
        levels = axis.tickValues(low, high, width)
    finally:
        axis._tickSpacing = fixed
    if not levels:
        return None
    spacing = levels[0][0]
    metrics = QFontMetricsF(axis.style["tickFont"] or QFont())
    scale = axis.autoSIPrefixScale * axis.scale

    def visible(major: float, offset: float) -> list[tuple[float, float]] | None:
        """(centre, width) of the labels pyqtgraph would draw (it drops those that would stick out
        past the axis' ends), or None if two of them would touch."""
        first, last = math.ceil((low - offset) / major - 1e-9), math.floor((high - offset) / major + 1e-9)
        values = [offset + major * k for k in range(first, last + 1)]
        labels = []
        for value, text in zip(values, axis.tickStrings(values, scale, major)):
            centre, half = (value - low) / (high - low) * width, metrics.horizontalAdvance(text) / 2
            if centre - half >= 0 and centre + half <= width:
                labels.append((centre, half))
        if any(b[0] - b[1] - (a[0] + a[1]) < LABEL_GAP_PX for a, b in zip(labels, labels[1:])):
            return None
        return labels

    # The closest spacing (and where it starts) whose labels fit, keeping two (one label is no
    # scale); failing that one; failing that pyqtgraph's own. Tried in order, stopping at the first.
    best = one = None
    for step, k in ((step, k) for step in TICK_STEPS for k in range(step)):
        labels = visible(spacing * step, spacing * k)
        if labels is not None and len(labels) >= 2:
            best = (step, k)
            break
        if labels and one is None:
            one = (step, k)
    step, k = best or one or (1, 0)
    wanted = None if (step, k) == (1, 0) else [(spacing * step, spacing * k)]  # no minor level: its labels may touch
    if wanted != fixed:  # setting it again would redraw the axis' cached picture for nothing
        axis.setTickSpacing(levels=wanted)
    return None if wanted is None else spacing * step
