"""Loss along one weight: pick a layer and a weight (or the one with the largest gradient now),
sweep it around its value; the current value is a dot, the gradient's tangent dashed. "Keep" pins
the curve, so a second network (e.g. the ReLU twin of a sigmoid net) lands on the same chart."""

from __future__ import annotations

import numpy as np
from netbuilder.views.pyqtgraph_themed import pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.analysis.weight_sweep import largest_gradient_weight, sweep_weight
from netbuilder.views.flow_layout import FlowLayout
from netbuilder.views import theme
from netbuilder.views.live.chart_key import ChartKey, KeyEntry, keyed
from netbuilder.views.live.plot import LivePlot, hint_label, result_label, series_color
from netbuilder.views.translation import translate
from netbuilder.format import range_text

EMPTY = QT_TRANSLATE_NOOP("LabSweepView", "Choose a weight and press Sweep")


class WeightSweepView(QWidget):
    def __init__(self, jobs, parent=None):
        super().__init__(parent)
        self.jobs = jobs
        self.source = None
        self.kept: list = []        # (label, WeightSweep) pinned for comparison
        self.sweep = None
        layout = QVBoxLayout(self)
        bar = FlowLayout()  # wraps on a narrow window instead of widening it
        bar.addWidget(QLabel(translate("LabSweepView", "Layer")))
        self.layer_box = QComboBox()
        self.layer_box.setToolTip(translate("LabSweepView", "A layer with weights (numbered as on the cards)"))
        self.layer_box.setMinimumWidth(150)
        self.layer_box.currentIndexChanged.connect(self._layer_changed)
        bar.addWidget(self.layer_box)
        bar.addWidget(QLabel(translate("LabSweepView", "weight #")))
        self.index_box = QSpinBox()
        self.index_box.setToolTip(translate("LabSweepView", "Position in the layer's weight array, counted row by row"))
        bar.addWidget(self.index_box)
        self.largest = QCheckBox(translate("LabSweepView", "largest gradient now"))
        self.largest.setToolTip(translate("LabSweepView", "Sweep the weight whose gradient on the evaluation batch is largest"))
        self.largest.toggled.connect(lambda on: (self.layer_box.setEnabled(not on), self.index_box.setEnabled(not on)))
        bar.addWidget(self.largest)
        bar.addWidget(QLabel(translate("LabSweepView", "± range")))
        self.span_box = QDoubleSpinBox()
        self.span_box.setRange(0.0, 100.0)
        self.span_box.setDecimals(2)
        self.span_box.setSpecialValueText("auto")
        self.span_box.setToolTip(translate("LabSweepView", "Half-width of the sweep; auto = max(1, 2 × |value|)"))
        bar.addWidget(self.span_box)
        self.run_button = QPushButton(translate("LabSweepView", "Sweep"))
        self.run_button.clicked.connect(self.compute)
        bar.addWidget(self.run_button)
        self.keep_button = QPushButton(translate("LabSweepView", "Keep"))
        self.keep_button.setToolTip(translate("LabSweepView", "Pin this curve, then sweep another network (e.g. the ReLU twin) onto the same chart"))
        self.keep_button.clicked.connect(self.keep)
        bar.addWidget(self.keep_button)
        self.clear_button = QPushButton(translate("LabSweepView", "Clear kept"))
        self.clear_button.clicked.connect(self.clear_kept)
        bar.addWidget(self.clear_button)
        layout.addLayout(bar)
        self.plot = LivePlot("", translate("LabSweepView", "weight value"), translate("LabSweepView", "loss on the evaluation batch"),
                             translate("LabSweepView", "The loss as one weight changes, everything else fixed"), empty_text=translate("LabSweepView", EMPTY))
        self.key = ChartKey()   # above the chart: a legend inside covered the curves
        layout.addWidget(keyed(self.plot, self.key), 1)
        self.summary = result_label()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addWidget(hint_label(translate("LabSweepView", "In a deep sigmoid network a first-layer weight's curve is nearly flat: the "
                                    "gradient reaching it was multiplied by a sigmoid slope ≤ 0.25 at every layer. "
                                    "The dashed line is the tangent the optimizer follows.")))
        self.set_source(None)
        theme.notifier().changed.connect(self.redraw)  # series colours are drawn in

    def set_source(self, source) -> None:
        """Another network keeps the chosen layer and weight where it has them: the same first-layer
        weight of a sigmoid net and of its ReLU twin, one after the other (Keep in between)."""
        self.source = source
        layer, index = self.layer_box.currentData(), self.index_box.value()
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        if source is not None:
            for i, layer_ in enumerate(source.net.layers):
                if "W" in layer_.params:
                    self.layer_box.addItem(f"{i + 1} {layer_.kind}", i)
            if layer is not None and self.layer_box.findData(layer) >= 0:
                self.layer_box.setCurrentIndex(self.layer_box.findData(layer))
        self.layer_box.blockSignals(False)
        self._layer_changed()
        self.index_box.setValue(index)
        for w in (self.run_button, self.layer_box, self.index_box, self.largest):
            w.setEnabled(source is not None)

    def _layer_changed(self) -> None:
        i = self.layer_box.currentData()
        n = self.source.net.layers[i].params["W"].size if self.source is not None and i is not None else 1
        self.index_box.setRange(0, max(n - 1, 0))

    def compute(self) -> None:
        if self.source is None:
            return
        src, net = self.source, self.source.fresh_net()
        largest, layer, index = self.largest.isChecked(), self.layer_box.currentData(), self.index_box.value()
        span = self.span_box.value() or None

        def job(progress, should_stop):
            where = largest_gradient_weight(net, src.x, src.y) if largest else (layer, "W", index)
            return sweep_weight(net, src.x, src.y, where[0], where[2], where[1], span=span, points=41,
                                progress=progress, should_stop=should_stop)

        self.jobs.run(translate("LabSweepView", "Sweeping one weight"), job, self.show_sweep)

    def show_sweep(self, sweep) -> None:
        self.sweep = sweep
        if self.source is not None:
            sweep.label = f"{self.source.name}: {sweep.label}"
        self.redraw()
        self.summary.setText(translate("LabSweepView", "{0}: value {1:.4g}, loss {2:.4f}, gradient {3:.3g}; the loss ranges {4} … {5}").format(sweep.label, sweep.value, sweep.loss, sweep.gradient, *range_text(float(sweep.losses.min()), float(sweep.losses.max()))))

    def keep(self) -> None:
        if self.sweep is not None and all(k is not self.sweep for k in self.kept):
            self.kept.append(self.sweep)

    def clear_kept(self) -> None:
        self.kept = []
        self.redraw()

    def curves(self) -> list:
        fresh = self.sweep is not None and all(k is not self.sweep for k in self.kept)
        return self.kept + ([self.sweep] if fresh else [])

    def redraw(self) -> None:
        item = self.plot.plot_item
        item.clear()
        curves = self.curves()
        self.plot.set_empty(not curves)
        entries = [KeyEntry(s.label, series_color(k)) for k, s in enumerate(curves)]
        if curves:
            entries.append(KeyEntry(translate("LabSweepView", "gradient's tangent"), lambda pal: pal.muted, "dashed"))
        self.key.set_entries(entries)
        for k, s in enumerate(curves):
            color = series_color(k)
            item.plot(s.values, s.losses, pen=pg.mkPen(color, width=2))
            item.plot([s.value], [s.loss], pen=None, symbol="o", symbolBrush=color, symbolPen=None, symbolSize=9)
            half = 0.25 * (s.values[-1] - s.values[0])
            xs = np.array([s.value - half, s.value + half])
            item.plot(xs, s.tangent(xs), pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine))
        if curves:
            lo = min(float(s.losses.min()) for s in curves)
            hi = max(float(s.losses.max()) for s in curves)
            item.setYRange(lo, hi if hi > lo else lo + 1, padding=0.08)
            item.setXRange(min(float(s.values[0]) for s in curves), max(float(s.values[-1]) for s in curves),
                           padding=0.02)
