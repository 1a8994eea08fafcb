"""The busy neighbour of the under-load figures: another process doing numpy matmuls, as a second
training or a notebook would run them. The engine bench runs it with numpy's default threads (every
core); bench_gui with one thread, the issue's "one core busy elsewhere"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from netbuilder.run.blas import BLAS_ENV

# It ends by itself after ten minutes if never told to.
LOAD_CODE = ("import time, numpy as np\n"
             "a = np.random.default_rng(0).random((1000, 1000))\n"
             "end = time.time() + 600\n"
             "while time.time() < end:\n"
             "    a @ a\n")


class Neighbour:
    """The under-load child process, paused and resumed between rounds (SIGSTOP/SIGCONT)."""

    def __init__(self, threads: int | None = None):
        """`threads`: its BLAS threads (None: numpy's default, one per core)."""
        env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}  # numpy's defaults
        if threads is not None:
            env.update({k: str(threads) for k in BLAS_ENV})
        self.proc = subprocess.Popen([sys.executable, "-c", LOAD_CODE], env=env)
        time.sleep(1.0)  # numpy loaded, matmuls running

    def busy(self):
        os.kill(self.proc.pid, signal.SIGCONT)
        time.sleep(0.05)

    def quiet(self):
        os.kill(self.proc.pid, signal.SIGSTOP)

    def close(self):
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGCONT)
            self.proc.kill()
        self.proc.wait()
