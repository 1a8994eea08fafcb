"""Parsing JSON from files of unknown origin without letting the file's shape crash the reader.

`json.loads` alone fails on hostile but valid documents in ways that escape as the wrong exception
or surface much later: nesting thousands deep is a RecursionError, an integer literal thousands of
digits long is a ValueError (or a number no setting can hold), and a lone surrogate (`"\\ud800"`) is
accepted when reading but makes the file impossible to save after training. `parse_json` turns
each of those into a `Problem` with the JSON path where it sits, before anyone uses the document.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import json
import re

from netbuilder.engine.errors import Problem, join_path

MAX_DEPTH = 64         # a network file is about 4 levels deep; 64 leaves room for any honest use
MAX_INT_DIGITS = 30    # no setting needs more than 2**64; longer literals are refused, not converted


class HugeInteger:
    """Stands in for an integer literal too long to be a setting; reported by `document_problems`."""

    def __init__(self, literal: str):
        self.digits = len(literal.lstrip("-"))

    def __repr__(self) -> str:  # shown if a message ever quotes it
        return f"<whole number with {self.digits:,} digits>"


def _parse_int(literal: str):
    return HugeInteger(literal) if len(literal.lstrip("-")) > MAX_INT_DIGITS else int(literal)


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


def _depth_problem(text: str) -> Problem | None:
    """Refuse deep nesting before json.loads recurses into it (brackets counted outside strings)."""
    depth = 0
    for m in _BRACKETS.finditer(_STRING.sub('""', text)):
        depth += 1 if m.group() in "[{" else -1
        if depth > MAX_DEPTH:
            return Problem("", translate("Io", "is nested more than {0} levels deep; a network file needs about 4").format(MAX_DEPTH))
    return None


def parse_json(text: str) -> tuple[object, list[Problem]]:
    """(document, []) or (None, problems): a syntax error, or what `document_problems` finds."""
    if (problem := _depth_problem(text)) is not None:
        return None, [problem]
    try:
        doc = json.loads(text, parse_int=_parse_int)
    except json.JSONDecodeError as e:
        return None, [Problem("", translate("Io", "line {0}, column {1}: not valid JSON ({2})").format(e.lineno, e.colno, e.msg))]
    except (RecursionError, ValueError) as e:  # belt and braces: the scan above should prevent these
        return None, [Problem("", translate("Io", "cannot be read as JSON ({0})").format(e))]
    problems = document_problems(doc)
    return (None, problems) if problems else (doc, [])


def _lone_surrogate(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def document_problems(doc) -> list[Problem]:
    """Every value in `doc` that could not be stored as a setting or written back: walked without
    recursion, so it is safe on any document `parse_json` returns."""
    problems: list[Problem] = []
    stack = [("", doc)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, HugeInteger):
            problems.append(Problem(path, translate("Io", "is a whole number {0:,} digits long; no setting takes more than {1} digits").format(value.digits, MAX_INT_DIGITS)))
        elif isinstance(value, str):
            if _lone_surrogate(value):
                problems.append(Problem(path, translate("Io", "contains a character that is not valid text "
                                              "(a lone UTF-16 surrogate such as \\ud800)")))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", v) for i, v in reversed(list(enumerate(value))))
        elif isinstance(value, dict):
            for key, v in reversed(list(value.items())):
                if _lone_surrogate(key):
                    problems.append(Problem(path, translate("Io", "has a key that is not valid text ({0!s})").format(key.encode('utf-8', 'backslashreplace').decode())))
                    continue
                stack.append((join_path(path, key), v))
    return problems
