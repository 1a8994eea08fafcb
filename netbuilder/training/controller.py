"""The window's handle on training: one small QObject with a state machine and the signals the live
views listen to.

It owns at most one worker thread at a time. While that thread runs, every command (learning rate,
layer or sample selection, reset, save/load weights) is queued to the worker, which applies it
between two batches; once the thread has ended, the controller holds the session and applies the
same commands itself on the GUI thread (they are cheap: one forward pass of one sample).

States: idle → loading → running ⇄ paused → finished; a NaN/Inf loss moves running → diverged,
which is paused with an explanation: lower the learning rate and Resume.
"""

from __future__ import annotations

import copy
import functools
import sys
import time

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from netbuilder.training.session import SessionError, load_session
from netbuilder.training.snapshots import DIVERGED, FINISHED, IDLE, LOADING, PAUSED, RUNNING, RunEnd
from netbuilder.training.worker import TrainingWorker

ACTIVE = (LOADING, RUNNING, PAUSED, DIVERGED)
# The worker's Python code between numpy calls holds the GIL; a repaint makes hundreds of Python
# callbacks, and with Python's default 5 ms switch interval each may wait that long for the GIL,
# so one plot redraw could freeze the window for a second. 1 ms keeps the GUI thread's waits
# short; the worker spends most of its time in numpy, which releases the GIL anyway.
GIL_SWITCH_INTERVAL = 0.001


def _prepare(doc, data, overrides, layer, sample, weights):
    """Runs in the worker thread: freeze the spec, load the data, build the network."""
    session = load_session(doc, data, overrides)
    if layer is not None:
        session.select_layer(layer)
    session.select_sample(sample)
    if weights:
        session.load_weights(weights)
    return session


