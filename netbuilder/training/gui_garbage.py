"""While a background thread runs, Python's cyclic garbage collector runs in the GUI thread only.

Why: the collector runs in whichever thread happens to allocate when a generation's threshold is
crossed. When that is the training thread (or the engine's pool threads, or a lab job) and the
garbage holds Qt objects (a closed dialog, a rebuilt menu, a window's wrappers in a reference
cycle), their C++ destructors run there: the worker then holds Qt's connection mutex while it
waits for the GIL, and the GUI thread holds the GIL while it waits for that mutex. Both stop for
good. It was seen as a test suite frozen inside `FlowLayout._arrange` with the training thread
inside `gc_collect_main`.

So while any such thread runs (`hold_while(thread)`), automatic collection is off and a timer in
the GUI thread does the same work on the same thresholds (generation 0 first, the older ones when
their counts are due), the way pyqtgraph's GarbageCollector does. When the last one has finished,
automatic collection is back. Only then, not for the whole session: collecting Qt wrappers at
other moments than Python would have chosen surfaced pyqtgraph items whose destructors call back
into half-cleared Python objects, and with no thread running there is nothing to protect.
Reference counting still frees almost everything at once; only cycles wait for the next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Slot

INTERVAL_MS = 500

_collector: "GuiThreadCollector | None" = None


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)
        self.holds = 0
        self._was_enabled = True
        # The running threads, held here so that no collection (nor a window closed under them) can
        # destroy a QThread whose thread still runs: Qt aborts the process then ("QThread: Destroyed
        # while thread is still running"), seen once in the test suite.
        self.running: list[QThread] = []

    def hold(self) -> None:
        """A background thread starts: from now on only this thread's timer collects."""
        self.holds += 1
        if self.holds == 1:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self.timer.start()

    @Slot()
    def release(self) -> None:
        """A background thread has finished; the last one gives automatic collection back."""
        self.running = [t for t in self.running if not t.isFinished()]
        if self.holds == 0:
            return
        self.holds -= 1
        if self.holds == 0:
            self.timer.stop()
            if self._was_enabled:
                gc.enable()

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


def collector() -> GuiThreadCollector | None:
    """The process's collector (made on first use, parented to the application), or None without one."""
    global _collector
    if _collector is None:
        app = QCoreApplication.instance()
        if app is None:
            return None
        _collector = GuiThreadCollector(app)
    return _collector


def hold_while(thread: QThread) -> None:
    """Call from the GUI thread just before `thread.start()`: collection stays in the GUI thread
    until `thread` has finished."""
    c = collector()
    if c is None:
        return
    c.hold()
    c.running.append(thread)
    # Queued: `finished` is emitted from the ending thread, and the timer belongs to this one.
    thread.finished.connect(c.release, Qt.ConnectionType.QueuedConnection)
