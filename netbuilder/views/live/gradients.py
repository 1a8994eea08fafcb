"""How strongly each layer is being corrected, over time and across depth, and the distributions of
the selected layer's weights (against where they started) and gradients.

Gradient size is the RMS per weight (‖∂L/∂W‖/√n) so layers of different size compare fairly; the
update/weight ratio ‖ΔW‖/‖W‖ says how fast a layer's weights actually move (around 1e-3 per step is
the usual healthy range; far below, the layer is frozen; far above, training is unstable).
"""

from __future__ import annotations

import html
import math

import numpy as np
from netbuilder.views.pyqtgraph_themed import pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.views import theme
from netbuilder.views.live.chart_key import ChartKey, KeyEntry, keyed
from netbuilder.views.live.depth_axis import depth_ticks
from netbuilder.views.live.plot import EMPTY_TEXT, LivePlot, ThinnedSeries, hint_label, series_color
from netbuilder.views.live.redraw import LazyView
from netbuilder.views.live.scales import epoch_span, log_span, nice_ceil
from netbuilder.views.translation import translate

RMS_TIP = (QT_TRANSLATE_NOOP("LiveGradients", "Gradient size of each weight layer (RMS of ∂loss/∂weight) at every snapshot, log scale.\n"
           "Look for: lines orders of magnitude apart. Layers near the input far below the others have vanishing "
           "gradients and barely learn (typical of deep sigmoid stacks); a line shooting up warns of divergence. "
           "The legend above gives the share of dead ReLU units after each layer."))
DEPTH_TIP = (QT_TRANSLATE_NOOP("LiveGradients", "Gradient size per weight layer right now, from input (left) to output (right), log scale.\n"
             "Look for: a flat line means gradients reach every layer; a line that falls toward the input "
             "is the picture of vanishing gradients."))
RATIO_TIP = (QT_TRANSLATE_NOOP("LiveGradients", "How much each layer's weights changed in the last step, relative to their size (‖ΔW‖/‖W‖), log scale.\n"
             "Look for: roughly 1e-3 (dashed line). Far below: the layer hardly moves (learning rate too small or "
             "vanishing gradients). Far above (1e-1): steps are too big, expect instability."))
WEIGHTS_TIP = (QT_TRANSLATE_NOOP("LiveGradients", "Distribution of the selected layer's weights now (blue) over their distribution at the start (grey).\n"
               "Look for: the weights spreading out as they learn. Unchanged means the layer is not learning; "
               "a few huge values warn of instability."))
GRADS_TIP = (QT_TRANSLATE_NOOP("LiveGradients", "Distribution of the selected layer's weight gradients in the last batch.\n"
             "Look for: a narrow spike at 0 means the layer gets almost no learning signal."))


def _symmetric(edges: np.ndarray) -> tuple[float, float]:
    """A range centred on 0 with a nice bound, so a histogram's axis moves only in steps."""
    bound = nice_ceil(float(np.abs(edges[[0, -1]]).max()))
    return (-bound, bound)


def _positive(x: np.ndarray, y: np.ndarray):
    ok = np.isfinite(y) & (y > 0)
    return x[ok], y[ok]


SYMBOLS_UP_TO = 40  # dots mark the snapshots while they are few; beyond that they only cost drawing time
# A long run sends tens of thousands of snapshots; redrawing them all each second made the GUI
# stall. Over this many points per layer, the charts over time keep every k-th snapshot (k doubling).
HISTORY_CAP = 1500
THREE_COLUMNS_FROM = 600  # px: below, the five charts reflow into two columns instead of being cut off
PLOT_MIN = (140, 100)     # the smallest a chart gets: an axis and a few ticks still readable
TWO_COLUMN_HEIGHT = 160   # px: in two columns (three rows), each chart at least this tall; the grid scrolls


