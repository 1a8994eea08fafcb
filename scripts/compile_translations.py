"""Compile resources/i18n/*.ts to .qm with pyside6-lrelease (the GUI's QTranslator loads the .qm).

    python scripts/compile_translations.py [OUT_DIR]     (default: beside the .ts files)

Run by scripts/setup.sh (checkout), setup.py (the wheel) and packaging/build.sh (the bundle).
Uses only the standard library, so setup.py can import it before anything is installed; lrelease
is looked for beside the running Python (a venv's pyside6-lrelease), in the PySide6 package, then
on PATH. Without lrelease it stops with an error: a build must not ship without its translation.
"""

from __future__ import annotations

import importlib.util
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "i18n"


def find_lrelease() -> list[str] | None:
    beside = pathlib.Path(sys.executable).with_name("pyside6-lrelease")
    if beside.is_file():
        return [str(beside)]
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for name in ("lrelease", "Qt/libexec/lrelease", "lrelease.exe"):
                if (pathlib.Path(folder) / name).is_file():
                    return [str(pathlib.Path(folder) / name)]
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_all(out_dir: pathlib.Path | None = None, source: pathlib.Path = SOURCE) -> list[pathlib.Path]:
    tool = find_lrelease()
    if tool is None:
        raise SystemExit("compile_translations: pyside6-lrelease not found (pip install PySide6-Essentials)")
    made = []
    for ts in sorted(source.glob("*.ts")):
        qm = (out_dir or source) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            made.append(qm)
            continue
        subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


if __name__ == "__main__":
    for path in compile_all(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(path)