class TrainingController(QObject):
    stateChanged = Signal(str)          # one of snapshots.STATES
    runStarted = Signal(object)         # RunInfo: views clear and lay themselves out (also after Reset)
    progress = Signal(object)           # BatchProgress, up to ~50/s
    epochEnded = Signal(object)         # EpochSummary
    visuals = Signal(object)            # Visuals, up to ~10/s
    results = Signal(object)            # Results after training (None if there was nothing to test on)
    diverged = Signal(str)              # the explanation; the state is now "diverged"
    message = Signal(str)               # something worked: for the status bar
    error = Signal(str)                 # something failed: worth a dialog or a red status line
    finished = Signal(object)           # RunEnd, once the thread's work is over
    selectionChanged = Signal(int, int)  # layer, sample: highlight the card, move the sample stepper
    cleared = Signal()                  # trained weights discarded: views return to "no data yet"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = IDLE
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
        # How much to lengthen the worker's snapshot interval (≥ 1): the live panel installs its
        # GUI-load governor here; without views there is nothing to slow down for.
        self.visual_pacing = lambda: 1.0
        self._run_id = 0
        self._steps = 0
        self._weights_loaded = False
        self._deferred: list = []
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
        return self.state != IDLE and (self._steps > 0 or self._weights_loaded)

    # --- starting and stopping ---------------------------------------------------------------
    def start(self, doc: dict, data=None, overrides: dict | None = None, paused: bool = False,
              weights: str | None = None) -> bool:
        """Train a copy of `doc` on `data` (a SPEC string, a Dataset, or None for the document's own).
        Returns at once: loading the data and building the network happen in the worker thread.
        `paused`: stop before the first batch (then Step or Resume); `weights`: a .npz to start from."""
        if self.state in ACTIVE:
            self.error.emit("Training is already running; stop it first.")
            return False
        self._join_old_thread()
        frozen = copy.deepcopy(doc)  # the worker never sees the live document
        source = functools.partial(_prepare, frozen, data, dict(overrides or {}), self.selected_layer,
                                   self.selected_sample, weights)
        self.session = None
        self.last_visuals = self.last_results = None
        self._deferred = []
        self._steps = 0
        self._weights_loaded = bool(weights)
        self._launch(source, paused=paused, announce=True)
        return True

    def evaluate(self) -> bool:
        """Test the current weights again (after Load weights on a finished run), in the background."""
        if self.session is None or self.state in ACTIVE:
            return False
        session, self.session = self.session, None
        self._launch(session, paused=False, announce=False)
        self.worker.stop()
        return True

    def _launch(self, source, paused: bool, announce: bool) -> None:
        if sys.getswitchinterval() > GIL_SWITCH_INTERVAL:
            sys.setswitchinterval(GIL_SWITCH_INTERVAL)
        self._run_id += 1
        self.worker = TrainingWorker(self._run_id, source, start_paused=paused,
                                     visuals_enabled=self.visuals_enabled, announce=announce)
        self.thread = QThread()
        self.thread.setObjectName(f"training-{self._run_id}")
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        w = self.worker
        w.ready.connect(self._on_ready)
        w.stateChanged.connect(self._on_state)
        w.progress.connect(self._on_progress)
        w.epochEnded.connect(self._on_epoch)
        w.visuals.connect(self._on_visuals)
        w.results.connect(self._on_results)
        w.diverged.connect(self._on_diverged)
        w.notice.connect(self._on_notice)
        w.failed.connect(self._on_failed)
        w.finished.connect(self._on_finished)
        self._set_state(LOADING)
        self.thread.start()

    def pause(self) -> None:
        if self.worker is not None and self.state in (LOADING, RUNNING):
            self.worker.pause()

    def resume(self) -> None:
        """Continue after Pause, or after a divergence (ideally with a lower learning rate)."""
        if self.worker is not None and self.state in (LOADING, PAUSED, DIVERGED):
            self.worker.resume()

    def step(self) -> None:
        """One batch, then paused. While running it pauses first."""
        if self.worker is None or self.state not in ACTIVE:
            return
        if self.state == RUNNING:
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
        self._run_id += 1  # the thread's last queued events are stale now
        self.session = self.worker.session
        self._set_state(FINISHED if self.session is not None else IDLE)
        return True

    def discard(self) -> None:
        """Forget the trained network (the architecture changed): stop any thread, back to idle."""
        self.shutdown()
        self._run_id += 1
        self.session = self.info = self.last_visuals = self.last_results = None
        self._steps = 0
        self._weights_loaded = False
        self._set_state(IDLE)
        self.cleared.emit()

    def _join_old_thread(self) -> None:
        if self.thread is not None and not self.thread.isFinished():
            self.thread.quit()
            self.thread.wait()

    # --- commands ----------------------------------------------------------------------------
    def set_lr(self, lr: float) -> bool:
        """Change the base learning rate from the next batch on (a schedule still scales it)."""
        return self._command("lr", float(lr))

    def select_layer(self, index: int) -> None:
        """The layer whose feature maps and histograms the views show (a pipeline card was clicked)."""
        self.selected_layer = int(index)
        self._command("layer", self.selected_layer)
        self._emit_selection()

    def select_sample(self, index: int) -> None:
        self.selected_sample = max(0, int(index))
        self._command("sample", self.selected_sample)
        self._emit_selection()

    def reset_weights(self) -> None:
        """Fresh starting weights. During a run: the run continues from them (curves restart);
        after a run: the trained network is discarded."""
        if not self._command("reset") and self.session is not None:
            self.discard()

    def save_weights(self, path) -> bool:
        """During a run the worker saves between two batches (then `message`); otherwise at once.
        After shutdown() this still works: closeEvent can offer to save."""
        if self._command("save", str(path)):
            return True
        self.error.emit("There are no weights to save yet: train the network or load weights first.")
        return False

    def load_weights(self, path) -> bool:
        """Into the running or finished network, checked against its architecture (`error` on a
        mismatch, network untouched). With no network yet, pass `weights=` to start() instead."""
        if self._command("load", str(path)):
            return True
        self.error.emit("Load weights into a network: start training (it may start paused) first.")
        return False

    def _command(self, name: str, *args) -> bool:
        """Route a command to whoever owns the network now; False when nobody does."""
        if self.worker is not None and self.worker.post(name, *args):
            return True
        if self.session is None:
            if self.worker is not None and self.state in ACTIVE:
                self._deferred.append((name, args))  # the worker is handing the network over
                return True
            return False
        if name == "reset":
            return False
        return self._apply(name, *args)

    def _apply(self, name: str, *args) -> bool:
        s = self.session
        actions = {"lr": (s.set_lr, "Learning rate set to {:g}"), "layer": (s.select_layer, None),
                   "sample": (s.select_sample, None), "save": (s.save_weights, "Weights saved to {}"),
                   "load": (s.load_weights, "Weights loaded from {}")}
        action, done = actions[name]
        try:
            action(*args)
        except SessionError as e:
            self.error.emit(str(e))
            return True
        if done:
            self.message.emit(done.format(*args))
        if name == "load":
            self._weights_loaded = True
        if name in ("layer", "sample", "load"):
            self._emit_visuals_now()
        return True

    def _emit_selection(self) -> None:
        layer = self.selected_layer if self.selected_layer is not None else (self.info.selected_layer if self.info else 0)
        sample = self.selected_sample
        if self.info is not None:
            layer = min(layer, len(self.info.layer_names) - 1)
            sample = min(sample, max(self.info.n_samples - 1, 0))
        self.selectionChanged.emit(layer, sample)

    def set_visuals_enabled(self, enabled: bool) -> None:
        """Turn the heavy snapshots off while no live view is visible: training gets that time back."""
        self.visuals_enabled = bool(enabled)
        if self.thread_running:
            self.worker.set_visuals_enabled(enabled)

    def _emit_visuals_now(self) -> None:
        if self.visuals_enabled and self.session is not None:
            self.last_visuals = self.session.visuals(trained_since_last=False)
            self.visuals.emit(self.last_visuals)

    # --- from the worker (queued onto the GUI thread) ----------------------------------------------
    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    def _current(self, run_id: int) -> bool:
        return run_id == self._run_id

    @Slot(int, object)
    def _on_ready(self, run_id, info) -> None:
        if self._current(run_id):
            self.info = info
            self._steps = 0
            self.runStarted.emit(info)
            self._emit_selection()

    @Slot(int, str)
    def _on_state(self, run_id, state) -> None:
        if self._current(run_id):
            self._set_state(state)

    @Slot(int, object)
    def _on_progress(self, run_id, progress) -> None:
        if self._current(run_id):
            self._steps = progress.steps
            self.progress.emit(progress)
            self.worker.ack_progress()

    @Slot(int, object)
    def _on_epoch(self, run_id, summary) -> None:
        if self._current(run_id):
            self.epochEnded.emit(summary)

    @Slot(int, object)
    def _on_visuals(self, run_id, visuals) -> None:
        if self._current(run_id):
            started = time.perf_counter()
            self.last_visuals = visuals
            self.visuals.emit(visuals)  # views draw synchronously: this measures their cost
            self.worker.ack_visuals(time.perf_counter() - started, self.visual_pacing())

    @Slot(int, object)
    def _on_results(self, run_id, results) -> None:
        if self._current(run_id):
            self.last_results = results
            self.results.emit(results)

    @Slot(int, str)
    def _on_diverged(self, run_id, text) -> None:
        if self._current(run_id):
            self._set_state(DIVERGED)
            self.diverged.emit(text)

    @Slot(int, str)
    def _on_notice(self, run_id, text) -> None:
        if self._current(run_id):
            self.message.emit(text)

    @Slot(int, str)
    def _on_failed(self, run_id, text) -> None:
        if self._current(run_id):
            self.error.emit(text)

    @Slot(int, object)
    def _on_finished(self, run_id, end) -> None:
        if not self._current(run_id):
            return
        self.last_end = end
        # The thread is quitting: from here on the network belongs to the GUI thread.
        self.session = self.worker.session
        self._set_state(FINISHED if self.session is not None else IDLE)
        deferred, self._deferred = self._deferred, []
        for name, args in deferred:
            if self.session is not None and name != "reset":
                self._apply(name, *args)
        self.finished.emit(end)
