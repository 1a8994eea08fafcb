"""Loss and accuracy over time: every mini-batch faint in the background, a smoothed line through
them, and the per-epoch means of training and validation as marked points on top.

The x axis is in epochs with fractions, so the curves move with every batch instead of waiting
for the end of an epoch, and a single epoch mark is still visible (points always carry a symbol).
"""

from __future__ import annotations

import math

import numpy as np
from netbuilder.views.pyqtgraph_themed import pg
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.views import theme
from netbuilder.views.live.chart_key import ChartKey, KeyEntry
from netbuilder.views.live.plot import EMPTY_TEXT, LivePlot, Series, hint_label
from netbuilder.views.live.redraw import LazyView
from netbuilder.views.live.scales import epoch_span, log_span, nice_ceil
from netbuilder.views.translation import translate

LOSS_TIP = (QT_TRANSLATE_NOOP("LiveCurves", "Loss per mini-batch (faint), smoothed (blue line), and the mean over each epoch for the "
            "training data (blue dots) and the held-out validation data (orange squares).\n"
            "Look for: a steady fall. Validation rising while training keeps falling means overfitting; "
            "a flat line means the learning rate is too small or gradients vanish; wild jumps mean it is too large."))
ACC_TIP = (QT_TRANSLATE_NOOP("LiveCurves", "Share of samples classified correctly, per mini-batch (faint, smoothed in blue) and per epoch "
           "for training (blue dots) and validation (orange squares).\n"
           "Look for: validation close to training. A large gap means the network memorises the training data."))


def ema(values: np.ndarray, span: float, state: tuple[float, float] | None):
    """Bias-corrected exponential moving average, continued from `state` = (average, weight)."""
    a = 2 / (span + 1)
    avg, weight = state if state is not None else (0.0, 0.0)
    out = np.empty(len(values))
    for i, v in enumerate(values):
        if math.isfinite(v):
            avg = (1 - a) * avg + a * v
            weight = (1 - a) * weight + a
        out[i] = avg / weight if weight > 0 else np.nan
    return out, (avg, weight)


MARKER_SPACING_PX = 9  # a 7 px marker and a gap


def markers_fit(points: int, width_px: float) -> bool:
    """Whether `points` markers spread over a plot `width_px` wide stand apart."""
    return points * MARKER_SPACING_PX <= max(width_px, 1.0)


def _color_curves(pal, raw, smooth, epoch, val) -> None:
    raw.setPen(pg.mkPen(theme.rgba(pal.train, 55), width=1))
    smooth.setPen(pg.mkPen(pal.train, width=2))
    epoch.setPen(pg.mkPen(pal.train, width=1, style=pg.QtCore.Qt.PenStyle.DashLine))
    epoch.setSymbolBrush(pal.train)
    epoch.setSymbolPen(pal.marker_edge)
    val.setPen(pg.mkPen(pal.valid, width=2))
    val.setSymbolBrush(pal.valid)
    val.setSymbolPen(pal.marker_edge)


