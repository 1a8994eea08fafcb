"""Compare view: the selected runs' loss and accuracy per epoch overlaid, one colour per run, train
dashed and validation solid; the legend names each run by what distinguishes it, hovering a curve
names its run, and two selected runs also show their diff."""

from __future__ import annotations

from html import escape

import numpy as np
from netbuilder.views.pyqtgraph_themed import pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.runs.diff import distinguishing_labels
from netbuilder.runs.report import diff_report
from netbuilder.views import theme
from netbuilder.views.live.plot import series_color, style_axis
from netbuilder.views.translation import translate

HOVER_PIXELS = 8
WIDE = 2.6   # width/height above which the plots and the diff sit side by side (given MIN_WIDE_PX)
MIN_WIDE_PX = 820
MIN_DIFF_ROOM = 330  # px of height below which the diff opens in a window of its own (What differs…)
HINT = QT_TRANSLATE_NOOP("RunsCompareView", "Select runs in the table to overlay their curves (dashed: training, solid: validation).")


def _plot(title: str, y_label: str) -> pg.PlotWidget:
    w = pg.PlotWidget()
    w.has_runs = False  # without runs the axes show no numbers and no grid: a 0-1 frame would claim data
    item = w.getPlotItem()

    def style(pal: theme.Palette) -> None:
        w.setBackground(pal.plot_bg)
        item.setTitle(title, color=pal.plot_text, size="10pt")
        item.setLabel("bottom", translate("RunsCompareView", "epoch"), color=pal.muted)
        item.setLabel("left", y_label, color=pal.muted)
        item.showGrid(x=w.has_runs, y=w.has_runs, alpha=pal.grid_alpha)
        for axis in ("bottom", "left"):
            style_axis(item.getAxis(axis), pal)
    theme.styled(w, style)
    item.hideButtons()
    for name in ("bottom", "left"):
        item.getAxis(name).enableAutoSIPrefix(False)
        item.getAxis(name).setStyle(showValues=False)
    w.setMinimumSize(220, 150)
    return w


def _show_axes(plot: pg.PlotWidget, has_runs: bool) -> None:
    """Numbers and grid only on a plot with runs in it."""
    if plot.has_runs == has_runs:
        return
    plot.has_runs = has_runs
    item = plot.getPlotItem()
    for name in ("bottom", "left"):
        item.getAxis(name).setStyle(showValues=has_runs)
    item.showGrid(x=has_runs, y=has_runs, alpha=theme.palette().grid_alpha)


