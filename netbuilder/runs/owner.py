"""Who owns a running run: host, process id and that process's start time.

The start time guards against a recycled process id: after a reboot or a long day another
process may carry the same pid, but not the same start time. Where /proc is missing (macOS,
Windows) the pid alone is checked.
"""

from __future__ import annotations

import os
import socket


def host() -> str:
    return socket.gethostname()


def process_started(pid: int) -> str | None:
    """The kernel's start time of `pid` (clock ticks since boot, as text), or None if unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read().decode("ascii", "replace")
    except OSError:
        return None
    # the command name (field 2) may contain spaces and ')': fields after the last ')' are fixed
    fields = stat.rsplit(")", 1)[-1].split()
    try:
        return fields[19] + "@" + _boot_id()   # field 22 of the full line
    except IndexError:
        return None


def _boot_id() -> str:
    try:
        with open("/proc/sys/kernel/random/boot_id") as f:
            return f.read().strip()
    except OSError:
        return ""


def me() -> tuple[str, int, str | None]:
    pid = os.getpid()
    return host(), pid, process_started(pid)


def alive(run_host: str | None, pid: int | None, started: str | None) -> bool:
    """False only when we can tell the owner is gone; runs of other hosts count as alive."""
    if run_host != host():
        return True
    if pid is None:
        return False
    if started is not None and os.path.exists("/proc/self/stat"):
        return process_started(pid) == started
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
