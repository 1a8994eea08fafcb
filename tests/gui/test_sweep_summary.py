"""The sweep summary widget, read from a real run store: a row per configuration in the table with
mean ± sd, a dot per finished run in the spread plot (dead runs as crosses), hovering a dot names
its run and clicking it says which run."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt

from netbuilder.runs import RunStore
from netbuilder.runs import sweep_plan as plan
from netbuilder.runs.sweep_record import stored_definition
from netbuilder.runs.sweep_stored import DEAD_TAG
from netbuilder.views.sweep.summary import EMPTY, SweepSummary
from tests.sweeps.helpers import planned, record


@pytest.fixture
def recorded(tmp_path):
    definition, runs = planned()
    sweep_id = plan.sweep_id(definition, runs)
    store = RunStore(tmp_path / "runs.sqlite")
    store.add_sweep(sweep_id, "lr sweep", stored_definition(definition, runs, tmp_path))
    by = {(r.labels["training.optimizer.lr"], r.seed): r for r in runs}
    ids = {}
    for key, acc in (((0.01, 0), 0.50), ((0.01, 1), 0.60), ((0.01, 2), 0.85), ((0.001, 0), 0.70), ((0.001, 1), 0.25)):
        ids[key] = record(store, sweep_id, by[key], acc=acc, loss=1.0 - acc)
    store.add_tags([ids[0.001, 1]], [DEAD_TAG])
    record(store, sweep_id, by[0.001, 2], status="diverged")
    yield store, sweep_id, ids
    store.close()


def dot_position(summary, run_id) -> QPoint:
    x, y, _ = next(d for d in summary.dots if d[2].run_id == run_id)
    scene = summary.plot.getPlotItem().vb.mapViewToScene(pg.Point(x, y))
    return summary.plot.mapFromScene(scene)


def test_table_and_spread_plot_from_the_store(qtbot, recorded):
    store, sweep_id, ids = recorded
    summary = SweepSummary()
    qtbot.addWidget(summary)
    summary.resize(900, 700)
    summary.show()
    assert summary.show_sweep(store, sweep_id)
    t = summary.table
    head = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    assert head[:3] == ["training.optimizer.lr", "n", "test accuracy % (mean ± sd)"]
    assert t.rowCount() == 2
    assert [t.item(r, 0).text() for r in range(2)] == ["0.01", "0.001"]
    assert t.item(0, 1).text() == "3" and t.item(0, 2).text() == "65.0 ± 18.0"   # sd √(.065/2) = .1803
    assert t.item(1, 1).text() == "2" and t.item(1, 2).text() == "47.5 ± 31.8"
    assert t.item(1, head.index("dead runs")).text() == "1"
    assert t.item(1, head.index("diverged / failed")).text() == "1 / 0"
    assert len(summary.dots) == 5 and not summary.empty_label.isVisible()
    scatter = [i for i in summary.plot.getPlotItem().items if isinstance(i, pg.ScatterPlotItem)]
    assert sorted(len(s.data) for s in scatter) == [1, 2, 4]   # 4 alive dots, 1 dead cross, 2 means
    ticks = summary.plot.getPlotItem().getAxis("left")._tickLevels[0]
    assert [label for _, label in ticks] == ["lr 0.01", "lr 0.001 (1 diverged)"]
    assert "5 of 6 runs finished" in summary.header.text() and "1 diverged" in summary.header.text()


def test_hover_names_the_run_and_click_says_which(qtbot, recorded):
    store, sweep_id, ids = recorded
    summary = SweepSummary()
    qtbot.addWidget(summary)
    summary.resize(900, 700)
    summary.show()
    summary.show_sweep(store, sweep_id)
    qtbot.waitExposed(summary)
    dead = ids[0.001, 1]

    def hovered():  # the dot's place on screen is known once the layout settled: ask again until then
        qtbot.mouseMove(summary.plot.viewport(), dot_position(summary, dead))
        return f"run #{dead}" in summary.plot.toolTip()
    qtbot.waitUntil(hovered, timeout=5000)
    where = dot_position(summary, dead)
    assert "seed 1" in summary.plot.toolTip() and "dead" in summary.plot.toolTip()
    with qtbot.waitSignal(summary.run_activated, timeout=5000) as got:
        qtbot.mouseClick(summary.plot.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert got.args == [dead]


def test_more_runs_appear_on_refresh_and_an_unknown_sweep_is_said(qtbot, recorded, tmp_path):
    store, sweep_id, ids = recorded
    summary = SweepSummary()
    qtbot.addWidget(summary)
    summary.show_sweep(store, sweep_id)
    definition, runs = planned()
    other = RunStore(tmp_path / "runs.sqlite")   # another process's writer, as a running sweep is
    failed_seed = next(r for r in runs if r.labels["training.optimizer.lr"] == 0.001 and r.seed == 2)
    record(other, sweep_id, failed_seed, acc=0.9, loss=0.1)   # --resume did the diverged one again
    other.close()
    summary.refresh()
    assert summary.table.item(1, 1).text() == "3" and len(summary.dots) == 6
    assert not summary.show_sweep(store, "no-such-sweep")
    assert "not in the run history" in summary.header.text()
    assert summary.table.rowCount() == 0 and summary.empty_label.text() == EMPTY
