"""The live charts when they are small (beside the builder panels, at 1024 px): keys outside the
plot area in both themes, depth labels that never touch, a Gradients grid that reflows instead of
being cut off, and charts over time that stay small on long runs without lying about the x axis."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, QRect  # noqa: E402

from netbuilder.run.session import open_session  # noqa: E402
from netbuilder.views import theme  # noqa: E402
from netbuilder.views.live import gradients as gradients_module  # noqa: E402
from netbuilder.views.live.boundary import BoundaryView  # noqa: E402
from netbuilder.views.live.curves import CurvesView  # noqa: E402
from netbuilder.views.live.depth_axis import depth_ticks  # noqa: E402
from netbuilder.views.live.gradients import GradientView  # noqa: E402
from netbuilder.views.live.plot import ThinnedSeries  # noqa: E402
from tests.training.conftest import doc_of, images_dataset, points_dataset, MLP_LAYERS  # noqa: E402
from tests.views_live.helpers import shown  # noqa: E402

DEEP = [layer for _ in range(12) for layer in ({"type": "Dense", "units": 6}, {"type": "Tanh"})] + \
       [{"type": "Dense", "units": 3}, {"type": "Softmax"}]


@pytest.fixture
def deep_session():
    return open_session(doc_of(DEEP, (1, 8, 8)), images_dataset())


def _rect_in(widget, ancestor) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _plot_area(plot, ancestor) -> QRect:
    """The data area of a LivePlot (its view box), in `ancestor`'s coordinates."""
    box = plot.plot_item.vb.sceneBoundingRect().toRect()
    return QRect(plot.mapTo(ancestor, box.topLeft()), box.size())


@pytest.fixture(params=["light", "dark"])
def each_theme(request):
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    theme.apply_theme(app, theme.DARK if request.param == "dark" else theme.LIGHT)
    yield request.param
    theme.apply_theme(app, theme.LIGHT)


def test_curves_key_sits_above_the_plots_not_in_them(qtbot, each_theme):
    view = shown(qtbot, CurvesView(), (520, 300))  # two small plots side by side
    for plot in (view.loss_plot, view.acc_plot):
        assert plot.plot_item.legend is None, "a legend inside the plot covers the curves"
        assert not _rect_in(view.key, view).intersects(_plot_area(plot, view))
    assert view.key.isVisible() and view.key.height() > 0
    assert view.key.names() == ["train, per batch", "train, smoothed", "train, epoch mean (mid-epoch)", "validation, epoch"]
    assert theme.palette().valid in view.key.text() and theme.palette().train in view.key.text()  # this theme's colours
    assert "validation, epoch" in view.key.toolTip()


def test_boundary_key_names_the_classes_outside_the_plot(qtbot, each_theme):
    from netbuilder.run.session import open_session as open_
    session = open_(doc_of(MLP_LAYERS, (2,)), points_dataset())
    view = shown(qtbot, BoundaryView(), (360, 300))
    view.clear(session.info())
    assert view.plot.plot_item.legend is None
    assert view.key.names() == [str(n) for n in session.info().class_names]
    assert theme.palette().series_color(1) in view.key.text()
    assert not _rect_in(view.key, view).intersects(_plot_area(view.plot, view))


def test_weight_histogram_key_is_outside_the_histogram(qtbot, deep_session):
    view = shown(qtbot, GradientView(), (480, 500))
    view.clear(deep_session.info())
    assert view.weights_plot.plot_item.legend is None
    assert view.weights_key.names() == ["now", "at the start"]
    assert not _rect_in(view.weights_key, view).intersects(_plot_area(view.weights_plot, view))


def _label_boxes(plot):
    """The pixel extent of each labelled tick under a plot, left to right."""
    axis = plot.plot_item.getAxis("bottom")
    metrics = plot.fontMetrics()
    boxes = []
    for value, text in axis._tickLevels[0]:
        if not text:
            continue
        x = plot.plot_item.vb.mapViewToScene(QPointF(value, 0)).x()
        w = metrics.horizontalAdvance(text)
        boxes.append((x - w / 2, x + w / 2, text))
    return sorted(boxes)


