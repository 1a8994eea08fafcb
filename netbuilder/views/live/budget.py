"""How busy the GUI thread is, and how much the live views should slow down because of it.

Every millisecond the GUI thread spends drawing is taken from training: much of pyqtgraph's drawing
is Python, which holds the GIL the worker needs between its numpy calls, and on a small machine
the cores are shared. The views' nominal redraw rates suit a typical window on a typical machine;
a big window, a slow machine or a remote display can make the same rates cost several times more.
So the GUI thread's own CPU time is sampled once a second, and when it exceeds SHARE of the wall
time, every view's redraw interval (and the worker's visual-snapshot interval) is stretched: the
views draw less often, never less. When the load falls, the stretch relaxes back to 1.

`python -m netbuilder.bench_gui` measures the result (target: views cost < 5 % of throughput).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

SHARE = 0.04        # of one core: what the GUI thread may spend while training runs
PERIOD_MS = 1000    # sampling period
MAX_STRETCH = 8.0   # views refresh at least at 1/8 of their nominal rate
DAMPING = 0.5       # exponent of each correction: halfway (in log terms) per period, no oscillation


class DrawBudget(QObject):
    """Samples the GUI thread's CPU share; `stretch` (≥ 1) multiplies the redraw intervals."""

    def __init__(self, parent=None, cpu_clock=time.thread_time, wall_clock=time.perf_counter):
        super().__init__(parent)
        self.stretch = 1.0
        self.share = 0.0
        self._cpu_clock, self._wall_clock = cpu_clock, wall_clock
        self._cpu, self._wall = cpu_clock(), wall_clock()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sample)
        self._timer.start(PERIOD_MS)

    def sample(self) -> None:
        """Measure the share since the last sample and correct the stretch towards SHARE.

        The stretch itself lowers the share it reacts to, so each correction is damped; the share
        that does not come from drawing (progress labels, user input) is simply paid for by a
        larger stretch, up to MAX_STRETCH."""
        cpu, wall = self._cpu_clock(), self._wall_clock()
        elapsed = wall - self._wall
        if elapsed <= 0:
            return
        self.share = max(0.0, cpu - self._cpu) / elapsed
        self._cpu, self._wall = cpu, wall
        factor = (max(self.share, 1e-6) / SHARE) ** DAMPING
        self.stretch = min(MAX_STRETCH, max(1.0, self.stretch * factor))


_budget: DrawBudget | None = None


def draw_budget() -> DrawBudget:
    """The process-wide budget (the GUI thread is one, whatever the number of views)."""
    global _budget
    if _budget is None:
        _budget = DrawBudget()
    return _budget
