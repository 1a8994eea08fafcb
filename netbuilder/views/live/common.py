"""Shared look and habits of the live plots.

Every chart here: white background, calm colours, axis labels with units, a hover explanation of
what it shows and what to look for, and an explicit "no data yet" state instead of empty axes with
made-up numbers. Items are created once; updates only call setData/setImage. Views that are not
visible keep the newest data and draw it when shown, so hidden tabs cost nothing.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

TEXT = "#2E3440"
MUTED = "#6B7280"
AXIS = "#9AA1AB"
GRID_ALPHA = 0.18
TRAIN = "#3B6EA8"
TRAIN_FAINT = (59, 110, 168, 55)
VALID = "#D9822B"
GOOD = "#2E8B57"
WARN_BG = "#FFF6E0"
WARN_BORDER = "#E0B050"
ERROR_BG = "#FDF1F0"
ERROR_BORDER = "#D98880"
# Distinct but quiet, for one curve per layer or one colour per class.
SERIES = ("#3B6EA8", "#D9822B", "#3A9A6E", "#C0504D", "#7D5DB5", "#8C6D3F", "#D36BA6", "#6E7F8D",
          "#A5A83B", "#2CA0B5")
EMPTY_TEXT = "No data yet — press Train"


def series_color(i: int) -> str:
    return SERIES[i % len(SERIES)]


def qcolor_tuple(hex_color: str, alpha: int = 255) -> tuple[int, int, int, int]:
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16), alpha


def format_seconds(seconds: float | None) -> str:
    if seconds is None or not math.isfinite(seconds):
        return "–"
    seconds = max(0, int(round(seconds)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def format_number(v: float | None, digits: int = 4) -> str:
    if v is None or not math.isfinite(v):
        return "–"
    if v != 0 and (abs(v) < 1e-3 or abs(v) >= 1e5):
        return f"{v:.2e}"
    return f"{v:.{digits}g}"


def format_percent(v: float | None) -> str:
    return "–" if v is None or not math.isfinite(v) else f"{100 * v:.1f} %"


def style_axis(axis: pg.AxisItem) -> None:
    axis.setPen(pg.mkPen(AXIS))
    axis.setTextPen(pg.mkPen(TEXT))


class LivePlot(pg.PlotWidget):
    """A PlotWidget with our style, a hover explanation and a "no data yet" overlay."""

    def __init__(self, title: str, x_label: str, y_label: str, tooltip: str,
                 empty_text: str = EMPTY_TEXT, grid: bool = True, parent=None):
        super().__init__(parent=parent, background="w")
        self.grid = grid
        self.plot_item = self.getPlotItem()
        self.plot_item.setTitle(title, color=TEXT, size="10pt")
        self.plot_item.setLabel("bottom", x_label, color=MUTED)
        self.plot_item.setLabel("left", y_label, color=MUTED)
        for name in ("bottom", "left"):
            style_axis(self.plot_item.getAxis(name))
            # "(x0.001)" appended to a label is easy to miss; the tick labels carry the magnitude instead.
            self.plot_item.getAxis(name).enableAutoSIPrefix(False)
        self.plot_item.hideButtons()
        self.setToolTip(tooltip)
        self.setMinimumSize(220, 160)
        self._overlay = QLabel(empty_text, self)
        self._overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._overlay.setWordWrap(True)
        self._overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._overlay.setStyleSheet(f"color: {MUTED}; font-size: 10pt; background: transparent;")
        self.empty = None
        self.set_empty(True)

    def set_empty(self, empty: bool, text: str | None = None) -> None:
        """Empty: hide the curves' axes numbers (they would be meaningless) and say why it is empty."""
        if text is not None:
            self._overlay.setText(text)
        if empty == self.empty and text is None:
            return
        self.empty = empty
        self._overlay.setVisible(empty)
        for name in ("bottom", "left"):
            self.plot_item.getAxis(name).setStyle(showValues=not empty)
        show = self.grid and not empty
        self.plot_item.showGrid(x=show, y=show, alpha=GRID_ALPHA)
        self._place_overlay()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._place_overlay()

    def _place_overlay(self) -> None:
        if "_overlay" not in self.__dict__:
            return  # pyqtgraph resizes during its own construction, before the overlay exists
        margin = 40
        self._overlay.setGeometry(margin, margin, max(10, self.width() - 2 * margin),
                                  max(10, self.height() - 2 * margin))

    def add_legend(self, **kwargs) -> pg.LegendItem:
        legend = self.plot_item.addLegend(offset=kwargs.pop("offset", (-8, 8)), labelTextColor=TEXT,
                                          brush=pg.mkBrush(255, 255, 255, 215), pen=pg.mkPen("#D6DAE0"),
                                          labelTextSize="8pt", **kwargs)
        return legend


