"""PySide6 6.12.0 on Python 3.11 loses a reference to True on every signal emit and to None on every
void call; without the workaround a few thousand of them abort the interpreter."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from netbuilder.training.qt_workarounds import protect_singletons

protect_singletons()  # what the application does once at start (the test suite's conftest does too)


class Emitter(QObject):
    fired = Signal(int)


def test_many_emits_and_void_calls_do_not_kill_the_interpreter(qtbot):
    e = Emitter()
    got = []
    e.fired.connect(got.append)
    label = QLabel()
    n = min(sys.getrefcount(True), 200_000) + 1_000  # more than True's count before the workaround
    for i in range(n):
        e.fired.emit(i)
    for i in range(min(sys.getrefcount(None), 200_000) + 1_000):
        label.setText("x")
    assert len(got) == n
