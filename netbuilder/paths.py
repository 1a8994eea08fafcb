"""Where bundled resources live: a PyInstaller bundle, a checkout, or an installed wheel.

The repository keeps `resources/` beside the package; the wheel build maps it into the package as
`netbuilder/resources` (see setup.py; a data folder, not a package), found here through `importlib.resources`. The checkout is
tried before the installed copy so that an editable install always shows the files being edited.
"""

from __future__ import annotations

import functools
import importlib.resources
import pathlib
import sys


@functools.cache
def resources_dir() -> pathlib.Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return pathlib.Path(bundle) / "resources"
    checkout = pathlib.Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "examples").is_dir():
        return checkout
    installed = importlib.resources.files("netbuilder") / "resources"  # a regular package: a real path
    if installed.is_dir():
        return pathlib.Path(str(installed))
    return checkout  # neither: callers report the missing file by its path


def resource(*parts: str) -> pathlib.Path:
    return resources_dir().joinpath(*parts)


def examples() -> list[pathlib.Path]:
    return sorted(resource("examples").glob("*.json"))


DEFAULT_EXAMPLE = "shapes_cnn.json"
