"""The Runs panel with real widgets: differing settings become columns, search filters, selecting two
runs overlays two runs' curves and shows their diff, hovering a curve names its run."""

import json

import pytest

from netbuilder.runs import EpochRow, RunStore

DOC = {"format": "netbuilder.network", "version": 1, "name": "net", "input": {"shape": [2]},
       "layers": [{"type": "Dense", "units": 2}, {"type": "Softmax"}]}


@pytest.fixture
def store(tmp_path):
    s = RunStore(tmp_path / "runs.sqlite")
    for i, lr in enumerate((0.1, 0.01, 0.001)):
        rid = s.start_run(network_json=json.dumps(DOC), data_spec="builtin:xor",
                          settings={"optimizer": {"type": "adam", "lr": lr}, "batch_size": 20, "seed": 0},
                          started=1000.0 + i)
        for e in range(1, 4):
            s.add_epoch(rid, EpochRow(e, 1.0 / (e + i), 0.5 + 0.1 * e, 1.1 / (e + i), 0.45 + 0.1 * e, 1.0, lr))
        s.finish_run(rid, "finished", test_accuracy=0.8 + 0.05 * i)
    s.add_tags([3], ["best"])
    yield s
    s.close()


@pytest.fixture
def panel(qtbot, store):
    from netbuilder.views.runs.panel import RunsPanel
    p = RunsPanel(store)
    qtbot.addWidget(p)
    p.resize(900, 700)
    p.show()
    p.refresh()
    return p


def test_columns_show_only_what_differs(panel):
    assert panel.model.headers == ["ID", "Name", "lr", "Test acc", "Time", "Status", "Tags", "Started"]
    assert panel.proxy.rowCount() == 3
    assert panel.proxy.index(0, 0).data() == "3"          # newest first
    assert panel.proxy.index(0, 2).data() == "0.001"


def test_selecting_two_runs_draws_two_runs_and_their_diff(qtbot, panel):
    panel.select_ids([1, 3])
    assert panel.compare.run_ids_drawn() == [1, 3]
    loss_items = panel.compare.loss_plot.getPlotItem().listDataItems()
    assert len(loss_items) == 4     # train dashed + validation solid per run
    assert sorted(it.name() for it in loss_items if it.name()) == ["#1 lr 0.1", "#3 lr 0.001"]
    assert not panel.compare.diff_text.isHidden()
    assert "optimizer.lr" in panel.compare.diff_text.toPlainText()
    panel.select_ids([1, 2, 3])
    assert panel.compare.run_ids_drawn() == [1, 2, 3] and panel.compare.diff_text.isHidden()


def test_compare_plots_show_no_numbers_until_runs_are_selected(qtbot, panel):
    from PySide6.QtWidgets import QApplication

    from netbuilder.views import theme

    def numbered(plot):
        item = plot.getPlotItem()
        return [item.getAxis(n).style["showValues"] for n in ("bottom", "left")] + [item.ctrl.xGridCheck.isChecked()]
    plots = (panel.compare.loss_plot, panel.compare.acc_plot)
    assert panel.compare.run_ids_drawn() == []
    assert all(numbered(p) == [False, False, False] for p in plots)  # no 0-1 frame claiming data
    panel.select_ids([2])
    assert all(numbered(p) == [True, True, True] for p in plots)
    panel.select_ids([])
    theme.apply_theme(QApplication.instance(), theme.DARK)  # a restyle keeps the grid off
    try:
        assert all(numbered(p) == [False, False, False] for p in plots)
    finally:
        theme.apply_theme(QApplication.instance(), theme.LIGHT)


def test_search_filters_rows(panel):
    panel.search.setText("best")
    assert panel.proxy.rowCount() == 1 and panel.proxy.index(0, 0).data() == "3"
    panel.search.setText("0.01")
    assert {panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())} == {"2"}
    panel.search.clear()
    assert panel.proxy.rowCount() == 3


def test_sorting_by_test_accuracy_is_numeric(panel):
    from PySide6.QtCore import Qt
    panel.table.sortByColumn(panel.model.headers.index("Test acc"), Qt.SortOrder.AscendingOrder)
    assert [panel.proxy.index(r, 0).data() for r in range(3)] == ["1", "2", "3"]


def test_hovering_a_curve_names_its_run(qtbot, panel):
    import pyqtgraph as pg
    panel.select_ids([2])
    qtbot.wait(50)
    plot = panel.compare.loss_plot
    vb = plot.getPlotItem().vb
    item, run, what = panel.compare.curves[0]
    xs, ys = item.getData()
    pos = vb.mapViewToScene(pg.Point(float(xs[1]), float(ys[1])))
    plot.scene().sigMouseMoved.emit(pos)
    assert f"#{run.id}" in panel.compare.hover_label.text() and "epoch 2" in panel.compare.hover_label.text()


def test_open_and_delete(qtbot, panel, store):
    panel.select_ids([2])
    with qtbot.waitSignal(panel.open_requested) as sig:
        panel.open_button.click()
    assert sig.args == [2]
    panel.select_ids([1, 2])
    panel.delete_button.click()
    assert store.ids() == {3} and panel.proxy.rowCount() == 1
