"""The live charts' widgets: a styled plot, an image box, the "no data yet" overlay, hint lines.

Every chart: calm colours, axis labels with units, a hover explanation of what it shows and what
to look for, and an explicit "no data yet" state instead of empty axes with made-up numbers. Items
are created once; updates only call setData/setImage.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QLabel, QWidget

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.views import theme
from netbuilder.views.live.axis_fit import AxisTitle, space_x_ticks
from netbuilder.views.pyqtgraph_themed import pg
from netbuilder.views.translation import translate

EMPTY_TEXT = QT_TRANSLATE_NOOP("LivePlot", "No data yet — press Train")


def series_color(i: int) -> str:
    """The i-th series colour of the palette in use (read it when drawing)."""
    return theme.palette().series_color(i)


def style_axis(axis: pg.AxisItem, pal: theme.Palette) -> None:
    axis.setPen(pg.mkPen(pal.axis))
    axis.setTextPen(pg.mkPen(pal.plot_text))


def empty_overlay(text: str, parent: QWidget) -> QLabel:
    """The centred grey message over an empty chart or image; clicks pass through to the chart."""
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    label.setObjectName("chartEmpty")
    return label


DECADE_STEPS = (1.0, 2.0, 3.0, 5.0, 10.0)  # decades between labels on a log axis


def widest_tick_text(axis: pg.AxisItem) -> float | None:
    """The widest tick label a vertical `axis` can draw at its current range and length (every
    labelled level, so at least what pyqtgraph will measure), or None before it has a size."""
    if not axis.style["showValues"]:
        return 0.0
    length = axis.geometry().height()
    if length <= 0:
        return None
    if axis._tickLevels is None:
        levels = axis.tickValues(axis.range[0], axis.range[1], length)
        strings = [axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, spacing)
                   for spacing, values in levels[:axis.style["maxTextLevel"] + 1]]
    else:
        strings = [[text for _, text in level] for level in axis._tickLevels[:axis.style["maxTextLevel"] + 1]]
    metrics = QFontMetricsF(axis.style["tickFont"] or QFont())
    # horizontalAdvance is ten times cheaper than the bounding box pyqtgraph measures, and at most
    # a pixel or two narrower
    return max((metrics.horizontalAdvance(text) for level in strings for text in level if text), default=0.0) + 2


def _padded(span: tuple[float, float], padding: float) -> tuple[float, float]:
    """`span` widened by `padding` of its length on each side, as pyqtgraph's setXRange pads."""
    low, high = span
    pad = (high - low) * padding
    return low - pad, high + pad


