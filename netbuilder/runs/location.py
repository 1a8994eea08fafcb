"""Where the run store lives: --runs PATH, else $NETBUILDER_RUNS, else
$XDG_DATA_HOME/NetBuilder/runs.sqlite (XDG default ~/.local/share)."""

from __future__ import annotations

import os
import pathlib

ENV = "NETBUILDER_RUNS"


def default_store_path(explicit=None) -> pathlib.Path:
    if explicit:
        return pathlib.Path(explicit).expanduser()
    if os.environ.get(ENV):
        return pathlib.Path(os.environ[ENV]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return pathlib.Path(base) / "NetBuilder" / "runs.sqlite"


def files_dir(db_path) -> pathlib.Path:
    """The folder beside the database holding one sub-folder of array files per run."""
    db_path = pathlib.Path(db_path)
    return db_path.with_name(db_path.name + ".files")
