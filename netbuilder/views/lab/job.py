"""Long lab computations in a background thread, with a progress bar and Cancel.

A job is a function job(progress, should_stop) -> result running on a private copy of the network
(see LabSource), so the GUI thread and the job never share arrays. One job at a time: starting a
new one cancels the old. Results come back through queued signals; after `finished` the thread is
over (tests wait for `thread.isFinished()`).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from netbuilder.analysis import Cancelled
from netbuilder.training import gui_garbage
from netbuilder.views.progress_bar import set_value_later
from netbuilder.views.translation import translate

PROGRESS_INTERVAL = 0.1  # seconds between progress signals


class LabThread(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job, parent=None):
        super().__init__(parent)
        self.job = job
        self._stop = False
        self._last = 0.0

    def cancel(self) -> None:
        self._stop = True

    def _progress(self, done: int, total: int) -> None:
        now = time.perf_counter()
        if now - self._last >= PROGRESS_INTERVAL or done >= total:
            self._last = now
            self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self.job(self._progress, lambda: self._stop)
        except Cancelled:
            self.cancelled.emit()
        except Exception as e:  # shown to the user; the GUI stays up
            self.failed.emit(f"{e.__class__.__name__}: {e}")
        else:
            self.succeeded.emit(result)


class JobBar(QWidget):
    """What is running, how far it is, and Cancel. Hidden while idle except for the last message."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel("")
        self.label.setObjectName("muted")
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(260)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(translate("LabJob", "Cancel"))
        self.cancel_button.setToolTip(translate("LabJob", "Stop this computation; the network is not changed"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.thread: LabThread | None = None
        self._old: list[LabThread] = []
        self._set_busy(False)

    @property
    def busy(self) -> bool:
        return self.thread is not None and not self.thread.isFinished()

    def run(self, what: str, job, on_done, on_error=None) -> LabThread:
        """Start `job` in the background; `on_done(result)` runs on the GUI thread when it succeeds.

        The thread's signals go to this widget's own methods (it lives in the GUI thread, so Qt
        queues them there); plain lambdas could be called in the worker thread instead."""
        self.cancel()
        thread = LabThread(job)  # no parent: deleting this widget must not destroy a running QThread (Qt aborts)
        thread.what, thread.on_done, thread.on_error = what, on_done, on_error
        thread.started_at = time.perf_counter()
        thread.progressed.connect(self._progress)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(self._failed)
        thread.cancelled.connect(self._cancelled)
        self.thread = thread
        self.label.setText(f"{what}…")
        self.bar.setRange(0, 0)
        self._set_busy(True)
        gui_garbage.hold_while(thread)  # no garbage collection in the job's thread (a deadlock)
        thread.start(QThread.Priority.LowPriority)
        return thread

    def _succeeded(self, result) -> None:
        thread = self.sender()
        if thread is self.thread:
            self._ended(thread, translate("LabJob", "{0}: done in {1:.1f} s").format(thread.what, time.perf_counter() - thread.started_at))
            thread.on_done(result)

    def _failed(self, text: str) -> None:
        thread = self.sender()
        if thread is self.thread:
            if thread.on_error is not None:
                thread.on_error(text)
            self._ended(thread, translate("LabJob", "{0} failed: {1}").format(thread.what, text))

    def _cancelled(self) -> None:
        thread = self.sender()
        self._ended(thread, translate("LabJob", "{0}: cancelled").format(thread.what))

    def cancel(self) -> None:
        if self.busy:
            self.thread.cancel()
            self._old.append(self.thread)  # kept alive until it has really ended
        self._old = [t for t in self._old if not t.isFinished()]

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Cancel and wait: nothing of ours may outlive the window."""
        self.cancel()
        for t in self._old + ([self.thread] if self.thread else []):
            t.cancel()
            t.wait(timeout_ms)

    def _progress(self, done: int, total: int) -> None:
        if self.sender() is not self.thread:
            return
        self.bar.setRange(0, max(total, 1))
        set_value_later(self.bar, done)
        self.bar.setFormat(f"{done}/{total}")

    def _ended(self, thread: LabThread, text: str) -> None:
        if thread is self.thread:
            self.label.setText(text)
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
