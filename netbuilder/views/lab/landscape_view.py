"""Loss landscapes: the line from the initial to the final weights, and a plane through the final
weights (two filter-normalised random directions, or the plane of the training path when the run
kept its epoch weights) as a colour map with iso-lines and the path on top."""

from __future__ import annotations

import numpy as np
from netbuilder.views.pyqtgraph_themed import pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QSplitter, QVBoxLayout, QWidget

from netbuilder.analysis.directions import learned
from netbuilder.analysis.landscape import loss_line, loss_plane
from netbuilder.engine.network import Network
from netbuilder.analysis.grid import bilinear, iso_segments, levels_for, scaled
from netbuilder.views.flow_layout import FlowLayout
from netbuilder.views import theme
from netbuilder.views.live.plot import LivePlot, hint_label, result_label
from netbuilder.views.translation import translate


class LandscapeView(QWidget):
    def __init__(self, jobs, parent=None):
        super().__init__(parent)
        self.jobs = jobs
        self.source = None
        self.line = self.plane = None
        layout = QVBoxLayout(self)
        bar = FlowLayout()  # wraps on a narrow window instead of widening it
        self.line_button = QPushButton(translate("LabLandscapeView", "Line"))
        self.line_button.setToolTip(translate("LabLandscapeView", "Loss along (1 − α)·initial + α·final weights, α from −0.5 to 1.5"))
        self.line_button.clicked.connect(self.compute_line)
        bar.addWidget(self.line_button)
        bar.addWidget(QLabel(translate("LabLandscapeView", "Plane")))
        self.grid_box = QSpinBox()
        self.grid_box.setRange(3, 61)
        self.grid_box.setValue(21)
        self.grid_box.setSuffix(translate("LabLandscapeView", " × grid"))
        bar.addWidget(self.grid_box)
        self.directions = QComboBox()
        self.directions.addItem(translate("LabLandscapeView", "random directions (filter-normalised)"), "random")
        self.directions.addItem(translate("LabLandscapeView", "plane of the training path"), "trajectory")
        self.directions.setToolTip(translate("LabLandscapeView", "The training path needs the weights of at least two epochs"))
        bar.addWidget(self.directions)
        self.plane_button = QPushButton(translate("LabLandscapeView", "Compute plane"))
        self.plane_button.clicked.connect(self.compute_plane)
        bar.addWidget(self.plane_button)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.line_plot = LivePlot("", translate("LabLandscapeView", "α (0 = initial, 1 = final weights)"), translate("LabLandscapeView", "loss"),
                                  translate("LabLandscapeView", "The loss on the straight line from the initial to the final weights"),
                                  empty_text=translate("LabLandscapeView", "Press Line"))
        split.addWidget(self.line_plot)
        self.plane_plot = LivePlot("", translate("LabLandscapeView", "direction 1"), translate("LabLandscapeView", "direction 2"),
                                   translate("LabLandscapeView", "Loss around the final weights (colour: log10 loss), iso-lines white, "
                                   "the training path orange"), empty_text=translate("LabLandscapeView", "Press Compute plane"), grid=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plane_plot.plot_item.addItem(self.image)
        self.iso = pg.PlotDataItem(connect="pairs")
        self.path = pg.PlotDataItem(symbol="o", symbolSize=6)
        self.center = pg.ScatterPlotItem(size=10, pen=None)
        theme.styled(self, self._style)
        for item in (self.iso, self.path, self.center):
            self.plane_plot.plot_item.addItem(item)
        self.plane_plot.plot_item.setAspectLocked(False)
        split.addWidget(self.plane_plot)
        layout.addWidget(split, 1)
        self.summary = result_label()
        layout.addWidget(self.summary)
        layout.addWidget(hint_label(translate("LabLandscapeView", "Random directions are scaled filter by filter to the weights (Li et al. 2018), "
                                    "so a step of 1 changes every filter by its own size. Random directions miss the "
                                    "path training took; the plane of the training path (PCA of the epoch weights) "
                                    "shows it.")))
        self.set_source(None)

    def _style(self, pal: theme.Palette) -> None:
        from netbuilder.views.live.mosaic import lut
        self.image.setLookupTable(lut(pal.landscape_map))
        self.iso.setPen(pg.mkPen(theme.rgba(pal.iso_line, 170), width=1))
        self.path.setPen(pg.mkPen(pal.valid, width=2.5))
        self.path.setSymbolBrush(pal.valid)
        self.center.setBrush(pg.mkBrush(pal.error))
        if self.line is not None:
            self.show_line(self.line)

    def set_source(self, source) -> None:
        self.source = source
        has_path = source is not None and len(source.states) >= 3  # two besides the final weights
        self.directions.model().item(1).setEnabled(has_path)
        self.directions.setCurrentIndex(1 if has_path else 0)
        for w in (self.line_button, self.plane_button):
            w.setEnabled(source is not None)

    def compute_line(self) -> None:
        src, net = self.source, self.source.fresh_net()
        initial = src.states[0] if src.states else learned(Network(net.spec, seed=net.seed))

        def job(progress, should_stop):
            return loss_line(net, src.x, src.y, initial, points=41, progress=progress, should_stop=should_stop)

        self.jobs.run(translate("LabLandscapeView", "Loss along the line"), job, self.show_line)

    def compute_plane(self) -> None:
        src, net = self.source, self.source.fresh_net()
        grid, directions = self.grid_box.value(), self.directions.currentData()

        def job(progress, should_stop):
            return loss_plane(net, src.x, src.y, grid=grid, directions=directions, states=src.states or None,
                              epochs=src.epochs or None, progress=progress, should_stop=should_stop)

        self.jobs.run(translate("LabLandscapeView", "Loss plane {0}×{1}").format(grid, grid), job, self.show_plane)

    def show_line(self, line) -> None:
        self.line = line
        item = self.line_plot.plot_item
        item.clear()
        self.line_plot.set_empty(False)
        pal = theme.palette()
        item.plot(line.alphas, line.losses, pen=pg.mkPen(pal.train, width=2))
        ends = [int(np.argmin(np.abs(line.alphas - a))) for a in (0.0, 1.0)]
        item.plot(line.alphas[ends], line.losses[ends], pen=None, symbol="o", symbolBrush=pal.valid, symbolSize=9)
        item.setXRange(float(line.alphas[0]), float(line.alphas[-1]), padding=0.02)
        finite = line.losses[np.isfinite(line.losses)]
        if finite.size:
            item.setYRange(float(finite.min()), float(finite.max()) if finite.max() > finite.min() else finite.min() + 1,
                           padding=0.08)
        self.summary.setText(translate("LabLandscapeView", "Line: loss {0:.4f} at the initial weights, {1:.4f} at the final ones ({2:.1f} s)").format(line.losses[ends[0]], line.losses[ends[1]], line.seconds))

    def show_plane(self, plane) -> None:
        self.plane = plane
        xs, ys = plane.alphas, plane.betas
        v = scaled(plane.losses, log=True)
        # Smoothly resampled for display (row 0 at the bottom: bilinear() returns the top row first).
        self.image.setImage(bilinear(np.nan_to_num(v, nan=np.nanmax(v)), 240, 240)[::-1], autoLevels=True)
        self.image.setRect(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0])
        pts = [p for level in levels_for(v, 12) for seg in iso_segments(xs, ys, v, level) for p in seg]
        self.iso.setData(np.array([p[0] for p in pts]), np.array([p[1] for p in pts])) if pts else self.iso.setData([], [])
        if plane.trajectory is not None:
            self.path.setData(plane.trajectory[:, 0], plane.trajectory[:, 1])
        else:
            self.path.setData([], [])
        self.center.setData([0.0], [0.0])
        self.plane_plot.set_empty(False)
        self.plane_plot.plot_item.setXRange(xs[0], xs[-1], padding=0)
        self.plane_plot.plot_item.setYRange(ys[0], ys[-1], padding=0)
        if plane.directions == "trajectory":
            e = plane.explained
            names = (translate("LabLandscapeView", "path direction 1 ({0:.0%})").format(e[0]), translate("LabLandscapeView", "path direction 2 ({0:.0%})").format(e[1]))
        else:
            names = (translate("LabLandscapeView", "random direction 1"), translate("LabLandscapeView", "random direction 2"))
        self.plane_plot.plot_item.setLabel("bottom", names[0])
        self.plane_plot.plot_item.setLabel("left", names[1])
        self.summary.setText(translate("LabLandscapeView", "Plane {0}×{1}: loss {2:.4f} … {3:.4f}, {4:.4f} at the final weights (red dot), {5:.1f} s").format(len(xs), len(ys), plane.losses.min(), plane.losses.max(), plane.center_loss, plane.seconds))
