"""Python's cyclic garbage collector runs in the GUI thread only.

Why: the collector runs in whichever thread happens to allocate when a generation's threshold is
crossed. When that is the training thread and the garbage holds Qt objects (a closed dialog, a
menu rebuilt, a window's wrappers in a reference cycle), their C++ destructors run there: the
worker then holds Qt's connection mutex while it waits for the GIL, and the GUI thread holds the
GIL while it waits for that mutex. Both stop for good. It was seen as a test suite frozen inside
`FlowLayout._arrange` with the worker inside `gc_collect_main`.

So automatic collection is switched off and a timer in the GUI thread does the same work on the
same thresholds (generation 0 first, the older ones when their counts are due), the way
pyqtgraph's GarbageCollector does. Reference counting still frees almost everything at once;
only cycles wait for the next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500

_collector: "GuiThreadCollector | None" = None


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)
        gc.disable()
        self.timer.start()

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds; the objects found unreachable."""
        g0, g1, g2 = gc.get_count()
        found = 0
        if g0 > self.threshold[0]:
            found += gc.collect(0)
            if g1 > self.threshold[1]:
                found += gc.collect(1)
                if g2 > self.threshold[2]:
                    found += gc.collect(2)
        return found

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


def install() -> GuiThreadCollector:
    """Once per process, from the GUI thread, after the QApplication exists."""
    global _collector
    if _collector is None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("install the GUI-thread garbage collector after creating the QApplication")
        _collector = GuiThreadCollector(app)
    return _collector


def installed() -> GuiThreadCollector | None:
    return _collector
