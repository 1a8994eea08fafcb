"""Who trains with how many threads: the policy of the three kinds of training process.

- `netbuilder train` (`threads_for_training`): the engine's own threads use the cores (one per core,
  or --threads / $NETBUILDER_THREADS) and the process's BLAS runs one thread. Beside another busy
  process (a second training, a notebook doing numpy matmuls) idle OpenBLAS threads waiting for a
  core spin and eat the time slices the computing thread needs: the BatchNorm CNN of issue 15 fell
  to 22-95 images/s against 117 with one BLAS thread.
- a sweep job (`threads_for_job`): one engine thread and one BLAS thread per job, J jobs on J cores
  (local workers are also started with OPENBLAS_NUM_THREADS=1, runs/executors.py; a Dask worker
  may run several jobs in threads of one process, so the job's count is set for its own thread).
- the window's worker (`limit_blas_threads_here`), below: one core left to the window.

The mechanisms (OpenBLAS setters and getter, the engine's thread count) are engine/threads.py's.
The engine already runs each step with one BLAS thread (`one_blas_thread`); setting the process
to one as well covers what runs between steps and every BLAS call of a thread the engine did not
start.

The window: numpy's OpenBLAS starts one thread per core. While the worker trains, those threads
keep every core busy, and the GUI thread has to queue for the CPU between them: repaints that take
20 ms of CPU then take hundreds of milliseconds of wall time, and the window stutters. Measured on
a 2-core machine, one BLAS thread for the worker made the window smooth and training was no slower
(faster when other processes were busy too). OpenBLAS ≥ 0.3.27's `openblas_set_num_threads_local`
is what is used; note that in its pthreads builds (numpy's wheels) that setting is in fact the
whole process's. Elsewhere (another BLAS, an older OpenBLAS) this quietly does nothing.
"""

from __future__ import annotations

import contextlib
import os
import sys

from netbuilder.engine import threads as engine
from netbuilder.engine.threads import set_blas_threads_here, set_threads


def threads_for_training(n: int | None = None) -> dict:
    """A training process's threads: `n` engine threads (None: keep the default, one per available
    core or $NETBUILDER_THREADS) and one BLAS thread for the whole process. Returns what is in
    force: {"engine": N, "blas": 1, or None when this BLAS cannot be told or asked}."""
    import numpy  # noqa: F401  (loads the BLAS library)

    if n is not None:
        set_threads(n)
    engine.set_blas_threads(1)
    return in_force()


def in_force() -> dict:
    """The calling thread's engine threads and the BLAS library's own count (None: unknown)."""
    return {"engine": engine.threads(), "blas": engine.blas_threads()}


@contextlib.contextmanager
def threads_for_job(n: int = 1):
    """A sweep job: `n` engine threads for the calling thread's steps and BLAS on `n` threads, put
    back afterwards (the job may share its process with others). Yields what is in force."""
    import numpy  # noqa: F401

    with engine.threads_here(n):
        previous = set_blas_threads_here(n)
        try:
            yield in_force()
        finally:
            if previous is not None:
                set_blas_threads_here(previous)


BLAS_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS",
            "NUMEXPR_NUM_THREADS", "BLIS_NUM_THREADS")


@contextlib.contextmanager
def one_blas_thread_env():
    """The BLAS thread variables set to 1 while a job process is started (it inherits them and its
    BLAS reads them when numpy loads, whichever BLAS it is), then put back."""
    saved = {k: os.environ.get(k) for k in BLAS_ENV}
    os.environ.update({k: "1" for k in BLAS_ENV})
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def limit_blas_threads_here(threads: int | None = None) -> int | None:
    """Cap BLAS threads for the calling thread (default: all cores but one). Returns the cap set,
    or None when this BLAS offers no per-thread setting. Finding and calling OpenBLAS's per-thread
    setter is the engine's job (engine/threads.py); this is the worker's policy on top of it."""
    import numpy  # noqa: F401  (loads the BLAS library)

    if threads is None:
        threads = max(1, (os.cpu_count() or 2) - 1)
    set_threads(threads)  # the engine's own threads (engine/threads.py) do the parallel work now
    if set_blas_threads_here(int(threads)) is not None:
        return int(threads)
    if sys.flags.dev_mode:
        print("netbuilder: no per-thread BLAS thread setting found", file=sys.stderr)
    return None