class CurvesView(LazyView):
    # Two redraws per second still look live and leave the CPU to training: a redraw of the two
    # plots costs ~12 ms of GUI time, and python -m netbuilder.bench_gui showed 4 per second
    # costing more than the 5 % of throughput we allow the views.
    min_interval_ms = 500

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.log_box = QCheckBox(translate("LiveCurves", "Log scale for the loss"))
        self.log_box.setChecked(True)
        self.log_box.setToolTip(translate("LiveCurves", "A log scale shows progress late in training, when the loss changes by small amounts."))
        self.log_box.toggled.connect(self._set_log)
        top.addWidget(self.log_box)
        top.addSpacing(12)
        layout.addLayout(top)
        # The key above both plots (they show the same four series): inside, it covered the curves.
        self.key = ChartKey([
            KeyEntry(translate("LiveCurves", "train, per batch"), lambda pal: pal.train, "line", faint=True),
            KeyEntry(translate("LiveCurves", "train, smoothed"), lambda pal: pal.train, "line"),
            KeyEntry(translate("LiveCurves", "train, epoch mean (mid-epoch)"), lambda pal: pal.train, "dot"),
            KeyEntry(translate("LiveCurves", "validation, epoch"), lambda pal: pal.valid, "square")])
        top.addWidget(self.key, 1)
        plots = QHBoxLayout()
        self.loss_plot = LivePlot(translate("LiveCurves", "Loss"), translate("LiveCurves", "epoch"), translate("LiveCurves", "loss"), translate("LiveCurves", LOSS_TIP))
        self.acc_plot = LivePlot(translate("LiveCurves", "Accuracy"), translate("LiveCurves", "epoch"), translate("LiveCurves", "accuracy (%)"), translate("LiveCurves", ACC_TIP))
        plots.addWidget(self.loss_plot)
        plots.addWidget(self.acc_plot)
        layout.addLayout(plots, 1)
        layout.addWidget(hint_label(translate("LiveCurves", "Faint: every mini-batch. Line: smoothed. Dots: epoch means (training blue, "
                                    "validation orange). Hover a chart for what to look for.")))
        self.items = {}
        for name, plot in (("loss", self.loss_plot), ("acc", self.acc_plot)):
            raw = plot.plot()
            smooth = plot.plot(antialias=True)
            epoch = plot.plot(symbol="o", symbolSize=7, antialias=True)
            val = plot.plot(symbol="s", symbolSize=7, antialias=True)
            theme.styled(plot, lambda pal, raw=raw, smooth=smooth, epoch=epoch, val=val: _color_curves(
                pal, raw, smooth, epoch, val))
            # Points per screen pixel each line keeps: the faint raw cloud is cheap (thin, not
            # antialiased) and keeps its spikes; the smooth and epoch lines are antialiased and cost
            # ~25 ms per 1,000 points, so one point per pixel (all a smooth line needs). Without
            # this, a long run of a small net (thousands of epochs) took 130 ms to paint.
            # The lines show the trend: over many batches a pixel gets their mean (peak would make
            # the smooth line stair-step, and a long run's EMA, smoothed over a fifth of an epoch,
            # is as ragged as the raw cloud at a thousand epochs).
            for item, method, per_pixel in ((raw, "peak", 5.0), (smooth, "mean", 1.0),
                                            (epoch, "mean", 1.0), (val, "mean", 1.0)):
                item.setClipToView(True)
                item.setDownsampling(auto=True, method=method)
                item.opts["autoDownsampleFactor"] = per_pixel
            self.items[name] = (raw, smooth, epoch, val)
        self.clear()
        self._set_log(True)

    def clear(self, info=None) -> None:
        self.raw = {"loss": Series(), "acc": Series()}
        self.smooth = {"loss": Series(), "acc": Series()}
        self.epochs = {"loss": (Series(), Series()), "acc": (Series(), Series())}
        self._ema = {"loss": None, "acc": None}
        self.span = max(3.0, min(50.0, (info.batches_per_epoch if info else 20) / 5))
        self.epoch_count = info.epochs if info else None
        for items in self.items.values():
            for item in items:
                item.setData([], [])
        for plot in (self.loss_plot, self.acc_plot):
            plot.forget_ranges()
        for plot in (self.loss_plot, self.acc_plot):
            plot.set_empty(True, translate("LivePlot", EMPTY_TEXT) if info is None else translate("LiveCurves", "Waiting for the first batch…"))
        self._dirty = False

    def show_progress(self, p) -> None:
        for key, values in (("loss", p.loss), ("acc", 100 * np.asarray(p.accuracy))):
            values = np.asarray(values, dtype=np.float64)
            self.raw[key].extend(p.x, values)
            smoothed, self._ema[key] = ema(values, self.span, self._ema[key])
            self.smooth[key].extend(p.x, smoothed)
        self.request_redraw()

    def show_epoch(self, e) -> None:
        # The training mean is over batches spread across the epoch, so it sits mid-epoch (on the
        # smoothed line); validation is measured at the end of the epoch.
        x_train, x = e.epoch + 0.5, e.epoch + 1
        train, val = self.epochs["loss"]
        train.extend(x_train, e.train_loss)
        if e.val_loss is not None:
            val.extend(x, e.val_loss)
        train, val = self.epochs["acc"]
        train.extend(x_train, 100 * e.train_accuracy)
        if e.val_accuracy is not None:
            val.extend(x, 100 * e.val_accuracy)
        self.request_redraw()

    def redraw(self):
        """Two steps, one per plot, each painting its plot in a turn of its own (see LazyView)."""
        log = self.log_box.isChecked()
        has = self.raw["loss"].n > 0 or self.epochs["loss"][0].n > 0
        right = max(self.raw["loss"].xs.max(initial=0), self.epochs["loss"][1].xs.max(initial=0))
        for key, plot in (("loss", self.loss_plot), ("acc", self.acc_plot)):
            raw, smooth, epoch, val = self.items[key]
            clip = (lambda y: np.maximum(y, 1e-8)) if key == "loss" and log else (lambda y: y)
            raw.setData(self.raw[key].xs, clip(self.raw[key].ys))
            few = self.smooth[key].n < 3  # a lone point must still show: give it a marker
            smooth.setSymbol("o" if few else None)
            if few:
                smooth.setSymbolSize(6)
                smooth.setSymbolBrush(theme.palette().train)
            smooth.setData(self.smooth[key].xs, clip(self.smooth[key].ys))
            t, v = self.epochs[key]
            for item, series, symbol in ((epoch, t, "o"), (val, v, "s")):
                # Markers only while they stand apart: a thousand epochs' markers are one thick
                # smear that takes longer to draw than everything else in the window.
                wanted = symbol if markers_fit(series.n, plot.plot_item.vb.width()) else None
                if item.opts["symbol"] != wanted:
                    item.setSymbol(wanted)
                item.setData(series.xs, clip(series.ys))
            plot.set_empty(not has)
            if has:
                plot.set_ranges(x=epoch_span(right), y=self._loss_span(log) if key == "loss" else (0.0, 100.0))
            yield plot

    def _loss_span(self, log: bool):
        if log:
            # The lines set the bottom, and the faint cloud only down to its lowest 2 %: a few
            # batches at a loss of 1e-8 (a solved xor batch) had put six empty decades under the curves.
            raw = self.raw["loss"].ys
            raw = raw[np.isfinite(raw) & (raw > 0)]
            # np.partition, not np.percentile: percentile's first call imports part of numpy
            # lazily, an 85 ms stall in the middle of training.
            lowest = (raw.size - 1) // 50
            floor = [np.partition(raw, lowest)[lowest], raw.max()] if raw.size else []
            return log_span(np.concatenate([self.smooth["loss"].ys, self.epochs["loss"][0].ys,
                                            self.epochs["loss"][1].ys, floor]))
        values = np.concatenate([self.raw["loss"].ys, self.epochs["loss"][0].ys, self.epochs["loss"][1].ys])
        finite = values[np.isfinite(values)]
        return (0.0, nice_ceil(float(finite.max()))) if finite.size else None

    def _set_log(self, log: bool) -> None:
        self.loss_plot.set_log_y(log, minor_labels=True)  # a tall plot: 0.2, 0.3… fit and help
        self.loss_plot.plot_item.setLabel("left", translate("LiveCurves", "loss (log scale)") if log else "loss")
        self._dirty = True
        self.request_redraw()
