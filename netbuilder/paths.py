"""Where bundled resources live: beside the package in a checkout, or in a PyInstaller bundle."""

from __future__ import annotations

import pathlib
import sys


def resources_dir() -> pathlib.Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return pathlib.Path(bundle) / "resources"
    return pathlib.Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> pathlib.Path:
    return resources_dir().joinpath(*parts)


def examples() -> list[pathlib.Path]:
    return sorted(resource("examples").glob("*.json"))


DEFAULT_EXAMPLE = "shapes_cnn.json"
