"""Shared look and habits of the live plots.

Every chart here: white background, calm colours, axis labels with units, a hover explanation of
what it shows and what to look for, and an explicit "no data yet" state instead of empty axes with
made-up numbers. Items are created once; updates only call setData/setImage. Views that are not
visible keep the newest data and draw it when shown, so hidden tabs cost nothing.
"""

from __future__ import annotations

import inspect
import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtWidgets import QGraphicsItem, QLabel, QWidget

from netbuilder.views import theme
from netbuilder.views.live.budget import draw_budget

# The light palette's plot colours under the names the views import (views/theme.py holds every
# colour; code that must follow a palette switch reads theme.palette() when it draws).
_LIGHT = theme.LIGHT
TEXT, MUTED, AXIS, GRID_ALPHA = _LIGHT.plot_text, _LIGHT.muted, _LIGHT.axis, 0.18
TRAIN, TRAIN_FAINT, VALID, GOOD = _LIGHT.train, _LIGHT.train_faint, _LIGHT.valid, _LIGHT.good
WARN_BG, WARN_BORDER, ERROR_BG, ERROR_BORDER = _LIGHT.warn_bg, _LIGHT.warn_border, _LIGHT.error_bg, _LIGHT.error_border
SERIES = _LIGHT.series
EMPTY_TEXT = "No data yet — press Train"
STEP_DELAY_MS = 8  # between the parts of a staggered redraw


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


