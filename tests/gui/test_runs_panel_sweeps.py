"""The Runs panel groups a sweep's runs (the Sweep box narrows the table and shows the spread and
means ± sd) and follows runs that are still training: their curves grow as epochs are recorded."""

import json

import pytest

from netbuilder.runs import EpochRow, RunStore
from netbuilder.runs import sweep_plan as plan
from netbuilder.runs.sweep_record import stored_definition
from tests.sweeps.helpers import planned, record

DOC = {"format": "netbuilder.network", "version": 1, "name": "net", "input": {"shape": [2]},
       "layers": [{"type": "Dense", "units": 2}, {"type": "Softmax"}]}


@pytest.fixture
def store(tmp_path):
    definition, runs = planned()
    sweep_id = plan.sweep_id(definition, runs)
    s = RunStore(tmp_path / "runs.sqlite")
    s.add_sweep(sweep_id, "lr sweep", stored_definition(definition, runs, tmp_path))
    for i, run in enumerate(runs):
        record(s, sweep_id, run, acc=0.5 + 0.05 * i, loss=0.5)
    lone = s.start_run(network_json=json.dumps(DOC), data_spec="builtin:xor", settings={"seed": 0})
    s.finish_run(lone, "finished", test_accuracy=0.9)
    s.sweep_id, s.lone, s.sweep_runs = sweep_id, lone, len(runs)
    yield s
    s.close()


@pytest.fixture
def panel(qtbot, store):
    from netbuilder.views.runs.panel import RunsPanel
    p = RunsPanel(store)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    p.refresh()
    return p


def test_a_sweep_narrows_the_table_and_shows_its_summary(panel, store):
    assert panel.model.rowCount() == store.sweep_runs + 1
    assert "Sweep" in panel.model.headers
    col = panel.model.headers.index("Sweep")
    cells = {panel.model.index(r, col).data() for r in range(panel.model.rowCount())}
    assert cells == {"lr sweep", ""}
    assert not panel.sweep_box.isHidden() and panel.sweep_box.count() == 2
    assert panel.sweep_box.itemText(1) == f"Sweep: lr sweep ({store.sweep_runs} runs)"
    assert not panel.views.isTabEnabled(1)
    panel.show_sweep(store.sweep_id)
    assert panel.model.rowCount() == store.sweep_runs
    assert store.lone not in {r.id for r in panel.model.runs}
    assert panel.views.currentIndex() == 1 and panel.views.isTabEnabled(1)
    assert panel.sweep_summary.table.rowCount() == 2   # two learning rates: a row each, mean ± sd
    panel.sweep_box.setCurrentIndex(0)
    panel.sweep_box.activated.emit(0)
    assert panel.model.rowCount() == store.sweep_runs + 1 and panel.views.currentIndex() == 0


def test_a_running_run_is_followed_until_it_ends(qtbot, panel, store, monkeypatch):
    running = store.start_run(network_json=json.dumps(DOC), data_spec="builtin:xor", settings={"seed": 5})
    store.add_epoch(running, EpochRow(1, 0.9, 0.5, 0.95, 0.5, 1.0, 0.01))
    panel.follow_timer.setInterval(50)
    panel.refresh()
    assert panel.follow_timer.isActive()
    panel.select_ids([running])
    assert len(panel.compare.runs[0].epochs) == 1
    store.add_epoch(running, EpochRow(2, 0.7, 0.6, 0.8, 0.6, 1.0, 0.01))
    qtbot.waitUntil(lambda: len(panel.compare.runs[0].epochs) == 2, timeout=5_000)
    store.add_epoch(running, EpochRow(3, 0.6, 0.7, 0.7, 0.7, 1.0, 0.01))
    store.finish_run(running, "finished", test_accuracy=0.7)
    qtbot.waitUntil(lambda: not panel.follow_timer.isActive(), timeout=5_000)
    assert len(panel.compare.runs[0].epochs) == 3 and panel.compare.runs[0].status == "finished"
    assert panel.selected_ids() == [running]