class ImageBox(pg.GraphicsLayoutWidget):
    """One image in a locked-aspect view without axes, for feature maps, filters and the like."""

    def __init__(self, tooltip: str, empty_text: str = EMPTY_TEXT, max_zoom: float = 0, parent=None):
        """`max_zoom`: at most this many screen pixels per image pixel (0: fill the box), so eight
        5×5 kernels do not become wall-sized blocks."""
        super().__init__(parent=parent)
        self.max_zoom = max_zoom
        self.setBackground("w")
        self.view = self.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.view.disableAutoRange()
        self.view.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image)
        self.setToolTip(tooltip)
        self._overlay = QLabel(empty_text, self)
        self._overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._overlay.setWordWrap(True)
        self._overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._overlay.setStyleSheet(f"color: {MUTED}; font-size: 10pt; background: transparent;")
        self._shape = None
        self.set_empty(True)

    def set_empty(self, empty: bool, text: str | None = None) -> None:
        if text is not None:
            self._overlay.setText(text)
        self._overlay.setVisible(empty)
        self.image.setVisible(not empty)

    def show_rgb(self, rgb: np.ndarray) -> None:
        self.image.setImage(rgb, autoLevels=False, levels=(0, 255))
        if rgb.shape[:2] != self._shape:  # re-frame only when the layout changes, not on every refresh
            self._shape = rgb.shape[:2]
            self._frame()
        self.set_empty(False)

    def _frame(self) -> None:
        if self._shape is None:
            return
        h, w = self._shape
        rect = QRectF(0, 0, w, h)
        if self.max_zoom > 0:
            zoom = min(self.width() / max(w, 1), self.height() / max(h, 1))
            if zoom > self.max_zoom:
                grow = zoom / self.max_zoom
                rect = QRectF(w / 2 - w * grow / 2, h / 2 - h * grow / 2, w * grow, h * grow)
        self.view.setRange(rect, padding=0.02)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if "_overlay" in self.__dict__:
            self._frame()
            self._overlay.setGeometry(10, 10, max(10, self.width() - 20), max(10, self.height() - 20))


class LazyView(QWidget):
    """Keeps the newest data while hidden and draws it when shown: hidden tabs cost nothing.

    Subclasses implement `redraw()`; `request_redraw()` draws now if visible (at most every
    `min_interval_ms`), otherwise when the view next becomes visible."""

    min_interval_ms = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._draw_if_dirty)
        self._clock = time.perf_counter
        self._last_draw = -1e9

    def request_redraw(self) -> None:
        self._dirty = True
        if not self.isVisible():
            return
        wait_ms = self.min_interval_ms - (self._clock() - self._last_draw) * 1000
        if wait_ms <= 0:
            self._draw_if_dirty()
        elif not self._timer.isActive():
            self._timer.start(int(wait_ms) + 1)

    def _draw_if_dirty(self) -> None:
        if self._dirty and self.isVisible():
            self._dirty = False
            self._last_draw = self._clock()
            self.redraw()

    def redraw(self) -> None:
        raise NotImplementedError

    def showEvent(self, event):
        super().showEvent(event)
        if self._dirty:
            QTimer.singleShot(0, self._draw_if_dirty)


class Series:
    """A growing x/y buffer (amortised doubling), so appending a batch is not a full copy."""

    def __init__(self):
        self.x = np.zeros(256)
        self.y = np.zeros(256)
        self.n = 0

    def extend(self, x, y) -> None:
        x, y = np.atleast_1d(x), np.atleast_1d(y)
        need = self.n + len(x)
        if need > len(self.x):
            size = max(need, 2 * len(self.x))
            self.x = np.resize(self.x, size)
            self.y = np.resize(self.y, size)
        self.x[self.n:need] = x
        self.y[self.n:need] = y
        self.n = need

    def clear(self) -> None:
        self.n = 0

    @property
    def xs(self) -> np.ndarray:
        return self.x[:self.n]

    @property
    def ys(self) -> np.ndarray:
        return self.y[:self.n]


def hint_label(text: str) -> QLabel:
    """A small grey line under a chart saying how to read it."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED}; font-size: 8.5pt;")
    return label
