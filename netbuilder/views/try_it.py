"""The "Try it" tab: ask the trained network about an input of your own.

Drop an image file on it, paste one, or — for 28×28 grey inputs such as MNIST — draw a digit with
the mouse. The input is prepared exactly as `netbuilder predict` prepares it (export/inputs.py: the
model's colour mode, size, scaling and normalisation); a drawing is first cropped to its ink, fitted
into 20×20 and centred in 28×28, the way MNIST's digits were made. The top classes show as bars, and
the feature-map view shows what every layer makes of that one input.

Everything runs on the GUI thread: one sample through a network takes milliseconds.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from PySide6.QtCore import QBuffer, QIODevice, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea,
                               QSizePolicy, QVBoxLayout, QWidget)

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.format import shape_text
from netbuilder.export.inputs import InputError, decode_image, image_settings, normalise_pixels
from netbuilder.export.predict import probabilities, top_k
from netbuilder.views import theme
from netbuilder.views.live.feature_maps import FeatureMapView
from netbuilder.views.translation import translate

TOP = 5
PAD_SIDE = 224  # drawing canvas in pixels; 8× MNIST's 28
PEN_WIDTH = 18


class DrawPad(QWidget):
    """A black square to draw on in white, as MNIST digits are stored."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedSize(PAD_SIDE, PAD_SIDE)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(translate("TryIt", "Draw a digit with the mouse; it is recognised when you let go."))
        self.image = QImage(PAD_SIDE, PAD_SIDE, QImage.Format.Format_Grayscale8)
        self.clear()
        self._last: QPoint | None = None

    def clear(self) -> None:
        self.image.fill(QColor(theme.DRAW_PAPER))
        self.update()

    def stroke(self, points) -> None:
        """Draw a line through `points` (pad coordinates), as a mouse drag would; then `changed`."""
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(theme.DRAW_INK), PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        points = [QPoint(int(x), int(y)) for x, y in points]
        if len(points) == 1:
            painter.drawPoint(points[0])
        for a, b in zip(points, points[1:]):
            painter.drawLine(a, b)
        painter.end()
        self.update()

    def pixels(self) -> np.ndarray:
        """(PAD_SIDE, PAD_SIDE) uint8, white ink on black."""
        ptr = self.image.constBits()
        stride = self.image.bytesPerLine()
        return np.frombuffer(ptr, np.uint8, stride * PAD_SIDE).reshape(PAD_SIDE, stride)[:, :PAD_SIDE].copy()

    def mousePressEvent(self, event):
        self._last = event.position().toPoint()
        self.stroke([(self._last.x(), self._last.y())])

    def mouseMoveEvent(self, event):
        if self._last is not None:
            p = event.position().toPoint()
            self.stroke([(self._last.x(), self._last.y()), (p.x(), p.y())])
            self._last = p

    def mouseReleaseEvent(self, event):
        self._last = None
        self.changed.emit()

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.drawImage(0, 0, self.image)
        painter.setPen(QColor(theme.DRAW_GUIDE))
        painter.drawRect(0, 0, PAD_SIDE - 1, PAD_SIDE - 1)


def mnist_style(pixels: np.ndarray, side: int = 28, box: int = 20) -> np.ndarray:
    """Crop to the ink, fit it into box×box keeping its shape, and place it so that its centre of
    mass is the centre of side×side (uint8): how MNIST's digits were normalised."""
    from PIL import Image

    rows, cols = np.nonzero(pixels > 20)
    if not len(rows):
        return np.zeros((side, side), np.uint8)
    crop = pixels[rows.min():rows.max() + 1, cols.min():cols.max() + 1]
    h, w = crop.shape
    scale = box / max(h, w)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    small = np.asarray(Image.fromarray(crop).resize(size, Image.Resampling.LANCZOS), np.uint8)
    out = np.zeros((side, side), np.uint8)
    weights = small.astype(np.float64)
    total = max(weights.sum(), 1e-9)
    com_r = (weights.sum(axis=1) * np.arange(size[1])).sum() / total
    com_c = (weights.sum(axis=0) * np.arange(size[0])).sum() / total
    top = int(np.clip(round(side / 2 - com_r - 0.5), 0, side - size[1]))
    left = int(np.clip(round(side / 2 - com_c - 0.5), 0, side - size[0]))
    out[top:top + size[1], left:left + size[0]] = small
    return out


