"""The samples the network got wrong, most confidently wrong first, each with its true label, the
prediction and the confidence. Confident mistakes are the interesting ones: a mislabelled sample, a
genuinely ambiguous one, or a blind spot of the network. Clicking a confusion-matrix cell shows the
samples of that cell here instead.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.views.live import mosaic
from netbuilder.views.live.feature_maps import SPLITS
from netbuilder.views.translation import translate

TIP = (QT_TRANSLATE_NOOP("LiveMistakes", "Wrongly classified samples, the most confident mistakes first. Each shows true class → prediction "
       "and how sure the network was.\nLook for: mislabelled samples, classes that look alike, and patterns the "
       "network keeps missing."))
MAX_ITEMS = 200
THUMB = 72


def thumbnail(x: np.ndarray) -> QPixmap:
    rgb = np.ascontiguousarray(mosaic.sample_rgb(x))
    h, w = rgb.shape[:2]
    image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
    mode = Qt.TransformationMode.FastTransformation if max(h, w) < THUMB else Qt.TransformationMode.SmoothTransformation
    return QPixmap.fromImage(image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, mode))


class MistakesGallery(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.header = QLabel(translate("LiveMistakes", "Mistakes"))
        self.header.setObjectName("viewHeading")
        self.header.setWordWrap(True)
        top.addWidget(self.header, 1)
        self.all_button = QPushButton(translate("LiveMistakes", "Show all mistakes"))
        self.all_button.setToolTip(translate("LiveMistakes", "Back from one confusion-matrix cell to every mistake."))
        self.all_button.clicked.connect(self.show_mistakes)
        self.all_button.setVisible(False)
        top.addWidget(self.all_button)
        layout.addLayout(top)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 60, THUMB + 62))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setToolTip(translate("LiveMistakes", TIP))
        self.list.setObjectName("mistakes")
        layout.addWidget(self.list, 1)
        self.empty = QLabel(translate("LiveMistakes", "Mistakes appear here when training ends."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.results = None
        self.clear()

    @property
    def item_count(self) -> int:
        return self.list.count()

    def clear(self, info=None) -> None:
        self.results = None
        self._pending = False
        self.list.clear()
        self.header.setText(translate("LiveMistakes", "Mistakes"))
        self.all_button.setVisible(False)
        self.empty.setText(translate("LiveMistakes", "Mistakes appear here when training ends."))
        self.empty.setVisible(True)

    def show_results(self, results) -> None:
        """Thumbnails are made when the gallery is first seen: 200 of them cost ~0.1 s."""
        self.results = results
        self._pending = True
        if self.isVisible():
            self.show_mistakes()

    def showEvent(self, event):
        super().showEvent(event)
        if self._pending:
            self.show_mistakes()

    def show_mistakes(self) -> None:
        r = self.results
        self._pending = False
        if r is None:
            return
        shown = r.mistakes[:min(MAX_ITEMS, len(r.mistake_images))]
        more = translate("LiveMistakes", " (the {0} most confident shown)").format(len(shown)) if len(r.mistakes) > len(shown) else ""
        self.header.setText(translate("LiveMistakes", "{0:,} mistakes of {1:,} {2} samples, most confident first{3}").format(len(r.mistakes), len(r.labels), translate("LiveFeatureMaps", SPLITS.get(r.split, r.split)), more))
        self._fill(shown, r.mistake_images[:len(shown)])
        self.all_button.setVisible(False)
        self.empty.setText(translate("LiveMistakes", "No mistakes: every sample was classified correctly."))
        self.empty.setVisible(len(shown) == 0)

    def show_cell(self, true: int, predicted: int, indices) -> None:
        """The samples of one confusion-matrix cell (indices into the evaluated split)."""
        r = self.results
        if r is None:
            return
        indices = np.asarray(indices)[:MAX_ITEMS]
        names = r.class_names
        verdict = translate("LiveMistakes", "correctly classified") if true == predicted else translate("LiveMistakes", "predicted {0}").format(names[predicted])
        self.header.setText(translate("LiveMistakes", "{0:,} samples of {1} {2}, most confident first").format(len(r.cell(true, predicted)), names[true], verdict))
        self._fill(indices, np.array(r.inputs[indices]) if len(indices) else np.zeros((0,)))
        self.all_button.setVisible(True)
        self.empty.setText(translate("LiveMistakes", "This cell is empty."))
        self.empty.setVisible(len(indices) == 0)

    def _fill(self, indices, inputs) -> None:
        r = self.results
        names = r.class_names
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        for idx, x in zip(indices, inputs):
            true, pred = int(r.labels[idx]), int(r.predictions[idx])
            conf = float(r.confidence[idx])
            text = (f"{names[true]}\n→ {names[pred]}\n{100 * conf:.0f} %" if true != pred
                    else f"{names[true]}\n✓ {100 * conf:.0f} %")
            item = QListWidgetItem(text)
            if x.ndim == 3:
                item.setIcon(QIcon(thumbnail(x)))
            else:
                values = ", ".join(f"{v:.2f}" for v in x[:3]) + (", …" if len(x) > 3 else "")
                item.setText(f"({values})\n{text}")
            item.setToolTip(translate("LiveMistakes", "{0} sample {1}: true {2}, predicted {3} with {4:.1f} % confidence").format(r.split.capitalize(), int(idx) + 1, names[true], names[pred], 100 * conf))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.list.addItem(item)
        self.list.setUpdatesEnabled(True)
