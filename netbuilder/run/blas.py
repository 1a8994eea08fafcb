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

import ctypes
import glob
import os
import sys


def _openblas_libraries() -> list[str]:
    paths = set()
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:  # Linux: what is really loaded
            for line in maps:
                path = line.split()[-1] if "/" in line else ""
                if "openblas" in os.path.basename(path).lower():
                    paths.add(path)
    except OSError:
        pass
    if not paths:  # other systems: the libraries bundled with numpy
        import numpy
        base = os.path.dirname(os.path.dirname(numpy.__file__))
        for pattern in ("numpy.libs/*openblas*", "numpy/.dylibs/*openblas*", "numpy.libs/*openblas*.dll"):
            paths.update(glob.glob(os.path.join(base, pattern)))
    return sorted(paths)


def limit_blas_threads_here(threads: int | None = None) -> int | None:
    """Cap BLAS threads for the calling thread (default: all cores but one). Returns the cap set,
    or None when this BLAS offers no per-thread setting."""
    import numpy  # noqa: F401  (loads the BLAS library)

    if threads is None:
        threads = max(1, (os.cpu_count() or 2) - 1)
    from netbuilder.engine.threads import set_threads
    set_threads(threads)  # the engine's own threads (engine/threads.py) do the parallel work now
    for path in _openblas_libraries():
        try:
            lib = ctypes.CDLL(path)
            setter = getattr(lib, "openblas_set_num_threads_local")
        except (OSError, AttributeError):
            continue
        setter.argtypes = [ctypes.c_int]
        setter.restype = ctypes.c_int
        setter(int(threads))
        return int(threads)
    if sys.flags.dev_mode:
        print("netbuilder: no per-thread BLAS thread setting found", file=sys.stderr)
    return None
