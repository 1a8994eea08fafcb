"""The live views, fed with snapshots made from small real networks (no thread needed), and the
pure helpers behind them (mosaic, colours, card meters)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QPointF, Qt  # noqa: E402

from netbuilder.run.control import Command  # noqa: E402
from netbuilder.run.session import open_session  # noqa: E402
from netbuilder.run.snapshots import BatchProgress, EpochSummary  # noqa: E402
from netbuilder.views.live import mosaic  # noqa: E402
from netbuilder.views.live.card_meters import card_gradient_meters, gradient_levels  # noqa: E402
from netbuilder.views.live.confusion import ConfusionView, cell_colors  # noqa: E402
from netbuilder.views.live.curves import CurvesView  # noqa: E402
from netbuilder.views.live.feature_maps import FeatureMapView  # noqa: E402
from netbuilder.views.live.filters import FilterView  # noqa: E402
from netbuilder.views.live.gradients import GradientView  # noqa: E402
from netbuilder.views.live.mistakes import MistakesGallery  # noqa: E402
from tests.training.conftest import CNN_LAYERS, MLP_LAYERS, doc_of, images_dataset, points_dataset  # noqa: E402
from tests.views_live.helpers import shown  # noqa: E402


@pytest.fixture
def cnn_session():
    return open_session(doc_of(CNN_LAYERS, (1, 8, 8)), images_dataset())


def test_feature_map_view_shows_one_tile_per_channel(qtbot, cnn_session):
    view = shown(qtbot, FeatureMapView())
    view.clear(cnn_session.info())
    for layer, channels in ((0, 4), (2, 4)):
        cnn_session.apply(Command.SELECT_LAYER, layer)
        view.show_visuals(cnn_session.visuals())
        qtbot.waitUntil(lambda: view.snapshot.layer == layer and not view.drawing)
        assert view.tile_count == channels
        assert view.output_stack.currentWidget() is view.maps_box
    cnn_session.apply(Command.SELECT_LAYER, 4)  # Softmax: one bar per class, labelled with the class names
    view.show_visuals(cnn_session.visuals())
    qtbot.waitUntil(lambda: view.snapshot.layer == 4 and not view.drawing)
    assert view.tile_count == 3 and view.output_stack.currentWidget() is view.units_plot


def test_feature_map_view_asks_for_samples_and_layers(qtbot, cnn_session):
    view = shown(qtbot, FeatureMapView())
    view.clear(cnn_session.info())
    with qtbot.waitSignal(view.sample_requested) as blocker:
        view.next_button.click()
    assert blocker.args == [cnn_session.selected_sample + 1]
    with qtbot.waitSignal(view.sample_requested) as blocker:
        view.prev_button.click()  # from the first sample it wraps to the last
    assert blocker.args == [cnn_session.info().n_samples - 1]
    with qtbot.waitSignal(view.layer_requested) as blocker:
        view.layer_box.activated.emit(3)
    assert blocker.args == [3]


def test_gradient_view_updates_history_and_histograms(qtbot, cnn_session):
    view = shown(qtbot, GradientView())
    view.clear(cnn_session.info())
    assert view.rms_plot.empty
    for _ in range(3):
        cnn_session.trainer.step()
        view.show_visuals(cnn_session.visuals())
    qtbot.waitUntil(lambda: not view.drawing)
    assert [len(r.xs) for r, _ in view.history] == [3, 3]  # two weight layers, three snapshots each
    curve = view.curves[0][0]
    assert len(curve.xData) == 3 and np.all(curve.yData > 0)
    assert not view.rms_plot.empty and not view.weights_plot.empty
    assert view.weight_hist.getData()[1].sum() == cnn_session.net.layers[0].params["W"].size
    same = cnn_session.visuals(trained_since_last=False)  # no new step: nothing appended
    view.show_visuals(same)
    assert [len(r.xs) for r, _ in view.history] == [3, 3]


def test_a_new_run_makes_no_curves_at_its_start_and_reuses_the_last_runs(qtbot, cnn_session):
    """Making the gradient curves (3-4 ms each) at the start of a run was its longest stall: they
    are made by the first redraw, and a run of the same network keeps them."""
    view = shown(qtbot, GradientView())
    view.clear(cnn_session.info())
    assert view.curves == []
    cnn_session.trainer.step()
    view.show_visuals(cnn_session.visuals())
    qtbot.waitUntil(lambda: not view.drawing)
    made = [c for pair in view.curves for c in pair]
    assert len(made) == 4 and all(len(c.xData) == 1 for c in made)
    view.clear(cnn_session.info())  # the same network again
    assert [c for pair in view.curves for c in pair] == made and all(c.xData is None or len(c.xData) == 0 for c in made)
    assert len(view.rms_plot.plot_item.listDataItems()) == 2  # none left behind in the plot
    view.clear(None)
    assert view.curves == [] and view.rms_plot.plot_item.listDataItems() == []


def test_filter_view_draws_first_layer_kernels(qtbot, cnn_session):
    view = shown(qtbot, FilterView())
    view.clear(cnn_session.info())
    view.show_visuals(cnn_session.visuals())
    qtbot.waitUntil(lambda: view.tile_count == 4)
    assert "Conv2D" in view.caption.text()


def test_dense_first_layer_filters_are_reshaped_to_the_image(qtbot):
    session = open_session(doc_of([{"type": "Flatten"}, {"type": "Dense", "units": 5}, {"type": "ReLU"},
                                   {"type": "Dense", "units": 3}, {"type": "Softmax"}], (1, 8, 8)), images_dataset())
    filters = session.visuals().filters
    assert filters.images.shape == (5, 1, 8, 8) and filters.layer == 1
    w = session.net.layers[1].params["W"]
    assert np.array_equal(filters.images[2].reshape(-1), w[:, 2])


def test_curves_show_a_single_batch_as_a_marker(qtbot):
    view = shown(qtbot, CurvesView())
    view.clear()
    assert view.loss_plot.empty
    view.show_progress(BatchProgress(0, 0, 10, 2, np.array([0.1]), np.array([0.7]), np.array([0.5]), 0.01,
                                     100.0, None, 0.1, 1))
    qtbot.waitUntil(lambda: not view.drawing)
    smooth = view.items["loss"][1]
    assert smooth.opts["symbol"] is not None and len(smooth.getData()[0]) == 1
    assert not view.loss_plot.empty
    view.show_epoch(EpochSummary(0, 0.6, 0.55, 0.65, 0.5, 1.0, 0.01))
    qtbot.waitUntil(lambda: not view.drawing)
    val = view.items["loss"][3]
    assert len(val.getData()[0]) == 1 and val.opts["symbol"] == "s"


def test_a_long_run_draws_about_a_point_per_pixel_and_drops_touching_markers(qtbot):
    """Thousands of epochs of a small net: the antialiased lines are thinned to the plot's pixels and
    the epoch markers, which would merge into one smear, are dropped (a 1,000-epoch xor run took
    130 ms a paint and starved the GUI thread's timers)."""
    view = shown(qtbot, CurvesView())
    view.clear()
    epochs, batches = 1500, 10
    for e in range(epochs):
        x = e + np.arange(1, batches + 1) / batches
        loss = np.exp(-x / 500) + 0.05 * np.sin(7 * x)
        view.show_progress(BatchProgress(e, batches - 1, batches, epochs, x, loss, 1 - loss / 2, 0.01,
                                         100.0, None, 0.1, e * batches))
        view.show_epoch(EpochSummary(e, float(loss.mean()), 0.5, float(loss.mean()), 0.5, 1.0, 0.01))
    qtbot.waitUntil(lambda: not view.drawing)
    raw, smooth, epoch, val = view.items["loss"]
    width = view.loss_plot.plot_item.vb.width()
    assert len(smooth.curve.getData()[0]) <= 1.2 * width < epochs * batches
    assert len(raw.curve.getData()[0]) > 2 * width  # the cheap faint cloud keeps its peaks
    assert epoch.opts["symbol"] is None and val.opts["symbol"] is None
    view.clear()
    view.show_epoch(EpochSummary(0, 0.6, 0.55, 0.65, 0.5, 1.0, 0.01))
    qtbot.waitUntil(lambda: not view.drawing)
    assert epoch.opts["symbol"] == "o" and val.opts["symbol"] == "s"  # a few epochs: markers again


def test_confusion_colours_zeros_lightest_and_mistakes_stand_out():
    c = np.array([[50, 0, 5], [1, 40, 0], [0, 0, 30]])
    rgb = cell_colors(c).astype(int)
    brightness = rgb.sum(axis=-1)
    assert brightness[0, 1] == brightness.max() == 3 * 255  # an empty cell is white
    assert brightness[0, 2] < brightness[1, 0] < 3 * 255     # more mistakes, darker
    red = rgb[..., 0] - rgb[..., 2]
    assert red[0, 2] > 0 and red[1, 0] > 0                   # mistakes are red
    assert rgb[0, 0, 2] > rgb[0, 0, 0]                       # correct cells are blue


def test_confusion_cell_click_emits_its_samples(qtbot):
    session = open_session(doc_of(MLP_LAYERS, (2,)), points_dataset())
    results = session.results()
    view = shown(qtbot, ConfusionView())
    view.show_results(results)
    qtbot.waitUntil(lambda: not view.drawing)
    true, pred = 1, 0
    scene = view.plot.plot_item.vb.mapViewToScene(QPointF(pred + 0.5, true + 0.5))
    pos = view.plot.mapFromScene(scene)
    with qtbot.waitSignal(view.cell_clicked) as blocker:
        qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args[:2] == [true, pred]
    indices = blocker.args[2]
    assert len(indices) == results.confusion[true, pred]
    assert np.all(results.labels[indices] == true) and np.all(results.predictions[indices] == pred)


def test_mistakes_are_sorted_most_confident_first(qtbot):
    session = open_session(doc_of(MLP_LAYERS, (2,)), points_dataset())
    results = session.results()
    assert len(results.mistakes) > 3
    conf = results.confidence[results.mistakes]
    assert np.all(np.diff(conf) <= 0)
    assert np.all(results.labels[results.mistakes] != results.predictions[results.mistakes])
    gallery = shown(qtbot, MistakesGallery())
    gallery.show_results(results)
    assert gallery.item_count == len(results.mistakes)
    cell = results.cell(0, 0)
    gallery.show_cell(0, 0, cell)
    assert gallery.item_count == len(cell) and gallery.all_button.isVisible()


def test_card_meters_show_vanishing_gradients_toward_the_input():
    assert np.allclose(gradient_levels([1e-5, 1e-3, 1e-1, 0.0]), [0.2, 0.6, 1.0, 0.0])
    session = open_session(doc_of([{"type": "Dense", "units": 6}, {"type": "Sigmoid"}, {"type": "Dense", "units": 6},
                                   {"type": "Sigmoid"}, {"type": "Dense", "units": 6}, {"type": "Sigmoid"},
                                   {"type": "Dense", "units": 2}, {"type": "Softmax"}], (2,),
                                  {"optimizer": {"type": "sgd", "lr": 0.1}}), points_dataset())
    session.trainer.step()
    meters = card_gradient_meters(session.visuals().gradients, 8)
    assert [m is not None for m in meters] == [True, False, True, False, True, False, True, False]
    levels = [m.fraction for m in meters if m is not None]
    assert levels == sorted(levels) and levels[-1] == 1.0  # smaller toward the input
    assert all(0 <= v <= 1 for v in levels)


def test_mosaic_places_tiles_row_by_row_and_finds_them_again():
    tiles = np.zeros((5, 2, 3, 3), np.uint8)
    for i in range(5):
        tiles[i] = i * 10
    image = mosaic.mosaic(tiles, cols=3, gap=1)
    assert image.shape == (2 * 2 + 1, 3 * 3 + 2, 3)
    assert (image[0, 4] == 10).all() and (image[3, 0] == 30).all()
    assert (image[3, 8] == mosaic.gap_color()).all()  # the unused sixth place stays background
    assert mosaic.tile_at(4.5, 0.5, 5, 3, 2, 3, 1) == 1
    assert mosaic.tile_at(3.5, 0.5, 5, 3, 2, 3, 1) is None  # on the gap
    assert mosaic.tile_at(8.5, 3.5, 5, 3, 2, 3, 1) is None  # the empty sixth place


def test_normalize_each_keeps_flat_maps_flat_and_zero_in_the_middle():
    maps = np.stack([np.zeros((2, 2)), np.array([[0, 1], [2, 4]]), np.array([[-2, 1], [0, 0]])]).astype(np.float32)
    plain = mosaic.normalize_each(maps)
    assert np.all(plain[0] == 0) and plain[1].min() == 0 and plain[1].max() == 1
    sym = mosaic.normalize_each(maps, symmetric=True)
    assert sym[2][1, 1] == 0.5 and sym[2][0, 0] == 0


def test_headings_number_layers_as_the_cards_do(qtbot, cnn_session):
    """Cards count from 1: the first conv is "layer 1" in every heading, legend and layer list."""
    info = cnn_session.info()
    assert info.layer_names[0].startswith("1 ")
    cnn_session.apply(Command.SELECT_LAYER, 0)
    cnn_session.trainer.step()
    visuals = cnn_session.visuals()
    assert visuals.features.layer_name.startswith("1 ") and visuals.filters.layer_name.startswith("1 ")
    assert visuals.gradients.names[0].startswith("1 ")
    maps = shown(qtbot, FeatureMapView())
    maps.clear(info)
    maps.show_visuals(visuals)
    filters = shown(qtbot, FilterView())
    filters.clear(info)
    filters.show_visuals(visuals)
    qtbot.waitUntil(lambda: not maps.drawing and not filters.drawing)
    assert "of layer 1 Conv2D" in maps.maps_caption.text()
    assert "of layer 1 Conv2D" in filters.caption.text()


def test_filters_fill_the_box_in_a_grid_and_hover_shows_the_numbers(qtbot):
    from netbuilder.views.live.filters import weights_text
    layers = [{"type": "Conv2D", "filters": 8, "kernel_size": 5}, {"type": "ReLU"}, {"type": "Flatten"},
              {"type": "Dense", "units": 3}, {"type": "Softmax"}]
    session = open_session(doc_of(layers, (1, 8, 8)), images_dataset())
    view = shown(qtbot, FilterView())
    view.clear(session.info())
    view.show_visuals(session.visuals())
    qtbot.waitUntil(lambda: view.tile_count == 8)
    cols, h, w, gap, scale = view._grid
    assert 2 <= cols <= 4  # a block, not one strip of eight
    # each weight is a big, crisp square: the eight kernels use most of the box
    image = view.box.image

    def filled():
        on_screen = image.mapRectToScene(image.boundingRect())
        return on_screen.width() > 0.6 * view.box.width() or on_screen.height() > 0.6 * view.box.height()
    qtbot.waitUntil(filled)
    # hovering the weight in row 2, column 3 of the second kernel names it and shows its numbers
    point = image.mapToScene(QPointF((w + gap) * 1 + 2.5 * scale, 1.5 * scale))
    assert view.tile_under(point) == (1, 1, 2)
    kernel = session.visuals().filters.images[1]
    text = weights_text(kernel, 1, 2)
    assert f"<b>{kernel.reshape(5, 5)[1, 2]:+.3f}</b>" in text and text.count("<br>") == 5
    assert view.tile_under(image.mapToScene(QPointF(w + gap / 2, 1))) is None  # the gap between tiles
    view.resize(300, 900)  # tall and narrow: fewer columns
    qtbot.waitUntil(lambda: not view.drawing and view._grid[0] < cols)


def test_rgb_filters_stay_in_colour_with_numbers_per_channel():
    from netbuilder.views.live.filters import weights_text
    kernel = np.zeros((3, 3, 3))
    kernel[0] = 1.0  # pure red
    tiles = mosaic.to_rgb_tiles(kernel[None], symmetric=True, table=mosaic.weight_lut())
    assert tuple(tiles[0, 1, 1]) == (255, 128, 128)  # red up, green and blue at grey zero
    text = weights_text(kernel, 0, 0)
    assert "<b>R</b>" in text and "<b>G</b>" in text and "<b>B</b>" in text


def test_best_columns_makes_tiles_largest():
    assert mosaic.best_columns(8, 10, 10, 1, 800, 400) == 4  # 2 rows of 4 in a wide box
    assert mosaic.best_columns(8, 10, 10, 1, 100, 800) == 1  # one column in a tall one
    assert mosaic.best_columns(9, 10, 10, 1, 500, 500) == 3


def test_stat_cards_wrap_instead_of_being_cut(qtbot):
    from netbuilder.views.live.stats import StatsView
    view = shown(qtbot, StatsView(), (1300, 120))
    assert view.columns == 9  # wide: one row
    view.resize(560, 200)
    qtbot.waitUntil(lambda: view.columns < 9)
    assert view.columns == 5 and all(c.compact for c in view.cards.values())  # 9 compact cards as 5 + 4
    for card in view.cards.values():
        caption = card.caption
        assert caption.width() >= caption.fontMetrics().horizontalAdvance(caption.text())  # never "Learning ra"
    assert view.minimumSizeHint().width() < 400  # the panel can shrink; the cards wrap (3 rows at most)


def test_no_view_says_press_train_while_a_run_is_on(qtbot, cnn_session):
    """Once a run has started (clear(info)), every empty chart says what it waits for instead."""
    from PySide6.QtWidgets import QLabel
    from netbuilder.views.live.panel import LivePanel
    panel = shown(qtbot, LivePanel())
    idle = [label.text() for label in panel.findChildren(QLabel) if "press Train" in label.text()]
    assert idle  # before any run the charts do ask for Train
    panel._clear(cnn_session.info())
    lying = [label.text() for label in panel.findChildren(QLabel) if "press Train" in label.text()]
    assert lying == []


def test_depth_chart_labels_never_overlap(qtbot, cnn_session):
    view = shown(qtbot, GradientView())
    view.clear(cnn_session.info())
    axis = view.depth_plot.plot_item.getAxis("bottom")
    wide = [label for _pos, label in axis._tickLevels[0]]
    assert wide == ["1 Conv2D", "4 Dense"]  # room for the names
    view.resize(300, 600)
    qtbot.waitUntil(lambda: [label for _p, label in axis._tickLevels[0]] == ["1", "4"])


def test_chart_titles_fit_their_charts(qtbot, cnn_session):
    view = shown(qtbot, GradientView())
    view.clear(cnn_session.info())
    view.resize(420, 600)
    qtbot.waitUntil(lambda: view.depth_plot.width() < 200)
    title = view.depth_plot.plot_item.titleLabel.text
    assert title != "Gradient size by depth (now)" and "(now" not in title  # shortened, not cut at the edge


def test_card_meters_show_the_saturated_share_of_the_sigmoid_after_each_layer():
    from netbuilder.analysis.saturation import activity
    from netbuilder.engine.saturation import SLOPE
    from netbuilder.run import probes
    session = open_session(doc_of([{"type": "Dense", "units": 8}, {"type": "Sigmoid"}, {"type": "Dense", "units": 8},
                                   {"type": "Tanh"}, {"type": "Dense", "units": 6}, {"type": "ReLU"},
                                   {"type": "Dense", "units": 2}, {"type": "Softmax"}], (2,),
                                  {"optimizer": {"type": "sgd", "lr": 1e-6}}), points_dataset())
    net = session.net
    net.layers[0].params["W"][...] *= 30   # drive the sigmoid into its bounds
    net.layers[2].params["W"][...] *= 30
    session.trainer.step()
    sig, tanh = net.layers[1].y.copy(), net.layers[3].y.copy()   # what the training batch left in the activations
    stats = session.visuals().gradients   # (its one-sample forward passes come after the measurement)
    assert stats.saturated_share[0] == pytest.approx(np.mean(sig * (1 - sig) < SLOPE))
    assert stats.saturated_share[1] == pytest.approx(np.mean(1 - tanh ** 2 < SLOPE))
    assert np.isnan(stats.saturated_share[2]) and np.isnan(stats.saturated_share[3])  # a ReLU; the output
    assert stats.saturated_share[0] > 0.3
    meters = card_gradient_meters(stats, 8)
    assert f"{stats.saturated_share[0]:.0%} saturated" in meters[0].text
    assert f"{stats.saturated_share[1]:.0%} saturated" in meters[2].text
    assert "saturated" not in meters[4].text and "saturated" not in meters[6].text
    assert "sigmoid/tanh outputs after this layer were saturated" in meters[0].tooltip
    # one definition: the Lab's saturation analysis gives the cards' numbers on the same batch
    x, t = session.dataset.x_train[:64], session.dataset.y_train[:64]
    net.loss_and_gradients(x, t)
    lab = {a.layer: a.saturated for a in activity(net, x)}
    assert probes.saturated_shares(net)[:2] == pytest.approx([lab[1], lab[3]])


def test_a_long_meter_caption_leaves_the_card_title_whole(qtbot):
    from PySide6.QtGui import QColor, QIcon

    from netbuilder.views.layer_card import Card
    card = Card(1)
    qtbot.addWidget(card)
    card.set_content(index="1", title="Dense", summary="units 8", shape="8", count="24 params",
                     color=QColor("#4477aa"), icon=QIcon(), problems=[], tooltip="")
    card.set_meter(0.4, "grad 1.1e-13 · 12% dead")
    card.resize(280, card.sizeHint().height())
    card.show()
    qtbot.waitExposed(card)
    qtbot.wait(20)
    assert not card.narrow
    needed = card.title.fontMetrics().horizontalAdvance("Dense")
    assert card.title.width() >= needed  # was squeezed to "De…" by the caption beside the bar
    assert card.meter_label.width() >= card.meter_label.fontMetrics().horizontalAdvance("grad 1.1e-13 · 12% dead")


def test_a_few_near_zero_batches_do_not_stretch_the_log_loss_axis(qtbot):
    view = shown(qtbot, CurvesView())
    view.clear()
    x = np.arange(1, 201) / 100
    loss = np.full(200, 0.1)
    loss[[50, 120, 180]] = 1e-8  # solved batches
    view.show_progress(BatchProgress(1, 99, 100, 10, x, loss, np.full(200, 0.9), 0.01, 100.0, None, 0.1, 200))
    qtbot.waitUntil(lambda: not view.drawing)
    low, high = view.loss_plot._y_range  # log10 units
    assert -2.0 <= low < -1.0 < high  # 0.1 in view with room, not six empty decades under it
