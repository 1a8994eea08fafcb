"""The peak-memory column: a fresh process training one net with our engine alone."""

from __future__ import annotations

import subprocess
import sys

from netbuilder.bench.contenders import ours_step
from netbuilder.bench.nets import batch_of, random_batches


def train_alone(name: str, steps: int) -> None:
    """Train `name` with our engine only; run in a child process by peak_memory_mb."""
    step, net = ours_step(name)
    batches = random_batches(tuple(net.input_shape), 8, batch=batch_of(name))
    for i in range(steps):
        step(*batches[i % len(batches)])


def peak_memory_mb(name: str, steps: int = 10) -> float:
    """Peak resident memory of a fresh process training `name` with our engine alone.

    A child process, because this one also holds PyTorch and the other nets, and the peak of a
    process never goes down. On Linux the child reads VmHWM: getrusage's ru_maxrss survives exec
    and would report this (larger) process's peak instead.
    """
    code = ("import resource, sys\n"
            "from netbuilder.bench.memory import train_alone\n"
            "train_alone(sys.argv[1], int(sys.argv[2]))\n"
            "try:\n"
            "    status = open('/proc/self/status').read()\n"
            "    print(int(status.split('VmHWM:')[1].split()[0]) / 1024)\n"
            "except OSError:\n"
            "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20)  # macOS: bytes\n")
    done = subprocess.run([sys.executable, "-c", code, name, str(steps)],
                          capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])
