"""Cyclic garbage is collected in the GUI thread only, so a worker thread never runs Qt destructors
(a deadlock between Qt's connection mutex and the GIL, views/gui_garbage.py)."""

import gc
import threading

from PySide6.QtWidgets import QWidget

from netbuilder.views import gui_garbage


class Cycle:
    def __init__(self):
        self.me = self
        self.widget = QWidget()


def test_a_window_turns_automatic_collection_off_and_the_timer_collects(window, qtbot):
    collector = gui_garbage.installed()
    assert collector is not None and collector.timer.isActive()
    assert not gc.isenabled()
    collected_in = []

    class Watched:  # no Qt object: widgets must not be made outside the GUI thread
        def __init__(self):
            self.me = self

        def __del__(self):
            collected_in.append(threading.current_thread().name)

    def make_garbage_from_a_thread():
        for _ in range(3 * gc.get_threshold()[0]):  # would cross generation 0's threshold here
            Watched()

    t = threading.Thread(target=make_garbage_from_a_thread, name="worker")
    t.start()
    t.join()
    assert collected_in == []  # nothing was collected in the worker
    qtbot.waitUntil(lambda: len(collected_in) > 0, timeout=5_000)
    assert set(collected_in) == {threading.main_thread().name}


def test_collect_due_keeps_the_thresholds(window):
    collector = gui_garbage.installed()
    gc.collect()
    assert collector.collect_due() == 0  # nothing due right after a full collection
    for _ in range(gc.get_threshold()[0] + 10):
        Cycle()
    assert collector.collect_due() > 0
