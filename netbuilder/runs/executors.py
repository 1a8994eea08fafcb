"""Where sweep runs execute: J local worker processes (this file) or a Dask cluster (executor_dask).

Both offer the same small interface, so the sweep loop does not care which it has:
  `results(tasks)`  yields one result dict per task as runs finish, in finishing order;
  `request_stop()`  from any thread (the window's Cancel): runs in progress end after their current
                    batch (status "stopped"), nothing new starts, and `results` then simply ends;
  `stop()`          the same from the thread that was iterating when Ctrl-C interrupted it: returns
                    the reports of the runs it stopped, then releases the workers;
  `close()`.

Local workers are fresh interpreters (the "spawn" start method) started with one BLAS thread each
(run/blas.py's `one_blas_thread_env`): the environment variables are set before the child imports
numpy, which is the only moment most BLAS libraries read them; each job then also sets its own
threads (`threads_for_job`, in sweep_task). J workers with one thread each use J cores without
the BLAS threads of different runs fighting over the same cores. Each worker has its own pipe, so a worker that dies
(killed, out of memory) fails only the run it held: the run is recorded as failed and a new
worker takes the next one.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import contextlib
import multiprocessing as mp
import os
import signal
import time
from collections import deque
from multiprocessing.connection import wait

from netbuilder.run.blas import one_blas_thread_env


def failed(task: dict, error: str, status: str = "failed") -> dict:
    return {"key": task["key"], "seed": task["seed"], "status": status, "error": error, "metrics": None,
            "weights": None, "dead_share": [], "first_grad_rms": None, "batch_loss": [], "seconds": 0.0,
            "started": time.time()}


def _worker_main(conn, stop_event) -> None:
    """Child process: run tasks from the pipe until told to quit. Ctrl-C belongs to the parent,
    which stops runs through `stop_event` so that they end between two batches."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from netbuilder.runs.sweep_task import run_task
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(run_task(task, stop_event.is_set))


class _Worker:
    def __init__(self, ctx, stop_event):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, stop_event), daemon=True,
                                name="netbuilder-sweep-worker")
        with one_blas_thread_env():
            self.proc.start()
        child.close()
        self.task: dict | None = None

    def give(self, task: dict) -> None:
        self.task = task
        self.conn.send(task)


class LocalExecutor:
    """J worker processes on this machine."""

    def __init__(self, jobs: int | None = None):
        self.jobs = max(1, int(jobs or os.cpu_count() or 1))
        self._ctx = mp.get_context("spawn")
        self._stop = self._ctx.Event()
        self._workers: list[_Worker] = []
        self._pending: deque = deque()

    def describe(self) -> str:
        count = self.jobs  # a plain name: pyside6-lupdate reads no expression as the count
        return translate("Runs", "%n local worker process(es), one BLAS thread each", None, count)

    def results(self, tasks):
        self._pending = deque(tasks)
        while len(self._workers) < min(self.jobs, len(self._pending)):
            self._workers.append(_Worker(self._ctx, self._stop))
        for w in self._workers:
            self._feed(w)
        while any(w.task is not None for w in self._workers):
            yield from self._collect(timeout=None)

    def request_stop(self) -> None:
        self._stop.set()
        self._pending.clear()

    def _feed(self, w: _Worker) -> None:
        if self._pending and not self._stop.is_set():
            w.give(self._pending.popleft())

    def _collect(self, timeout):
        busy = [w for w in self._workers if w.task is not None]
        ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout)
        for w in busy:
            if w.conn not in ready and w.proc.sentinel not in ready:
                continue
            task = w.task
            try:
                result = w.conn.recv()
            except (EOFError, OSError):
                w.proc.join(1)
                result = failed(task, translate("Runs", "the worker process died (exit code {0}) during this run").format(w.proc.exitcode))
                self._workers[self._workers.index(w)] = w = _Worker(self._ctx, self._stop)
            w.task = None
            self._feed(w)
            yield result

    def stop(self, timeout: float = 30.0) -> list[dict]:
        """Stop the runs in progress (they end after their current batch) and return their reports."""
        self.request_stop()
        reports, deadline = [], time.monotonic() + timeout
        while any(w.task is not None for w in self._workers) and time.monotonic() < deadline:
            reports += list(self._collect(timeout=max(0.0, deadline - time.monotonic())))
        self.close()
        return reports

    def close(self) -> None:
        for w in self._workers:
            with contextlib.suppress(OSError, BrokenPipeError):
                w.conn.send(None)
        for w in self._workers:
            w.proc.join(5)
            if w.proc.is_alive():
                w.proc.terminate()
                w.proc.join(5)
            w.conn.close()
        self._workers = []


def make_executor(spec: str | None, jobs: int | None):
    """`local` (default) or `dask://HOST:PORT`; SweepError (exit 2) for anything else or a cluster
    that cannot be used."""
    from netbuilder.runs.sweep_plan import SweepError
    if spec in (None, "", "local"):
        return LocalExecutor(jobs)
    if spec.startswith("dask://"):
        from netbuilder.runs.executor_dask import DaskExecutor
        return DaskExecutor(spec[len("dask://"):])
    raise SweepError(translate("Runs", "--executor \"{0}\": expected local or dask://HOST:PORT").format(spec))
