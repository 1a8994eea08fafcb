"""Saturated and dead units per activation layer, at every stored epoch (or now): the vanishing-
gradient story of the depth study as curves instead of a guess."""

from __future__ import annotations

import numpy as np
from netbuilder.views.pyqtgraph_themed import pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from netbuilder.analysis.saturation import SLOPE, activity, activity_over_training
from netbuilder.views import theme
from netbuilder.views.live.chart_key import ChartKey, KeyEntry
from netbuilder.views.live.plot import LivePlot, hint_label, result_label, series_color
from netbuilder.views.translation import translate


class SaturationView(QWidget):
    def __init__(self, jobs, parent=None):
        super().__init__(parent)
        self.jobs = jobs
        self.source = None
        self.history = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.run_button = QPushButton(translate("LabSaturationView", "Measure"))
        self.run_button.setToolTip(translate("LabSaturationView", "Over the stored epochs when the run kept them, else for the weights now"))
        self.run_button.clicked.connect(self.compute)
        bar.addWidget(self.run_button)
        self.summary = result_label()
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.share_plot = LivePlot(translate("LabSaturationView", "Saturated (solid) and dead (dashed) share"), translate("LabSaturationView", "epoch"), translate("LabSaturationView", "% of the layer"),
                                   translate("LabSaturationView", "solid: outputs where the activation's slope is < {0}; dashed: units with such a slope for every sample of the batch").format(SLOPE), empty_text=translate("LabSaturationView", "Press Measure"))
        self.spread_plot = LivePlot(translate("LabSaturationView", "Mean ± spread of the outputs"), translate("LabSaturationView", "epoch"), translate("LabSaturationView", "activation"),
                                    translate("LabSaturationView", "mean (line) and standard deviation (band) of each activation layer's outputs"),
                                    empty_text=translate("LabSaturationView", "Press Measure"))
        self.key = ChartKey()   # the layers' colours, above both charts: inside, a legend covered the curves
        layout.addWidget(self.key)
        split.addWidget(self.share_plot)
        split.addWidget(self.spread_plot)
        layout.addWidget(split, 1)
        layout.addWidget(hint_label(translate("LabSaturationView", "Saturated: the activation's slope is under {0} there (a sigmoid or tanh near its bounds, a ReLU at zero), so almost no gradient passes. Dead: a unit (a channel for images) saturated for every sample: it has stopped learning.").format(SLOPE)))
        self.set_source(None)
        theme.styled(self, lambda _pal: self.history is not None and self.show_history(self.history))

    def set_source(self, source) -> None:
        self.source = source
        self.run_button.setEnabled(source is not None)

    def compute(self) -> None:
        src, net = self.source, self.source.fresh_net()
        states, epochs = (src.states, src.epochs) if src.states else ([], [])

        def job(progress, should_stop):
            if states:
                return epochs, activity_over_training(net, states, src.x, progress, should_stop)
            return [None], [activity(net, src.x)]

        self.jobs.run(translate("LabSaturationView", "Measuring saturation"), job, self.show_history)

    def show_history(self, result) -> None:
        epochs, history = result
        self.history = result
        xs = np.arange(len(history)) if epochs[0] is None else np.array(epochs, float)
        for plot in (self.share_plot, self.spread_plot):
            plot.plot_item.clear()
            plot.set_empty(False)
        layers = history[0]
        self.key.set_entries([KeyEntry(f"{a.layer + 1} {a.kind}", series_color(k)) for k, a in enumerate(layers)])
        for k in range(len(layers)):
            color = series_color(k)
            sat = np.array([h[k].saturated for h in history]) * 100
            dead = np.array([h[k].dead for h in history]) * 100
            mean = np.array([h[k].mean for h in history])
            std = np.array([h[k].std for h in history])
            symbol = "o" if len(xs) == 1 else None
            self.share_plot.plot_item.plot(xs, sat, pen=pg.mkPen(color, width=2), symbol=symbol, symbolBrush=color)
            self.share_plot.plot_item.plot(xs, dead, pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine),
                                           symbol=symbol, symbolBrush=color)
            self.spread_plot.plot_item.plot(xs, mean, pen=pg.mkPen(color, width=2), symbol=symbol, symbolBrush=color)
            edge = pg.mkPen(theme.rgba(color, 90))
            lo = pg.PlotDataItem(xs, mean - std, pen=edge)
            hi = pg.PlotDataItem(xs, mean + std, pen=edge)
            self.spread_plot.plot_item.addItem(lo)
            self.spread_plot.plot_item.addItem(hi)
            self.spread_plot.plot_item.addItem(pg.FillBetweenItem(lo, hi, brush=pg.mkBrush(theme.rgba(color, 40))))
        self.share_plot.plot_item.setYRange(0, 100, padding=0.05)
        for plot in (self.share_plot, self.spread_plot):
            plot.plot_item.setXRange(float(xs[0]) - 0.5, float(xs[-1]) + 0.5, padding=0.02)
        means = np.array([[a.mean - a.std, a.mean + a.std] for h in history for a in h])
        self.spread_plot.plot_item.setYRange(float(means.min()), float(means.max()), padding=0.08)
        last = history[-1]
        self.summary.setText((translate("LabSaturationView", "At the last stored epoch: ") if epochs[0] is not None else translate("LabSaturationView", "Now: ")) + "; ".join(
            translate("LabSaturationView", "{0} {1} {2:.0%} saturated, {3:.0%} dead").format(a.layer + 1, a.kind, a.saturated, a.dead) for a in last))
