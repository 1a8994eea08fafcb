"""One error type for every dataset that cannot be used.

Data comes from the user's disk, from the network and from files of unknown origin, so almost
anything can be wrong with it. Every loader turns what numpy, gzip, pickle, csv or Pillow raise into a
`DataError` whose text is a single sentence naming the file (by its full path) and the problem, so
the GUI can show it in a dialog and the command line can print it without a traceback.
"""

from __future__ import annotations

import os
import pathlib

from netbuilder.engine.errors import did_you_mean

__all__ = ["DataError", "did_you_mean", "shown"]


class DataError(Exception):
    """A dataset that cannot be loaded; str(e) says which file and what is wrong with it."""


def shown(path: os.PathLike | str) -> str:
    """The full path as a person should see it in a message (absolute, ~ expanded, not resolved,
    so a symlinked data folder keeps the name the user gave it)."""
    return os.path.abspath(os.path.expanduser(os.fspath(path)))


def as_path(text: str) -> pathlib.Path:
    return pathlib.Path(shown(text))
