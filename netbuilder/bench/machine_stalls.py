"""The machine's own stalls, measured beside a benchmark: on each CPU, a separate process that only
sleeps 10 ms at a time and notes every wake-up that came late.

On this project's 2-core virtual machines, with both cores busy, a CPU is now and then taken away
for about 100 ms (the hypervisor runs something else on it): a process that only sleeps and wakes,
without Python threads or Qt, saw it once in 30 s beside two busy processes. The window's thread
stalls too when its own CPU goes, or when the training thread holds the GIL on the CPU that went.
A GUI gap that spans such a stall is not of the window's making, so bench_gui reports its gaps
both as measured and with the time a CPU was away taken out.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

LATE_S = 0.030  # a wake-up this late after a 10 ms sleep is noted
TICK_S = 0.010

# time.perf_counter is CLOCK_MONOTONIC on Linux: the same clock in every process. It writes to its
# own file (not a pipe, which would block it when full), which the bench reads whenever it likes.
CODE = ("import os, sys, time\n"
        "os.sched_setaffinity(0, {int(sys.argv[2])})\n"
        "out = open(sys.argv[1], 'a')\n"
        "last = time.perf_counter(); end = last + 7200\n"
        "while last < end:\n"
        f"    time.sleep({TICK_S})\n"
        "    now = time.perf_counter()\n"
        f"    if now - last > {LATE_S}:\n"
        "        out.write(f'{last!r} {now!r}\\n'); out.flush()\n"
        "    last = now\n")


class MachineStalls:
    """The reference processes, one pinned to each CPU this process may use. `stalls()`: the times a
    CPU was away so far, as (start, end) perf_counter pairs, each from when its process should have
    woken to when it did."""

    def __init__(self):
        fd, self.path = tempfile.mkstemp(prefix="netbuilder-stalls-")
        os.close(fd)
        cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
        self.procs = [subprocess.Popen([sys.executable, "-c", CODE, self.path, str(cpu)]) for cpu in cpus]

    def stalls(self) -> list[tuple[float, float]]:
        with open(self.path) as f:
            lines = [line.split() for line in f if line.endswith("\n")]
        return [(float(last) + TICK_S, float(now)) for last, now in lines]

    def close(self) -> None:
        for proc in self.procs:
            proc.terminate()
            proc.wait()
        os.unlink(self.path)


def own_part(gap: tuple[float, float], stalls: list[tuple[float, float]]) -> float:
    """How long the gap (start, end) lasted with the time a CPU was away taken out (stalls of two
    CPUs at once count once)."""
    a, b = gap
    away, reached = 0.0, a
    for s, e in sorted(stalls):
        s, e = max(s, reached), min(e, b)
        if e > s:
            away += e - s
            reached = e
    return max(0.0, (b - a) - away)
