"""What one layer makes of one sample: every channel of its output as a small image, beside the input.

Each channel is scaled to its own range, so a weak but structured map is still visible; a channel
that is flat (all zero after a ReLU, for example) stays uniformly dark, which is itself worth
noticing. Layers with a flat output (Dense, Softmax) show one bar per unit instead.
"""

from __future__ import annotations

import numpy as np
from netbuilder.views.pyqtgraph_themed import pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QSpinBox, QStackedWidget, QToolButton, QToolTip,
                               QVBoxLayout)

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.views.live import mosaic
from netbuilder.views import theme
from netbuilder.views.live.plot import ImageBox, LivePlot, hint_label
from netbuilder.views.live.redraw import LazyView
from netbuilder.views.translation import translate

SPLITS = {"validation": QT_TRANSLATE_NOOP("LiveFeatureMaps", "validation"), "test": QT_TRANSLATE_NOOP("LiveFeatureMaps", "test"),
          "training": QT_TRANSLATE_NOOP("LiveFeatureMaps", "training"), "your": QT_TRANSLATE_NOOP("LiveFeatureMaps", "your")}
MAPS_TIP = (QT_TRANSLATE_NOOP("LiveFeatureMaps", "Every channel (feature map) of the selected layer's output for the sample on the left. Each tile "
            "is scaled to its own range: dark = low, yellow = high.\n"
            "Look for: early layers respond to edges and blobs, later ones to larger parts. Tiles that stay "
            "uniformly dark are channels that never fire for this input (after a ReLU, possibly dead units)."))
UNITS_TIP = (QT_TRANSLATE_NOOP("LiveFeatureMaps", "The selected layer's output for this sample, one bar per unit.\n"
             "For the last layer these are the class scores or probabilities: the tallest bar is the prediction."))
INPUT_TIP = QT_TRANSLATE_NOOP("LiveFeatureMaps", "The sample fed to the network (from the validation data unless there is none).")
MIN_TILE_PIXELS = 24