class ClassBars(QWidget):
    """The most likely classes, one labelled bar each."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows = []
        for _ in range(TOP):
            row = QHBoxLayout()
            name, bar, value = QLabel(""), QProgressBar(), QLabel("")
            name.setMinimumWidth(40)
            bar.setRange(0, 1000)
            bar.setTextVisible(False)
            bar.setMinimumWidth(80)
            value.setMinimumWidth(52)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for w in (name, bar, value):
                row.addWidget(w)
            layout.addLayout(row)
            self.rows.append((name, bar, value))
        layout.addStretch(1)

    def show_top(self, top: list[dict]) -> None:
        for i, (name, bar, value) in enumerate(self.rows):
            visible = i < len(top)
            for w in (name, bar, value):
                w.setVisible(visible)
            if visible:
                t = top[i]
                name.setText(f"<b>{t['class']}</b>" if i == 0 else t["class"])
                bar.setValue(round(1000 * t["probability"]))
                value.setText(f"{100 * t['probability']:.1f} %")


class InputMaps(FeatureMapView):
    """The feature-map view for one input of the user's: no sample stepping, no true label."""

    HINT = (QT_TRANSLATE_NOOP("TryIt", "Pick a layer to see what it makes of your input: image outputs show one tile per channel, each "
            "scaled to its own range (hover a tile for its numbers); flat outputs show one bar per unit."))

    def __init__(self, parent=None):
        super().__init__(parent)
        for w in (self.prev_button, self.sample_box, self.next_button, self.of_label, self.verdict):
            w.hide()
        for label in self.findChildren(QLabel):
            if label.text() == translate("LiveFeatureMaps", "Sample"):  # as FeatureMapView wrote it
                label.hide()
        self.hint.setText(translate("TryIt", self.HINT))
        self.input_caption.setWordWrap(True)
        self.maps_caption.setWordWrap(True)
        self.input_stack.setFixedWidth(120)  # one small input: leave the width to the layer's maps
        self.units_plot.setMinimumWidth(150)  # so that the tab fits beside the docks at 1024 pixels
        self.layer_box.setMinimumWidth(160)

    def clear(self, info=None) -> None:
        super().clear(info)
        self.input_box.set_empty(True, translate("TryIt", "Your input appears here"))
        self.maps_box.set_empty(True, translate("TryIt", "Draw, drop or paste an input to see what each layer makes of it")
                                if info is not None else translate("TryIt", "No trained network yet"))

    def _draw_input(self, f) -> None:
        super()._draw_input(f)
        self.input_caption.setText(translate("TryIt", "Your input, as the network sees it"))

    def _draw_verdict(self, f, names) -> None:
        pass