@pytest.mark.parametrize("width", [1200, 700, 480, 330])
def test_depth_chart_labels_never_overlap_on_a_deep_network(qtbot, deep_session, width):
    view = shown(qtbot, GradientView(), (width, 520))
    view.clear(deep_session.info())
    deep_session.trainer.step()
    view.show_visuals(deep_session.visuals())
    qtbot.waitUntil(lambda: not view.drawing and not view.depth_plot.empty, timeout=5000)
    qtbot.wait(50)
    boxes = _label_boxes(view.depth_plot)
    assert boxes and boxes[0][2].startswith("1")  # the first layer is always labelled
    for (_l0, right, a), (left, _r1, b) in zip(boxes, boxes[1:]):
        assert right + 4 <= left, f"labels {a!r} and {b!r} overlap at {width} px"
    for plot in view.plots:  # a title wider than the plot area pushes the chart out of its widget
        assert plot.plot_item.geometry().width() <= plot.width() + 1, plot.plot_item.titleLabel.text


def test_depth_ticks_thin_numbers_and_keep_a_mark_per_layer():
    names = [f"{2 * k + 1} Dense" for k in range(13)]
    ticks, short = depth_ticks(names, 130, lambda t: 8 * len(t))
    labelled = [label for _k, label in ticks[0]]
    assert short and labelled[0] == "1" and len(labelled) < 13
    assert sorted(k for k, _ in ticks[0] + ticks[1]) == list(range(13))  # every layer keeps its tick mark
    ticks, short = depth_ticks(names[:2], 400, lambda t: 8 * len(t))
    assert not short and [label for _k, label in ticks[0]] == names[:2]


@pytest.mark.parametrize("width", [440, 520, 900])
def test_gradient_grid_reflows_instead_of_being_cut_off(qtbot, deep_session, width):
    view = shown(qtbot, GradientView(), (width, 560))
    view.clear(deep_session.info())
    qtbot.wait(30)
    assert view.columns == (3 if width >= gradients_module.THREE_COLUMNS_FROM else 2)
    for plot in view.plots:  # never cut at the right; below, the grid scrolls
        r = _rect_in(plot, view)
        assert r.left() >= 0 and r.right() < view.width(), f"{plot.plot_item.titleLabel.text} is cut off at {width} px"
        assert plot.width() >= 140 and plot.height() >= (100 if view.columns == 3 else 160)
        assert plot.height() <= view.height() * 0.6, "one chart taller than the view: the grid sized to its hint"


def test_thinned_series_stays_under_its_cap_with_true_x_values():
    s = ThinnedSeries(cap=100)
    xs = np.arange(10_000) / 50.0  # 200 epochs, 50 snapshots each
    for chunk in np.array_split(xs, 700):
        s.extend(chunk, chunk * 2)
    assert s.n <= 100 and s.stride > 1
    assert set(s.xs) <= set(xs) and s.xs[0] == 0.0 and np.all(np.diff(s.xs) > 0)
    assert np.allclose(s.ys, 2 * s.xs)  # each kept y belongs to its own x
    assert xs[-1] - s.xs[-1] <= s.stride / 50.0  # the latest snapshot is never more than one stride behind
    gaps = np.diff(s.xs)
    assert np.allclose(gaps, gaps[0])  # evenly thinned: no dense recent part beside a sparse old one


def test_long_runs_keep_gradient_history_small_and_say_so(qtbot, deep_session, monkeypatch):
    monkeypatch.setattr(gradients_module, "HISTORY_CAP", 8)
    view = shown(qtbot, GradientView(), (1000, 560))
    view.clear(deep_session.info())
    for _ in range(30):
        deep_session.trainer.step()
        view.show_visuals(deep_session.visuals())
    view.request_redraw()
    qtbot.waitUntil(lambda: not view.drawing, timeout=5000)
    assert all(r.n <= 8 and q.n <= 8 for r, q in view.history)
    assert len(view.curves[0][0].xData) <= 8
    stride = view.history[0][0].stride
    assert stride >= 2 and f"every {stride}th snapshot" in view.rms_plot.plot_item.titleLabel.text
