"""Which network the Lab works on, following the run: a copy of it whenever nobody trains it.

  paused / diverged  the worker makes the copy between two batches (TrainingController.copy_session),
                     so the Lab never reads arrays the training thread writes; Step, Reset and
                     Load weights while paused take a new copy,
  finished/stopped   the GUI thread owns the session and copies it directly,
  running / loading  no copy: the Lab waits (explaining a unit of a network that changes under the
                     feature-map view would show numbers of another network).
A copy that arrives after the run was resumed is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from netbuilder.run.control import Command, State
from netbuilder.views.lab.source import LabSource, source_from_session

STILL = frozenset({State.PAUSED, State.DIVERGED, State.FINISHED})


def _copy(session) -> LabSource:
    return source_from_session(session, paused=True)


class LabFollower(QObject):
    def __init__(self, controller, lab, parent=None):
        super().__init__(parent)
        self.controller, self.lab = controller, lab
        c = controller
        c.state_changed.connect(self._state_changed)
        c.finished.connect(lambda _end: self.refresh())
        c.run_started.connect(lambda _info: self.refresh())      # also Reset weights while paused
        c.progress.connect(self._progress)                       # a Step while paused
        c.command_done.connect(self._command_done)
        c.copied.connect(self._copied)
        self.refresh()

    @property
    def still(self) -> bool:
        return self.controller.state in STILL

    def refresh(self) -> None:
        """Ask for a fresh copy when the network stands still, else leave the Lab waiting."""
        c = self.controller
        if not self.still:
            self.lab.set_source(None)
        elif c.thread_running:
            c.copy_session(_copy)          # the worker owns the network: it copies between batches
        elif c.session is not None:
            self.lab.set_source(source_from_session(c.session))
        else:
            self.lab.set_source(None)

    def _state_changed(self, state: str) -> None:
        if State(state) in (State.PAUSED, State.DIVERGED):
            self.refresh()
        elif State(state) in (State.RUNNING, State.LOADING, State.IDLE):
            self.lab.set_source(None)

    def _progress(self, _progress) -> None:
        if self.controller.state in (State.PAUSED, State.DIVERGED):
            self.refresh()

    def _command_done(self, _text: str, command: str) -> None:
        if command in (Command.LOAD_WEIGHTS, Command.RESET) and self.controller.thread_running:
            self.refresh()

    def _copied(self, source) -> None:
        if isinstance(source, LabSource) and self.still and self.controller.thread_running:
            self.lab.set_source(source)
