"""Explain a unit: click a pixel in the feature maps (or pick layer, sample and position here) and
see its computation with the actual numbers."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTextBrowser, QVBoxLayout, QWidget

from netbuilder.analysis.explain import ConvUnit, DenseUnit, check_explainable, explain_unit, explainable, strongest_unit
from netbuilder.views import theme
from netbuilder.views.live.plot import hint_label
from netbuilder.views.translation import translate

MAX_CHANNELS = 8  # a conv unit over 64 channels would be a wall of numbers: show the first ones, sum all


def _table(a: np.ndarray) -> str:
    """A small matrix as a preformatted block: Qt's rich-text tables wrap numbers in narrow cells."""
    lines = "\n".join(" ".join(f"{v + 0.0:7.3f}" for v in row) for row in a)
    return f"<pre style='margin:0; background:{theme.palette().alternate_base}'>{lines}</pre>"


def unit_html(unit, class_names=()) -> str:
    if isinstance(unit, ConvUnit):
        f, r, c = unit.position
        parts = [translate("LabExplainView", "<h3>Layer {0} Conv2D — filter {1}, pixel (row {2}, column {3})</h3>").format(unit.layer + 1, f, r, c),
                 translate("LabExplainView", "<p>It reads a {0}×{1} patch of every one of the {2} input channels, starting at row {3}, column {4} (outside the input = zero padding).</p><table cellpadding='4'><tr><th nowrap>channel</th><th>input patch</th><th></th><th>kernel</th><th></th><th>products</th><th>sum</th></tr>").format(unit.patch.shape[1], unit.patch.shape[2], len(unit.patch), unit.origin[0], unit.origin[1])]
        for ch in range(min(len(unit.patch), MAX_CHANNELS)):
            parts.append(f"<tr><td>{ch}</td><td>{_table(unit.patch[ch])}</td><td>×</td><td>{_table(unit.kernel[ch])}"
                         f"</td><td>=</td><td>{_table(unit.products[ch])}</td><td>{unit.products[ch].sum():.4f}</td></tr>")
        parts.append("</table>")
        if len(unit.patch) > MAX_CHANNELS:
            rest = unit.products[MAX_CHANNELS:].sum()
            parts.append(translate("LabExplainView", "<p>… and {0} more channels, together {1:.4f}</p>").format(len(unit.patch) - MAX_CHANNELS, rest))
    elif isinstance(unit, DenseUnit):
        parts = [translate("LabExplainView", "<h3>Layer {0} Dense — unit {1}</h3>").format(unit.layer + 1, unit.unit),
                 translate("LabExplainView", "<p>The {0} largest of its {1} contributions (input × weight):</p><table cellpadding='3'><tr><th>input</th><th>value</th><th>weight</th><th>product</th></tr>").format(len(unit.inputs), unit.n_inputs)]
        parts += [f"<tr><td>{i}</td><td align='right'>{v:.4f}</td><td align='right'>{w:.4f}</td>"
                  f"<td align='right'>{p:.4f}</td></tr>"
                  for i, v, w, p in zip(unit.inputs, unit.values, unit.weights, unit.products)]
        parts.append(translate("LabExplainView", "</table><p>The other {0} together: {1:.4f}</p>").format(unit.n_inputs - len(unit.inputs), unit.rest))
    else:
        names = list(class_names) if len(class_names) == len(unit.logits) else [str(k) for k in range(len(unit.logits))]
        parts = [translate("LabExplainView", "<h3>Layer {0} Softmax</h3><table cellpadding='4'><tr><th>class</th><th>logit z</th><th>z − max</th><th>e^(z − max)</th><th>÷ Σ = probability</th><th>sigmoid(z) alone</th></tr>").format(unit.layer + 1)]
        parts += [f"<tr><td>{html.escape(n)}</td><td align='right'>{z:.4f}</td><td align='right'>{s:.4f}</td>"
                  f"<td align='right'>{e:.4g}</td><td align='right'><b>{p:.4f}</b></td><td align='right'>{g:.4f}</td></tr>"
                  for n, z, s, e, p, g in zip(names, unit.logits, unit.shifted, unit.exps, unit.probabilities, unit.sigmoid)]
        parts.append(translate("LabExplainView", "</table><p>Σ e = {0:.4g}. Subtracting the largest logit first keeps every exponential ≤ 1 (no overflow) and changes nothing after the division. The probabilities sum to 1 and a logit lead of d becomes a ratio of e^d; the sigmoids are each on their own and sum to {1:.3f}.</p>").format(unit.total, unit.sigmoid.sum()))
        return "".join(parts)
    parts.append(translate("LabExplainView", "<p><b>Σ products {0:.4f} + bias {1:.4f} = {2:.4f}</b> (the network computed {3:.4f})</p>").format(unit.total, unit.bias, unit.output, unit.actual))
    for s in unit.steps:
        parts.append(translate("LabExplainView", "<p>then {0} (layer {1}): {2:.4f} → <b>{3:.4f}</b></p>").format(s.kind, s.layer + 1, s.before + 0.0, s.after + 0.0))
    return "".join(parts)


