"""Redraw scheduling for the live views: draw only what is visible, at a bounded rate, in steps.

Views that are not visible keep the newest data and draw it when shown, so hidden tabs cost
nothing; a redraw with several plots runs one plot per event-loop turn, and each plot's paint gets
a turn of its own, so the window stays responsive while it paints.
"""

from __future__ import annotations

import inspect
import time

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from netbuilder.views import theme
from netbuilder.views.live.budget import draw_budget

STEP_DELAY_MS = 8  # between the parts of a staggered redraw


class LazyView(QWidget):
    """Keeps the newest data while hidden and draws it when shown: hidden tabs cost nothing.

    Subclasses implement `redraw()`; `request_redraw()` draws now if visible (at most every
    `min_interval_ms`, stretched while the GUI thread is busy: see budget.py), otherwise when the
    view next becomes visible. A `redraw()` that is a
    generator is run one step per event-loop turn: with several plots, yielding after each one
    lets Qt paint them one at a time, so no single event keeps the window busy for long.

    A step that yields the widget it changed has that widget's paint held to a turn of its own,
    after the timers that came due meanwhile, and the next step waits until it has painted. Qt
    serves posted events (layout, paint) before timers, so otherwise a step and the paint it
    causes make one long turn: one step (10-20 ms) and one plot's paint (15-25 ms) back to back
    were the window's longest stalls, twice as long with another process on the same core."""

    min_interval_ms = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self._dirty = False
        self._steps = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._draw_if_dirty)
        self._held: QWidget | None = None  # changed by the last step, painted in the next turn
        self._paint_timer = QTimer(self)
        self._paint_timer.setSingleShot(True)
        self._paint_timer.timeout.connect(self._paint_held)
        self._clock = time.perf_counter
        self._last_draw = -1e9
        theme.notifier().changed.connect(self.request_redraw)  # colours and colour maps are drawn in

    @property
    def drawing(self) -> bool:
        """Something is waiting to be drawn or half drawn (tests wait for this to clear)."""
        return self._dirty or self._steps is not None

    def request_redraw(self) -> None:
        self._dirty = True
        if not self.isVisible() or self._steps is not None:
            return
        wait_ms = self.min_interval_ms * draw_budget().stretch - (self._clock() - self._last_draw) * 1000
        if wait_ms <= 0:
            self._draw_if_dirty()
        elif not self._timer.isActive():
            self._timer.start(int(wait_ms) + 1)

    def _draw_if_dirty(self) -> None:
        if self._dirty and self.isVisible() and self._steps is None:
            self._dirty = False
            self._last_draw = self._clock()
            result = self.redraw()
            if inspect.isgenerator(result):
                self._steps = result
                self._step()

    def _step(self) -> None:
        if self._steps is None:
            return
        try:
            changed = next(self._steps)
        except StopIteration:
            self._steps = None
            if self._dirty:
                self.request_redraw()
            return
        if isinstance(changed, QWidget):
            # Its updates are dropped until _paint_held, which repaints it whole (a live plot's
            # paint covered the whole plot anyway). 1 ms, not 0: a real timer, served after the
            # ones already due, where a 0 ms single shot is a posted event run before them.
            changed.setUpdatesEnabled(False)
            self._held = changed
            self._paint_timer.start(1)
            return
        # A real (not zero) timer: a 0 ms single shot is a posted event that runs before Qt paints
        # or serves timers, so the steps would still run back to back.
        QTimer.singleShot(STEP_DELAY_MS, self._step)

    def _paint_held(self) -> None:
        """Paint what the last step changed, now, then schedule the next step."""
        held, self._held = self._held, None
        if held is not None and shiboken6.isValid(held):
            held.setUpdatesEnabled(True)
            if held.isVisible():
                held.repaint()
        QTimer.singleShot(STEP_DELAY_MS, self._step)

    def redraw(self):
        raise NotImplementedError

    def showEvent(self, event):
        super().showEvent(event)
        if self._dirty:
            # After the first paint of what was there, not in the same event-loop turn (a 0 ms
            # timer is a posted event that runs before timers are served).
            QTimer.singleShot(STEP_DELAY_MS, self._draw_if_dirty)
