"""A sweep's summary in the window: the spread plot (test accuracy per configuration, every seed a
dot, the mean ± one standard deviation) above the table of means ± std per configuration.

The numbers come from runs/sweep_stored.py, which regroups a sweep's runs from the run store and
hands them to sweep_summary.summarize: the same statistics as the sweep folder's summary.csv. The
configurations are rows (top to bottom, in the sweep's order) and accuracy runs along x, so long
names ("3 layers, standardize 1, ReLU") read horizontally beside their dots. A run whose activation
layer died is a cross in the error colour; diverged and failed runs have no accuracy to plot and
are counted in the row's name and the table instead. Hovering a dot names its run.
"""

from __future__ import annotations

import numpy as np
from netbuilder.views.pyqtgraph_themed import pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.runs.sweep_stored import SweepView, view_from_store
from netbuilder.runs.sweep_summary import STD_NOTE
from netbuilder.views import theme
from netbuilder.views.translation import translate

JITTER = 0.18        # dots of one configuration spread up and down so equal accuracies stay visible
HOVER_PIXELS = 8
MAX_TICK_CHARS = 38  # longer configuration names are cut in the plot (the table has them whole)
EMPTY = QT_TRANSLATE_NOOP("SweepSummary", "No finished runs in this sweep yet.")


def _pct(x) -> str:
    return "–" if x is None else f"{100 * x:.1f} %"


def _pm(mean, sd, scale=100.0, fmt="{:.1f}") -> str:
    if mean is None:
        return "–"
    text = fmt.format(scale * mean)
    return text + (f" ± {fmt.format(scale * sd)}" if sd is not None else "")