class ExplainView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.source = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("LabExplainView", "Layer")))
        self.layer_box = QComboBox()
        self.layer_box.currentIndexChanged.connect(self._layer_changed)
        bar.addWidget(self.layer_box)
        bar.addWidget(QLabel(translate("LabExplainView", "sample")))
        self.sample_box = QSpinBox()
        self.sample_box.setMinimum(1)
        bar.addWidget(self.sample_box)
        bar.addWidget(QLabel(translate("LabExplainView", "unit")))
        self.position = QLineEdit("0, 0, 0")
        self.position.setToolTip(translate("LabExplainView", "channel, row, column for image outputs; the unit number for flat ones"))
        self.position.setMaximumWidth(110)
        bar.addWidget(self.position)
        self.run_button = QPushButton(translate("LabExplainView", "Explain"))
        self.run_button.clicked.connect(self.explain)
        bar.addWidget(self.run_button)
        self.strongest_button = QPushButton(translate("LabExplainView", "Strongest unit"))
        self.strongest_button.setToolTip(translate("LabExplainView", "Explain the unit of this layer with the largest output for this sample"))
        self.strongest_button.clicked.connect(self.explain_strongest)
        bar.addWidget(self.strongest_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.text = QTextBrowser()
        # Break lines between words only: by default a narrow table column broke "channel" into a
        # column of letters; the table scrolls sideways instead.
        self.text.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        layout.addWidget(self.text, 1)
        layout.addWidget(hint_label(translate("LabExplainView", "Tip: click a pixel in Feature maps to explain it here.")))
        self.set_source(None)
        theme.notifier().changed.connect(self._restyle)

    def _restyle(self) -> None:
        if getattr(self, "unit", None) is not None and self.source is not None:
            self.text.setHtml(unit_html(self.unit, self.source.class_names))

    def set_source(self, source) -> None:
        self.source = source
        self.layer_box.clear()
        if source is not None:
            for i, layer in enumerate(source.net.layers):
                if explainable(source.net, i):   # a Flatten or a pool has no weighted sum to show
                    self.layer_box.addItem(f"{i + 1} {layer.kind}", i)
            self.sample_box.setMaximum(len(source.samples))
        self.run_button.setEnabled(source is not None)
        self.strongest_button.setEnabled(source is not None)
        self.text.setHtml("" if source is not None else translate("LabExplainView", "<p>Train (or stop) a network to explain its units.</p>"))

    def explain_at(self, layer: int, sample: int, position) -> None:
        """From a click on the feature maps: 0-based layer and sample, (channel, row, col) or (unit,)."""
        if self.source is None:
            return
        index = self.layer_box.findData(layer)
        if index < 0:   # a click on a pool's or a Flatten's map: say why there is nothing to explain
            try:
                check_explainable(self.source.net, layer)
            except ValueError as e:
                self._show_error(e)
            return
        self.layer_box.setCurrentIndex(index)
        self.sample_box.setValue(sample + 1)
        self.position.setText(", ".join(str(int(p)) for p in position))
        self.explain()

    def _show_error(self, error: Exception) -> None:
        self.unit = None
        self.text.setHtml(f"<p>{theme.colored(html.escape(str(error)), 'error')}</p>")

    def _layer_changed(self) -> None:
        """A unit position that fits the chosen layer: (0, 0, 0) of a flat layer was an error."""
        layer = self.layer_box.currentData()
        if self.source is None or layer is None:
            return
        rank = len(self.source.net.layers[layer].output_shape)
        current = self.position.text().replace(",", " ").split()
        if len(current) != rank:
            self.position.setText(", ".join("0" * rank))

    def explain_strongest(self) -> None:
        if self.source is None or self.layer_box.currentData() is None:
            return
        pos = strongest_unit(self.source.net, self.source.samples[self.sample_box.value() - 1], self.layer_box.currentData())
        self.position.setText(", ".join(map(str, pos)))
        self.explain()

    def explain(self) -> None:
        if self.source is None:
            return
        try:
            pos = tuple(int(v) for v in self.position.text().replace(",", " ").split())
            self.unit = explain_unit(self.source.net, self.source.samples[self.sample_box.value() - 1],
                                     self.layer_box.currentData(), pos)
        except ValueError as e:
            self._show_error(e)
            return
        self.text.setHtml(unit_html(self.unit, self.source.class_names))
