"""Typed, bounded parameter declarations.

A layer, loss or optimizer declares its parameters once as a tuple of `Param`; that single
declaration validates JSON, fills defaults, generates the GUI's editor fields and documents the
layer in `netbuilder layers`. Nothing else may restate a bound or a default.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from netbuilder.i18n import translate
from netbuilder.engine.errors import Problem, SpecError, did_you_mean
from netbuilder.format import value_text

REQUIRED = object()


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # "int", "float", "bool" or "choice"
    default: Any = REQUIRED
    doc: str = ""
    min: float | None = None
    max: float | None = None
    min_exclusive: bool = False
    choices: tuple = ()
    also: tuple = ()  # extra string values an int/float param accepts, e.g. "same" for padding
    nullable: bool = False  # None allowed (meaning is the param's doc, e.g. "same as pool_size")
    advanced: bool = False  # hidden behind "more" in the GUI, still in JSON

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    def bounds_text(self) -> str:
        """"between 1 and 64", "≥ 0", "> 0 and ≤ 1": the bound as the error messages say it."""
        low = None if self.min is None else f"{'>' if self.min_exclusive else '≥'} {value_text(self.min)}"
        if self.min is not None and self.max is not None and not self.min_exclusive:
            return translate("Engine", "between {0} and {1}").format(value_text(self.min), value_text(self.max))
        return " and ".join(t for t in (low, None if self.max is None else f"≤ {value_text(self.max)}") if t)

    def range_text(self) -> str:
        """" in [1, 64]", " > 0", "": the bound as the reference and tooltips show it."""
        if self.min is not None and self.max is not None:
            return f" in {'(' if self.min_exclusive else '['}{value_text(self.min)}, {value_text(self.max)}]"
        return f" {self.bounds_text()}" if self.bounds_text() else ""

    def describe(self) -> str:
        """`filters: int in [1, 100000] = 8` — the one-line form used in docs and tooltips."""
        kind = self.type + self.range_text()
        if self.type == "choice":
            kind = " | ".join(f'"{c}"' for c in self.choices)
        kind += "".join(f' | "{a}"' for a in self.also)
        if self.nullable:
            kind += " | null"
        return f"{self.name}: {kind}" + ("" if self.required else f" = {_json(self.default)}")

    def validate(self, value: Any) -> Any:
        """The value, coerced to its declared type, or SpecError (path = the param name)."""
        if value is None:
            if self.nullable:
                return None
            raise SpecError(self.name, translate("Engine", "must not be empty"))
        if isinstance(value, str) and value in self.also:
            return value
        if self.type == "bool":
            if isinstance(value, bool):
                return value
            raise SpecError(self.name, translate("Engine", "must be true or false, not {0}").format(_json(value)))
        if self.type == "choice":
            if value in self.choices:
                return value
            hint = did_you_mean(value, self.choices)
            raise SpecError(self.name, translate("Engine", "{0} is not one of {1}{2}").format(_json(value), ', '.join(map(_json, self.choices)), hint))
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            extra = translate("Engine", " or {0}").format(', '.join(map(_json, self.also))) if self.also else ""
            raise SpecError(self.name, translate("Engine", "must be a number{0}, not {1}").format(extra, _json(value)))
        if self.type == "int":
            if isinstance(value, float):
                if not value.is_integer():
                    raise SpecError(self.name, translate("Engine", "must be a whole number, not {0}").format(value_text(value)))
                value = int(value)
        elif self.type == "float":
            value = float(value)
            if not math.isfinite(value):
                raise SpecError(self.name, translate("Engine", "must be a finite number"))
        else:  # pragma: no cover - a declaration bug, not user input
            raise AssertionError(f"unknown param type {self.type}")
        if self.min is not None and (value < self.min or (self.min_exclusive and value == self.min)):
            raise SpecError(self.name, translate("Engine", "must be {0}, not {1}").format(self.bounds_text(), value_text(value)))
        if self.max is not None and value > self.max:
            raise SpecError(self.name, translate("Engine", "must be {0}, not {1}").format(self.bounds_text(), value_text(value)))
        return value


def configure(params: tuple[Param, ...], raw: dict, ignore: tuple[str, ...] = ("type",)) -> dict:
    """Validate a raw JSON object against declared params: every problem, or the full config."""
    problems: list[Problem] = []
    names = {p.name for p in params}
    for key in raw:
        if key in ignore or key in names:
            continue
        hint = did_you_mean(key, names)
        allowed = ", ".join(sorted(names)) or "none"
        problems.append(Problem(str(key), translate("Engine", "unknown setting{0}; allowed: {1}").format(hint, allowed)))
    config: dict = {}
    for p in params:
        if p.name in raw:
            try:
                config[p.name] = p.validate(raw[p.name])
            except SpecError as e:
                problems.extend(e.problems)
        elif p.required:
            problems.append(Problem(p.name, translate("Engine", "is required")))
        else:
            config[p.name] = p.default
    if problems:
        raise SpecError(problems)
    return config


def kind_name(kind, what: str, table) -> str:
    """`kind` when it is a name in `table`, else SpecError at "type" saying what was wrong with it
    (missing, not text, or unknown with the nearest name); shared by layers, losses, optimizers and
    schedules so a list or object where a name belongs is reported, never hashed."""
    if kind is None:
        raise SpecError("type", translate("Engine", "is required: the {0} type, one of {1}").format(what, ", ".join(table)))
    if not isinstance(kind, str):
        raise SpecError("type", translate("Engine", "must be the name of {0} (text), not {1}").format(_a(what), type_name(kind)))
    if kind not in table:
        raise SpecError("type", translate("Engine", 'unknown {0} type "{1}"{2}; choose one of {3}').format(what, kind, did_you_mean(kind, table), ", ".join(table)))
    return kind


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def type_name(value) -> str:
    """How a JSON value's type reads in a message: "a list", "an object", "a number"."""
    if isinstance(value, bool):
        return "true/false"
    return {dict: translate("Engine", "an object"), list: translate("Engine", "a list"), str: "text", type(None): "null"}.get(
        type(value), translate("Engine", "a number") if isinstance(value, (int, float)) else f"a {type(value).__name__}")


def _json(x) -> str:
    if isinstance(x, str):
        return f'"{x}"'
    if x is None:
        return "null"
    if isinstance(x, bool):
        return "true" if x else "false"
    return value_text(x)