class SweepSummary(QWidget):
    run_activated = Signal(int)   # a dot was clicked: that run's id

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setToolTip(translate("SweepSummary", "sd: {0}").format(translate("SweepSummary", STD_NOTE)))  # the whole definition; the line itself stays one line in a low dock
        self.plot = pg.PlotWidget()
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.getViewBox().invertY(True)   # the first configuration on top, as in the table
        item.getAxis("bottom").enableAutoSIPrefix(False)
        self.plot.setMinimumHeight(120)  # leaves the table two rows in a low dock
        self.plot.setToolTip(translate("SweepSummary", "Test accuracy of every run (dots: seeds; bar: mean ± 1 sd). Hover a dot to see its run."))
        self.empty_label = QLabel(translate("SweepSummary", EMPTY), self.plot)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setToolTip(translate("SweepSummary", "Per configuration, over its seeds; sd = {0}. Only runs that trained to the end are counted in the statistics.").format(translate("SweepSummary", STD_NOTE)))
        self.table.verticalHeader().hide()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.plot)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        self.view: SweepView | None = None
        self.dots: list[tuple[float, float, object]] = []   # (x %, y, Point) as drawn
        self._store = None
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.scene().sigMouseClicked.connect(self._clicked)

    # ---- content ------------------------------------------------------------------------------
    def show_sweep(self, store, sweep_id: str) -> bool:
        """Show `sweep_id` from an open RunStore; False (and an explanation) when it is not there."""
        self._store = store
        view = view_from_store(store, sweep_id)
        if view is None:
            self.show_view(None)
            self.header.setText(translate("SweepSummary", "Sweep {0} is not in the run history.").format(sweep_id))
            return False
        self.show_view(view)
        return True

    def refresh(self) -> None:
        """Read the shown sweep from the store again (more of its runs may have finished)."""
        if self._store is not None and self.view is not None:
            self.show_sweep(self._store, self.view.sweep_id)

    def show_view(self, view: SweepView | None) -> None:
        self.view = view
        self._draw_plot()
        self._fill_table()
        self.header.setText(self._header_text() if view else "")

    def _header_text(self) -> str:
        v = self.view
        statuses = [p.status for p in v.points]
        parts = [f"{n} {s}" for s in ("running", "diverged", "failed", "stopped", "interrupted")
                 if (n := (v.running if s == "running" else statuses.count(s)))]
        dead = sum(p.dead for p in v.points)
        if dead:
            parts.append(translate("SweepSummary", "{0} dead (an activation layer lost every unit)").format(dead))
        done = sum(1 for p in v.points if p.test_accuracy is not None)
        text = translate("SweepSummary", "<b>{0}</b> — {1} of {2} runs finished").format(v.name, done, v.planned) + (f" ({', '.join(parts)})" if parts else "")
        return text + translate("SweepSummary", ". <span style='color:{0}'>Mean ± sd over seeds.</span>").format(theme.palette().muted)

    # ---- the spread plot ------------------------------------------------------------------------
    def _draw_plot(self) -> None:
        pal = theme.palette()
        item = self.plot.getPlotItem()
        item.clear()
        self.dots = []
        self.plot.setBackground(pal.base)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(pal.axis))
            axis.setTextPen(pg.mkPen(pal.plot_text))
        item.setLabel("bottom", translate("SweepSummary", "test accuracy (%)"), color=pal.muted)
        item.showGrid(x=True, y=False, alpha=0.2)
        self.empty_label.setStyleSheet(f"color: {pal.muted}; background: transparent;")
        view = self.view
        rows = view.table if view else []
        counted = [p for p in (view.points if view else []) if p.test_accuracy is not None]
        self.empty_label.setVisible(not counted)
        if not rows:
            item.getAxis("left").setTicks([[]])
            return
        order = {row["config"]: i for i, row in enumerate(rows)}
        rng = np.random.default_rng(0)   # the same jitter every time the sweep is shown
        colors = self._colors()
        for p in counted:
            y = order[p.config] + rng.uniform(-JITTER, JITTER)
            self.dots.append((100 * p.test_accuracy, y, p))
        alive = [(x, y) for x, y, p in self.dots if not p.dead]
        if alive:
            brushes = [pg.mkBrush(colors[p.config]) for _, _, p in self.dots if not p.dead]
            item.addItem(pg.ScatterPlotItem([x for x, _ in alive], [y for _, y in alive], size=7,
                                            pen=pg.mkPen(pal.base, width=0.5), brush=brushes))
        dead = [(x, y) for x, y, p in self.dots if p.dead]
        if dead:
            item.addItem(pg.ScatterPlotItem([x for x, _ in dead], [y for _, y in dead], size=9, symbol="x",
                                            pen=None, brush=pg.mkBrush(pal.error)))
        stats = [(order[r["config"]], 100 * r["test_accuracy_mean"], 100 * (r["test_accuracy_std"] or 0.0))
                 for r in rows if r["test_accuracy_mean"] is not None]
        if stats:
            ys, means, sds = (np.array(c, dtype=float) for c in zip(*stats))
            item.addItem(pg.ErrorBarItem(x=means, y=ys, left=sds, right=sds, beam=0.25,
                                         pen=pg.mkPen(pal.plot_text, width=2)))
            item.addItem(pg.ScatterPlotItem(means, ys, symbol="d", size=11, pen=pg.mkPen(pal.base),
                                            brush=pg.mkBrush(pal.plot_text)))
        item.getAxis("left").setTicks([[(i, self._tick(r)) for i, r in enumerate(rows)]])
        xs = [x for x, _, _ in self.dots] + [m - s for _, m, s in stats] + [m + s for _, m, s in stats]
        lo, hi = (min(xs), max(xs)) if xs else (0.0, 100.0)
        pad = max(1.0, 0.08 * (hi - lo))
        item.setXRange(max(0.0, lo - pad), min(100.0, hi + pad) if hi < 100 else 100.5, padding=0)
        item.setYRange(-0.6, len(rows) - 0.4, padding=0)

    def _colors(self) -> dict[int, str]:
        """A colour per value of the last varied setting (the activation in the depth study), so
        series read across rows; one colour when nothing or one thing varied."""
        series = theme.palette().series
        v = self.view
        if len(v.varied) < 2:
            return {r["config"]: series[0] for r in v.table}
        last = v.varied[-1]
        values = list(dict.fromkeys(r[last] for r in v.table))
        return {r["config"]: series[values.index(r[last]) % len(series)] for r in v.table}

    def _tick(self, row: dict) -> str:
        text = self.view.config_label(row["config"])
        if len(text) > MAX_TICK_CHARS:
            text = text[:MAX_TICK_CHARS - 1] + "…"
        lost = ", ".join(f"{row[k]} {k}" for k in ("diverged", "failed") if row[k])
        return text + (f" ({lost})" if lost else "")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.empty_label.setGeometry(self.plot.rect())

    def _nearest(self, scene_pos):
        vb = self.plot.getPlotItem().vb
        best = None
        for x, y, p in self.dots:
            q = vb.mapViewToScene(pg.Point(x, y))
            d = (q.x() - scene_pos.x()) ** 2 + (q.y() - scene_pos.y()) ** 2
            if best is None or d < best[0]:
                best = (d, p)
        return best[1] if best is not None and best[0] <= HOVER_PIXELS ** 2 else None

    def describe(self, p) -> str:
        what = self.view.config_label(p.config)
        dead = translate("SweepSummary", " — dead: an activation layer lost every unit") if p.dead else ""
        return translate("SweepSummary", "run #{0}, {1}, seed {2}: {3}{4}").format(p.run_id, what, p.seed, _pct(p.test_accuracy), dead)

    def _hover(self, scene_pos) -> None:
        p = self._nearest(scene_pos)
        self.plot.setToolTip(self.describe(p) if p is not None else
                             translate("SweepSummary", "Test accuracy of every run (dots: seeds; bar: mean ± 1 sd). Hover a dot to see its run."))

    def _clicked(self, event) -> None:
        p = self._nearest(event.scenePos())
        if p is not None and p.run_id is not None:
            self.run_activated.emit(int(p.run_id))

    # ---- the table ------------------------------------------------------------------------------
    def _fill_table(self) -> None:
        v = self.view
        varied = v.varied if v else []
        head = [*varied, "n", translate("SweepSummary", "test accuracy % (mean ± sd)"), translate("SweepSummary", "min – max"), translate("SweepSummary", "test loss (mean ± sd)"),
                translate("SweepSummary", "dead runs"), translate("SweepSummary", "diverged / failed"), translate("SweepSummary", "s / run")]
        self.table.clear()
        self.table.setColumnCount(len(head))
        self.table.setHorizontalHeaderLabels(head)
        rows = v.table if v else []
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            cells = [str(row[n]) for n in varied] + [
                str(row["n"]),
                _pm(row["test_accuracy_mean"], row["test_accuracy_std"]),
                "–" if row["test_accuracy_min"] is None else
                f"{100 * row['test_accuracy_min']:.1f} – {100 * row['test_accuracy_max']:.1f}",
                _pm(row["test_loss_mean"], row["test_loss_std"], 1.0, "{:.3f}"),
                str(row["dead_runs"]), f"{row['diverged']} / {row['failed']}",
                "–" if row["seconds_mean"] is None else f"{row['seconds_mean']:.1f}"]
            for j, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                right = j >= len(varied)
                cell.setTextAlignment((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                                      | Qt.AlignmentFlag.AlignVCenter)
                if head[j] == "dead runs" and row["dead_runs"]:
                    cell.setForeground(pg.mkColor(theme.palette().error))
                    cell.setToolTip(translate("SweepSummary", "Runs in which an activation layer lost every unit: they stopped learning."))
                self.table.setItem(i, j, cell)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
