"""The live charts paint one chart per event-loop turn: nothing in a redraw paints the window on
the spot, and a plot's paint does not lay the plot out and paint it again (bench_gui's 60-90 ms
stalls came from exactly these three)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget  # noqa: E402

from netbuilder.run.snapshots import BatchProgress, EpochSummary  # noqa: E402
from netbuilder.views.live.curves import CurvesView  # noqa: E402
from netbuilder.views.live.plot import LivePlot, widest_tick_text  # noqa: E402
from netbuilder.views.live.redraw import LazyView  # noqa: E402
from netbuilder.views.progress_bar import set_value_later  # noqa: E402
from tests.views_live.helpers import shown  # noqa: E402


class Counter(QObject):
    """Counts events of some types delivered to the watched objects."""

    def __init__(self, types):
        super().__init__()
        self.types = set(types)
        self.seen: list[tuple[QObject, QEvent.Type]] = []

    def eventFilter(self, obj, event):
        if event.type() in self.types:
            self.seen.append((obj, event.type()))
        return False

    def count(self, obj=None) -> int:
        return sum(1 for o, _ in self.seen if obj is None or o is obj)


def test_moving_a_progress_bar_does_not_paint_the_window_at_once(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    other, bar = QWidget(), QProgressBar()
    other.setMinimumSize(200, 100)
    layout.addWidget(other)
    layout.addWidget(bar)
    bar.setRange(0, 100)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    paints = Counter([QEvent.Type.Paint])
    for w in (other, bar):
        w.installEventFilter(paints)
    other.update()  # something else in the window waits for its paint
    bar.setValue(50)  # Qt's own call paints at once, the other widget with it
    assert paints.count() > 0
    qtbot.wait(50)
    paints.seen.clear()
    other.update()
    set_value_later(bar, 90)
    assert bar.value() == 90 and paints.count() == 0  # recorded, nothing painted yet
    qtbot.waitUntil(lambda: paints.count(bar) > 0, timeout=2000)  # painted with the next update


def _shown_plot(qtbot) -> LivePlot:
    plot = shown(qtbot, LivePlot("Loss", "epoch", "loss", "tip"), (500, 320))
    curve = plot.plot()
    curve.setData([0.0, 1.0], [0.0, 1.0])
    plot.set_empty(False)
    plot.set_ranges(x=(0.0, 1.0), y=(0.0, 1.0))
    qtbot.wait(50)
    return plot


def test_the_y_axis_is_sized_for_new_labels_before_the_plot_paints(qtbot):
    plot = _shown_plot(qtbot)
    axis = plot.plot_item.getAxis("left")
    narrow = axis.width()
    plot.set_ranges(y=(0.0, 123456.0))  # six-digit labels
    assert axis.textWidth >= widest_tick_text(axis) - 2 > 0  # sized now, before any paint
    qtbot.wait(50)
    assert axis.width() > narrow + 10
    layouts = Counter([QEvent.Type.LayoutRequest])
    plot.plot_item.installEventFilter(layouts)
    plot.viewport().repaint()
    qtbot.wait(50)
    assert layouts.count() == 0  # the paint measured nothing new, so no second layout and paint


def test_new_ranges_do_not_rebuild_the_curves(qtbot):
    """pyqtgraph's default re-clips every curve (symbols included) at each y range change and at
    each of the two axes set one after the other: 30 ms of a Gradients redraw step."""
    plot = _shown_plot(qtbot)
    curves = [plot.plot(np.arange(20.0), np.arange(20.0) * k, symbol="o") for k in range(1, 9)]
    rebuilt = []
    for curve in curves:
        curve.scatter.setData = lambda *a, _s=curve.scatter.setData, **k: (rebuilt.append(1), _s(*a, **k))
    for k in range(1, 4):
        plot.set_ranges(x=(0.0, 20.0 * k), y=(0.0, 200.0 * k))
    assert plot.plot_item.vb.viewRange()[1][1] == pytest.approx(600.0 * 1.04)  # the range did change
    assert rebuilt == []
    plot.set_log_y(True)
    assert plot.plot_item.vb.autoRangeEnabled() == [False, False]  # no bounds measured before each paint


def test_a_curves_redraw_repaints_one_plot_per_step(qtbot):
    view = shown(qtbot, CurvesView(), (900, 500))
    view.clear()
    for e in range(3):
        x = e + np.arange(1, 11) / 10
        view.show_progress(BatchProgress(e, 9, 10, 10, x, 1.0 / x, x / 4, 0.01, 100.0, None, 0.1, e * 10))
        view.show_epoch(EpochSummary(e, float(1 / x.mean()), 0.5, float(1 / x.mean()), 0.5, 1.0, 0.01))
    qtbot.waitUntil(lambda: not view.drawing)
    qtbot.wait(50)
    paints = Counter([QEvent.Type.Paint])
    loss, acc = view.loss_plot.viewport(), view.acc_plot.viewport()
    for w in (loss, acc):
        w.installEventFilter(paints)
    x = 3 + np.arange(1, 11) / 10
    view.show_progress(BatchProgress(3, 9, 10, 10, x, 1.0 / x, x / 4, 0.01, 100.0, None, 0.1, 40))
    view.show_epoch(EpochSummary(3, 0.2, 0.5, 0.3, 0.5, 1.0, 0.01))  # a new epoch: both x ranges change
    steps = view.redraw()
    next(steps)  # the loss plot's data and ranges
    qtbot.wait(30)
    assert paints.count(loss) >= 1 and paints.count(acc) == 0
    loss_paints = paints.count(loss)
    next(steps, None)  # the accuracy plot's
    qtbot.waitUntil(lambda: paints.count(acc) >= 1, timeout=2000)
    qtbot.wait(30)
    assert paints.count(loss) == loss_paints  # the second step left the loss plot alone


class TwoPanels(LazyView):
    """A redraw of two steps that each change one panel and yield it; logs what happens when."""

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        self.panels = [QWidget(), QWidget()]
        self.log: list[str] = []
        for k, panel in enumerate(self.panels):
            panel.setMinimumHeight(100)
            layout.addWidget(panel)
            panel.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj in self.panels:
            self.log.append(f"paint {self.panels.index(obj)}")
        return False

    def redraw(self):
        for k, panel in enumerate(self.panels):
            self.log.append(f"step {k}")
            QTimer.singleShot(1, lambda k=k: self.log.append(f"timer {k}"))  # due while the step works
            panel.update()
            time.sleep(0.02)  # the work of a step: setData, ranges, axes
            yield panel


def test_a_step_and_the_paint_it_causes_take_two_turns_with_timers_served_between(qtbot):
    """Qt serves posted events (paint) before timers: a step and its paint were one long turn.
    The paint of what a step yields waits for the timers due meanwhile, and the next step for it."""
    view = shown(qtbot, TwoPanels(), (300, 250))
    qtbot.wait(50)
    view.log.clear()
    view.request_redraw()
    qtbot.waitUntil(lambda: not view.drawing and "paint 1" in view.log, timeout=2000)
    log = view.log
    assert log.index("timer 0") < log.index("paint 0") < log.index("step 1")
    assert log.index("timer 1") < log.index("paint 1")
    assert all(panel.updatesEnabled() for panel in view.panels)


def test_a_short_log_plot_labels_fewer_decades_and_shortens_its_title(qtbot):
    plot = shown(qtbot, LivePlot("Update / weight ratio", "epoch", "|ΔW| / |W| (log scale)", "tip"), (400, 110))
    curve = plot.plot()
    curve.setData([0.0, 1.0], [1e-6, 1e-2])
    plot.set_log_y(True)
    plot.set_empty(False)
    plot.set_ranges(x=(0.0, 1.0), y=(-7.0, -1.0))
    qtbot.wait(100)
    axis = plot.plot_item.getAxis("left")
    assert plot._decade_step > 1  # seven decades do not fit in this height one by one
    lo, hi = sorted(axis.range)
    labelled = [d for d in range(-10, 1) if lo <= d <= hi and d % plot._decade_step == 0]
    assert len(labelled) >= 2  # but there is still a scale to read
    assert axis.labelText.endswith("…") and axis.toolTip() == "|ΔW| / |W| (log scale)"
    plot.resize(400, 600)
    qtbot.wait(100)
    assert plot._decade_step == 1 and axis.labelText == "|ΔW| / |W| (log scale)"  # room again: all of it


def _label_rects(axis):
    from PySide6.QtGui import QImage, QPainter
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return sorted((rect for rect, _, _ in texts), key=lambda r: r.left())


@pytest.mark.parametrize("point_size", [9, 18])  # 18: the size a 2× scaled screen gives
def test_a_narrow_plots_x_labels_do_not_touch_and_its_title_is_shortened(qtbot, point_size):
    from PySide6.QtGui import QFont
    plot = shown(qtbot, LivePlot("Gradients", "weight layer number (input → output)", "count", "tip"), (260, 220))
    axis = plot.plot_item.getAxis("bottom")
    font = QFont()
    font.setPointSize(point_size)
    axis.setStyle(tickFont=font)
    plot.plot([-0.0004, 0.0, 0.0004], [1.0, 5.0, 1.0])
    plot.set_empty(False)
    plot.set_ranges(x=(-0.0004, 0.0004), y=(0.0, 6.0))
    qtbot.wait(100)
    rects = _label_rects(axis)
    assert len(rects) >= 2  # still a scale
    assert all(a.right() < b.left() for a, b in zip(rects, rects[1:]))  # no "-0.0004-0.0002"
    assert axis.labelText.endswith("…") and axis.toolTip() == "weight layer number (input → output)"
    plot.resize(900, 220)
    qtbot.wait(100)
    assert axis.labelText == "weight layer number (input → output)" and axis.toolTip() == ""