class FeatureMapView(LazyView):
    layer_requested = Signal(int)
    sample_requested = Signal(int)
    unit_clicked = Signal(int, int, object)  # layer, sample, (channel, row, col) or (unit,): explain it in the Lab

    def __init__(self, parent=None):
        super().__init__(parent)
        self.info = None
        self.snapshot = None
        self.tile_count = 0
        self._grid = None  # (cols, tile_h, tile_w, gap, n) of the drawn mosaic, for hover lookups
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("LiveFeatureMaps", "Layer")))
        self.layer_box = QComboBox()
        self.layer_box.setMinimumWidth(220)
        self.layer_box.setToolTip(translate("LiveFeatureMaps", "The layer whose output is shown. Clicking a layer's card in the pipeline selects it too."))
        self.layer_box.activated.connect(lambda i: self.layer_requested.emit(int(i)))
        bar.addWidget(self.layer_box)
        bar.addSpacing(16)
        bar.addWidget(QLabel(translate("LiveFeatureMaps", "Sample")))
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(translate("LiveFeatureMaps", "Previous sample"))
        self.prev_button.setAutoRepeat(True)
        self.prev_button.clicked.connect(lambda: self._request_sample(self.sample_box.value() - 2))
        self.sample_box = QSpinBox()
        self.sample_box.setKeyboardTracking(False)
        self.sample_box.setToolTip(translate("LiveFeatureMaps", "Which sample of the validation data to feed through the network."))
        self.sample_box.valueChanged.connect(lambda v: self._request_sample(v - 1))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(translate("LiveFeatureMaps", "Next sample"))
        self.next_button.setAutoRepeat(True)
        self.next_button.clicked.connect(lambda: self._request_sample(self.sample_box.value()))
        for w in (self.prev_button, self.sample_box, self.next_button):
            bar.addWidget(w)
        self.of_label = QLabel("")
        self.of_label.setObjectName("muted")
        bar.addWidget(self.of_label)
        bar.addSpacing(16)
        self.verdict = QLabel("")
        bar.addWidget(self.verdict)
        bar.addStretch(1)
        layout.addLayout(bar)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.input_caption = QLabel(translate("LiveFeatureMaps", "Input"))
        self.input_caption.setObjectName("caption")
        left.addWidget(self.input_caption)
        self.input_stack = QStackedWidget()
        self.input_box = ImageBox(translate("LiveFeatureMaps", INPUT_TIP))
        self.input_text = QLabel("")
        self.input_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.input_text.setWordWrap(True)
        self.input_text.setToolTip(translate("LiveFeatureMaps", INPUT_TIP))
        self.input_text.setObjectName("readout")
        self.input_stack.addWidget(self.input_box)
        self.input_stack.addWidget(self.input_text)
        self.input_stack.setFixedWidth(190)
        self.input_stack.setMinimumHeight(150)
        left.addWidget(self.input_stack)
        left.addStretch(1)
        body.addLayout(left)

        right = QVBoxLayout()
        self.maps_caption = QLabel(translate("LiveFeatureMaps", "Output"))
        self.maps_caption.setObjectName("caption")
        right.addWidget(self.maps_caption)
        self.output_stack = QStackedWidget()
        self.maps_box = ImageBox(translate("LiveFeatureMaps", MAPS_TIP), max_zoom=8)
        self.maps_box.scene().sigMouseMoved.connect(self._hover)
        self.maps_box.scene().sigMouseClicked.connect(self._clicked)
        self.units_plot = LivePlot("", translate("LiveFeatureMaps", "unit"), translate("LiveFeatureMaps", "activation"), translate("LiveFeatureMaps", UNITS_TIP))
        self.units_bars = pg.BarGraphItem(x=[], height=[], width=0.8, pen=None)
        theme.styled(self.units_plot, lambda pal: self.units_bars.setOpts(brush=pal.train))
        self.units_plot.addItem(self.units_bars)
        self.units_plot.scene().sigMouseClicked.connect(self._clicked_unit)
        self.output_stack.addWidget(self.maps_box)
        self.output_stack.addWidget(self.units_plot)
        right.addWidget(self.output_stack, 1)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)
        self.hint = hint_label(translate("LiveFeatureMaps", "Pick a layer (or click its card) and step through the samples. Image outputs "
                                    "show one tile per channel, each scaled to its own range (hover a tile for its "
                                    "numbers); flat outputs show one bar per unit."))
        layout.addWidget(self.hint)
        self.clear()

    # --- data in ------------------------------------------------------------------------------
    def clear(self, info=None) -> None:
        self.info = info
        self.snapshot = None
        self.tile_count = 0
        self._grid = None
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        if info is not None:
            for name, shape in zip(info.layer_names, info.output_shapes):
                self.layer_box.addItem(f"{name}   ({' × '.join(str(d) for d in shape)})")
            self.layer_box.setCurrentIndex(info.selected_layer)
        self.layer_box.blockSignals(False)
        self.sample_box.blockSignals(True)
        self.sample_box.setRange(1, max(1, info.n_samples if info else 1))
        self.sample_box.setValue((info.selected_sample + 1) if info else 1)
        self.sample_box.blockSignals(False)
        self.of_label.setText(translate("LiveFeatureMaps", "of {0} {1} samples").format(info.n_samples, translate("LiveFeatureMaps", SPLITS.get(info.sample_split, info.sample_split))) if info else "")
        self.verdict.setText("")
        waiting = translate("LiveFeatureMaps", "No data yet — press Train") if info is None else translate("LiveFeatureMaps", "Waiting for the first snapshot…")
        for box in (self.input_box, self.maps_box, self.units_plot):
            box.set_empty(True, waiting)
        self.output_stack.setCurrentWidget(self.maps_box)
        for w in (self.layer_box, self.prev_button, self.sample_box, self.next_button):
            w.setEnabled(info is not None)

    def set_selection(self, layer: int, sample: int) -> None:
        """Follow the controller's selection (e.g. a card click) without asking for it again."""
        for box, value in ((self.layer_box, layer), (self.sample_box, sample + 1)):
            box.blockSignals(True)
            if box is self.layer_box:
                if 0 <= value < box.count():
                    box.setCurrentIndex(value)
            else:
                box.setValue(value)
            box.blockSignals(False)

    def show_visuals(self, visuals) -> None:
        if visuals.features is not None:
            self.snapshot = visuals.features
            self.request_redraw()

    def _request_sample(self, index: int) -> None:
        n = self.info.n_samples if self.info else 1
        self.sample_requested.emit(int(index) % max(n, 1))

    # --- drawing ------------------------------------------------------------------------------
    def redraw(self):
        """Two steps, the input and then the output, each painting in a turn of its own (LazyView)."""
        f = self.snapshot
        if f is None:
            return
        self._draw_input(f)
        yield self.input_stack
        out = f.output
        names = self.info.class_names if self.info else []
        if out.ndim == 3:
            self.output_stack.setCurrentWidget(self.maps_box)
            tiles = mosaic.to_rgb_tiles(out, symmetric=False, table=mosaic.activation_lut())
            tiles = mosaic.upscale(tiles, MIN_TILE_PIXELS)
            h, w = tiles.shape[1:3]
            rows, cols = mosaic.grid_shape(len(tiles), aspect=1.6)
            gap = max(1, h // 10)
            self.maps_box.show_rgb(mosaic.mosaic(tiles, cols=cols, gap=gap))
            self._grid = (cols, h, w, gap, len(tiles), out)
            self.tile_count = len(tiles)
            self.maps_caption.setText(translate("LiveFeatureMaps", "{0} channels of layer {1}, {2}×{3} each").format(len(tiles), f.layer_name, out.shape[1], out.shape[2]))
        else:
            self.output_stack.setCurrentWidget(self.units_plot)
            values = out.reshape(-1)
            x = np.arange(len(values))
            self.units_bars.setOpts(x=x, height=values, width=0.8)
            self.units_plot.set_empty(False)
            self.units_plot.plot_item.setXRange(-0.6, len(values) - 0.4, padding=0.02)
            lo, hi = min(0.0, float(values.min())), max(0.0, float(values.max()))
            self.units_plot.plot_item.setYRange(lo, hi if hi > lo else lo + 1, padding=0.08)
            axis = self.units_plot.plot_item.getAxis("bottom")
            if len(values) == len(names) and len(values) <= 20:
                axis.setTicks([[(i, n) for i, n in enumerate(names)]])
                axis.setLabel("class")
            else:
                axis.setTicks(None)
                axis.setLabel("unit")
            self._grid = None
            self.tile_count = len(values)
            self.maps_caption.setText(translate("LiveFeatureMaps", "{0} units of layer {1}").format(len(values), f.layer_name))
        self._draw_verdict(f, names)
        yield self.output_stack

    def _draw_input(self, f) -> None:
        x = f.input
        if x.ndim == 3:
            self.input_stack.setCurrentWidget(self.input_box)
            self.input_box.show_rgb(mosaic.sample_rgb(x))
        else:
            self.input_stack.setCurrentWidget(self.input_text)
            values = ", ".join(f"{v:.3g}" for v in x[:8]) + (" …" if len(x) > 8 else "")
            self.input_text.setText(translate("LiveFeatureMaps", "{0} numbers\n\n({1})").format(len(x), values))
        self.input_caption.setText(translate("LiveFeatureMaps", "Input: sample {0}").format(f.sample + 1))

    def _draw_verdict(self, f, names) -> None:
        def name(i):
            return names[i] if 0 <= i < len(names) else str(i)
        right = f.prediction == f.label
        confidence = f.probabilities[f.prediction] if f.prediction < len(f.probabilities) else float("nan")
        predicted = theme.colored(name(f.prediction), "good" if right else "error", bold=True)
        self.verdict.setText(translate("LiveFeatureMaps", "true: <b>{0}</b> · predicted: {1} ({2:.0f} %)").format(name(f.label), predicted, 100 * confidence))

    def _hover(self, pos) -> None:
        if self._grid is None:
            return
        cols, h, w, gap, n, out = self._grid
        p = self.maps_box.image.mapFromScene(pos)
        i = mosaic.tile_at(p.x(), p.y(), n, cols, h, w, gap)
        if i is not None:
            ch = out[i]
            QToolTip.showText(QCursor.pos(), translate("LiveFeatureMaps", "channel {0}: values {1:.3g} … {2:.3g}, mean {3:.3g}").format(i + 1, ch.min(), ch.max(), ch.mean()),
                              self.maps_box)

    def unit_at(self, x: float, y: float):
        """(channel, row, col) of the output under mosaic pixel (x, y), or None on a gap."""
        if self._grid is None:
            return None
        cols, h, w, gap, n, out = self._grid
        i = mosaic.tile_at(x, y, n, cols, h, w, gap)
        if i is None:
            return None
        zoom = h // out.shape[1]  # tiles were enlarged by a whole factor
        return i, int(y % (h + gap)) // zoom, int(x % (w + gap)) // zoom

    def _clicked(self, event) -> None:
        if self.snapshot is None:
            return
        p = self.maps_box.image.mapFromScene(event.scenePos())
        pos = self.unit_at(p.x(), p.y())
        if pos is not None:
            self.unit_clicked.emit(self.snapshot.layer, self.snapshot.sample, pos)

    def _clicked_unit(self, event) -> None:
        if self.snapshot is None or self.snapshot.output.ndim != 1:
            return
        x = self.units_plot.plot_item.vb.mapSceneToView(event.scenePos()).x()
        unit = int(round(x))
        if 0 <= unit < len(self.snapshot.output):
            self.unit_clicked.emit(self.snapshot.layer, self.snapshot.sample, (unit,))
