"""The busy neighbour of the under-load table: another process doing numpy matmuls with numpy's
default threads, as a second training or a notebook would run them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

# It ends by itself after ten minutes if never told to.
LOAD_CODE = ("import time, numpy as np\n"
             "a = np.random.default_rng(0).random((1000, 1000))\n"
             "end = time.time() + 600\n"
             "while time.time() < end:\n"
             "    a @ a\n")


class Neighbour:
    """The under-load child process, paused and resumed between rounds (SIGSTOP/SIGCONT)."""

    def __init__(self):
        env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}  # numpy's defaults
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
