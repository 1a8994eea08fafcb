"""For 2-D data: which class the network predicts at every point of the plane, under the data.

Each background pixel mixes the class colours by the predicted probabilities, lightened so the
points stay readable: pale where the network is unsure (near the boundary), saturated where it is
confident.
"""

from __future__ import annotations

import numpy as np
from netbuilder.views.pyqtgraph_themed import pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QVBoxLayout

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.views import theme
from netbuilder.views.live.chart_key import ChartKey, KeyEntry
from netbuilder.views.live.plot import LivePlot, hint_label
from netbuilder.views.live.redraw import LazyView
from netbuilder.views.translation import translate

TIP = (QT_TRANSLATE_NOOP("LiveBoundary", "The background shows what the network predicts at each point of the input plane; the dots are "
       "training samples coloured by their true class.\n"
       "Look for: the coloured regions bending to follow the data. Dots on the wrong colour are mistakes; "
       "pale bands are where the network is unsure."))
FADE = 0.55  # how far the background is pulled toward the chart's own background


def blend(probabilities: np.ndarray, colors: np.ndarray, paper) -> np.ndarray:
    """(H, W, K) probabilities and (K, 3) colours -> (H, W, 3) uint8: a probability-weighted mix,
    pulled toward `paper` (the plot background: white, or dark in the dark theme) by how unsure
    the prediction is, so the dots in their full colour stand out in either theme."""
    k = min(probabilities.shape[-1], len(colors))
    p = probabilities[..., :k].astype(np.float32)
    mix = p @ colors[:k].astype(np.float32)
    confidence = (p.max(axis=-1, keepdims=True) - 1 / k) / (1 - 1 / k) if k > 1 else np.ones_like(p[..., :1])
    fade = FADE + (1 - FADE) * (1 - np.clip(confidence, 0, 1))
    out = mix * (1 - fade) + np.asarray(paper, np.float32) * fade
    return np.clip(out, 0, 255).round().astype(np.uint8)


class BoundaryView(LazyView):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = LivePlot(translate("LiveBoundary", "Decision boundary"), translate("LiveBoundary", "x₁ (first input)"), translate("LiveBoundary", "x₂ (second input)"), translate("LiveBoundary", TIP),
                             empty_text=translate("LiveBoundary", "Only for data with two inputs (the playground sets)."), grid=False)
        self.plot.plot_item.setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        self.scatter = pg.ScatterPlotItem(size=7)
        self.info = None
        self.plot.addItem(self.scatter)
        self.key = ChartKey()  # the classes' colours, above the plot: inside, the key covered the dots
        layout.addWidget(self.key)
        layout.addWidget(self.plot, 1)
        layout.addWidget(hint_label(translate("LiveBoundary", "Background: predicted class (pale = unsure). Dots: training samples in their true colour.")))
        self.colors = np.zeros((0, 3))
        self.snapshot = None
        self.applicable = False
        self.clear()
        theme.styled(self, lambda _pal: self._color_points())

    def clear(self, info=None) -> None:
        self.snapshot = None
        self.key.set_entries([])
        self.image.clear()
        self.scatter.clear()
        self.applicable = info is not None and info.is_points
        if not self.applicable:
            self.plot.set_empty(True, translate("LiveBoundary", "Only for data with two inputs (the playground sets).")
                                if info is not None else translate("LiveBoundary", "No data yet — press Train"))
            return
        self.info = info
        self._color_points()
        self.plot.set_empty(True, translate("LiveBoundary", "Waiting for the first snapshot…"))
        self.plot.plot_item.getAxis("bottom").setStyle(showValues=True)
        self.plot.plot_item.getAxis("left").setStyle(showValues=True)

    def _color_points(self) -> None:
        """The dots and the key in the palette's series colours (again after a theme change)."""
        info = self.info
        if not self.applicable or info is None:
            return
        pal = theme.palette()
        self.colors = np.array([theme.rgb(pal.series_color(k)) for k in range(len(info.class_names))], np.float32)
        brushes = [pg.mkBrush(pal.series_color(int(c))) for c in info.point_labels]
        self.scatter.setData(pos=info.points, brush=brushes, pen=pg.mkPen(pal.marker_edge, width=0.8))
        self.key.set_entries([KeyEntry(str(name), pal.series_color(k), "dot") for k, name in enumerate(info.class_names)])

    def show_visuals(self, visuals) -> None:
        if visuals.boundary is not None and self.applicable:
            self.snapshot = visuals.boundary
            self.request_redraw()

    def redraw(self) -> None:
        b = self.snapshot
        if b is None:
            return
        first = self.image.image is None
        paper = theme.rgb(theme.palette().plot_bg)
        self.image.setImage(blend(b.probabilities, self.colors, paper), autoLevels=False, levels=(0, 255))
        x0, x1, y0, y1 = b.extent
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.plot.set_empty(False)
        if first:
            self.plot.plot_item.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