class TryItPanel(QWidget):
    """Feeds one input of the user's through a trained model and shows its answer and activations."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = None
        self.x: np.ndarray | None = None
        self.outputs: list[np.ndarray] = []
        self.top: list[dict] = []
        self.setAcceptDrops(True)
        layout = QHBoxLayout(self)

        left = QVBoxLayout()
        self.title = QLabel("")
        self.title.setWordWrap(True)
        left.addWidget(self.title)
        self.pad = DrawPad()
        self.pad.changed.connect(self.use_drawing)
        left.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        self.clear_button = QPushButton(translate("TryIt", "Clear"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.open_button = QPushButton(translate("TryIt", "Open…"))
        self.open_button.setToolTip(translate("TryIt", "Open an image file (PNG, JPEG, …)"))
        self.open_button.clicked.connect(self.open_image)
        self.paste_button = QPushButton(translate("TryIt", "Paste"))
        self.paste_button.setToolTip(translate("TryIt", "Use the image on the clipboard"))
        self.paste_button.clicked.connect(self.paste)
        for b in (self.clear_button, self.open_button, self.paste_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left.addLayout(buttons)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setObjectName("muted")
        left.addWidget(self.note)
        left.addWidget(QLabel(translate("TryIt", "<b>Most likely</b>")))
        self.bars = ClassBars()
        left.addWidget(self.bars)
        left.addStretch(1)
        holder = QWidget()
        holder.setLayout(left)
        # Scrolls rather than forcing the window taller than a 700-pixel-high screen allows.
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(PAD_SIDE + 40 + scroll.verticalScrollBar().sizeHint().width())
        layout.addWidget(scroll)

        self.maps = InputMaps()
        self.maps.layer_requested.connect(self.show_layer)
        self.maps.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.maps, 1)
        self.set_model(None)

    # --- model --------------------------------------------------------------------------------
    @property
    def can_draw(self) -> bool:
        return self.model is not None and tuple(self.model.net.input_shape) == (1, 28, 28)

    def set_model(self, model) -> None:
        """A TrainedModel (io/nbmodel.py), or None when there is nothing trained to ask."""
        self.model = model
        self.x, self.outputs, self.top = None, [], []
        self.bars.show_top([])
        image = model is not None and len(model.net.input_shape) == 3
        self.pad.setVisible(self.can_draw)
        self.clear_button.setVisible(self.can_draw)
        for b in (self.open_button, self.paste_button):
            b.setEnabled(image)
        if model is None:
            self.title.setText(translate("TryIt", "Train a network (or open a .nbmodel or .onnx file) to try it on your own inputs."))
            self.maps.clear(None)
            return
        shape = shape_text(model.net.input_shape, spaced=True)
        how = (translate("TryIt", "Draw a digit, drop an image file here, or paste one.") if self.can_draw else
               translate("TryIt", "Drop an image file here, open or paste one.") if image else
               translate("TryIt", "This model takes {0} numbers, not images: use `netbuilder predict MODEL rows.csv`.").format(shape))
        self.title.setText(translate("TryIt", "<b>{0}</b> ({1})<br>{2}").format(model.spec.name, shape, how))
        self.pad.clear()
        names = [f"{i} {layer.kind}" for i, layer in enumerate(model.net.layers)]
        info = SimpleNamespace(layer_names=names, output_shapes=[layer.output_shape for layer in model.net.layers],
                               selected_layer=0, n_samples=1, selected_sample=0, sample_split="your",
                               class_names=model.labels)
        self.maps.clear(info)

    # --- inputs -------------------------------------------------------------------------------
    def use_drawing(self) -> None:
        if self.can_draw:
            pixels = mnist_style(self.pad.pixels())
            self.note.setText("")
            self.classify(normalise_pixels(pixels[None, None], image_settings(self.model.preprocessing, (1, 28, 28))))

    def use_image(self, source, name: str) -> None:
        """A file path, PNG/JPEG bytes or PIL image, prepared as predict prepares it."""
        if self.model is None or len(self.model.net.input_shape) != 3:
            return
        settings = image_settings(self.model.preprocessing, tuple(self.model.net.input_shape))
        notes: list[str] = []
        try:
            pixels = decode_image(source, settings, notes, name)
        except InputError as e:
            self.note.setText(str(e))
            return
        self.note.setText("; ".join(notes))
        if self.can_draw:
            self.pad.image = QImage(pixels[0].data, 28, 28, 28, QImage.Format.Format_Grayscale8).scaled(
                PAD_SIDE, PAD_SIDE).convertToFormat(QImage.Format.Format_Grayscale8)
            self.pad.update()
        self.classify(normalise_pixels(pixels[None], settings))

    def open_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("TryIt", "Try an image"), "", translate("TryIt", "Images (*.png *.jpg *.jpeg *.bmp *.gif)"))
        if path:
            self.use_image(path, path.rsplit("/", 1)[-1])

    def paste(self) -> None:
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self.note.setText(translate("TryIt", "The clipboard holds no image."))
            return
        self.use_image(png_bytes(image), translate("TryIt", "pasted image"))

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event):
        data = event.mimeData()
        if data.hasImage():
            self.use_image(png_bytes(QImage(data.imageData())), translate("TryIt", "dropped image"))
        elif data.hasUrls():
            path = data.urls()[0].toLocalFile()
            self.use_image(path, path.rsplit("/", 1)[-1])

    # --- answer -------------------------------------------------------------------------------
    def classify(self, x: np.ndarray) -> None:
        net = self.model.net
        self.x = x
        self.outputs = net.forward_all(x)
        probs = probabilities(net, self.outputs[-1])
        self.top = top_k(probs, self.model.labels, TOP)[0]
        self.bars.show_top(self.top)
        self.show_layer(self.maps.layer_box.currentIndex())

    def show_layer(self, index: int) -> None:
        if self.x is None or not self.outputs:
            return
        index = max(0, min(index, len(self.outputs) - 1))
        self.maps.set_selection(index, 0)
        best = self.top[0]["index"]
        # The fields of a training snapshot's FeatureMaps, which is all the view reads.
        self.maps.show_visuals(SimpleNamespace(features=SimpleNamespace(
            layer=index, layer_name=self.maps.info.layer_names[index], sample=0, input=self.x[0],
            output=self.outputs[index][0], label=best, prediction=best,
            probabilities=probabilities(self.model.net, self.outputs[-1])[0])))


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())
