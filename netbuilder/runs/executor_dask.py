"""Sweep runs on an existing Dask cluster (`pip install netbuilder[cluster]`).

Dask does the scheduling and the transport; we only submit `run_task` once per run and take the
results as they come back, so they are recorded here, in the local run store, exactly like local
runs. Each worker needs NetBuilder installed and the data path the SPEC names (a built-in set needs
nothing). Workers started by a Dask nanny already run with one BLAS thread.

Stopping cancels the runs not yet started; a run already training on a worker finishes there and
its result is dropped.
"""

from __future__ import annotations

from netbuilder.i18n import translate
from concurrent.futures import CancelledError

from netbuilder.runs.executors import failed
from netbuilder.runs.sweep_plan import SweepError

CONNECT_TIMEOUT = "10s"


class DaskExecutor:
    def __init__(self, address: str, connect_timeout: str | None = None):
        connect_timeout = connect_timeout or CONNECT_TIMEOUT
        try:
            from distributed import Client
        except ImportError:
            raise SweepError(translate("Runs", "--executor dask://… needs Dask's distributed package, which is not installed; "
                             "install it with: pip install 'netbuilder[cluster]'")) from None
        if not address or ":" not in address:
            raise SweepError(translate("Runs", "--executor dask://{0}: expected dask://HOST:PORT, e.g. dask://10.0.0.5:8786").format(address))
        self.address = address
        try:
            self.client = Client(f"tcp://{address}", timeout=connect_timeout, set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise SweepError(translate("Runs", "cannot reach the Dask scheduler at {0} within {1} ({2}); is `dask scheduler` running there and the port open?").format(address, connect_timeout, e.__class__.__name__)) from None
        self._futures = []

    def describe(self) -> str:
        workers = self.client.scheduler_info(n_workers=-1).get("workers", {}) if self.client else {}
        count = len(workers)  # a plain name: pyside6-lupdate reads no expression as the count
        return translate("Runs", "Dask cluster at {0} (%n worker(s))", None, count).format(self.address)

    def results(self, tasks):
        from distributed import as_completed

        from netbuilder.runs.sweep_task import run_task
        by_future = {}
        for task in tasks:
            future = self.client.submit(run_task, task, pure=False, key=f"netbuilder-run-{task['key']}")
            by_future[future] = task
        self._futures = list(by_future)
        with self.client.as_current():
            finishing = as_completed(self._futures)
        for future in finishing:
            task = by_future[future]
            try:
                result = future.result()
            except CancelledError:
                result = failed(task, "cancelled", status="stopped")
            except Exception as e:  # a worker lost, a deserialisation problem: this run failed
                result = failed(task, translate("Runs", "on the Dask cluster: {0}: {1}").format(e.__class__.__name__, e))
            future.release()
            yield result

    def request_stop(self) -> None:
        if self._futures and self.client is not None:
            self.client.cancel(self._futures)

    def stop(self, timeout: float = 30.0) -> list[dict]:
        self.request_stop()
        self.close()
        return []

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
