"""SPEC strings: `scheme:target?key=value&key=value`.

One short string names any dataset, so the same text works in a network's JSON, on the command
line and in the GUI's data field. Parsing is separate from loading so that a typo in an option is
reported before a large file is read, and so that every source reads its options through the same
`Options` object: each option is declared once with its type and bounds, and anything not declared
is an error rather than silently ignored.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import math
from dataclasses import dataclass

from netbuilder.data.errors import DataError, did_you_mean

TRUE = ("1", "true", "yes", "on")
FALSE = ("0", "false", "no", "off")


@dataclass(frozen=True)
class Spec:
    text: str                 # as given, stripped: becomes Dataset.name
    scheme: str               # lower-cased: "mnist", "csv", ...
    target: str               # the path or builtin name, "" when absent
    options: dict[str, str]   # raw query values, in the order written


def parse_spec(text: str) -> Spec:
    """Split a SPEC into scheme, target and raw options, without checking them against a source.

    The scheme ends at the first ':' so Windows paths (`csv:C:\\x.csv`) survive; the options start
    at the first '?', so a path may not contain one.
    """
    if not isinstance(text, str) or not text.strip():
        raise DataError(translate("Data", "The dataset SPEC is empty; expected something like mnist:DIR or builtin:shapes."))
    text = text.strip()
    scheme, colon, rest = text.partition(":")
    if not colon:
        raise DataError(translate("Data", "The dataset SPEC \"{0}\" has no scheme; expected SCHEME:TARGET such as mnist:DIR or builtin:{1}.").format(text, text))
    target, _, query = rest.partition("?")
    options: dict[str, str] = {}
    for part in query.split("&") if query else ():
        if not part:
            continue
        key, eq, value = part.partition("=")
        key = key.strip().lower()
        if not eq or not key:
            raise DataError(translate("Data", "The dataset SPEC \"{0}\" has option \"{1}\" without a value; write key=value.").format(text, part))
        if key in options:
            raise DataError(translate("Data", "The dataset SPEC \"{0}\" sets option \"{1}\" twice.").format(text, key))
        options[key] = value.strip()
    return Spec(text=text, scheme=scheme.strip().lower(), target=target.strip(), options=options)


class Options:
    """Typed access to a SPEC's options; construction rejects any option the source does not know."""

    def __init__(self, spec: Spec, allowed: tuple[str, ...]):
        self.spec = spec
        for key in spec.options:
            if key not in allowed:
                listed = ", ".join(allowed) if allowed else "none"
                raise DataError(translate("Data", "The dataset SPEC \"{0}\" has unknown option \"{1}\"{2}; {3}: accepts {4}.").format(spec.text, key, did_you_mean(key, allowed), spec.scheme, listed))

    def _fail(self, key: str, what: str) -> DataError:
        return DataError(translate("Data", "In the dataset SPEC \"{0}\", option {1} {2}, not \"{3}\".").format(self.spec.text, key, what, self.spec.options[key]))

    def has(self, key: str) -> bool:
        return key in self.spec.options

    def text(self, key: str, default: str | None = None) -> str | None:
        return self.spec.options.get(key, default)

    def integer(self, key: str, default: int, lo: int | None = None, hi: int | None = None) -> int:
        if key not in self.spec.options:
            return default
        try:
            value = int(self.spec.options[key])
        except ValueError:
            raise self._fail(key, translate("Data", "must be a whole number")) from None
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise self._fail(key, translate("Data", "must be between {0} and {1}").format(lo, hi) if hi is not None else translate("Data", "must be at least {0}").format(lo))
        return value

    def number(self, key: str, default: float, lo: float, hi: float, hi_open: bool = False) -> float:
        if key not in self.spec.options:
            return default
        try:
            value = float(self.spec.options[key])
        except ValueError:
            raise self._fail(key, translate("Data", "must be a number")) from None
        if not math.isfinite(value) or value < lo or value > hi or (hi_open and value == hi):
            upper = translate("Data", "below {0:g}").format(hi) if hi_open else translate("Data", "at most {0:g}").format(hi)
            raise self._fail(key, translate("Data", "must be at least {0:g} and {1}").format(lo, upper))
        return value

    def fraction(self, key: str, default: float) -> float:
        """A share of the samples to hold out: 0 is allowed (no test set), 1 is not (no training set)."""
        return self.number(key, default, 0.0, 1.0, hi_open=True)

    def choice(self, key: str, default: str, choices: tuple[str, ...]) -> str:
        value = self.spec.options.get(key, default).lower()
        if value not in choices:
            raise self._fail(key, translate("Data", "must be one of {0}{1}").format(', '.join(choices), did_you_mean(value, choices)))
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        if key not in self.spec.options:
            return default
        value = self.spec.options[key].lower()
        if value in TRUE:
            return True
        if value in FALSE:
            return False
        raise self._fail(key, translate("Data", "must be 1 or 0"))

    def size(self, key: str) -> tuple[int, int] | None:
        """`WxH` (e.g. 32x32) as (width, height), or None when not given."""
        if key not in self.spec.options:
            return None
        w, x, h = self.spec.options[key].lower().partition("x")
        try:
            width, height = int(w), int(h)
        except ValueError:
            raise self._fail(key, translate("Data", "must be WIDTHxHEIGHT such as 32x32")) from None
        if not x or not (1 <= width <= 4096 and 1 <= height <= 4096):
            raise self._fail(key, translate("Data", "must be WIDTHxHEIGHT with each side between 1 and 4096"))
        return width, height

    def names(self, key: str) -> list[str] | None:
        """A comma-separated list (e.g. classes=airplane,ship), or None when not given."""
        if key not in self.spec.options:
            return None
        items = [item.strip() for item in self.spec.options[key].split(",") if item.strip()]
        if not items:
            raise self._fail(key, translate("Data", "must list at least one name"))
        return items