class GradientView(LazyView):
    min_interval_ms = 1000  # trends over many batches, five plots (~50 ms a redraw): once a second is plenty

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.log_box = QCheckBox(translate("LiveGradients", "Log scale"))
        self.log_box.setChecked(True)
        self.log_box.setToolTip(translate("LiveGradients", "Gradients of different layers often differ by orders of magnitude: a log scale shows them all."))
        self.log_box.toggled.connect(self._set_log)
        top.addWidget(self.log_box)
        top.addSpacing(16)
        # One legend for both over-time charts, outside them: inside it would hide the curves.
        self.legend_label = QLabel("")
        self.legend_label.setWordWrap(True)
        self.legend_label.setToolTip(translate("LiveGradients", "Colour of each weight layer in the charts over time; the bold one is the selected "
                                     "layer. The share of dead ReLU units (inactive for every sample of the last batch) "
                                     "follows each name."))
        top.addWidget(self.legend_label, 1)
        layout.addLayout(top)
        # The grid scrolls vertically when two columns of charts do not fit the height: squeezed to
        # 100 px, a log-scale chart over time is a smear; at 150 px it is readable.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.scroll.setWidget(holder)
        self.rms_plot = LivePlot(translate("LiveGradients", "Gradient size per layer over time"), translate("LiveGradients", "epoch"), translate("LiveGradients", "RMS gradient"), translate("LiveGradients", RMS_TIP))
        self.depth_plot = LivePlot(translate("LiveGradients", "Gradient size by depth (now)"), translate("LiveGradients", "weight layer (input → output)"), translate("LiveGradients", "RMS gradient"), translate("LiveGradients", DEPTH_TIP))
        self.ratio_plot = LivePlot(translate("LiveGradients", "Update / weight ratio"), translate("LiveGradients", "epoch"), "‖ΔW‖ / ‖W‖", translate("LiveGradients", RATIO_TIP))
        self.weights_plot = LivePlot(translate("LiveGradients", "Weights of the selected layer"), translate("LiveGradients", "weight value"), translate("LiveGradients", "count"), translate("LiveGradients", WEIGHTS_TIP))
        self.grads_plot = LivePlot(translate("LiveGradients", "Gradients of the selected layer"), translate("LiveGradients", "gradient value"), translate("LiveGradients", "count"), translate("LiveGradients", GRADS_TIP))
        self.plots = (self.rms_plot, self.depth_plot, self.ratio_plot, self.weights_plot, self.grads_plot)
        self.weights_key = ChartKey([KeyEntry(translate("LiveGradients", "now"), lambda pal: pal.train, "bar"),
                                    KeyEntry(translate("LiveGradients", "at the start"), lambda pal: pal.reference, "bar")],
                                    wrap=False)
        self.cells = (self.rms_plot, self.depth_plot, self.ratio_plot, keyed(self.weights_plot, self.weights_key),
                      self.grads_plot)
        for plot in self.plots:
            plot.setMinimumSize(*PLOT_MIN)
            plot.installEventFilter(self)  # its own resizes: titles and depth labels fit its width
        self.columns = 0
        self._place_plots(3)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(hint_label(translate("LiveGradients", "Select a layer (its card, or the Feature maps tab) for the histograms. "
                                    "Hover a chart for what to look for.")))
        self.healthy = pg.InfiniteLine(pos=-3, angle=0, label=translate("LiveGradients", "≈1e-3 healthy"),
                                       labelOpts={"position": 0.2, "anchors": [(0, 1), (0, 1)]})
        self.ratio_plot.addItem(self.healthy)
        self.ratio_plot.decorations.append(self.healthy)
        self.depth_curve = self.depth_plot.plot(symbol="o", symbolSize=9)
        # The labels fit the data area, which settles after the widget's own resize.
        self.depth_plot.plot_item.vb.sigResized.connect(lambda _vb: self._update_depth_ticks())
        self.initial_hist = self.weights_plot.plot(stepMode="center", fillLevel=0)
        self.weight_hist = self.weights_plot.plot(stepMode="center", fillLevel=0)
        self.grad_hist = self.grads_plot.plot(stepMode="center", fillLevel=0)
        # Per over-time plot (gradient size, update ratio), one curve per weight layer.
        self.plot_curves: tuple[list, list] = ([], [])
        theme.styled(self, self._style)
        self._depth_ticks = None
        self._titles = {plot: plot.plot_item.titleLabel.text for plot in self.plots}
        self._base_titles = dict(self._titles)  # the over-time charts say when they show every k-th snapshot
        self.clear()
        self._set_log(True)

    def _style(self, pal: theme.Palette) -> None:
        self.healthy.setPen(pg.mkPen(pal.muted, width=1, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.healthy.label.setColor(pal.muted)
        self.depth_curve.setPen(pg.mkPen(pal.train, width=2))
        self.depth_curve.setSymbolBrush(pal.train)
        self.depth_curve.setSymbolPen(pal.marker_edge)
        self.initial_hist.setPen(pg.mkPen(pal.reference))
        self.initial_hist.setBrush(pg.mkBrush(*theme.rgba(pal.reference, 90)))
        self.weight_hist.setPen(pg.mkPen(pal.train, width=1.5))
        self.weight_hist.setBrush(pg.mkBrush(*theme.rgba(pal.train, 70)))
        self.grad_hist.setPen(pg.mkPen(pal.valid, width=1.5))
        self.grad_hist.setBrush(pg.mkBrush(*theme.rgba(pal.valid, 70)))
        self._styled_for = "restyle"  # the per-layer curves and the legend line: at the next redraw
        if getattr(self, "latest", None) is not None:
            self.request_redraw()

    @property
    def curves(self) -> list[tuple]:
        """(gradient size, update ratio) curve of each weight layer drawn so far."""
        return list(zip(*self.plot_curves))

    def clear(self, info=None) -> None:
        """Empty for the run `info` describes. Curves are made when first drawn, in the redraw
        step of their plot, and kept for the next run for as many weight layers as it has (a run
        of the same network again is the usual case): making a curve costs 3-4 ms, and making all
        of them here was the longest stall at the start of a run."""
        wanted = len(info.weight_layers) if info is not None else 0
        for plot, curves in zip((self.rms_plot, self.ratio_plot), self.plot_curves):
            for curve in curves[wanted:]:
                plot.removeItem(curve)
            del curves[wanted:]
            for curve in curves:
                curve.setData([], [])
        self.legend_label.setText("")
        self.history: list[tuple[ThinnedSeries, ThinnedSeries]] = []
        self.names = []
        self.latest = None
        self._styled_for = None
        self._last_steps = -1
        if info is not None:
            for i in info.weight_layers:
                self.history.append((ThinnedSeries(HISTORY_CAP), ThinnedSeries(HISTORY_CAP)))
                self.names.append(info.layer_names[i])
            self._depth_ticks = None
            self._update_depth_ticks()
        for item in (self.depth_curve, self.initial_hist, self.weight_hist, self.grad_hist):
            item.setData([], []) if item is self.depth_curve else item.setData([0, 1], [0])
        for plot in (self.rms_plot, self.depth_plot, self.ratio_plot, self.weights_plot, self.grads_plot):
            plot.forget_ranges()
        no_weights = info is not None and not info.weight_layers
        # Never "press Train" while a run is on: it is the first batch that is awaited.
        text = (translate("LiveGradients", "This network has no layers with weights.") if no_weights else
                translate("LivePlot", EMPTY_TEXT) if info is None else translate("LiveGradients", "Waiting for the first gradients (after the first batch)…"))
        for plot in (self.rms_plot, self.depth_plot, self.ratio_plot, self.weights_plot, self.grads_plot):
            plot.set_empty(True, text)
        self._dirty = False

    @staticmethod
    def _new_curve(plot: LivePlot, color: str):
        """A layer's curve over time in `plot` (its pen is set again in redraw)."""
        curve = plot.plot(pen=pg.mkPen(color, width=1.5), symbol="o", symbolSize=4, symbolBrush=color, symbolPen=None)
        curve.setClipToView(True)
        curve.setDownsampling(auto=True, method="peak")
        return curve

    def _place_plots(self, columns: int) -> None:
        """Three columns (the over-time chart twice as wide) when there is room, else two: a grid
        wider than its tab was cut off at the right beside the builder panels."""
        if columns == self.columns:
            return
        self.columns = columns
        for cell in self.cells:
            self.grid.removeWidget(cell)
        rms, depth, ratio, weights, grads = self.cells
        places = ([(rms, 0, 0, 1, 2), (depth, 0, 2, 1, 1), (ratio, 1, 0, 1, 1), (weights, 1, 1, 1, 1), (grads, 1, 2, 1, 1)]
                  if columns == 3 else
                  [(rms, 0, 0, 1, 2), (depth, 1, 0, 1, 1), (ratio, 1, 1, 1, 1), (weights, 2, 0, 1, 1), (grads, 2, 1, 1, 1)])
        for cell, *where in places:
            self.grid.addWidget(cell, *where)
        for c in range(3):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        for r in range(3):
            self.grid.setRowStretch(r, 1 if r < (2 if columns == 3 else 3) else 0)
        for plot in self.plots:
            plot.setMinimumHeight(PLOT_MIN[1] if columns == 3 else TWO_COLUMN_HEIGHT)

    def _update_depth_ticks(self) -> None:
        """Layer names under the depth chart when they fit side by side, else card numbers, thinned
        until they do not touch (the names are in the key above)."""
        if not getattr(self, "names", None):
            return
        vb = self.depth_plot.plot_item.vb
        room = vb.width() if vb.width() > 0 else self.depth_plot.width() - 70  # 70: the left axis and margins
        metrics = self.depth_plot.fontMetrics()
        ticks, short = depth_ticks(self.names, room / 1.04, metrics.horizontalAdvance)  # 1.04: the range's padding
        if ticks == self._depth_ticks:
            return
        self._depth_ticks = ticks
        self.depth_plot.plot_item.getAxis("bottom").setTicks(ticks)
        self.depth_plot.plot_item.setLabel("bottom", translate("LiveGradients", "weight layer number (input → output)") if short
                                           else translate("LiveGradients", "weight layer (input → output)"))

    def resizeEvent(self, event):
        self._place_plots(3 if event.size().width() >= THREE_COLUMNS_FROM else 2)
        super().resizeEvent(event)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Resize and watched in getattr(self, "_titles", {}):
            self._title(watched, self._titles[watched])
        return super().eventFilter(watched, event)

    def show_visuals(self, visuals) -> None:
        g = visuals.gradients
        if g is None:
            return
        if visuals.steps != self._last_steps and len(g.layers) == len(self.history):
            self._last_steps = visuals.steps
            for k, (rms, ratio) in enumerate(self.history):
                rms.extend(visuals.x, g.grad_rms[k])
                ratio.extend(visuals.x, g.update_ratio[k])
        self.latest = g
        self.request_redraw()

    def redraw(self):
        """A generator: each plot changes in a step of its own and paints in a turn of its own
        (see LazyView)."""
        g = self.latest
        if g is None or len(g.layers) != len(self.history):
            return
        restyle = g.hist_layer != self._styled_for
        self._styled_for = g.hist_layer
        for plot_index in (0, 1):  # all curves of one plot, then let it paint
            plot, curves = (self.rms_plot, self.ratio_plot)[plot_index], self.plot_curves[plot_index]
            while len(curves) < len(self.history):
                curves.append(self._new_curve(plot, series_color(len(curves))))
                restyle = True
            for k, (curve, history) in enumerate(zip(curves, self.history)):
                series = history[plot_index]
                if restyle:
                    curve.setPen(pg.mkPen(series_color(k), width=3 if g.layers[k] == g.hist_layer else 1.5))
                    curve.setSymbolBrush(series_color(k))
                if (series.n <= SYMBOLS_UP_TO) != (curve.opts["symbol"] is not None):
                    curve.setSymbol("o" if series.n <= SYMBOLS_UP_TO else None)
                curve.setData(*_positive(series.xs, series.ys))
            values = [h[plot_index].ys for h in self.history]
            xs = [h[plot_index].xs for h in self.history]
            if plot_index == 0:
                plot.set_empty(not any(s.n for s, _ in self.history))
            else:
                plot.set_empty(not any(np.isfinite(v).any() for v in values),
                               translate("LiveGradients", "No update yet: the ratio needs one training step."))
                values.append(np.array([1e-3]))  # keep the "healthy" line in view
            stride = self.history[0][plot_index].stride if self.history else 1
            base = self._base_titles[plot]
            self._title(plot, base if stride == 1 else
                        translate("LiveGradients", "{0} (every {1}th snapshot)").format(base, stride))
            if not plot.empty:
                right = max(float(x.max(initial=0)) for x in xs)
                plot.set_ranges(x=epoch_span(right), y=self._span(np.concatenate(values)))
            yield plot
        entries = []
        for k in range(len(self.history)):
            dead = g.dead_share[k]
            text = html.escape(self.names[k]) + (translate("LiveGradients", " · {0:.0%} dead ReLU").format(dead) if math.isfinite(dead) else "")
            if g.layers[k] == g.hist_layer:
                text = f"<b>{text}</b>"
            entries.append(f"<span style='color:{series_color(k)}; font-size:12pt'>■</span>&nbsp;{text}")
        self.legend_label.setText("&nbsp;&nbsp;&nbsp; ".join(entries))
        x, y = _positive(np.arange(len(g.layers), dtype=float), np.asarray(g.grad_rms, dtype=float))
        self.depth_curve.setData(x, y)
        self.depth_plot.set_empty(len(x) == 0, translate("LiveGradients", "No gradients yet: they appear after the first batch."))
        self._title(self.depth_plot, self._titles[self.depth_plot])
        if len(x):
            self.depth_plot.set_ranges(x=(-0.5, len(g.layers) - 0.5), y=self._span(y))
        yield self.depth_plot
        if g.hist_layer is None or g.weight_hist is None:
            return
        name = self.names[g.layers.index(g.hist_layer)]
        self._title(self.weights_plot, translate("LiveGradients", "Weights of {0}: now vs start").format(name))
        self.initial_hist.setData(g.hist_edges, g.initial_hist)
        self.weight_hist.setData(g.hist_edges, g.weight_hist)
        self.weights_plot.set_empty(False)
        self.weights_plot.set_ranges(x=_symmetric(g.hist_edges),
                                     y=(0.0, nice_ceil(max(g.weight_hist.max(), g.initial_hist.max()))))
        yield self.weights_plot
        self._title(self.grads_plot, translate("LiveGradients", "Gradients of {0} (last batch)").format(name))
        self.grad_hist.setData(g.grad_edges, g.grad_hist)
        self.grads_plot.set_ranges(x=_symmetric(g.grad_edges), y=(0.0, nice_ceil(g.grad_hist.max())))
        self.grads_plot.set_empty(g.grad_hist.sum() == 0 or self._last_steps <= 0,
                                  translate("LiveGradients", "No gradients yet: they appear after the first batch."))
        yield self.grads_plot

    def _title(self, plot: LivePlot, text: str) -> None:
        """Set a chart title that fits its chart: a narrow chart drops the "(now)"-style remark, then
        elides, instead of cutting the title off at the edge."""
        self._titles[plot] = text
        font = QFont(plot.plot_item.titleLabel.item.font())  # the font the title is drawn in
        font.setPointSize(10)
        metrics = QFontMetrics(font)
        # The title spans the plot area. Wider than that, it forces pyqtgraph's plot wider than its
        # widget, which then cuts the chart's right side off: the left axis grows once it has numbers,
        # so the title is fitted again at every redraw.
        room = max(40, plot.width() - max(plot.plot_item.getAxis("left").width(), 55) - 16)
        if metrics.horizontalAdvance(text) > room:
            text = text.split(" (")[0]
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        if plot.plot_item.titleLabel.text != text:
            plot.set_title(text)

    def _span(self, values: np.ndarray):
        if self.log_box.isChecked():
            return log_span(values)
        finite = values[np.isfinite(values)]
        return (0.0, nice_ceil(float(finite.max()))) if finite.size else None

    def _set_log(self, log: bool) -> None:
        for plot in (self.rms_plot, self.depth_plot, self.ratio_plot):
            plot.forget_ranges()
        for plot, label in ((self.rms_plot, translate("LiveGradients", "RMS gradient")), (self.depth_plot, translate("LiveGradients", "RMS gradient")),
                            (self.ratio_plot, "‖ΔW‖ / ‖W‖")):
            plot.set_log_y(log)
            plot.plot_item.setLabel("left", label + (translate("LiveGradients", " (log scale)") if log else ""))
        self.healthy.setValue(-3 if log else 1e-3)
        self._dirty = True
        self.request_redraw()
