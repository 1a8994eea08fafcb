"""While a background thread runs, cyclic garbage is collected in the GUI thread only, so a worker
never runs Qt destructors (a deadlock between Qt's connection mutex and the GIL,
training/gui_garbage.py); once the last one has finished, automatic collection is back."""

import gc
import json

from PySide6.QtCore import QObject

from netbuilder.paths import resource
from netbuilder.training import gui_garbage


class Cycle:
    def __init__(self):
        self.me = self


def test_a_training_run_moves_collection_to_the_gui_thread_until_it_ends(make_window, qtbot):
    doc = json.loads(resource("examples", "playground_xor.json").read_text(encoding="utf-8"))
    doc["training"]["epochs"] = 100_000
    w = make_window(doc)
    assert gc.isenabled()
    c = w.training
    with qtbot.waitSignal(c.progress, timeout=30_000):
        w.act_train.trigger()
    collector = gui_garbage.collector()
    assert not gc.isenabled() and collector.holds == 1 and c.thread in collector.running
    assert collector.timer.isActive() and collector.timer.thread() is w.thread()
    calls = []
    original = collector.collect_due
    collector.timer.timeout.disconnect(original)
    collector.timer.timeout.connect(lambda: calls.append(original()))
    try:
        qtbot.waitUntil(lambda: len(calls) >= 2, timeout=20_000)  # the GUI thread's timer collects (a busy CI machine served it every 2.5 s)
    finally:
        collector.timer.timeout.disconnect()
        collector.timer.timeout.connect(original)
    assert c.shutdown()
    qtbot.waitUntil(lambda: collector.holds == 0 and gc.isenabled(), timeout=5_000)
    assert c.thread not in collector.running  # a finished thread is no longer kept
    assert not collector.timer.isActive()


def test_holds_nest_and_collect_due_keeps_the_thresholds(qapp):
    parent = QObject()
    c = gui_garbage.GuiThreadCollector(parent)
    was = gc.isenabled()
    try:
        c.hold()
        c.hold()
        c.release()
        assert not gc.isenabled() and c.timer.isActive()  # one thread still runs
        gc.collect()
        kept = [Cycle() for _ in range(gc.get_threshold()[0] // 2)]
        assert c.collect_due() == 0  # generation 0 is not due yet
        del kept
        for _ in range(gc.get_threshold()[0] + 10):
            Cycle()
        assert c.collect_due() > 0
        c.release()
        assert gc.isenabled() == was and not c.timer.isActive()
        c.release()  # one too many does nothing
        assert c.holds == 0
    finally:
        gc.enable() if was else gc.disable()
