"""The run history in the window, driven as a user does: Train records the run and the Run History
dock appears; a second run with fresh weights is a second row; selecting both overlays two runs;
Continue adds epochs to the same run; Open brings a run's network, weights and results back."""

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from netbuilder.paths import resource
from netbuilder.runs import RunStore

XOR = json.loads(resource("examples", "playground_xor.json").read_text(encoding="utf-8"))


def train(w, qtbot):
    c = w.training
    with qtbot.waitSignal(c.finished, timeout=60_000):
        w.act_train.trigger()
    qtbot.waitUntil(lambda: c.state == "finished" and c.thread.isFinished(), timeout=10_000)


@pytest.fixture
def xor_window(make_window):
    doc = json.loads(json.dumps(XOR))
    doc["training"]["epochs"] = 2
    return make_window(doc)


def test_the_dock_is_hidden_until_the_first_run_then_lists_it(xor_window, qtbot, isolated_run_store):
    w = xor_window
    assert w.runs_dock.isHidden()
    action = w.run_history.action
    view = next(m for m in w.menuBar().findChildren(QMenu) if m.title() == "&View")
    assert action.shortcut().toString() == "Ctrl+4" and action in view.actions()
    train(w, qtbot)
    qtbot.waitUntil(lambda: w.runs_dock.isVisible(), timeout=5_000)
    panel = w.run_history.panel
    assert panel.model.rowCount() == 1
    run = panel.model.runs[0]
    assert run.id == w.training.run_id and run.status == "finished"
    assert run.test_accuracy == pytest.approx(w.training.last_results.accuracy)
    assert panel.selected_ids() == [run.id]  # the run just ended is selected: its curves are drawn
    assert panel.compare.run_ids_drawn() == [run.id]


def test_fresh_weights_make_a_second_run_and_two_selected_runs_overlay(xor_window, qtbot):
    w = xor_window
    train(w, qtbot)
    first = w.training.run_id
    w.dialogs.train_again_answer = "fresh"
    w.document.set_setting(("training", "optimizer", "lr"), 0.05)
    train(w, qtbot)
    second = w.training.run_id
    assert second != first
    assert w.dialogs.train_again_asked == (2, True)  # two more epochs offered; the weights are in the history
    panel = w.run_history.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5_000)
    assert "lr" in panel.model.headers  # the setting that differs is a column
    panel.table.selectAll()
    assert panel.compare.run_ids_drawn() == sorted([first, second])
    names = [it.name() for it in panel.compare.loss_plot.getPlotItem().listDataItems() if it.name()]
    assert len(names) == 2 and all("lr" in n for n in names)
    compare = panel.compare
    assert compare.diff_available()  # beside the plots, or behind "What differs…" when the dock is low
    if compare.diff_text.isHidden():
        dialog = compare.show_diff_window()
        assert "Training settings" in dialog.findChild(type(compare.diff_text)).toPlainText()
        dialog.close()


def test_continue_training_adds_epochs_to_the_same_run(xor_window, qtbot, isolated_run_store):
    w = xor_window
    train(w, qtbot)
    run_id = w.training.run_id
    w.dialogs.train_again_answer = "continue"
    train(w, qtbot)
    assert w.training.run_id == run_id
    assert w.training.session.trainer.epoch == 4
    with RunStore(isolated_run_store, create=False) as store:
        assert store.ids() == {run_id}
        assert [e.epoch for e in store.get(run_id).epochs] == [1, 2, 3, 4]
    # the live curves kept the first two epochs and added two more
    assert w.live.curves.epochs["loss"][1].n == 4


def test_cancel_in_the_train_again_question_trains_nothing(xor_window, qtbot):
    w = xor_window
    train(w, qtbot)
    steps = w.training.session.trainer.optimizer.steps
    w.dialogs.train_again_answer = "cancel"
    w.act_train.trigger()
    assert w.training.state == "finished" and w.training.session.trainer.optimizer.steps == steps