class LivePlot(pg.PlotWidget):
    """A PlotWidget with our style, a hover explanation and a "no data yet" overlay."""

    def __init__(self, title: str, x_label: str, y_label: str, tooltip: str,
                 empty_text: str | None = None, grid: bool = True, parent=None):
        super().__init__(parent=parent, background=theme.palette().plot_bg)
        empty_text = translate("LivePlot", EMPTY_TEXT) if empty_text is None else empty_text  # translated when made, not at import
        self.grid = grid
        self.plot_item = self.getPlotItem()
        self.plot_item.setTitle(title, size="10pt")
        self.plot_item.setLabel("bottom", x_label)
        self.plot_item.setLabel("left", y_label)
        for name in ("bottom", "left"):
            axis = self.plot_item.getAxis(name)
            # "(x0.001)" appended to a label is easy to miss; the tick labels carry the magnitude instead.
            axis.enableAutoSIPrefix(False)
            # pyqtgraph replays the axis drawing (text shaping included, ~5 ms) on every repaint of the
            # plot, e.g. each time a curve moves; a pixmap cache redraws it only when the ticks change.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        for name in ("top", "right"):  # hidden, but they still rebuild their labels on every range change
            self.plot_item.getAxis(name).enableAutoSIPrefix(False)
        # pyqtgraph sizes the y axis to its labels while painting; when that changes the width, the
        # plot is laid out and painted again, and the chain of repaints ran in one event-loop turn
        # (a 60-90 ms stall in bench_gui). fit_axis() sizes it before the paint instead, and lets it
        # shrink only then, not in the middle of a paint.
        self.plot_item.getAxis("left").setStyle(autoReduceTextSpace=False)
        # After a resize, once the layout has settled: fitting from inside the layout's own
        # resize signal laid it out again in the middle of that and left stale axis lines behind.
        self.plot_item.vb.sigResized.connect(lambda *_: QTimer.singleShot(0, self, self._fit_axes))
        self.plot_item.hideButtons()
        self.setToolTip(tooltip)
        self.setMinimumSize(200, 130)  # two side by side and the stat cards above fit a 1024×700 window
        self._x_range = self._y_range = None
        self._axis_fitted_for = None
        self._decade_labels = False
        self._decade_step = None
        # y: a title longer than a short plot ran into the x axis; x: past the plot's right edge
        self._titles = {name: AxisTitle(self.plot_item.getAxis(name)) for name in ("left", "bottom")}
        self.decorations: list = []  # non-data items to hide while empty (reference lines)
        self.plot_item.disableAutoRange()
        self._overlay = empty_overlay(empty_text, self)
        self.empty = None
        self.set_empty(True)
        theme.styled(self, self._style)

    def set_title(self, title: str) -> None:
        self.plot_item.setTitle(title, color=theme.palette().plot_text, size="10pt")

    def plot(self, *args, **kwargs):
        """A curve in this plot (pyqtgraph's PlotItem.plot). Its `dynamicRangeLimit` is off unless
        asked for: pyqtgraph's default re-clips every curve at every change of the y range, which
        rebuilt all 16 curves and their symbols of the Gradients tab (30 ms of a redraw step, 60 ms
        with another process on the same CPU). Live plots set their ranges to cover their data, so
        there is nothing far outside the view to clip."""
        kwargs.setdefault("dynamicRangeLimit", None)
        return self.plot_item.plot(*args, **kwargs)

    def _style(self, pal: theme.Palette) -> None:
        """Background, title, axes, grid and legend in the palette's colours (on every theme change).
        Titles and axis labels set later without a colour keep the one set here."""
        self.setBackground(pal.plot_bg)
        self.set_title(self.plot_item.titleLabel.text)
        for name in ("bottom", "left"):
            axis = self.plot_item.getAxis(name)
            self.plot_item.setLabel(name, axis.labelText, color=pal.muted)
            style_axis(axis, pal)
        if self.empty is not None:
            self.plot_item.showGrid(x=False, y=self.grid and not self.empty, alpha=pal.grid_alpha)

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
        self.plot_item.showGrid(x=False, y=self.grid and not empty, alpha=theme.palette().grid_alpha)
        self.fit_axis()
        self._place_overlay()

    def _fit_axes(self) -> None:
        self.fit_x_axis()
        self.fit_axis()

    def fit_x_axis(self) -> None:
        """The x axis' title and label spacing for its width (axis_fit.py)."""
        self._titles["bottom"].fit()
        space_x_ticks(self.plot_item.getAxis("bottom"))

    def fit_axis(self) -> None:
        """Give the y axis the width of its widest label and lay the plot out now, before it paints,
        so that the paint measures nothing new and does not lay the plot out and paint it again."""
        axis = self.plot_item.getAxis("left")
        key = (tuple(axis.range), axis.geometry().height(), axis.logMode, id(axis._tickLevels), axis.style["showValues"])
        if key == self._axis_fitted_for:
            return  # most redraws move the curves only
        self._axis_fitted_for = key
        self._titles["left"].fit()
        if self._decade_labels:
            self._space_decades(axis)
        widest = widest_tick_text(axis)
        if widest is None or abs(widest - axis.textWidth) < 1:
            return
        axis.textWidth = widest
        axis._updateWidth()
        self.plot_item.layout.activate()
        # The whole plot, not only the items' new places: a plot shorter than its parts' minimum
        # sizes kept stale pieces of its axes where they had been.
        self.viewport().update()

    def _space_decades(self, axis: pg.AxisItem) -> None:
        """Label every decade, or every 2nd, 3rd, 5th, 10th when the axis is too short for them
        all: a 60 px tall ratio chart over six decades had its labels printed over each other."""
        height = axis.geometry().height()
        if height <= 0:
            return
        lo, hi = sorted(axis.range)
        line = QFontMetricsF(axis.style["tickFont"] or QFont()).height() * 1.5

        def labels(step: float) -> int:
            return math.floor(hi / step + 1e-9) - math.ceil(lo / step - 1e-9) + 1

        # The closest spacing whose labels fit, keeping two of them (one label is no scale);
        # on an axis too short for two, one; failing that, every decade as before.
        step = next((s for need in (2, 1) for s in DECADE_STEPS if labels(s) >= need and labels(s) * line <= height),
                    DECADE_STEPS[0])
        if step != self._decade_step:
            self._decade_step = step
            axis.setTickSpacing(step, step)

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
        # setLogMode turns auto-range on, which then measures every curve's bounds before each paint
        # and once more when set_ranges turns it off; live plots set their own ranges.
        self.plot_item.disableAutoRange()
        axis = self.plot_item.getAxis("left")
        axis.setStyle(maxTextLevel=0 if log and not minor_labels else 2)
        # maxTextLevel alone is not enough: on a short axis pyqtgraph picks half-decade major ticks
        # and then labels 2…9 as if they were majors. Whole decades only, unless asked otherwise.
        self._decade_labels = log and not minor_labels
        self._decade_step = None
        if self._decade_labels:
            axis.setTickSpacing(1.0, 1.0)  # fit_axis spaces them wider on a short axis
        else:
            axis.setTickSpacing()
        self._axis_fitted_for = None
        self.forget_ranges()
        self.fit_axis()

    def set_ranges(self, x: tuple[float, float] | None = None, y: tuple[float, float] | None = None) -> None:
        """Set the view range only when it really changes. Live plots use stepped ranges (whole
        epochs, half decades, nice numbers) so their axes, which are costly to redraw, stay put
        while the curves move inside them."""
        change = {}
        if x is not None and x != self._x_range:
            self._x_range = x
            change["xRange"] = _padded(x, 0.02)
        if y is not None and y != self._y_range:
            self._y_range = y
            change["yRange"] = _padded(y, 0.04)
        if change:  # both axes in one call: every curve hears of a range change once, not twice
            self.plot_item.setRange(padding=0.0, **change)
        if "xRange" in change:
            self.fit_x_axis()
        if "yRange" in change:
            self.fit_axis()

    def forget_ranges(self) -> None:
        self._x_range = self._y_range = None


