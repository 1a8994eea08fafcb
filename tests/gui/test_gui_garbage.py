"""Cyclic garbage is collected in the GUI thread only, so a worker thread never runs Qt destructors
(a deadlock between Qt's connection mutex and the GIL, views/gui_garbage.py)."""

import gc

from netbuilder.views import gui_garbage


class Cycle:
    def __init__(self):
        self.me = self


def test_a_window_turns_automatic_collection_off_and_a_gui_thread_timer_collects(window, qtbot):
    collector = gui_garbage.installed()
    assert collector is not None and not gc.isenabled()  # no thread collects by itself
    assert collector.timer.isActive() and collector.timer.thread() is window.thread()
    calls = []
    original = collector.collect_due
    collector.timer.timeout.disconnect(original)
    collector.timer.timeout.connect(lambda: calls.append(original()))
    try:
        qtbot.waitUntil(lambda: len(calls) >= 2, timeout=5_000)
    finally:
        collector.timer.timeout.disconnect()
        collector.timer.timeout.connect(original)


def test_collect_due_keeps_the_thresholds(window):
    collector = gui_garbage.installed()
    gc.collect()
    kept = [Cycle() for _ in range(gc.get_threshold()[0] // 2)]
    assert collector.collect_due() == 0  # generation 0 is not due yet
    del kept
    for _ in range(gc.get_threshold()[0] + 10):
        Cycle()
    assert collector.collect_due() > 0


def test_stop_turns_automatic_collection_back_on(qapp):
    from PySide6.QtCore import QObject
    parent = QObject()
    was = gc.isenabled()
    c = gui_garbage.GuiThreadCollector(parent)
    try:
        assert not gc.isenabled()
        c.stop()
        assert gc.isenabled() and not c.timer.isActive()
    finally:
        if not was:
            gc.disable()
