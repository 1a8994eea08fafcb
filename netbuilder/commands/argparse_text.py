"""argparse's own words ("usage:", "positional arguments", its error messages) in the chosen language.

argparse looks its texts up through the gettext function it imported as `argparse._`; Python ships
no Japanese catalogue for it, so ours answers instead, from the same netbuilder_<lang>.ts (context
"argparse") as every other message. Only the texts a user can meet are marked; the rest (errors in
how a parser is declared) stay English.
"""

from __future__ import annotations

import argparse

from netbuilder.i18n import QT_TRANSLATE_NOOP, translate

MARKED = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)


def _text(message: str) -> str:
    return translate("argparse", message)


def install() -> None:
    """Route argparse's lookups through our catalogue (English: the texts unchanged)."""
    argparse._ = _text
