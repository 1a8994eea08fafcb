"""Recovery files: a copy of each window's unsaved network, so a crash loses at most a few seconds.

Each window writes its own file (named by process id and a random token) while it has unsaved
changes and removes it when the changes are saved or the window closes normally. A file whose
process is gone was left by a crash (or kill -9); the next start offers to restore it.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import contextlib
import json
import os
import pathlib
import secrets
import time
from dataclasses import dataclass

from netbuilder.io.atomic import pid_alive, atomic_write_text
from netbuilder.io.json_limits import parse_json
from netbuilder.io.outputs import user_data_dir

FORMAT = "netbuilder.recovery"


def recovery_dir() -> pathlib.Path:
    return user_data_dir() / "recovery"


@dataclass
class Recovery:
    file: pathlib.Path
    saved_at: float        # seconds since the epoch
    source: str | None     # the network file the window had open, None when untitled
    doc: dict

    @property
    def name(self) -> str:
        if self.source:
            return pathlib.Path(self.source).name
        name = self.doc.get("name")
        return name if isinstance(name, str) and name else translate("Io", "Untitled network")

    def when(self, now: float | None = None) -> str:
        """"today at 14:03 (5 minutes ago)" — what the restore question shows."""
        now = time.time() if now is None else now
        minutes = max(0, int((now - self.saved_at) // 60))
        ago = translate("Io", "less than a minute ago") if minutes < 1 else (
            translate("Io", "%n minute(s) ago", None, minutes) if minutes < 120 else translate("Io", "{0} hours ago").format(minutes // 60))
        return f"{time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(self.saved_at))} ({ago})"


class RecoveryFile:
    """The recovery file of one window in this process."""

    def __init__(self, folder: pathlib.Path | None = None):
        self.folder = folder or recovery_dir()
        self.path = self.folder / f"recovery-{os.getpid()}-{secrets.token_hex(4)}.json"

    def save(self, doc: dict, source: str | None) -> None:
        atomic_write_text(self.path, json.dumps({"format": FORMAT, "saved_at": time.time(), "pid": os.getpid(),
                                                 "source": source, "doc": doc}, ensure_ascii=False))

    def remove(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()


def _read(file: pathlib.Path) -> Recovery | None:
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    data, problems = parse_json(text)
    if problems or not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    saved_at, source, doc = data.get("saved_at"), data.get("source"), data.get("doc")
    if not isinstance(doc, dict) or not (source is None or isinstance(source, str)):
        return None
    # a time the restore question can show: a number (not a bool, NaN or 1e300) from 1970 to 2100
    if type(saved_at) not in (int, float) or not 0 <= saved_at < 4_102_444_800:
        return None
    return Recovery(file, float(saved_at), source, doc)


def orphaned(folder: pathlib.Path | None = None) -> list[Recovery]:
    """Recovery files left by processes that no longer run, newest first (unreadable ones skipped)."""
    folder = folder or recovery_dir()
    found = []
    for file in sorted(folder.glob("recovery-*.json")) if folder.is_dir() else ():
        try:
            pid = int(file.name.split("-")[1])
        except (IndexError, ValueError):
            continue
        if pid == os.getpid() or pid_alive(pid):
            continue
        recovery = _read(file)
        if recovery is not None:
            found.append(recovery)
    return sorted(found, key=lambda r: -r.saved_at)
