"""Run ▸ Sweep… and Repeat with N Seeds…: the form checks values like the command line, runs in
the background with progress, Cancel keeps finished runs, and the spread is shown."""

import copy
import json

from PySide6.QtCore import Qt

from netbuilder.views.sweep.actions import open_sweep_dialog
from netbuilder.views.sweep.dialog import SweepDialog
from tests.sweeps.helpers import TINY


def wait_done(qtbot, dialog):
    qtbot.waitUntil(lambda: hasattr(dialog, "report"), timeout=240_000)
    qtbot.waitUntil(dialog.thread.isFinished, timeout=10_000)


def pick(row, path):
    index = next(i for i in range(row.combo.count()) if (row.combo.itemData(i) or (None,))[0] == path)
    row.combo.setCurrentIndex(index)


def test_sweep_over_a_setting_shows_mean_and_spread(qtbot, tmp_path):
    dialog = SweepDialog(TINY, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.seeds.setValue(2)
    dialog.jobs.setValue(2)
    pick(dialog.rows[0], "training.optimizer.lr")
    assert dialog.rows[0].values.text() == "0.002"  # the current value, to edit
    dialog.rows[0].values.setText("0.01, 0.001")
    assert dialog.count.text() == "2 configurations × 2 seeds = 4 runs"
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    wait_done(qtbot, dialog)
    assert dialog.report["error"] is None and not dialog.report["interrupted"]
    assert dialog.bar.value() == 4
    table = dialog.results.table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["0.01", "0.001"]
    assert all(table.item(r, 1).text() == "2" for r in range(2))
    assert "±" in table.item(0, 2).text()
    assert len(dialog.results.dots) == 4   # every seed a dot in the spread plot
    results = [json.loads(p.read_text()) for p in tmp_path.glob("*/runs/*/result.json")]
    assert sorted((r["labels"]["training.optimizer.lr"], r["seed"]) for r in results) == \
        [(0.001, 0), (0.001, 1), (0.01, 0), (0.01, 1)]
    from netbuilder.runs import RunStore
    with RunStore() as store:  # the test's own store (NETBUILDER_RUNS): what the Runs panel lists
        recorded = store.list(sweep_id=dialog.report["sweep_id"])
        assert sorted(r.id for r in recorded) == sorted(r["run_id"] for r in results)


def test_refused_value_is_reported_in_the_form(qtbot, tmp_path):
    dialog = SweepDialog(TINY, folder=tmp_path)
    qtbot.addWidget(dialog)
    pick(dialog.rows[0], "layers[1].units")
    dialog.rows[0].values.setText("8, 0")
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0 and dialog.thread is None
    assert "layers[1].units" in dialog.problems.text()
    assert not any(tmp_path.iterdir())


def test_cancel_keeps_finished_runs_and_leaves_no_thread(qtbot, tmp_path):
    slow = copy.deepcopy(TINY)
    slow["data"] = "builtin:shapes?n=1200"
    slow["training"].update(epochs=4, batch_size=20)
    dialog = SweepDialog(slow, repeat_only=True, folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.rows == [] and dialog.swaps == []  # repeat: seeds only
    dialog.seeds.setValue(6)
    dialog.jobs.setValue(1)
    dialog.start_sweep()
    qtbot.waitUntil(lambda: dialog.bar.value() >= 1, timeout=240_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert dialog.report["interrupted"]
    kept = list(tmp_path.glob("*/runs/*/result.json"))
    assert 1 <= len(kept) < 6
    assert dialog.results.table.rowCount() == 1 and int(dialog.results.table.item(0, 0).text()) == len(kept)


def test_run_menu_opens_the_dialogs_on_the_open_network(window, qtbot, tmp_path):
    run_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Run")
    texts = [a.text() for a in run_menu.actions()]
    assert "Repeat with N Seeds…" in texts and "Sweep…" in texts
    dialog = open_sweep_dialog(window, repeat_only=False, folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.doc["layers"] == window.document.to_doc()["layers"]
    assert dialog.isVisible() and len(dialog.rows) == 2


def test_data_that_does_not_load_is_said_before_any_run(qtbot, tmp_path):
    doc = copy.deepcopy(TINY)
    doc["data"] = "builtin:nosuchset"
    dialog = SweepDialog(doc, repeat_only=True, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.seeds.setValue(1)
    dialog.start_sweep()
    wait_done(qtbot, dialog)
    assert "nosuchset" in dialog.report["error"] and "nosuchset" in dialog.last.text()
    assert not list(tmp_path.glob("*/runs/*"))


def test_a_study_runs_from_its_dialog_on_built_in_data(window, qtbot, tmp_path):
    from netbuilder.views.sweep.actions import open_study_dialog
    run_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Run")
    studies = next(a.menu() for a in run_menu.actions() if a.text() == "Studies")
    assert len(studies.actions()) == 3 and all(a.toolTip() for a in studies.actions())
    dialog = open_study_dialog(window, "seed-spread", folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.seeds.value() == 10 and dialog.data.text().startswith("builtin:")
    dialog.data.setText("builtin:shapes?n=200")
    dialog.seeds.setValue(2)
    dialog.jobs.setValue(2)
    assert dialog.count.text().endswith("= 2 runs")
    dialog.start_sweep()
    wait_done(qtbot, dialog)
    assert dialog.report["error"] is None, dialog.report["error"]
    assert dialog.results.table.item(0, 0).text() == "2"
    docs = [json.loads(p.read_text()) for p in tmp_path.glob("*/runs/*/network.json")]
    assert len(docs) == 2 and all(d["input"]["shape"] == [1, 28, 28] for d in docs)  # fitted to the shapes


def test_a_sweep_from_the_window_is_followed_in_the_run_history(window, qtbot, tmp_path):
    window.document.replace(copy.deepcopy(TINY))
    assert window.runs_dock.isHidden()
    dialog = open_sweep_dialog(window, repeat_only=True, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.seeds.setValue(2)
    dialog.jobs.setValue(1)
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runs_dock.isVisible(), timeout=60_000)  # shown as the sweep starts
    wait_done(qtbot, dialog)
    panel = window.run_history.panel
    sweep_id = dialog.report["sweep_id"]
    qtbot.waitUntil(lambda: panel.chosen_sweep() == sweep_id and panel.model.rowCount() == 2, timeout=10_000)
    assert {r.sweep_id for r in panel.model.runs} == {sweep_id}
    assert panel.views.currentIndex() == 1 and len(panel.sweep_summary.dots) == 2
