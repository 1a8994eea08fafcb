"""Where results go: checked before a long run starts, and a fallback when a save fails anyway.

An hour of training should never end in "cannot write weights.npz": the folder and files a run will
write are tried before the first batch (a file where a folder is needed, a missing or read-only
parent). If writing still fails at the end (the disk filled up meanwhile), the result goes to a
fallback folder in the user's data folder and the caller says where.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import contextlib
import os
import pathlib
import time


def user_data_dir() -> pathlib.Path:
    """NetBuilder's own folder: the parent of the dataset folder ($NETBUILDER_DATA or
    ~/.local/share/netbuilder/data), so tests and sandboxes that move one move both."""
    from netbuilder.data.download import default_data_dir
    return default_data_dir().parent


def _probe(folder: pathlib.Path) -> str | None:
    """None when a file can be created in `folder` (tried for real: permissions can lie)."""
    name = folder / f".netbuilder-write-test.{os.getpid()}"
    try:
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as e:
        return e.strerror or str(e)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return None


def _nearest_existing(path: pathlib.Path) -> pathlib.Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def output_problem(path, folder: bool) -> str | None:
    """Why the run could not write `path` (a folder when `folder`, else a file), or None."""
    path = pathlib.Path(os.path.abspath(os.path.expanduser(os.fspath(path))))
    if folder:
        if path.exists() and not path.is_dir():
            return translate("Io", "{0} is a file, but a folder is needed here").format(path)
        base = _nearest_existing(path)
    else:
        if path.is_dir():
            return translate("Io", "{0} is a folder, but a file name is needed here").format(path)
        base = _nearest_existing(path.parent)
    if not base.is_dir():
        return translate("Io", "{0} is a file, so {1} cannot be created inside it").format(base, path)
    why = _probe(base)
    if why:
        return translate("Io", "cannot write in {0} ({1})").format(base, why)
    return None


def fallback_dir(stem: str) -> pathlib.Path:
    """A new folder for results whose own location failed: DATA/unsaved/STEM-YYYYmmdd-HHMMSS."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    base = user_data_dir() / "unsaved" / f"{stem}-{stamp}"
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate
