"""Runs from the run history in the Lab: Open in Lab loads a stored run's network and final
weights beside this window's network, and the same weight swept in a sigmoid run and in its ReLU
twin lands on one chart, each curve the direct evaluation of the stored weights."""

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from netbuilder.analysis.weight_sweep import sweep_weight
from netbuilder.engine.network import Network
from netbuilder.engine.spec import parse_spec
from netbuilder.paths import resource
from netbuilder.runs import RunStore

XOR = json.loads(resource("examples", "playground_xor.json").read_text(encoding="utf-8"))


def deep(activation):
    doc = json.loads(json.dumps(XOR))
    doc["name"] = f"deep {activation}"
    doc["layers"] = [layer for _ in range(3) for layer in ({"type": "Dense", "units": 6}, {"type": activation})] + \
        [{"type": "Dense", "units": 2}, {"type": "Softmax"}]
    doc["training"]["epochs"] = 2
    return doc


def train(w, qtbot, doc):
    w.document.replace(doc)
    c = w.training
    with qtbot.waitSignal(c.finished, timeout=60_000):
        w.act_train.trigger()
    qtbot.waitUntil(lambda: c.state == "finished" and c.thread.isFinished(), timeout=10_000)
    return c.run_id


def stored_net(path, run_id):
    with RunStore(path, create=False) as store:
        run = store.get(run_id)
        net = Network(parse_spec(run.network), seed=run.seed or 0)
        net.load_state_dict(store.load_arrays(run_id, "weights"))
    return net


def wait_job(qtbot, lab):
    qtbot.waitUntil(lab.jobs.thread.isFinished, timeout=60_000)
    qtbot.waitUntil(lambda: not lab.jobs.bar.isVisible(), timeout=5_000)


def test_two_stored_runs_swept_side_by_side_in_the_lab(make_window, qtbot, isolated_run_store):
    w = make_window(deep("Sigmoid"))
    w.dialogs.train_again_answer = "fresh"
    sigmoid = train(w, qtbot, deep("Sigmoid"))
    relu = train(w, qtbot, deep("ReLU"))
    panel = w.run_history.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5_000)
    document = w.document.to_doc()
    panel.select_ids([sigmoid, relu])
    assert panel.lab_button.isEnabled() and not panel.open_button.isEnabled()
    menu = panel.context_menu()
    assert [a.text() for a in menu.actions()][:2] == ["Open", "Open in Lab"] and menu.actions()[1].isEnabled()
    lab = w.live.lab
    qtbot.mouseClick(panel.lab_button, Qt.MouseButton.LeftButton)
    wait_job(qtbot, lab)
    assert "done" in lab.jobs.label.text(), lab.jobs.label.text()
    assert lab.network_box.count() == 3 and lab.source.run_id == sigmoid  # the first chosen
    assert w.live.tabs.currentWidget() is lab and lab.isVisible()
    assert w.document.to_doc() == document and w.training.run_id == relu  # document and run untouched
    assert "Final weights from the run history" in lab.note.text()
    for k, run_id in enumerate((sigmoid, relu)):
        for key, value in stored_net(isolated_run_store, run_id).state_dict().items():
            np.testing.assert_array_equal(lab.stored[k].net.state_dict()[key], value)

    view = lab.sweep
    view.layer_box.setCurrentIndex(view.layer_box.findData(0))  # a first-layer weight, as in the write-up
    view.index_box.setValue(3)
    view.run_button.click()
    wait_job(qtbot, lab)
    view.keep()
    lab.choose_network(2)
    assert lab.source.run_id == relu
    assert view.layer_box.currentData() == 0 and view.index_box.value() == 3  # the same weight
    view.run_button.click()
    wait_job(qtbot, lab)
    curves = view.curves()
    assert len(curves) == 2
    assert curves[0].label.startswith(f"#{sigmoid} ") and curves[1].label.startswith(f"#{relu} ")
    drawn = [item for item in view.plot.plot_item.listDataItems() if len(item.xData) > 2]  # not the dots, tangents
    assert len(drawn) == 2 and view.key.names()[:2] == [c.label for c in curves]  # named in the key above
    for curve, item, run_id, source in zip(curves, drawn, (sigmoid, relu), lab.stored):
        net = stored_net(isolated_run_store, run_id)
        loss, _, _ = net.evaluate(source.x, source.y)
        assert curve.loss == pytest.approx(loss, rel=1e-5)  # the dot: the stored network's own loss
        direct = sweep_weight(net, source.x, source.y, 0, 3, points=41)
        np.testing.assert_allclose(item.yData, direct.losses, rtol=1e-5)
        assert curve.value == pytest.approx(net.layers[0].params["W"].reshape(-1)[3])
    lab.choose_network(0)
    assert lab.source is lab.live and lab.source.run_id is None  # this window's run again


def test_a_run_without_weights_says_so(make_window, qtbot, isolated_run_store):
    w = make_window(deep("Sigmoid"))
    run_id = train(w, qtbot, deep("Sigmoid"))
    with RunStore(isolated_run_store, create=False) as store:
        store._conn.execute("DELETE FROM artifacts WHERE run_id = ? AND name = 'weights'", (run_id,))
    w.run_history.open_in_lab([run_id])
    lab = w.live.lab
    wait_job(qtbot, lab)
    assert f"Run #{run_id} recorded no weights" in lab.jobs.label.text()
    assert lab.network_box.count() == 1
