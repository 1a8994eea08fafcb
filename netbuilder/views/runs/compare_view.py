"""Compare view: the selected runs' loss and accuracy per epoch overlaid, one colour per run, train
dashed and validation solid; the legend names each run by what distinguishes it, hovering a curve
names its run, and two selected runs also show their diff."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget, QHBoxLayout

from netbuilder.runs.diff import distinguishing_labels
from netbuilder.runs.report import diff_report
from netbuilder.views import theme
from netbuilder.views.live.plot import series_color, style_axis

HOVER_PIXELS = 8
HINT = "Select runs in the table to overlay their curves (dashed: training, solid: validation)."


def _plot(title: str, y_label: str) -> pg.PlotWidget:
    w = pg.PlotWidget()
    item = w.getPlotItem()

    def style(pal: theme.Palette) -> None:
        w.setBackground(pal.plot_bg)
        item.setTitle(title, color=pal.plot_text, size="10pt")
        item.setLabel("bottom", "epoch", color=pal.muted)
        item.setLabel("left", y_label, color=pal.muted)
        item.showGrid(x=True, y=True, alpha=pal.grid_alpha)
        for axis in ("bottom", "left"):
            style_axis(item.getAxis(axis), pal)
    theme.styled(w, style)
    item.hideButtons()
    for name in ("bottom", "left"):
        item.getAxis(name).enableAutoSIPrefix(False)
    w.setMinimumSize(220, 150)
    return w


class CompareView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hover_label = QLabel(HINT)
        self.hover_label.setWordWrap(True)
        self.hover_label.setObjectName("muted")
        layout.addWidget(self.hover_label)
        plots = QWidget()
        row = QHBoxLayout(plots)
        row.setContentsMargins(0, 0, 0, 0)
        self.loss_plot = _plot("Loss per epoch", "loss")
        self.acc_plot = _plot("Accuracy per epoch", "accuracy (%)")
        row.addWidget(self.loss_plot)
        row.addWidget(self.acc_plot)
        self.diff_text = QPlainTextEdit()
        self.diff_text.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        self.diff_text.setFont(font)
        self.diff_text.setToolTip("What differs between the two selected runs, then their outcomes side by side")
        self.diff_text.hide()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(plots)
        split.addWidget(self.diff_text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.runs: list = []
        self.labels: dict[int, str] = {}
        self.curves: list[tuple[pg.PlotDataItem, object, str]] = []   # (item, run, "train loss" ...)
        # losses fall and accuracies rise: their legends sit in the corner the curves leave empty
        self._legends = [self.loss_plot.getPlotItem().addLegend(offset=(-8, 8), labelTextSize="8pt"),
                         self.acc_plot.getPlotItem().addLegend(offset=(-8, -8), labelTextSize="8pt")]
        theme.styled(self, self._style)
        for plot in (self.loss_plot, self.acc_plot):
            plot.scene().sigMouseMoved.connect(lambda pos, p=plot: self._hover(p, pos))

    def _style(self, pal: theme.Palette) -> None:
        for legend in self._legends:
            legend.setBrush(pg.mkBrush(*theme.rgba(pal.plot_bg, pal.legend_alpha)))
            legend.setLabelTextColor(pal.plot_text)
        if self.runs:
            self.show_runs(self.runs)  # one colour per run: the palette's series

    def show_runs(self, runs) -> None:
        """Overlay these runs (records.Run with epochs); two runs also show their diff."""
        self.runs = list(runs)
        self.labels = distinguishing_labels(self.runs) if self.runs else {}
        for plot, legend in zip((self.loss_plot, self.acc_plot), self._legends):
            plot.getPlotItem().clear()
            legend.clear()
        self.curves = []
        for i, run in enumerate(self.runs):
            color = series_color(i)
            e = np.array([row.epoch for row in run.epochs], dtype=float)
            for plot, train, val, scale, what in ((self.loss_plot, "train_loss", "val_loss", 1.0, "loss"),
                                                  (self.acc_plot, "train_accuracy", "val_accuracy", 100.0, "accuracy")):
                tr = np.array([np.nan if getattr(r, train) is None else scale * getattr(r, train) for r in run.epochs])
                va = np.array([np.nan if getattr(r, val) is None else scale * getattr(r, val) for r in run.epochs])
                has_val = bool(np.isfinite(va).any())
                dashed = pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine)
                t_item = plot.plot(e, tr, pen=dashed, symbol="o", symbolSize=4, symbolBrush=color, symbolPen=None,
                                   name=None if has_val else self.labels[run.id], connect="finite")
                self.curves.append((t_item, run, f"training {what}"))
                if has_val:
                    v_item = plot.plot(e, va, pen=pg.mkPen(color, width=2), symbol="s", symbolSize=5, symbolBrush=color,
                                       symbolPen=None, name=self.labels[run.id], connect="finite")
                    self.curves.append((v_item, run, f"validation {what}"))
        last = max((row.epoch for run in self.runs for row in run.epochs), default=0)
        for plot in (self.loss_plot, self.acc_plot):
            plot.getPlotItem().enableAutoRange()
            axis = plot.getPlotItem().getAxis("bottom")
            # whole epochs only: "1.5 epochs" is not a thing a run reports
            axis.setTicks([[(e, str(e)) for e in range(1, last + 1)]] if 0 < last <= 20 else None)
        if len(self.runs) == 2:
            self.diff_text.setPlainText(diff_report(*self.runs))
            self.diff_text.show()
        else:
            self.diff_text.hide()
        self.hover_label.setText(HINT if not self.runs else
                                 "Dashed: training, solid: validation. Hover a curve to see its run.")

    def run_ids_drawn(self) -> list[int]:
        return sorted({run.id for _, run, _ in self.curves})

    def _hover(self, plot: pg.PlotWidget, scene_pos) -> None:
        """Name the run whose curve point is nearest the pointer (within a few pixels)."""
        best = None
        vb = plot.getPlotItem().vb
        for item, run, what in self.curves:
            if item.getViewBox() is not vb:
                continue
            xs, ys = item.getData()
            if xs is None or not len(xs):
                continue
            for x, y in zip(xs, ys):
                if not np.isfinite(y):
                    continue
                p = vb.mapViewToScene(pg.Point(float(x), float(y)))
                d = (p.x() - scene_pos.x()) ** 2 + (p.y() - scene_pos.y()) ** 2
                if best is None or d < best[0]:
                    best = (d, run, what, x, y)
        if best is not None and best[0] <= HOVER_PIXELS ** 2:
            _, run, what, x, y = best
            value = f"{y:.1f} %" if "accuracy" in what else f"{y:.4g}"
            text = f"{self.labels.get(run.id, run.name)} — {run.name}: {what} {value} at epoch {int(x)}"
            self.hover_label.setText(text)
            plot.setToolTip(text)
        else:
            plot.setToolTip("")
