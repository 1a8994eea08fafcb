"""Network files (.json): read with messages that say what and where, write atomically.

A file is refused as a whole when anything in it is wrong, so the caller's current document is
never replaced by half of a bad one.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import json
import os
import pathlib
import stat

from netbuilder.engine.errors import Problem, SpecError
from netbuilder.engine.spec import FORMAT, VERSION, NetworkSpec, parse_spec
from netbuilder.io.atomic import atomic_write_text
from netbuilder.io.json_limits import parse_json


class NetworkFileError(Exception):
    """A network file that cannot be used; `problems` holds each (path, message)."""

    def __init__(self, path, problems: list[Problem]):
        self.file = str(path)
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{self.file}:\n{lines}" if len(problems) > 1 else f"{self.file}: {problems[0]}")


MAX_FILE_BYTES = 16 * 2**20  # a network file is a few KB; a bigger one is something else


def read_json(path) -> dict:
    """The parsed document, or NetworkFileError; refuses folders, devices, binary and huge files and
    documents whose shape (depth, giant numbers, invalid text) no network file has."""
    path = pathlib.Path(path)
    try:
        with open(path, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise NetworkFileError(path, [Problem("", translate("Io", "is not a regular file (a device or pipe?), "
                                                          "not a network file"))])
            raw = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise NetworkFileError(path, [Problem("", translate("Io", "no such file"))]) from None
    except IsADirectoryError:
        raise NetworkFileError(path, [Problem("", translate("Io", "is a folder, not a network file"))]) from None
    except OSError as e:
        raise NetworkFileError(path, [Problem("", translate("Io", "cannot be read: {0}").format(e.strerror or e))]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise NetworkFileError(path, [Problem("", translate("Io", "is larger than {0} MB; a network file is a few KB of JSON").format(MAX_FILE_BYTES >> 20))])
    if b"\0" in raw:
        raise NetworkFileError(path, [Problem("", translate("Io", "is not a text file (byte {0} is a NUL: binary data)").format(raw.index(0)))])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise NetworkFileError(path, [Problem("", translate("Io", "is not a text file (byte {0} is not UTF-8)").format(e.start))]) from None
    doc, problems = parse_json(text)
    if problems:
        raise NetworkFileError(path, problems)
    return doc


def load_network(path) -> NetworkSpec:
    """The validated spec in a file, or NetworkFileError listing every problem."""
    doc = read_json(path)
    try:
        return parse_spec(doc)
    except SpecError as e:
        raise NetworkFileError(path, e.problems) from None


def to_json(doc: dict) -> str:
    """Stable, readable JSON: one layer per line, so files diff well and hand-edit easily."""
    doc = {"format": FORMAT, "version": VERSION, **{k: v for k, v in doc.items() if k not in ("format", "version")}}
    parts = []
    for key, value in doc.items():
        if key == "layers" and isinstance(value, list):
            inner = ",\n".join("    " + json.dumps(layer, ensure_ascii=False) for layer in value)
            parts.append(f'  "layers": [\n{inner}\n  ]' if value else '  "layers": []')
        else:
            parts.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def save_network(path, doc: dict) -> None:
    atomic_write_text(path, to_json(doc))
