"""Atomic writes: a crash or a full disk mid-save never leaves a half-written file in place.

Write beside the target (same filesystem, so the rename is atomic), flush to disk, then rename
over the target; on any failure the temporary file is removed and the old file is untouched.

The result looks like any file the user's programs write: a new file gets 0666 minus the umask
(mkstemp alone would make it 0600), a replaced file keeps its mode. A process killed mid-write
(kill -9, power loss) cannot remove its temporary file, so each temporary name carries the writer's
process id, and the next write to the same target removes the leftovers of writers that are gone.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import secrets
import stat
import time

STALE_SECONDS = 24 * 3600  # a temp file this old is stale even if its pid was reused


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux /proc)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore (not thread-safe, but only briefly)
    os.umask(mask)
    return mask


def _temp_prefix(path: pathlib.Path) -> str:
    return f".{path.name}."


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists but not ours, or cannot tell: leave it alone
    return True


def remove_stale_temps(path) -> list[pathlib.Path]:
    """Delete temporary files left beside `path` by writers that died mid-write; returns them."""
    path = pathlib.Path(path)
    prefix = _temp_prefix(path)
    removed = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        pid_text = name[len(prefix):-len(".tmp")].split(".", 1)[0]
        try:
            pid = int(pid_text)
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS
        except (ValueError, OSError):
            continue  # not one of ours
        if pid != os.getpid() and (not pid_alive(pid) or old):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(pathlib.Path(entry.path))
    return removed


def _mode_for(path: pathlib.Path) -> int:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


@contextlib.contextmanager
def atomic_open(path, mode: str = "wb"):
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)
    tmp = path.parent / f"{_temp_prefix(path)}{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
            if hasattr(os, "fchmod"):
                os.fchmod(f.fileno(), _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: pathlib.Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_text(path, text: str) -> None:
    with atomic_open(path, "w") as f:
        f.write(text)