def test_open_a_run_brings_back_its_network_weights_and_results(xor_window, qtbot, isolated_run_store):
    w = xor_window
    train(w, qtbot)
    first = w.training.run_id
    accuracy = w.training.last_results.accuracy
    confusion = w.training.last_results.confusion.copy()
    weights = {k: v.copy() for k, v in w.training.session.net.state_dict().items()}
    w.dialogs.train_again_answer = "fresh"
    w.document.set_setting(("training", "seed"), 11)
    train(w, qtbot)
    panel = w.run_history.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5_000)
    panel.select_ids([first])
    c = w.training
    with qtbot.waitSignal(c.finished, timeout=30_000):
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.state == "finished" and c.last_results is not None, timeout=10_000)
    assert c.run_id == first and c.opened_run
    assert c.last_results.accuracy == accuracy and np.array_equal(c.last_results.confusion, confusion)
    for key, value in c.session.net.state_dict().items():
        assert np.array_equal(value, weights[key])
    assert w.live.curves.epochs["loss"][1].n == 2  # the recorded epochs are drawn
    assert w.document.path is None  # a new, untitled document: the history keeps the original
    with RunStore(isolated_run_store, create=False) as store:
        assert len(store.ids()) == 2  # opening records nothing
        stored = store.get(first)
    assert w.document.to_doc()["training"] == stored.network["training"]
    # training on from an opened run is a new run whose parent is the opened one
    w.dialogs.train_again_answer = "continue"
    train(w, qtbot)
    with RunStore(isolated_run_store, create=False) as store:
        new = store.get(w.training.run_id)
        assert new.id not in (first,) and new.parent_id == first and len(new.epochs) == 2


@pytest.mark.parametrize("size,panel_minimum", [((1024, 700), 900), ((1024, 700), None), ((1400, 900), None)])
def test_the_dock_and_problems_share_the_bottom_readably(make_window, qtbot, size, panel_minimum):
    """Problems is never squeezed to a sliver beside the runs: side by side when both fit (Problems at
    least MIN_PROBLEMS_WIDTH, the runs getting most of the row), else tabs, each whole. A runs panel
    that needs 900 px (long run names, wide plots) at 1024 px leaves no room: tabs."""
    from netbuilder.views.runs.history import MIN_PROBLEMS_WIDTH, MIN_USEFUL_HEIGHT
    w = make_window()
    w.resize(*size)
    qtbot.waitUntil(lambda: w.width() == size[0], timeout=5_000)
    if panel_minimum:
        w.run_history.ensure_panel().setMinimumWidth(panel_minimum)
    w.run_history.action.trigger()
    qtbot.waitUntil(lambda: w.runs_dock.isVisible() and w.runs_dock.height() >= MIN_USEFUL_HEIGHT, timeout=5_000)
    if panel_minimum:
        qtbot.waitUntil(lambda: w.problems_dock in w.tabifiedDockWidgets(w.runs_dock), timeout=5_000)
        assert w.runs_dock.width() > 0.9 * w.width()
    else:
        qtbot.waitUntil(lambda: w.problems_dock.width() >= MIN_PROBLEMS_WIDTH
                        and w.runs_dock.width() > 2 * w.problems_dock.width(), timeout=5_000)
        assert w.problems_dock not in w.tabifiedDockWidgets(w.runs_dock)


@pytest.mark.parametrize("height", [780, 900])
def test_the_dock_leaves_the_live_views_room_on_a_short_window(make_window, qtbot, height):
    """Opened on a short window (800 px at 2x scaling), the dock takes what the live views can spare
    (the window less LIVE_ROOM), never less than a useful table and plots: two fifths of 780 px had
    squeezed the gradient plots to 60 px."""
    from netbuilder.views.runs.history import LIVE_ROOM, MIN_USEFUL_HEIGHT
    w = make_window()
    w.resize(1240, height)
    qtbot.waitUntil(lambda: w.height() == height, timeout=5_000)
    w.run_history.action.trigger()
    qtbot.waitUntil(lambda: w.runs_dock.isVisible() and w.runs_dock.height() >= MIN_USEFUL_HEIGHT, timeout=5_000)
    qtbot.wait(50)
    assert w.runs_dock.height() <= max(MIN_USEFUL_HEIGHT + 30, height - LIVE_ROOM) + 10, w.runs_dock.height()