class CompareView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hover_label = QLabel(translate("RunsCompareView", HINT))
        self.hover_label.setWordWrap(True)
        self.hover_label.setObjectName("muted")
        self.diff_button = QPushButton(translate("RunsCompareView", "What differs…"))
        self.diff_button.setToolTip(translate("RunsCompareView", "The two selected runs' differences and outcomes, in a window of their own"))
        self.diff_button.clicked.connect(self.show_diff_window)
        self.diff_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.hover_label, 1)
        top.addWidget(self.diff_button)
        layout.addLayout(top)
        # The key names each run's colour above the plots: a legend inside a small plot covers its curves.
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        self.key_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.key_label)
        plots = QWidget()
        row = QHBoxLayout(plots)
        row.setContentsMargins(0, 0, 0, 0)
        self.loss_plot = _plot(translate("RunsCompareView", "Loss per epoch"), "loss")
        self.acc_plot = _plot(translate("RunsCompareView", "Accuracy per epoch"), translate("RunsCompareView", "accuracy (%)"))
        row.addWidget(self.loss_plot)
        row.addWidget(self.acc_plot)
        self.diff_text = QPlainTextEdit()
        self.diff_text.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        self.diff_text.setFont(font)
        self.diff_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # a table: scroll, don't fold
        self.diff_text.setToolTip(translate("RunsCompareView", "What differs between the two selected runs, then their outcomes side by side"))
        self.diff_text.hide()
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(plots)
        split.addWidget(self.diff_text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.runs: list = []
        self._roomy = True
        self.labels: dict[int, str] = {}
        self.curves: list[tuple[pg.PlotDataItem, object, str]] = []   # (item, run, "train loss" ...)
        theme.styled(self, self._style)
        for plot in (self.loss_plot, self.acc_plot):
            plot.scene().sigMouseMoved.connect(lambda pos, p=plot: self._hover(p, pos))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        size = event.size()
        wide = size.width() >= MIN_WIDE_PX and size.width() > WIDE * max(1, size.height())
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
            total = sum(self.split.sizes()) or 1
            self.split.setSizes([int(total * 0.62), total - int(total * 0.62)])
        self._roomy = wide or size.height() >= MIN_DIFF_ROOM
        self._place_diff()

    def _place_diff(self) -> None:
        """Two runs: their diff beside or below the plots when there is room, else behind a button."""
        two = len(self.runs) == 2
        self.diff_text.setVisible(two and self._roomy)
        self.diff_button.setVisible(two and not self._roomy)

    def diff_available(self) -> bool:
        return not self.diff_text.isHidden() or not self.diff_button.isHidden()

    def show_diff_window(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setWindowTitle(translate("RunsCompareView", "What differs between ") + " and ".join(self.labels.get(r.id, r.name) for r in self.runs))
        box = QVBoxLayout(dialog)
        text = QPlainTextEdit(self.diff_text.toPlainText())
        text.setReadOnly(True)
        text.setFont(self.diff_text.font())
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        box.addWidget(text)
        dialog.resize(760, 520)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _style(self, _pal: theme.Palette) -> None:
        if self.runs:
            self.show_runs(self.runs)  # one colour per run: the palette's series

    def show_runs(self, runs) -> None:
        """Overlay these runs (records.Run with epochs); two runs also show their diff."""
        self.runs = list(runs)
        self.labels = distinguishing_labels(self.runs) if self.runs else {}
        for plot in (self.loss_plot, self.acc_plot):
            plot.getPlotItem().clear()
        self.curves = []
        self.key_label.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{series_color(i)}; font-size:large">■</span>&nbsp;{escape(self.labels[run.id])}'
            for i, run in enumerate(self.runs)))
        self.key_label.setVisible(bool(self.runs))
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
                self.curves.append((t_item, run, translate("RunsCompareView", "training {0}").format(what)))
                if has_val:
                    v_item = plot.plot(e, va, pen=pg.mkPen(color, width=2), symbol="s", symbolSize=5, symbolBrush=color,
                                       symbolPen=None, name=self.labels[run.id], connect="finite")
                    self.curves.append((v_item, run, translate("RunsCompareView", "validation {0}").format(what)))
        last = max((row.epoch for run in self.runs for row in run.epochs), default=0)
        for plot in (self.loss_plot, self.acc_plot):
            _show_axes(plot, bool(self.runs))
            plot.getPlotItem().enableAutoRange()
            axis = plot.getPlotItem().getAxis("bottom")
            # whole epochs only: "1.5 epochs" is not a thing a run reports
            step = max(1, -(-last // 10))  # at most ~10 labels: 1 2 3 … or 2 4 6 … never run together
            axis.setTicks([[(e, str(e)) for e in range(step if step > 1 else 1, last + 1, step)]]
                          if 0 < last <= 100 else None)
        self.diff_text.setPlainText(diff_report(*self.runs) if len(self.runs) == 2 else "")
        self._place_diff()
        self.hover_label.setText(translate("RunsCompareView", HINT) if not self.runs else
                                 translate("RunsCompareView", "Dashed: training, solid: validation. Hover a curve to see its run."))

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
            text = translate("RunsCompareView", "{0} — {1}: {2} {3} at epoch {4}").format(self.labels.get(run.id, run.name), run.name, what, value, int(x))
            self.hover_label.setText(text)
            plot.setToolTip(text)
        else:
            plot.setToolTip("")
