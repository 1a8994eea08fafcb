"""The engine's own threads: a batch split into chunks over the cores, each thread running one-thread BLAS.

Why not leave the cores to OpenBLAS? A training step is dozens of medium matmuls plus numpy's
element-wise passes (ReLU, BatchNorm, pooling, im2col copies), and numpy runs those on one core:
two BLAS threads gave only 1.1–1.3× one. Worse, OpenBLAS's idle threads spin while they wait for
work, and beside another busy process (a second training, a notebook) they burn the time slices
the computing thread needs: training fell to 0.10–0.42× of its quiet speed.

So the engine splits each heavy layer's batch into chunks that a small pool of Python threads
pulls from a shared counter. numpy releases the GIL inside matmul and inside large copies and
ufuncs, so the chunks really run side by side; every engine thread (the caller included, for the
duration of a step) runs BLAS with one thread, so nothing spins. A thread that loses its core to
another process just takes fewer chunks, and the others finish the batch.

`set_threads(n)` chooses the pool size (default: `threads()`), `threads_here(n)` the count for the
steps one thread runs (a sweep job in a Dask worker's thread); `for_chunks` is the one primitive
the layers use. The BLAS side: `set_blas_threads` (the whole process), `set_blas_threads_here`
(the calling thread, where OpenBLAS can), `blas_threads` (what the library says it uses). Which
process sets what is run/blas.py's policy.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import threading
from concurrent.futures import ThreadPoolExecutor

_lock = threading.Lock()
_threads: int | None = None
_here = threading.local()  # .threads: the calling thread's own count (threads_here)
_pool: ThreadPoolExecutor | None = None
_pool_size = 0


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, where the system has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def set_threads(n: int | None) -> None:
    """Engine threads for every later step in this process (None: one per available core)."""
    global _threads
    if n is not None and int(n) < 1:
        raise ValueError(f"threads must be at least 1, not {n}")
    _threads = None if n is None else int(n)


THREAD_ENV = ("NETBUILDER_THREADS", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def threads() -> int:
    """The engine threads a step uses: the calling thread's `threads_here`, else `set_threads`, else
    the first of THREAD_ENV set to a number (a process started to use N threads, e.g. a sweep
    worker with OPENBLAS_NUM_THREADS=1), else one per available core."""
    here = getattr(_here, "threads", None)
    if here is not None:
        return here
    if _threads is not None:
        return _threads
    for var in THREAD_ENV:
        value = os.environ.get(var, "")
        if value.isdigit() and int(value) >= 1:
            return int(value)
    return available_cores()


@contextlib.contextmanager
def threads_here(n: int):
    """Engine threads for the steps the calling thread runs meanwhile, whatever the process-wide
    setting (a job sharing its process with other jobs, each in its own thread); then back."""
    if int(n) < 1:
        raise ValueError(f"threads must be at least 1, not {n}")
    previous = getattr(_here, "threads", None)
    _here.threads = int(n)
    try:
        yield
    finally:
        _here.threads = previous


# --- BLAS threads -----------------------------------------------------------------------------
def _openblas_libraries() -> list[str]:
    """The OpenBLAS libraries really loaded (Linux), else the ones bundled with numpy."""
    import glob

    import numpy
    paths = set()
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            for line in maps:
                path = line.split()[-1] if "/" in line else ""
                if "openblas" in os.path.basename(path).lower():
                    paths.add(path)
    except OSError:
        pass
    if not paths:
        base = os.path.dirname(os.path.dirname(numpy.__file__))
        for pattern in ("numpy.libs/*openblas*", "numpy/.dylibs/*openblas*", "numpy.libs/*openblas*.dll"):
            paths.update(glob.glob(os.path.join(base, pattern)))
    return sorted(paths)


_functions: dict = {}


def _openblas_function(name: str, argtypes: list, restype):
    """OpenBLAS's `openblas_<name>` in the library numpy loaded, under whichever symbol this build
    exports (numpy's scipy-openblas64 has `scipy_openblas_<name>64_`, older wheels
    `openblas_<name>64_`), or None on another BLAS. Looked up once."""
    if name not in _functions:
        _functions[name] = None
        symbols = [f"{prefix}_{name}{suffix}" for prefix in ("openblas", "scipy_openblas")
                   for suffix in ("", "64_", "_64_")]
        for path in _openblas_libraries():
            try:
                lib = ctypes.CDLL(path)
            except OSError:
                continue
            fn = next((getattr(lib, sym) for sym in symbols if hasattr(lib, sym)), None)
            if fn is not None:
                fn.argtypes, fn.restype = argtypes, restype
                _functions[name] = fn
                break
    return _functions[name]


def _blas_local_setter():
    """OpenBLAS ≥ 0.3.27's `openblas_set_num_threads_local` (sets the calling thread's BLAS threads
    and returns the previous setting; 0 means the process default), or None on another BLAS.
    (In OpenBLAS's pthreads builds, numpy's, "the calling thread" is in fact the whole process.)"""
    return _openblas_function("set_num_threads_local", [ctypes.c_int], ctypes.c_int)


def set_blas_threads(n: int) -> bool:
    """BLAS threads for the whole process, from now on (OpenBLAS only; the environment variables
    do the same but only before numpy loads). False when this BLAS offers no setter."""
    if int(n) < 1:
        raise ValueError(f"BLAS threads must be at least 1, not {n}")
    setter = _openblas_function("set_num_threads", [ctypes.c_int], None)
    if setter is None:
        return False
    setter(int(n))
    return True


def blas_threads() -> int | None:
    """The threads the BLAS library says its next call will use (OpenBLAS), or None when unknown."""
    getter = _openblas_function("get_num_threads", [], ctypes.c_int)
    return None if getter is None else int(getter())


def set_blas_threads_here(n: int) -> int | None:
    """Set the calling thread's BLAS threads (0: the process default); the previous value, or
    None when this BLAS has no per-thread setting."""
    setter = _blas_local_setter()
    return None if setter is None else int(setter(int(n)))


@contextlib.contextmanager
def one_blas_thread():
    """For the duration of an engine step: this thread's BLAS calls run on one thread (the
    engine's own threads do the parallel work), then the previous setting comes back."""
    previous = set_blas_threads_here(1)
    try:
        yield
    finally:
        if previous is not None:
            set_blas_threads_here(previous)


# --- the pool ---------------------------------------------------------------------------------
def _worker_start() -> None:
    set_blas_threads_here(1)


def _get_pool(workers: int) -> ThreadPoolExecutor:
    global _pool, _pool_size
    with _lock:
        if _pool is None or _pool_size < workers:
            if _pool is not None:
                _pool.shutdown(wait=False)
            _pool = ThreadPoolExecutor(workers, thread_name_prefix="netbuilder-engine",
                                       initializer=_worker_start)
            _pool_size = workers
        return _pool


def for_chunks(total: int, chunk: int, fn) -> list:
    """fn(lo, hi) for consecutive ranges of `chunk` items covering range(total), spread over the
    engine's threads; their results in order. `fn` must write only its own range of any shared
    output (results that need summing are returned and summed by the caller).

    The caller works too, and waits only for chunks another thread has actually started: a
    worker that has not been scheduled yet (a busy machine) finds nothing left and does nothing,
    so a step never stalls on a thread that lost its core."""
    starts = list(range(0, total, max(1, chunk)))
    results = [None] * len(starts)
    workers = min(threads(), len(starts))
    if workers <= 1:
        for k, lo in enumerate(starts):
            results[k] = fn(lo, min(lo + chunk, total))
        return results
    state = {"next": 0, "busy": 0, "error": None}
    done = threading.Condition()

    def drain():
        while True:
            with done:
                k = state["next"]
                if k >= len(starts) or state["error"] is not None:
                    return
                state["next"], state["busy"] = k + 1, state["busy"] + 1
            try:
                lo = starts[k]
                results[k] = fn(lo, min(lo + chunk, total))
            except BaseException as e:  # handed to the caller
                with done:
                    state["error"] = state["error"] or e
            finally:
                with done:
                    state["busy"] -= 1
                    done.notify_all()

    pool = _get_pool(workers - 1)
    for _ in range(workers - 1):
        pool.submit(drain)
    previous = set_blas_threads_here(1)
    try:
        drain()
    finally:
        if previous is not None and previous != 1:
            set_blas_threads_here(previous)
        with done:
            done.wait_for(lambda: state["busy"] == 0)
            state["next"] = len(starts)  # late workers: nothing left
    if state["error"] is not None:
        raise state["error"]
    return results


MIN_CHUNKS = 4  # per split: two per thread on two cores, so a thread that loses its core can be helped


def chunk_size(total: int, per_item: int, target: int = 1 << 18) -> int:
    """Items per chunk so that one chunk handles about `target` elements (a working set that stays
    in a core's cache), but at least MIN_CHUNKS chunks when the batch allows (balance).

    Deliberately independent of the thread count: the chunks, and so the order in which partial
    sums add up, are the same on one thread or many — a run gives bit-identical weights whatever
    the machine or `--threads`."""
    size = max(1, target // max(per_item, 1))
    return max(1, min(size, -(-total // MIN_CHUNKS)))


def batch_chunk(x, target: int = 1 << 16) -> int:
    """Items of x's batch (axis 0) per chunk of about `target` elements; the whole batch when it
    holds fewer than two chunks' worth (a thread hand-off costs more than it saves)."""
    n = len(x)
    if x.size < 2 * target or n < 2:
        return max(n, 1)
    return chunk_size(n, x.size // n, target)


def over_batch(x, fn, target: int = 1 << 16) -> list:
    """fn(lo, hi) over `batch_chunk`s of x on the engine's threads."""
    return for_chunks(len(x), batch_chunk(x, target), fn)
