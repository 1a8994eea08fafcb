"""What a data source says about itself: its schemes, its SPEC syntax, and how the window picks its files.

Each source module (`builtin.py`, `idx.py`, `cifar.py`, `csv_source.py`, `images.py`) declares one
`SOURCE = SourceInfo(...)`; `data/loader.py` collects them. The CLI's `--help`, the window's data
menu and tooltip, and the README's data section (scripts/update_readme.py) are all generated from
these declarations, the way the layer reference is generated from the layer classes, so a new
source is one module and one line in the loader.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Picker:
    """A "choose a file or folder" entry in the window's data menu."""
    text: str          # the menu entry, e.g. "CSV table…"
    folder: bool       # picks a folder (else a file)
    filters: str = ""  # the file dialog's filter, for files


@dataclass(frozen=True)
class SourceInfo:
    schemes: tuple[str, ...]               # the SPEC prefixes it reads, e.g. ("mnist", "fashion-mnist")
    usage: str                             # the SPEC's form, e.g. "csv:FILE[?label=COLUMN...]"
    about: str                             # what it reads, in a line or two
    pickers: dict[str, Picker] = field(default_factory=dict)  # scheme -> how the window picks its target

    def syntax(self) -> str:
        """This source's part of the SPEC help: the form, then the description indented."""
        return self.usage + "\n" + "\n".join("    " + line for line in self.about.splitlines())
