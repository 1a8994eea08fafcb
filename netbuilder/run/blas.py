"""Leave one CPU core to the window: cap the BLAS threads of the training thread.

numpy's OpenBLAS starts one thread per core. While the worker trains, those threads keep every
core busy, and the GUI thread has to queue for the CPU between them: repaints that take 20 ms of
CPU then take hundreds of milliseconds of wall time, and the window stutters. Measured on a 2-core
machine, one BLAS thread for the worker made the window smooth and training was no slower (it
was faster when other processes were busy too, because the two BLAS threads no longer fought
over a shared core).

OpenBLAS ≥ 0.3.27 can set the thread count for the calling thread only
(`openblas_set_num_threads_local`); that is what is used, so nothing else in the process changes.
Elsewhere (another BLAS, an older OpenBLAS) this quietly does nothing.
"""

from __future__ import annotations

import os
import sys

from netbuilder.engine.threads import set_blas_threads_here, set_threads


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
