"""`netbuilder --install-desktop-entry`: menu entry, icon and file type for a pip/pipx install.

The .deb puts these under /usr/share; a user who installed with pip has no package manager to do
it, so this writes the same three files (from resources/desktop and resources/icons, the one
source of each) under the user's data folder ($XDG_DATA_HOME, default ~/.local/share). The desktop
entry's Exec names the `netbuilder` command of *this* installation by absolute path, because a
pipx or venv bin folder is usually not on the PATH the desktop session sees. Qt-free.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import os
import pathlib
import shutil
import subprocess
import sys

from netbuilder import paths
from netbuilder.io.atomic import atomic_open

NAME = "netbuilder"


def data_home() -> pathlib.Path:
    return pathlib.Path(os.environ.get("XDG_DATA_HOME") or pathlib.Path.home() / ".local" / "share")


def targets(base: pathlib.Path | None = None) -> dict[str, pathlib.Path]:
    base = base or data_home()
    return {"desktop": base / "applications" / f"{NAME}.desktop",
            "icon": base / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg",
            "mime": base / "mime" / "packages" / f"{NAME}.xml"}


def command_path() -> str:
    """The `netbuilder` script beside this interpreter (venv, pipx), else whatever the PATH finds."""
    beside = pathlib.Path(sys.executable).parent / NAME
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which(NAME) or NAME


def desktop_text(command: str) -> str:
    """The shipped desktop entry with Exec/TryExec pointing at `command` (quoted per the spec)."""
    quoted = '"' + command.replace("\\", "\\\\").replace('"', '\\"') + '"' if " " in command else command
    lines = []
    for line in paths.resource("desktop", f"{NAME}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + quoted + line[len("Exec=") + len(NAME):]
        elif line.startswith("TryExec="):
            line = "TryExec=" + command
        lines.append(line)
    return "\n".join(lines) + "\n"


def _refresh(base: pathlib.Path) -> None:
    """Let the desktop see the change now; the tools are optional (missing on servers)."""
    for tool, folder in (("update-desktop-database", "applications"), ("update-mime-database", "mime"),
                         ("gtk-update-icon-cache", "icons/hicolor")):
        exe = shutil.which(tool)
        if exe and (base / folder).is_dir():
            extra = ["-f", "-t"] if tool == "gtk-update-icon-cache" else []
            subprocess.run([exe, *extra, str(base / folder)], capture_output=True, check=False, timeout=60)


def install(base: pathlib.Path | None = None) -> list[pathlib.Path]:
    base = base or data_home()
    t = targets(base)
    contents = {"desktop": desktop_text(command_path()).encode("utf-8"),
                "icon": paths.resource("icons", f"{NAME}.svg").read_bytes(),
                "mime": paths.resource("desktop", f"{NAME}-mime.xml").read_bytes()}
    for key, data in contents.items():
        with atomic_open(t[key], "wb") as f:
            f.write(data)
    _refresh(base)
    return list(t.values())


def uninstall(base: pathlib.Path | None = None) -> list[pathlib.Path]:
    base = base or data_home()
    removed = []
    for path in targets(base).values():
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh(base)
    return removed


def main(action: str) -> int:
    """The CLI flags: print what was written or removed; exit 2 (bad input) when it cannot write."""
    try:
        done = install() if action == "install" else uninstall()
    except OSError as e:
        print(translate("Cli", "netbuilder: cannot {0} the desktop entry: {1}: {2}").format(action, e.filename or '', e.strerror or e),
              file=sys.stderr)
        return 2
    verb = "wrote" if action == "install" else "removed"
    if not done:
        print(translate("Cli", "netbuilder: no desktop entry was installed; nothing to remove"))
    for path in done:
        print(f"{verb} {path}")
    return 0
