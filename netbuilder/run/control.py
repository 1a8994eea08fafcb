"""The run's policy in one table: its states, the commands a user can give, and which command is
legal in which state.

The session applies the commands that change the run (`Session.apply`), the Qt controller applies
the ones that drive its thread (pause, resume, stop, step), and the control bar, the Run menu and
the controller all ask `allowed()` — nobody keeps a copy of this table.

    idle ──train──▶ loading ──▶ running ⇄ paused ──stop/end──▶ finished ──train──▶ loading …
                                   │  NaN/Inf loss    ▲
                                   └──▶ diverged ──resume (with a lower learning rate)
"""

from __future__ import annotations

from enum import StrEnum


class State(StrEnum):
    """Where a run is. "diverged" behaves like "paused" but tells the user why it stopped."""
    IDLE = "idle"            # no run (or the trained network was discarded)
    LOADING = "loading"      # the worker loads the data and builds the network
    RUNNING = "running"
    PAUSED = "paused"
    DIVERGED = "diverged"    # a NaN/Inf loss: the weights were put back; lower the learning rate and resume
    FINISHED = "finished"    # the thread has ended; the trained network is still here


class Command(StrEnum):
    TRAIN = "train"                  # a new run from the document (fresh weights)
    PAUSE = "pause"
    RESUME = "resume"
    STOP = "stop"                    # end after the current batch, then evaluate
    STEP = "step"                    # one batch, then paused (from idle/finished: a paused run starts first)
    RESET = "reset"                  # fresh weights (during a run the run goes on from them)
    EVALUATE = "evaluate"            # test the current weights again (after loading weights into a finished run)
    SET_LR = "set_lr"
    SELECT_LAYER = "select_layer"    # the layer the live views look at
    SELECT_SAMPLE = "select_sample"
    SAVE_WEIGHTS = "save_weights"
    LOAD_WEIGHTS = "load_weights"    # from idle: a paused run starts from the weights


ACTIVE = frozenset({State.LOADING, State.RUNNING, State.PAUSED, State.DIVERGED})  # a worker thread owns the run
_ANY = frozenset(State)
_WHEN = {  # command -> the states in which it is legal
    Command.TRAIN: {State.IDLE, State.FINISHED},
    Command.PAUSE: {State.LOADING, State.RUNNING},
    Command.RESUME: {State.LOADING, State.PAUSED, State.DIVERGED},
    Command.STOP: ACTIVE,
    Command.STEP: _ANY,
    Command.RESET: {State.RUNNING, State.PAUSED, State.DIVERGED, State.FINISHED},
    Command.EVALUATE: {State.FINISHED},
    Command.SET_LR: ACTIVE,
    Command.SELECT_LAYER: _ANY,
    Command.SELECT_SAMPLE: _ANY,
    Command.SAVE_WEIGHTS: {State.RUNNING, State.PAUSED, State.DIVERGED, State.FINISHED},
    Command.LOAD_WEIGHTS: {State.IDLE, State.RUNNING, State.PAUSED, State.DIVERGED, State.FINISHED},
}
ALLOWED: dict[State, frozenset[Command]] = {
    state: frozenset(c for c, states in _WHEN.items() if state in states) for state in State}


def allowed(state: str, command: str) -> bool:
    """Whether `command` may be given in `state` (both as enum members or their string values)."""
    return Command(command) in ALLOWED[State(state)]
