"""The Lab tab's views driven as a user would, on a small trained conv net; every background job
is waited for until its thread has finished."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from netbuilder.analysis.directions import learned  # noqa: E402
from netbuilder.analysis.weight_sweep import sweep_weight  # noqa: E402
from netbuilder.analysis.common import copy_network  # noqa: E402
from netbuilder.engine.gradcheck import check_network  # noqa: E402
from netbuilder.analysis.gradcheck_report import FLOOR  # noqa: E402
from netbuilder.run.session import open_session  # noqa: E402
from netbuilder.views.lab import LabPanel  # noqa: E402
from netbuilder.views.lab.source import source_from_session  # noqa: E402
from tests.training.conftest import CNN_LAYERS, doc_of, images_dataset  # noqa: E402


@pytest.fixture
def source():
    session = open_session(doc_of(CNN_LAYERS, (1, 8, 8)), images_dataset())
    for _ in range(12):  # a few steps, and the weights after each "epoch" kept as the worker does
        session.trainer.step()
        if len(session.trajectory) < 4:
            session.trajectory.record(session.net, len(session.trajectory))
    return source_from_session(session)


@pytest.fixture
def lab(qtbot, source):
    panel = LabPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 650)
    panel.show()
    panel.set_source(source)
    yield panel
    panel.shutdown()


def wait_job(qtbot, panel):
    thread = panel.jobs.thread
    qtbot.waitUntil(thread.isFinished, timeout=60_000)
    qtbot.waitUntil(lambda: not panel.jobs.bar.isVisible(), timeout=5_000)  # the result has been delivered


def test_weight_sweep_chart_is_the_direct_sweep(qtbot, lab, source):
    view = lab.sweep
    view.layer_box.setCurrentIndex(view.layer_box.findData(3))  # the Dense layer
    view.index_box.setValue(5)
    view.run_button.click()
    wait_job(qtbot, lab)
    expected = sweep_weight(copy_network(source.net), source.x, source.y, 3, 5, points=41)
    curve = view.plot.plot_item.listDataItems()[0]
    np.testing.assert_allclose(curve.yData, expected.losses, rtol=1e-6)
    np.testing.assert_allclose(curve.xData, expected.values)
    view.keep()
    view.largest.setChecked(True)
    view.run_button.click()
    wait_job(qtbot, lab)
    assert len(view.curves()) == 2 and "done" in lab.jobs.label.text()
    # named in the key above the chart (a legend inside covered the curves), the tangent too
    assert view.key.names()[:2] == [c.label for c in view.curves()] and len(view.key.names()) == 3
    assert view.plot.plot_item.legend is None
    np.testing.assert_array_equal(source.net.layers[3].params["W"], copy_network(source.net).layers[3].params["W"])


def test_gradient_check_panel_is_the_engines_gradcheck(qtbot, lab, source):
    view = lab.gradcheck
    view.batch_box.setValue(3)
    view.run_button.click()
    wait_job(qtbot, lab)
    engine = check_network(copy_network(source.net, np.float64), source.x[:3].astype(np.float64), source.y[:3],
                           inputs=True, max_entries=40, floor=FLOOR, counts={})
    assert view.report is not None, lab.jobs.label.text()
    shown = {f"{c.layer}.{k}": e for c in view.report.layers for k, e in c.errors.items()}
    assert shown == pytest.approx(engine)
    assert view.table.rowCount() == len(source.net.layers)
    for row in range(view.table.rowCount()):
        assert view.table.item(row, 3).text() == "✓ match"
        assert view.table.item(row, 0).background().color().name() == "#d8f0df"  # green
    assert "match" in view.verdict.text()


def test_gradient_check_panel_turns_a_broken_layer_red(qtbot, lab, monkeypatch):
    from netbuilder.engine.layers.activations import ReLU

    monkeypatch.setattr(ReLU, "backward", lambda self, dy: dy)  # forgot the mask
    lab.gradcheck.run_button.click()
    wait_job(qtbot, lab)
    assert lab.gradcheck.table.item(1, 3).text() == "✗ MISMATCH"
    assert lab.gradcheck.table.item(1, 0).background().color().name() == "#f8d7d3"  # red


def test_clicking_a_feature_map_pixel_explains_it(qtbot, lab, source):
    lab.explain.explain_at(1, 2, (3, 4, 5))  # a ReLU pixel: explained through the Conv2D before it
    unit = lab.explain.unit
    actual = source.net.forward_all(source.samples[2:3])[1][0][3, 4, 5]
    assert unit.steps[-1].after == pytest.approx(actual, rel=1e-5, abs=1e-6)
    assert unit.output == pytest.approx(source.net.forward_all(source.samples[2:3])[0][0][3, 4, 5], rel=1e-5, abs=1e-6)
    assert "Conv2D" in lab.explain.text.toPlainText() and "bias" in lab.explain.text.toPlainText()
    from PySide6.QtGui import QTextOption   # words are never broken into letters ("c h a n n e l")
    assert lab.explain.text.wordWrapMode() == QTextOption.WrapMode.WordWrap


def test_plane_with_the_training_path_and_cancel(qtbot, lab, source):
    view = lab.landscape
    assert view.directions.currentData() == "trajectory"
    view.grid_box.setValue(5)
    view.plane_button.click()
    wait_job(qtbot, lab)
    assert view.plane.losses.shape == (5, 5) and view.plane.trajectory.shape == (4, 2)
    shown, logs = view.image.image, np.log10(view.plane.losses)
    assert shown.shape == (240, 240)  # resampled for display; row 0 is the grid's first row (drawn at the bottom)
    assert shown[0, 0] == pytest.approx(logs[0, 0]) and shown[-1, -1] == pytest.approx(logs[-1, -1])
    assert shown[0, -1] == pytest.approx(logs[0, -1])
    before = learned(source.net)
    view.grid_box.setValue(61)
    view.plane_button.click()
    lab.jobs.cancel_button.click()
    wait_job(qtbot, lab)
    assert "cancelled" in lab.jobs.label.text() and view.plane.losses.shape == (5, 5)
    for k, v in before.items():
        np.testing.assert_array_equal(learned(source.net)[k], v)


def test_saturation_over_the_kept_epochs(qtbot, lab, source):
    lab.saturation.run_button.click()
    wait_job(qtbot, lab)
    epochs, history = lab.saturation.history
    assert epochs == source.epochs and len(history) == len(source.states)
    assert [a.kind for a in history[0]] == ["ReLU"]
    assert "saturated" in lab.saturation.summary.text()
    assert lab.saturation.key.names() == [f"{a.layer + 1} {a.kind}" for a in history[0]]
    assert lab.saturation.share_plot.plot_item.legend is None
    assert f"weights kept at epochs {source.epochs[0]}–{source.epochs[-1]}" in lab.note.text()


def test_two_kept_epochs_are_not_a_path(qtbot, lab, source):
    """Initial + final weights only: the plane of the path would be a line, so random directions are used."""
    from dataclasses import replace

    lab.set_source(replace(source, states=source.states[:1] + source.states[-1:], epochs=[0, 1]))
    assert lab.landscape.directions.currentData() == "random"
    assert not lab.landscape.directions.model().item(1).isEnabled()


def test_spread_bands_are_drawn(qtbot, lab):
    import pyqtgraph as pg

    lab.saturation.run_button.click()
    wait_job(qtbot, lab)
    bands = [i for i in lab.saturation.spread_plot.plot_item.items if isinstance(i, pg.FillBetweenItem)]
    assert bands and all(not b.path().isEmpty() for b in bands)


def test_strongest_unit_explains_the_largest_output(qtbot, lab, source):
    view = lab.explain
    view.layer_box.setCurrentIndex(view.layer_box.findData(1))
    view.sample_box.setValue(3)
    view.strongest_button.click()
    out = source.net.forward_all(source.samples[2:3])[1][0]
    assert view.unit.steps[-1].after == pytest.approx(float(out.max()), rel=1e-5, abs=1e-6)
    assert tuple(int(v) for v in view.position.text().split(",")) == np.unravel_index(int(np.argmax(out)), out.shape)


def test_long_results_wrap_instead_of_widening_the_window(qtbot, lab):
    """A five-layer sigmoid net's saturation summary made the window 1482 px wide at 1400."""
    long = "; ".join(f"{k} Sigmoid 0% saturated, 0% dead" for k in range(3, 13, 2))
    lab.show()
    for view, label in ((lab.saturation, lab.saturation.summary), (lab.sweep, lab.sweep.summary),
                        (lab.landscape, lab.landscape.summary), (lab.gradcheck, lab.gradcheck.verdict)):
        label.setText(long)
        lab.tabs.setCurrentWidget(view)   # a hidden page does not count towards the minimum
        qtbot.waitUntil(label.isVisible)
        assert label.minimumSizeHint().width() < 400, view   # it wraps; the bar and the page follow


def test_only_layers_with_a_weighted_sum_are_offered_and_the_unit_fits_the_layer(qtbot, lab, source):
    """A sigmoid MLP opened on layer 1 Flatten with unit '0, 0, 0': Explain gave an error."""
    view = lab.explain
    offered = [view.layer_box.itemData(k) for k in range(view.layer_box.count())]
    kinds = [source.net.layers[i].kind for i in offered]
    assert offered and not {"Flatten", "MaxPool2D"} & set(kinds)
    for k in range(view.layer_box.count()):
        view.layer_box.setCurrentIndex(k)
        view.explain()
        assert view.unit is not None, (kinds[k], view.text.toPlainText())
    pool = next(i for i, layer in enumerate(source.net.layers) if layer.kind in ("MaxPool2D", "Flatten"))
    view.explain_at(pool, 0, (0,) * len(source.net.layers[pool].output_shape))
    assert view.unit is None and "no weighted sum" in view.text.toPlainText()
