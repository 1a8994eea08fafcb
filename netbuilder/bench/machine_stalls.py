"""The machine's own stalls, measured beside a benchmark: a separate process that only sleeps 10 ms
at a time and notes every wake-up that came late.

On this project's 2-core virtual machines, with both cores busy, everything on the machine stops
now and then for about 100 ms (the hypervisor runs something else): a process that only sleeps and
wakes, without Python threads or Qt, saw it once in 30 s. A GUI gap that spans such a stall is not
of the window's making, so bench_gui reports its gaps both as measured and with the time the
machine was away taken out.
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
CODE = ("import sys, time\n"
        "out = open(sys.argv[1], 'a')\n"
        "last = time.perf_counter(); end = last + 7200\n"
        "while last < end:\n"
        f"    time.sleep({TICK_S})\n"
        "    now = time.perf_counter()\n"
        f"    if now - last > {LATE_S}:\n"
        "        out.write(f'{last!r} {now!r}\\n'); out.flush()\n"
        "    last = now\n")


class MachineStalls:
    """The reference process. `stalls()`: the times the machine was away so far, as (start, end)
    perf_counter pairs, each from when the process should have woken to when it did."""

    def __init__(self):
        fd, self.path = tempfile.mkstemp(prefix="netbuilder-stalls-")
        os.close(fd)
        self.proc = subprocess.Popen([sys.executable, "-c", CODE, self.path])

    def stalls(self) -> list[tuple[float, float]]:
        with open(self.path) as f:
            lines = [line.split() for line in f if line.endswith("\n")]
        return [(float(last) + TICK_S, float(now)) for last, now in lines]

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait()
        os.unlink(self.path)


def own_part(gap: tuple[float, float], stalls: list[tuple[float, float]]) -> float:
    """How long the gap (start, end) lasted with the time the machine was away taken out."""
    a, b = gap
    away = sum(max(0.0, min(b, e) - max(a, s)) for s, e in stalls)
    return max(0.0, (b - a) - away)
