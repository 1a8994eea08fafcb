"""The training thread's object: the only code that touches the network while it trains.

It runs `Trainer.step()` one batch at a time in its own QThread. Control arrives through
thread-safe flags and a command queue checked between batches (its thread has no event loop
while it trains, so queued slot calls would never run); results leave only through signals
carrying snapshot copies.

Two kinds of back-pressure keep the GUI fluid and training fast: a new progress or visuals
snapshot is emitted only after the GUI has acknowledged the previous one (so events never pile up
when drawing is slow), and visuals are further limited by wall time and by their own cost, so
looking inside the network takes a bounded share of the training time.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import collections
import threading
import time
import traceback

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from netbuilder.run.blas import limit_blas_threads_here
from netbuilder.run.control import Command, State
from netbuilder.run.session import SessionError
from netbuilder.run.snapshots import BatchProgress, EpochSummary, RunEnd

PROGRESS_INTERVAL = 0.1    # s: at most 10 progress emissions per second (smooth to the eye), extra batches are coalesced
VISUAL_INTERVAL = 0.4      # s: at most ~2.5 visual snapshots per second (more cost throughput, see bench_gui)
VISUAL_SHARE = 0.02        # visuals may take at most this share of the time (worker + GUI drawing)
IDLE_WAIT = 0.5            # s: a paused worker re-checks its flags at least this often
CHANGES_VISUALS = frozenset({Command.SELECT_LAYER, Command.SELECT_SAMPLE, Command.RESET, Command.LOAD_WEIGHTS})


class TrainingWorker(QObject):
    # Results leave only through these; the controller forwards them signal-to-signal.
    ready = Signal(object)           # RunInfo, after loading and after Reset weights
    state_changed = Signal(str)      # running / paused / diverged
    progress = Signal(object)        # BatchProgress
    epoch_ended = Signal(object)     # EpochSummary
    visuals = Signal(object)         # Visuals
    results = Signal(object)         # Results (or None when there is nothing to evaluate on)
    diverged = Signal(str)           # what probably happened and what to try
    done = Signal(str, str)          # a command worked: text for the user, the Command
    failed = Signal(str, str)        # loading or a command failed: text for the user, the Command ("" for loading)
    finished = Signal(object)        # RunEnd; the thread quits right after
    recorded = Signal(int, str)      # run id in the run history (-1: not recorded), why not ("" if it is)
    copied = Signal(object)          # what a `copy_session` function returned, made between two batches

    def __init__(self, source, start_paused: bool = False, visuals_enabled: bool = True, announce: bool = True,
                 record=None):
        """`source`: a run Session, or a callable that builds one (loading data: slow, so it runs
        here in the worker thread, never on the GUI thread). `record(session)`: None, or a callable
        returning (SessionRecording or None, problem) — run/recording.py — called here once the
        session exists, so the run history is written from this thread too."""
        super().__init__()
        self._source = source
        self._announce = announce
        self._record = record
        self._recording = None
        self._closed = False  # no more commands: the loop is over
        self.session = None
        self.status = None
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._running = threading.Event()
        if not start_paused:
            self._running.set()
        self._stop = threading.Event()
        self._abort = False
        self._steps_requested = 0
        self._commands: collections.deque = collections.deque()
        self._copies: collections.deque = collections.deque()
        self._progress_acked = threading.Event()
        self._progress_acked.set()
        self._visuals_acked = threading.Event()
        self._visuals_acked.set()
        self.visuals_enabled = visuals_enabled
        self._gui_visual_cost = 0.0
        self._visual_stretch = 1.0
        self._state = None
        self._active = self._visual_seconds = 0.0
        self._images = 0

    # --- control, called from the GUI thread --------------------------------------------------
    def pause(self) -> None:
        self._running.clear()
        self._wake.set()

    def resume(self) -> None:
        self._running.set()
        self._wake.set()

    def step(self) -> None:
        """Train exactly one batch while paused (or diverged)."""
        with self._lock:
            self._steps_requested += 1
        self._wake.set()

    def stop(self, abort: bool = False) -> None:
        """Leave after the current batch. `abort`: also skip the final evaluation (closing the window)."""
        self._abort = self._abort or abort
        self._stop.set()
        self._wake.set()

    def post(self, command: Command, value=None) -> bool:
        """Queue one of the session's commands (Session.apply) for between two batches.
        False once the training loop is over (the caller then owns the session)."""
        with self._lock:
            if self._closed:
                return False
            self._commands.append((Command(command), value))
        self._wake.set()
        return True

    def copy_session(self, make) -> bool:
        """Have `make(session)` run in this thread between two batches (paused: at once) and its
        result sent with `copied`. The lab uses it for a private copy of a paused run's network:
        made here, where the network is not being trained at that moment, and holding no array of
        the session's that training will write to, so resuming is unaffected. False once the loop
        is over (the caller then owns the session and can copy it itself)."""
        with self._lock:
            if self._closed:
                return False
            self._copies.append(make)
        self._wake.set()
        return True

    def ack_progress(self) -> None:
        self._progress_acked.set()
        self._wake.set()

    def ack_visuals(self, gui_seconds: float = 0.0, stretch: float = 1.0) -> None:
        """The GUI has drawn the last visuals, taking `gui_seconds`: counted against the budget.
        `stretch` ≥ 1 lengthens the interval to the next snapshot while the GUI thread is busy."""
        self._gui_visual_cost = gui_seconds
        self._visual_stretch = max(1.0, float(stretch))
        self._visuals_acked.set()
        self._wake.set()

    def set_visuals_enabled(self, enabled: bool) -> None:
        self.visuals_enabled = bool(enabled)
        if enabled:
            self._visual_dirty = True
            self._wake.set()

    # --- the thread -----------------------------------------------------------------------
    @Slot()
    def run(self) -> None:
        end = RunEnd("failed", 0.0, 0.0, 0, 0.0)
        try:
            end = self._run()
        except Exception as e:  # a bug must not kill the thread silently or leave it running
            detail = "".join(traceback.format_exception_only(type(e), e)).strip()
            self.failed.emit(f"Training stopped because of an internal error: {detail}", "")
            traceback.print_exc()
            end = RunEnd("failed", self._rate(), self._active, self._images, self._visual_seconds, detail)
            self._end_recording("failed", None, detail)
        finally:
            with self._lock:
                self._closed = True
            self.status = end.status
            self.finished.emit(end)
            # Quit the thread directly: a queued quit would wait for a GUI loop that may be blocked
            # in shutdown()'s wait.
            QThread.currentThread().quit()

    def _run(self) -> RunEnd:
        limit_blas_threads_here()  # leave a core to the window (see run/blas.py)
        self._active = self._visual_seconds = 0.0
        self._images = 0
        self._recent = collections.deque(maxlen=30)  # (seconds, images) of recent batches
        self._pending = ([], [], [])
        self._last_progress = 0.0
        self._next_visual = 0.0
        self._visual_dirty = True
        self._batches_done = 0
        self._eta_base = 0.0  # active time before the last reset, which says nothing about the rest
        try:
            self.session = self._source() if callable(self._source) else self._source
        except SessionError as e:
            self.failed.emit(str(e), e.command or "")
            return RunEnd("failed", 0.0, 0.0, 0, 0.0, str(e))
        if self._announce:
            self.ready.emit(self.session.info())
        self._begin_recording()
        status = self._loop()
        with self._lock:
            self._closed = True
        self._run_commands()  # whatever arrived during the last batch
        trainer = self.session.trainer
        results = None
        if status != "aborted":
            self._flush_progress()
            if self.visuals_enabled:
                self._emit_visuals(trained=False)
            results = self.session.results()
            self.results.emit(results)
        message = trainer.divergence or ""
        self._end_recording("diverged" if message else status, results, message)
        return RunEnd(status, self._rate(), self._active, self._images, self._visual_seconds, message)

    # --- the run history (run/recording.py) ---------------------------------------------------------
    def _begin_recording(self, fresh: bool = False) -> None:
        """`fresh`: a new run even when this worker continues a recorded one (after Reset)."""
        if self._record is None:
            return
        self._recording, problem = self._record(self.session, **({"resume": None} if fresh else {}))
        self.recorded.emit(self._recording.run_id if self._recording is not None else -1, problem or "")

    def _end_recording(self, outcome: str, results, message: str = "") -> None:
        rec, self._recording = self._recording, None
        if rec is not None:
            problem = rec.end(outcome, results, message, session=self.session)
            if problem:
                self.recorded.emit(rec.run_id, problem)

    def _rate(self) -> float:
        return self._images / self._active if self._active > 0 else 0.0

    def _loop(self) -> str:
        while True:
            self._wake.clear()
            self._run_commands()
            trainer = self.session.trainer
            if self._stop.is_set():
                return "aborted" if self._abort else "stopped"
            if trainer.done and trainer.divergence is None:
                return "early_stopped" if trainer.stopped_early else "finished"
            stepping = False
            if self._running.is_set() and trainer.divergence is not None:
                trainer.divergence = None  # Resume after a divergence: try again from the kept weights
            if trainer.divergence is not None or not self._running.is_set():
                state = State.DIVERGED if trainer.divergence is not None else State.PAUSED
                with self._lock:
                    if self._steps_requested:
                        self._steps_requested -= 1
                        stepping = True
                if not stepping:
                    self._idle(state)
                    continue
                self._set_state(state)  # a Step leaves it paused
            else:
                self._set_state(State.RUNNING)
            trainer.divergence = None  # a Step after a divergence tries again too
            self._train_batch(stepping)

    def _idle(self, state: State) -> None:
        if self._state != state:
            self._flush_progress()
            self._set_state(state)
            self._visual_dirty = True
        if self._visual_dirty and self.visuals_enabled and self._visuals_acked.is_set():
            self._emit_visuals(trained=False)
        self._wake.wait(IDLE_WAIT)

    def _set_state(self, state: State) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _train_batch(self, stepping: bool) -> None:
        trainer = self.session.trainer
        started = time.perf_counter()
        report, epoch_report = trainer.step()
        if report is None:
            if trainer.divergence is not None:
                self._flush_progress()
                self._running.clear()
                self.diverged.emit(trainer.divergence)  # the why first, then the state
                self._set_state(State.DIVERGED)
                self._visual_dirty = True
            return
        bs = trainer.settings["batch_size"]
        n = min(bs, len(trainer.x) - report.batch * bs)
        trained = time.perf_counter()
        self._recent.append((trained - started, n))
        self._images += n
        self._batches_done += 1
        self._last_report = report
        if self._recording is not None:
            self._recording.on_batch(report)
        x = report.epoch + (report.batch + 1) / report.batches
        for store, value in zip(self._pending, (x, report.loss, report.accuracy)):
            store.append(value)
        if epoch_report is not None:
            self.session.trajectory.record(self.session.net, epoch_report.epoch + 1)
            if self._recording is not None and (problem := self._recording.on_epoch(epoch_report)):
                self.recorded.emit(self._recording.run_id, problem)
            self._flush_progress()
            self.epoch_ended.emit(EpochSummary(**vars(epoch_report)))
        self._active += trained - started
        if stepping or (trained - self._last_progress >= PROGRESS_INTERVAL and self._progress_acked.is_set()):
            self._flush_progress()
        if self.visuals_enabled and (stepping or self._visuals_due(trained)):
            self._emit_visuals(trained=True)
        self._active += time.perf_counter() - trained

    def _visuals_due(self, now: float) -> bool:
        return now >= self._next_visual and self._visuals_acked.is_set()

    def _emit_visuals(self, trained: bool) -> None:
        started = time.perf_counter()
        snapshot = self.session.visuals(trained_since_last=trained)
        self._visuals_acked.clear()
        self._visual_dirty = False
        self.visuals.emit(snapshot)
        cost = time.perf_counter() - started
        self._visual_seconds += cost
        self._next_visual = time.perf_counter() + max(VISUAL_INTERVAL * self._visual_stretch,
                                                       (cost + self._gui_visual_cost) / VISUAL_SHARE)

    def _flush_progress(self) -> None:
        xs, losses, accs = self._pending
        if not xs:
            return
        report = self._last_report
        trainer = self.session.trainer
        seconds = sum(s for s, _ in self._recent)
        rate = sum(n for _, n in self._recent) / seconds if seconds > 0 else 0.0
        remaining = (trainer.settings["epochs"] - report.epoch) * report.batches - (report.batch + 1)
        eta = remaining * (self._active - self._eta_base) / self._batches_done if self._batches_done >= 2 else None
        self.progress.emit(BatchProgress(
            epoch=report.epoch, batch=report.batch, batches=report.batches, epochs=trainer.settings["epochs"],
            x=np.array(xs), loss=np.array(losses), accuracy=np.array(accs), lr=report.lr,
            images_per_second=rate, eta_seconds=eta, elapsed_seconds=self._active, steps=report.step))
        self._pending = ([], [], [])
        self._progress_acked.clear()
        self._last_progress = time.perf_counter()

    def _run_commands(self) -> None:
        self._run_copies()
        while True:
            with self._lock:
                if not self._commands:
                    return
                command, value = self._commands.popleft()
            try:
                self._apply(command, value)
            except SessionError as e:
                self.failed.emit(str(e), command)

    def _run_copies(self) -> None:
        while True:
            with self._lock:
                if not self._copies:
                    return
                make = self._copies.popleft()
            try:
                copy = make(self.session)
            except Exception as e:  # a failed copy must not end the training
                self.failed.emit(f"{e.__class__.__name__}: {e}", "")
            else:
                self.copied.emit(copy)

    def _apply(self, command: Command, value) -> None:
        text = self.session.apply(command, value)
        if command == Command.RESET:
            if self._recording is not None:  # fresh weights: the run so far is kept, a new one begins
                self._end_recording("stopped", None, translate("Run", "Reset: training went on from fresh weights as a new run"))
                self._begin_recording(fresh=True)
            self._pending = ([], [], [])
            self._recent.clear()
            self._batches_done, self._eta_base = 0, self._active
            self.ready.emit(self.session.info())
        if text:
            self.done.emit(text, command)
        if command in CHANGES_VISUALS:
            self._visual_dirty = True
        if self._visual_dirty and self.visuals_enabled and self._state == State.RUNNING:
            self._next_visual = 0.0  # show the new selection at the next batch, not after the throttle