def empty_overlay(text: str, parent: QWidget) -> QLabel:
    """The centred grey message over an empty chart or image; clicks pass through to the chart."""
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    label.setStyleSheet(f"color: {MUTED}; font-size: 10pt; background: transparent;")
    return label


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
            axis = self.plot_item.getAxis(name)
            style_axis(axis)
            # "(x0.001)" appended to a label is easy to miss; the tick labels carry the magnitude instead.
            axis.enableAutoSIPrefix(False)
            # pyqtgraph replays the axis drawing (text shaping included, ~5 ms) on every repaint of the
            # plot, e.g. each time a curve moves; a pixmap cache redraws it only when the ticks change.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plot_item.hideButtons()
        self.setToolTip(tooltip)
        self.setMinimumSize(220, 160)
        self._x_range = self._y_range = None
        self.decorations: list = []  # non-data items to hide while empty (reference lines)
        self.plot_item.disableAutoRange()
        self._overlay = empty_overlay(empty_text, self)
        self.empty = None
        self.set_empty(True)

    def set_empty(self, empty: bool, text: str | None = None) -> None:
        """Empty: hide the curves' axes numbers (they would be meaningless) and say why it is empty."""
        if text is not None and text != self._overlay.text():
            self._overlay.setText(text)
        # An empty chart shows only its message: no stray baseline, reference line or legend.
        for item in [*self.plot_item.listDataItems(), *self.decorations]:
            if item.isVisible() == empty:
                item.setVisible(not empty)
        if self.plot_item.legend is not None and self.plot_item.legend.isVisible() == empty:
            self.plot_item.legend.setVisible(not empty)
        if empty == self.empty:
            return  # restyling the axes costs a redraw of their cached pictures
        self.empty = empty
        self._overlay.setVisible(empty)
        for name in ("bottom", "left"):
            self.plot_item.getAxis(name).setStyle(showValues=not empty)
        # Horizontal grid lines only: enough to read values off, and the grid is the costliest part
        # of redrawing an axis (it is drawn as part of the axis, across the whole plot).
        self.plot_item.showGrid(x=False, y=self.grid and not empty, alpha=GRID_ALPHA)
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

    def set_log_y(self, log: bool, minor_labels: bool = False) -> None:
        """Log scale on y. Unless `minor_labels`, only powers of ten get labels: in a small plot
        pyqtgraph's labels for 2…9 pile up near each decade into an unreadable smear."""
        self.plot_item.setLogMode(y=log)
        axis = self.plot_item.getAxis("left")
        axis.setStyle(maxTextLevel=0 if log and not minor_labels else 2)
        # maxTextLevel alone is not enough: on a short axis pyqtgraph picks half-decade major ticks
        # and then labels 2…9 as if they were majors. Whole decades only, unless asked otherwise.
        if log and not minor_labels:
            axis.setTickSpacing(1.0, 1.0)
        else:
            axis.setTickSpacing()
        self.forget_ranges()

    def set_ranges(self, x: tuple[float, float] | None = None, y: tuple[float, float] | None = None) -> None:
        """Set the view range only when it really changes. Live plots use stepped ranges (whole
        epochs, half decades, nice numbers) so their axes, which are costly to redraw, stay put
        while the curves move inside them."""
        if x is not None and x != self._x_range:
            self._x_range = x
            self.plot_item.setXRange(*x, padding=0.02)
        if y is not None and y != self._y_range:
            self._y_range = y
            self.plot_item.setYRange(*y, padding=0.04)

    def forget_ranges(self) -> None:
        self._x_range = self._y_range = None

    def add_legend(self, **kwargs) -> pg.LegendItem:
        pal = theme.palette()
        legend = self.plot_item.addLegend(offset=kwargs.pop("offset", (-8, 8)), labelTextColor=pal.plot_text,
                                          brush=pg.mkBrush(*pal.legend_bg), pen=pg.mkPen(pal.border),
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
        self._overlay = empty_overlay(empty_text, self)
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
    `min_interval_ms`, stretched while the GUI thread is busy: see budget.py), otherwise when the
    view next becomes visible. A `redraw()` that is a
    generator is run one step per event-loop turn: with several plots, yielding after each one
    lets Qt paint them one at a time, so no single event keeps the window busy for long."""

    min_interval_ms = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self._dirty = False
        self._steps = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._draw_if_dirty)
        self._clock = time.perf_counter
        self._last_draw = -1e9

    @property
    def drawing(self) -> bool:
        """Something is waiting to be drawn or half drawn (tests wait for this to clear)."""
        return self._dirty or self._steps is not None

    def request_redraw(self) -> None:
        self._dirty = True
        if not self.isVisible() or self._steps is not None:
            return
        wait_ms = self.min_interval_ms * draw_budget().stretch - (self._clock() - self._last_draw) * 1000
        if wait_ms <= 0:
            self._draw_if_dirty()
        elif not self._timer.isActive():
            self._timer.start(int(wait_ms) + 1)

    def _draw_if_dirty(self) -> None:
        if self._dirty and self.isVisible() and self._steps is None:
            self._dirty = False
            self._last_draw = self._clock()
            result = self.redraw()
            if inspect.isgenerator(result):
                self._steps = result
                self._step()

    def _step(self) -> None:
        if self._steps is None:
            return
        try:
            next(self._steps)
        except StopIteration:
            self._steps = None
            if self._dirty:
                self.request_redraw()
            return
        # A real (not zero) timer: a 0 ms single shot is a posted event that runs before Qt paints
        # or serves timers, so the steps would still run back to back.
        QTimer.singleShot(STEP_DELAY_MS, self._step)

    def redraw(self):
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


def nice_ceil(v: float) -> float:
    """The next of 1, 2, 2.5, 5 × 10^k at or above v (v > 0)."""
    if not (v > 0 and math.isfinite(v)):
        return 1.0
    base = 10 ** math.floor(math.log10(v))
    for m in (1, 2, 2.5, 5, 10):
        if m * base >= v * (1 - 1e-9):
            return m * base
    return 10 * base


def log_span(values: np.ndarray, step: float = 0.5) -> tuple[float, float] | None:
    """(lo, hi) in log10 units covering the positive finite values, on a grid of `step` decades."""
    v = np.asarray(values, dtype=np.float64)
    v = v[np.isfinite(v) & (v > 0)]
    if not v.size:
        return None
    lo = math.floor(math.log10(v.min()) / step) * step
    hi = math.ceil(math.log10(v.max()) / step) * step
    return (lo, hi if hi > lo else lo + step)


def epoch_span(x_max: float) -> tuple[float, float]:
    """0 to the next whole epoch: the x axis changes once per epoch, not with every batch."""
    return (0.0, float(max(1, math.ceil(x_max - 1e-9))))


def hint_label(text: str) -> QLabel:
    """A small grey line under a chart saying how to read it."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED}; font-size: 8.5pt;")
    return label