class ImageBox(pg.GraphicsLayoutWidget):
    """One image in a locked-aspect view without axes, for feature maps, filters and the like."""

    def __init__(self, tooltip: str, empty_text: str | None = None, max_zoom: float = 0, parent=None):
        """`max_zoom`: at most this many screen pixels per image pixel (0: fill the box), so eight
        5×5 kernels do not become wall-sized blocks."""
        super().__init__(parent=parent)
        empty_text = translate("LivePlot", EMPTY_TEXT) if empty_text is None else empty_text
        self.max_zoom = max_zoom
        theme.styled(self, lambda pal: self.setBackground(pal.plot_bg))
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


def result_label(text: str = "") -> QLabel:
    """A line of results beside or under a chart (a measurement's numbers, a verdict): it wraps and
    never sets the window's minimum width, however many layers it names (a five-layer sigmoid net's
    saturation summary made the window 1482 px wide and squeezed the pipeline)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMinimumWidth(120)
    return label


def hint_label(text: str) -> QLabel:
    """A small grey line under a chart saying how to read it."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label


class ThinnedSeries(Series):
    """A Series that stays under `cap` points however long the run: once full, every other point
    is dropped and from then on only every `stride`-th point offered is kept (the stride doubles at
    each thinning). The x values stay the true ones, so the axis still tells when each kept point
    was taken; only the density of points falls. Series fed the same x values thin alike."""

    def __init__(self, cap: int = 2000):
        super().__init__()
        self.cap = max(4, cap)
        self.stride = 1
        self.offered = 0

    def extend(self, x, y) -> None:
        x, y = np.atleast_1d(x), np.atleast_1d(y)
        index = self.offered + np.arange(len(x))
        self.offered += len(x)
        keep = index % self.stride == 0
        super().extend(x[keep], y[keep])
        while self.n > self.cap:
            self.stride *= 2
            kept = slice(0, self.n, 2)  # the points kept so far were offered at multiples of the old stride
            xs, ys = self.xs[kept].copy(), self.ys[kept].copy()
            self.n = len(xs)
            self.x[:self.n], self.y[:self.n] = xs, ys

    def clear(self) -> None:
        super().clear()
        self.stride = 1
        self.offered = 0
