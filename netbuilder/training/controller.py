"""The window's handle on training: one small QObject that owns the worker thread's lifetime and
the run's state, and carries the worker's signals to the live views.

It owns at most one worker thread at a time. While that thread runs, the session's commands
(learning rate, layer or sample selection, reset, save/load weights) are queued to the worker,
which applies them between two batches; once the thread has ended, the controller holds the
session and applies the same commands itself on the GUI thread (they are cheap: one forward pass
of one sample). Which command is legal in which state is `netbuilder.run.control.ALLOWED`.

The worker's signals are connected straight to the controller's own (signal to signal). A worker
that is replaced, shut down or discarded is retired: the thread is joined, and whatever it had
queued for the GUI and not yet delivered is dropped, so a late event of an old run never reaches
the views.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import copy
import functools
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal

from netbuilder.run.control import ACTIVE, Command, State, allowed
from netbuilder.run.session import SessionError, open_session
from netbuilder.run.snapshots import RunEnd
from netbuilder.training import gui_garbage
from netbuilder.training.worker import TrainingWorker

# The worker's Python code between numpy calls holds the GIL; a repaint makes hundreds of Python
# callbacks, and with Python's default 5 ms switch interval each may wait that long for the GIL,
# so one plot redraw could freeze the window for a second. 1 ms keeps the GUI thread's waits
# short; the worker spends most of its time in numpy, which releases the GIL anyway.
GIL_SWITCH_INTERVAL = 0.001
# worker signal -> the controller signals it feeds
FORWARDED = {"ready": ("run_started",), "state_changed": ("state_changed",), "progress": ("progress",),
             "epoch_ended": ("epoch_ended",), "visuals": ("visuals",), "results": ("results",),
             "diverged": ("diverged",), "done": ("message", "command_done"),
             "failed": ("error", "command_failed"), "finished": ("finished",),
             "recorded": ("recorded",), "copied": ("copied",)}


class TrainingController(QObject):
    state_changed = Signal(str)          # a run.control.State value
    run_started = Signal(object)         # RunInfo: views clear and lay themselves out (also after Reset)
    progress = Signal(object)            # BatchProgress, up to ~10/s
    epoch_ended = Signal(object)         # EpochSummary
    visuals = Signal(object)             # Visuals, throttled
    results = Signal(object)             # Results after training (None if there was nothing to test on)
    diverged = Signal(str)               # the explanation; the state becomes "diverged"
    message = Signal(str)                # something worked: for the status bar
    error = Signal(str)                  # something failed: worth a dialog or a red status line
    command_done = Signal(str, str)      # text, Command: e.g. weights saved
    command_failed = Signal(str, str)    # text, Command ("" when the run could not be built)
    finished = Signal(object)            # RunEnd, once the thread's work is over
    selection_changed = Signal(int, int)  # layer, sample: highlight the card, move the sample stepper
    cleared = Signal()                   # trained weights discarded: views return to "no data yet"
    recorded = Signal(int, str)          # run id in the run history (-1: not recorded), a problem ("": none)
    copied = Signal(object)              # what copy_session's function made of the session

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = State.IDLE
        self.thread: QThread | None = None
        self.worker: TrainingWorker | None = None
        self.session = None              # only while no thread runs
        self.info = None                 # RunInfo of the current run
        self.last_visuals = None
        self.last_results = None
        self.last_end: RunEnd | None = None
        self.selected_layer: int | None = None
        self.selected_sample = 0
        self.visuals_enabled = True
        self.record_runs = True          # every run goes into the run history (run/recording.py)
        self.run_id: int | None = None   # the current run's id there
        self.opened_run = False          # the weights came from run_id in the history (not trained here)
        self._data = None                # the data the current run was started on
        # How much to lengthen the worker's snapshot interval (≥ 1): the live panel installs its
        # GUI-load governor here; without views there is nothing to slow down for.
        self.visual_pacing = lambda: 1.0
        self._steps = 0
        self._weights_loaded = False
        self._deferred: list = []
        self._drawing_since = 0.0
        # The controller's own bookkeeping hears each signal first (connected before any view).
        self.run_started.connect(self._remember_run)
        self.state_changed.connect(self._remember_state)
        self.progress.connect(self._remember_steps)
        self.visuals.connect(self._remember_visuals)
        self.results.connect(lambda results: setattr(self, "last_results", results))
        self.finished.connect(self._take_over)
        self.recorded.connect(self._remember_run_id)
        app = QCoreApplication.instance()
        if app is not None:  # a safety net: never let Qt destroy a running thread at exit
            app.aboutToQuit.connect(self.shutdown)

    # --- facts ------------------------------------------------------------------------------
    @property
    def thread_running(self) -> bool:
        return self.thread is not None and not self.thread.isFinished()

    @property
    def has_trained_weights(self) -> bool:
        """Whether discarding the network now would throw away learning (ask the user first)."""
        return self.state != State.IDLE and (self._steps > 0 or self._weights_loaded)

    def allows(self, command: Command) -> bool:
        return allowed(self.state, command)

    # --- starting and stopping ---------------------------------------------------------------
    def start(self, doc, data=None, overrides: dict | None = None, paused: bool = False,
              weights: str | None = None, record: bool = True) -> bool:
        """Train a copy of `doc` (a network dict, or a NetworkSpec already validated, which is not
        parsed again) on `data` (a SPEC string, a Dataset, or None for the document's own).
        Returns at once: loading the data and building the network happen in the worker thread.
        `paused`: stop before the first batch (then Step or Resume); `weights`: a .npz to start from;
        `record`: keep the run in the run history (unless `record_runs` is off)."""
        if not self.allows(Command.TRAIN):
            self.error.emit("Training is already running; stop it first.")
            return False
        frozen = copy.deepcopy(doc)  # the worker never sees the live document
        source = functools.partial(open_session, frozen, data, dict(overrides or {}), layer=self.selected_layer,
                                   sample=self.selected_sample, weights=weights)
        self.session = None
        self.last_visuals = self.last_results = None
        self._deferred = []
        self._steps = 0
        self._weights_loaded = bool(weights)
        self.run_id, self.opened_run, self._data = None, False, data
        self._launch(source, paused=paused, announce=True, record=self._recording(data) if record else None)
        return True

    def continue_training(self, epochs: int) -> bool:
        """Train the finished (or stopped) run `epochs` more epochs from its weights and optimizer state (Adam's
        moments, the step count, the schedule's position), recorded as a continuation of the same
        run. The views keep their curves: no new run is announced. A run opened from the history
        (its optimizer state was not kept) trains on as a new run whose parent is the opened one."""
        if self.session is None or self.state != State.FINISHED or epochs < 1:
            return False
        session, self.session = self.session, None
        trainer = session.trainer
        trainer.settings["epochs"] = trainer.epoch + int(epochs)  # a schedule stretches over the new total
        trainer.stopped_early = False
        trainer.divergence = None
        self.last_results = None
        record = (self._recording(self._data, parent=self.run_id) if self.opened_run
                  else self._recording(self._data, resume=self.run_id))
        self.opened_run = False
        self._launch(session, paused=False, announce=False, record=record)
        return True

    def _recording(self, data, resume: int | None = None, parent: int | None = None):
        if not self.record_runs:
            return None
        from netbuilder.run.recording import SessionRecording
        return functools.partial(SessionRecording.begin, data=data if isinstance(data, str) else None,
                                 resume=resume, parent=parent)

    def evaluate(self) -> bool:
        """Test the current weights again (after Load weights on a finished run), in the background."""
        if self.session is None or not self.allows(Command.EVALUATE):
            return False
        session, self.session = self.session, None
        self._launch(session, paused=False, announce=False)
        self.worker.stop()
        return True

    def _launch(self, source, paused: bool, announce: bool, record=None) -> None:
        self._join_old_thread()
        self._retire_worker()
        if sys.getswitchinterval() > GIL_SWITCH_INTERVAL:
            sys.setswitchinterval(GIL_SWITCH_INTERVAL)
        self.worker = w = TrainingWorker(source, start_paused=paused, visuals_enabled=self.visuals_enabled,
                                         announce=announce, record=record)
        self.thread = QThread()
        self.thread.setObjectName("training")
        w.moveToThread(self.thread)
        self.thread.started.connect(w.run)
        for name, targets in FORWARDED.items():
            for target in targets:
                getattr(w, name).connect(getattr(self, target))
        # After the views have had the event (queued in this order): pace the worker.
        w.ready.connect(self._emit_selection)
        w.progress.connect(self._progress_drawn)
        w.visuals.connect(self._visuals_drawn)
        self._set_state(State.LOADING)
        gui_garbage.hold_while(self.thread)  # no garbage collection in the worker meanwhile (a deadlock)
        self.thread.start()

    def copy_session(self, make) -> bool:
        """`make(session)` run by whoever owns the network now — the worker between two batches
        (a paused run: at once), or this thread once no thread is left — and its result emitted
        with `copied`. `make` must return copies only (the lab's LabSource), never the session's
        own arrays. False when there is no network."""
        if self.worker is not None and self.worker.copy_session(make):
            return True
        if self.session is None:
            return False
        self.copied.emit(make(self.session))
        return True

    def pause(self) -> None:
        if self.worker is not None and self.allows(Command.PAUSE):
            self.worker.pause()

    def resume(self) -> None:
        """Continue after Pause, or after a divergence (ideally with a lower learning rate)."""
        if self.worker is not None and self.allows(Command.RESUME):
            self.worker.resume()

    def hold(self) -> bool:
        """Pause while the user answers a question. True when this paused a run the user had going,
        so `release(True)` resumes it; a run the user paused (or that diverged) stays as it was.
        The worker is told directly: the "paused" state arrives later, and a resume checked
        against the still-"running" state would be refused, leaving the run paused."""
        held = self.worker is not None and self.thread_running and self.state in (State.LOADING, State.RUNNING)
        if held:
            self.worker.pause()
        return held

    def release(self, held: bool) -> None:
        """After the question: resume what `hold` paused, and nothing else."""
        if held and self.worker is not None and self.thread_running:
            self.worker.resume()

    def step(self) -> None:
        """One batch, then paused. While running it pauses first."""
        if self.worker is None or self.state not in ACTIVE:
            return
        if self.state == State.RUNNING:
            self.worker.pause()
        else:
            self.worker.step()

    def stop(self) -> None:
        """End training after the current batch; the test split is then evaluated (results signal)."""
        if self.worker is not None and self.thread_running:
            self.worker.stop()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Stop and join the thread, skipping the final evaluation: for closeEvent. Afterwards the
        trained weights are still here (save_weights works). False if the thread did not end in time."""
        if not self.thread_running:
            return True
        self.worker.stop(abort=True)
        self.thread.quit()
        if not self.thread.wait(timeout_ms):
            return False
        self._retire_worker()  # the thread's last queued events are stale now
        self.session = self.worker.session
        self._set_state(State.FINISHED if self.session is not None else State.IDLE)
        return True

    def discard(self) -> None:
        """Forget the trained network (the architecture changed): stop any thread, back to idle."""
        self.shutdown()
        self._retire_worker()
        self.session = self.info = self.last_visuals = self.last_results = self.run_id = None
        self._steps = 0
        self._weights_loaded = False
        self._set_state(State.IDLE)
        self.cleared.emit()

    def _join_old_thread(self) -> None:
        if self.thread is not None and not self.thread.isFinished():
            self.thread.quit()
            self.thread.wait()

    def _retire_worker(self) -> None:
        """Nothing more from the current worker reaches the views: cut it off and drop what it
        already queued for this thread (its signals are delivered as events posted here)."""
        if self.worker is not None:
            QObject.disconnect(self.worker, None, self, None)
        QCoreApplication.removePostedEvents(self, QEvent.Type.MetaCall)

    # --- commands ----------------------------------------------------------------------------
    def set_lr(self, lr: float) -> bool:
        """Change the base learning rate from the next batch on (a schedule still scales it)."""
        return self.allows(Command.SET_LR) and self._command(Command.SET_LR, float(lr))

    def select_layer(self, index: int) -> None:
        """The layer whose feature maps and histograms the views show (a pipeline card was clicked)."""
        self.selected_layer = int(index)
        self._command(Command.SELECT_LAYER, self.selected_layer)
        self._emit_selection()

    def select_sample(self, index: int) -> None:
        self.selected_sample = max(0, int(index))
        self._command(Command.SELECT_SAMPLE, self.selected_sample)
        self._emit_selection()

    def reset_weights(self) -> None:
        """Fresh starting weights. During a run: the run continues from them (curves restart);
        after a run: the trained network is discarded."""
        if not self.allows(Command.RESET):
            return
        if not self._command(Command.RESET) and self.session is not None:
            self.discard()

    def save_weights(self, path) -> bool:
        """During a run the worker saves between two batches (then `command_done`); otherwise at
        once. After shutdown() this still works: closeEvent can offer to save."""
        if self.allows(Command.SAVE_WEIGHTS) and self._command(Command.SAVE_WEIGHTS, str(path)):
            return True
        self._failed(translate("Run", "There are no weights to save yet: train the network or load weights first."),
                     Command.SAVE_WEIGHTS)
        return False

    def load_weights(self, path) -> bool:
        """Into the running or finished network, checked against its architecture (`command_failed`
        on a mismatch, network untouched). With no network yet, pass `weights=` to start() instead."""
        if self.state != State.IDLE and self._command(Command.LOAD_WEIGHTS, str(path)):
            return True
        self._failed(translate("Run", "Load weights into a network: start training (it may start paused) first."),
                     Command.LOAD_WEIGHTS)
        return False

    def _command(self, command: Command, value=None) -> bool:
        """Route a command to whoever owns the network now; False when nobody does."""
        if self.worker is not None and self.worker.post(command, value):
            return True
        if self.session is None:
            if self.worker is not None and self.state in ACTIVE:
                self._deferred.append((command, value))  # the worker is handing the network over
                return True
            return False
        if command == Command.RESET:
            return False
        self._apply(command, value)
        return True

    def _apply(self, command: Command, value) -> None:
        """A command on the GUI thread, once no thread is left: the session applies it."""
        try:
            text = self.session.apply(command, value)
        except SessionError as e:
            self._failed(str(e), command)
            return
        if text:
            self.message.emit(text)
            self.command_done.emit(text, command)
        if command == Command.LOAD_WEIGHTS:
            self._weights_loaded = True
        if command in (Command.SELECT_LAYER, Command.SELECT_SAMPLE, Command.LOAD_WEIGHTS):
            self._emit_visuals_now()

    def _failed(self, text: str, command: Command) -> None:
        self.error.emit(text)
        self.command_failed.emit(text, command)

    def _emit_selection(self, *_info) -> None:
        layer = self.selected_layer if self.selected_layer is not None else (self.info.selected_layer if self.info else 0)
        sample = self.selected_sample
        if self.info is not None:
            layer = min(layer, len(self.info.layer_names) - 1)
            sample = min(sample, max(self.info.n_samples - 1, 0))
        self.selection_changed.emit(layer, sample)

    def set_visuals_enabled(self, enabled: bool) -> None:
        """Turn the heavy snapshots off while no live view is visible: training gets that time back."""
        self.visuals_enabled = bool(enabled)
        if self.thread_running:
            self.worker.set_visuals_enabled(enabled)

    def _emit_visuals_now(self) -> None:
        if self.visuals_enabled and self.session is not None:
            self.visuals.emit(self.session.visuals(trained_since_last=False))

    # --- bookkeeping on the controller's own signals (it hears them before the views) ---------------
    def _set_state(self, state: State) -> None:
        if state != self.state:
            self.state_changed.emit(state)

    def _remember_state(self, state: str) -> None:
        self.state = State(state)

    def _remember_run(self, info) -> None:
        self.info = info
        self._steps = 0

    def _remember_run_id(self, run_id: int, _problem: str) -> None:
        if run_id >= 0:
            self.run_id = run_id

    def _remember_steps(self, progress) -> None:
        self._steps = progress.steps

    def _remember_visuals(self, visuals) -> None:
        self.last_visuals = visuals
        self._drawing_since = time.perf_counter()

    def _take_over(self, end) -> None:
        """The thread is quitting: from here on the network belongs to the GUI thread."""
        self.last_end = end
        self.session = self.worker.session
        self._set_state(State.FINISHED if self.session is not None else State.IDLE)
        deferred, self._deferred = self._deferred, []
        for command, value in deferred:
            if self.session is not None and command != Command.RESET:
                self._apply(command, value)

    # --- after the views have drawn a worker's snapshot: let it send the next -------------------------
    def _progress_drawn(self, _progress) -> None:
        self.worker.ack_progress()

    def _visuals_drawn(self, _visuals) -> None:
        # The views draw synchronously, between _remember_visuals and this: that is their cost.
        self.worker.ack_visuals(time.perf_counter() - self._drawing_since, self.visual_pacing())
