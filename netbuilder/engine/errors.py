"""One error type for everything wrong with a network description.

The GUI, the command line and the file loader all need the same two things from a problem: where it
is (a JSON path such as ``layers[3].kernel_size``) and a sentence a person can act on. Validation
collects every problem it can find instead of stopping at the first, so `netbuilder check` and the
Problems panel can list them all at once.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from netbuilder.i18n import translate

_LAYER_PATH = re.compile(r"^layers\[(\d+)\]")


def readable_path(path: str) -> str:
    """``layers[3].kernel_size (layer 4)``: the JSON path stays a path, and names the layer as its
    card numbers it (cards count from 1, JSON indices from 0)."""
    m = _LAYER_PATH.match(path or "")
    return translate("Engine", "{0} (layer {1})").format(path, int(m.group(1)) + 1) if m else path


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return translate("Engine", "{0}: {1}").format(readable_path(self.path), self.message) if self.path else self.message


class SpecError(ValueError):
    """A network description that cannot work, with every known problem and where it is."""

    def __init__(self, problems: list[Problem] | str, message: str | None = None):
        if isinstance(problems, str):
            problems = [Problem(problems, message or "")]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def path(self) -> str:
        return self.problems[0].path if self.problems else ""

    @property
    def message(self) -> str:
        return self.problems[0].message if self.problems else ""

    def prefixed(self, prefix: str) -> "SpecError":
        """The same problems seen from one level up (``kernel_size`` -> ``layers[3].kernel_size``)."""
        return SpecError([Problem(join_path(prefix, p.path), p.message) for p in self.problems])


def join_path(prefix: str, path: str) -> str:
    if not prefix:
        return path
    if not path:
        return prefix
    return prefix + path if path.startswith("[") else f"{prefix}.{path}"


def did_you_mean(word: str, options) -> str:
    """' (did you mean "units"?)' when a close option exists, else ''."""
    close = difflib.get_close_matches(str(word), [str(o) for o in options], n=1, cutoff=0.6)
    if not close:
        lowered = {str(o).lower(): str(o) for o in options}
        if str(word).lower() in lowered:
            close = [lowered[str(word).lower()]]
    return translate("Engine", ' (did you mean "{0}"?)').format(close[0]) if close else ""
