"""Confusion matrix after training: rows are the true class, columns the predicted one.

Empty cells have the chart's background colour (white, or dark in the dark theme), correct predictions (the diagonal) are blue and mistakes are
red, both shaded by their share of the true class, so the eye goes to the mistakes and not to the
zeros. Clicking a cell asks for the samples behind it.
"""

from __future__ import annotations

import math

import numpy as np
from netbuilder.views.pyqtgraph_themed import pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QCursor, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem, QLabel, QToolTip, QVBoxLayout

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.views import theme
from netbuilder.views.live.plot import EMPTY_TEXT, LivePlot
from netbuilder.views.live.redraw import LazyView
from netbuilder.views.live.feature_maps import SPLITS
from netbuilder.views.translation import translate

TIP = (QT_TRANSLATE_NOOP("LiveConfusion", "Rows: the true class. Columns: what the network predicted. Each cell counts test samples.\n"
       "Blue diagonal = correct, red = mistakes (darker = a larger share of that class). "
       "Look for: dark red cells, the pairs of classes the network confuses. Click a cell to see its samples."))
MAX_LABELS = 20  # above this many classes the counts would not fit in the cells


def cell_colors(confusion: np.ndarray, pal: theme.Palette | None = None) -> np.ndarray:
    """(K, K) counts -> (K, K, 3) uint8. Zero is the plot background (white in the light theme).
    Correct cells are a calm blue that never goes beyond 60 % of its full colour; mistakes are red
    scaled against the worst confusion (square root, so a handful of errors still shows), so the
    eye goes to them first."""
    pal = pal or theme.palette()
    counts = np.asarray(confusion, dtype=np.float64)
    totals = counts.sum(axis=1, keepdims=True)
    share = np.divide(counts, totals, out=np.zeros_like(counts), where=totals > 0)
    k = len(counts)
    diagonal = np.eye(k, dtype=bool)
    off = np.where(diagonal, 0.0, share)
    worst = off.max() if off.size else 0.0
    wrong = 0.2 + 0.6 * np.sqrt(off / worst) if worst > 0 else np.zeros_like(off)
    strength = np.where(diagonal, 0.1 + 0.5 * share, wrong)
    strength = np.where(counts > 0, strength, 0.0)
    base = np.where(diagonal[..., None], np.float32(pal.confusion_correct), np.float32(pal.confusion_wrong))
    paper = np.asarray(theme.rgb(pal.plot_bg), np.float32)
    rgb = paper * (1 - strength[..., None]) + base * strength[..., None]
    return np.clip(rgb, 0, 255).round().astype(np.uint8)


class ConfusionView(LazyView):
    cell_clicked = Signal(int, int, object)   # true class, predicted class, sample indices (most confident first)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel("")
        self.summary.setObjectName("viewHeading")
        layout.addWidget(self.summary)
        self.plot = LivePlot(translate("LiveConfusion", "Confusion matrix"), translate("LiveConfusion", "predicted class"), translate("LiveConfusion", "true class"), translate("LiveConfusion", TIP),
                             empty_text=translate("LiveConfusion", "The confusion matrix appears when training ends."), grid=False)
        self.plot.plot_item.invertY(True)
        self.plot.plot_item.setAspectLocked(True)
        self.plot.plot_item.setMouseEnabled(x=False, y=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        layout.addWidget(self.plot, 1)
        self.texts: list[QGraphicsSimpleTextItem] = []
        self.results = None
        self.clear()

    def clear(self, info=None) -> None:
        self.results = None
        self.summary.setText("")
        for t in self.texts:
            t.setVisible(False)
        self.image.clear()
        self.plot.set_empty(True, translate("LivePlot", EMPTY_TEXT) if info is None else translate("LiveConfusion", "The confusion matrix appears when training ends "
                                                                   "(Stop ends it early and tests)."))

    def show_results(self, results) -> None:
        self.results = results
        if results is None:
            self.summary.setText(translate("LiveConfusion", "No test data to evaluate on."))
            return
        n = int(results.confusion.sum())
        self.summary.setText(translate("LiveConfusion", "{0} accuracy {1:.1f} %  ·  loss {2:.4g}  ·  {3:,} samples, {4:,} wrong").format(translate("LiveFeatureMaps", SPLITS.get(results.split, results.split)).capitalize(), 100 * results.accuracy, results.loss, n, len(results.mistakes)))
        self.request_redraw()

    def redraw(self) -> None:
        r = self.results
        if r is None:
            return
        c = r.confusion
        k = len(c)
        self.image.setImage(cell_colors(c), autoLevels=False, levels=(0, 255))
        for t in self.texts:
            t.setVisible(True)
        self.image.setRect(0, 0, k, k)
        names = [r.class_names[i] if i < len(r.class_names) else str(i) for i in range(k)]
        ticks = [[(i + 0.5, n) for i, n in enumerate(names)]]
        self.plot.plot_item.getAxis("bottom").setTicks(ticks)
        self.plot.plot_item.getAxis("left").setTicks(ticks)
        self._place_counts(c)
        self.plot.set_empty(False)
        self.plot.plot_item.setRange(xRange=(0, k), yRange=(0, k), padding=0.02)

    def _place_counts(self, c: np.ndarray) -> None:
        """The count in every cell, as plain Qt text items that keep their pixel size when the view
        scales (pyqtgraph's TextItem costs ~1 ms each; a 10-class matrix has 100)."""
        k = len(c)
        wanted = k * k if k <= MAX_LABELS else 0
        if len(self.texts) != wanted:
            for t in self.texts:
                t.setParentItem(None)
                self.plot.scene().removeItem(t)
            self.texts = []
            for _ in range(wanted):
                t = QGraphicsSimpleTextItem(self.image)
                t.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
                self.texts.append(t)
        if not wanted:
            return
        colors = cell_colors(c).astype(float)
        pal = theme.palette()
        light, dark = (pal.plot_text, pal.plot_bg) if pal.dark else (pal.plot_bg, pal.plot_text)
        for n, t in enumerate(self.texts):
            i, j = divmod(n, k)
            if c[i, j] == 0:
                color = pal.faint
            else:  # light text on dark cells, dark text on light ones
                color = light if colors[i, j] @ (0.299, 0.587, 0.114) < 120 else dark
            t.setText(str(int(c[i, j])))
            t.setBrush(QColor(color))
            box = t.boundingRect()
            t.setTransform(QTransform.fromTranslate(-box.width() / 2, -box.height() / 2))
            t.setPos(j + 0.5, i + 0.5)

    def _cell(self, scene_pos):
        if self.results is None or self.plot.empty:
            return None
        p = self.image.mapFromScene(scene_pos)
        k = len(self.results.confusion)
        i, j = int(math.floor(p.y())), int(math.floor(p.x()))
        return (i, j) if 0 <= i < k and 0 <= j < k else None

    def _clicked(self, event) -> None:
        cell = self._cell(event.scenePos())
        if cell is not None:
            self.cell_clicked.emit(cell[0], cell[1], self.results.cell(*cell))

    def _hover(self, pos) -> None:
        cell = self._cell(pos)
        if cell is None:
            return
        i, j = cell
        r = self.results
        names = r.class_names
        count = int(r.confusion[i, j])
        total = int(r.confusion[i].sum())
        what = "correct" if i == j else translate("LiveConfusion", "{0} taken for {1}").format(names[i], names[j])
        QToolTip.showText(QCursor.pos(), translate("LiveConfusion", "true {0}, predicted {1}: {2} samples ({3:.1f} % of {4}) — {5}. Click to see them.").format(names[i], names[j], count, 100 * count / max(total, 1), names[i], what),
                          self.plot)

