"""Facts about the project that the packaging needs, read from their single sources.

- version: `__version__` in netbuilder/__init__.py (the only place it is written down). Read with
  `ast`, not by importing, so it works from any Python (the build host's, a CI runner's) and
  never runs package code.
- name and summary: [project] in pyproject.toml.

Used by the PyInstaller spec, build.sh, make_deb.py, smoke_test.sh and the installer workflow:
    python packaging/project_info.py version|name|summary|display-name
"""

from __future__ import annotations

import ast
import pathlib
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent

# The name people see (window title, menus, installers). The package/command name comes from
# pyproject.toml; this is its capitalised form, kept here so every installer spells it alike.
DISPLAY_NAME = "NetBuilder"

# The MIME type of network files; the desktop entry, the shared-mime-info XML and the tests agree on it.
NETWORK_MIME_TYPE = "application/x-netbuilder-network"


def version(root: pathlib.Path = ROOT) -> str:
    source = (root / "netbuilder" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets):
            value = ast.literal_eval(node.value)
            if isinstance(value, str) and value:
                return value
    raise RuntimeError("netbuilder/__init__.py does not set __version__ to a string")


def _project(root: pathlib.Path = ROOT) -> dict:
    with open(root / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]


def name(root: pathlib.Path = ROOT) -> str:
    return _project(root)["name"]


def summary(root: pathlib.Path = ROOT) -> str:
    return _project(root)["description"]


def main(argv: list[str]) -> int:
    fields = {"version": version, "name": name, "summary": summary,
              "display-name": lambda: DISPLAY_NAME, "mime-type": lambda: NETWORK_MIME_TYPE}
    if len(argv) != 1 or argv[0] not in fields:
        print(f"usage: project_info.py {'|'.join(fields)}", file=sys.stderr)
        return 2
    print(fields[argv[0]]())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
