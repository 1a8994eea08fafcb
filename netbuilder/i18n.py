"""Which language NetBuilder speaks, and translation for code that must not import Qt.

One catalogue serves everything: `resources/i18n/netbuilder_<lang>.ts` (Qt Linguist's XML). The GUI
loads its compiled form (`.qm`, made by `pyside6-lrelease` at build time) into a QTranslator
(views/translation.py) and calls `QCoreApplication.translate`; the command line and the Qt-free core
(engine, model, commands) read the same `.ts` here with the standard library, so a terminal without
a display, and a process that never loads Qt, say the same words as the window. gettext would have
meant a second catalogue format and a second set of tools for the same sentences.

Strings declared in Qt-free modules are marked with `QT_TRANSLATE_NOOP(context, text)` (it returns
the text; `pyside6-lupdate` recognises the name) and translated where they are shown. Layer, loss and
optimizer declarations (`doc` texts of layers and `Param`s) are collected from the registry instead
(scripts/update_translations.py), so a new parameter needs no marker to be caught by the tests.

The language: `NETBUILDER_LANGUAGE` (en, ja, or system), else the GUI's View ▸ Language setting,
else the system locale (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, in gettext's order).
English is the source language: the strings as written, except plurals ("%n problem(s)"), whose
English forms are in a small netbuilder_en.ts of their own.
"""

from __future__ import annotations

import functools
import os
import pathlib
import xml.etree.ElementTree as ET
from typing import Callable

from netbuilder.paths import resource

SOURCE_LANGUAGE = "en"
LANGUAGES = {"en": "English", "ja": "日本語"}  # each name in its own language, as a menu shows it
ENV = "NETBUILDER_LANGUAGE"

_current: str | None = None
_backend: Callable[[str, str, str | None, int], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Marks `text` for the catalogue under `context`; translated later, where it is shown."""
    return text


def _code(value: str | None) -> str | None:
    """"ja_JP.UTF-8" -> "ja"; None for an empty, "C"/"POSIX" or unsupported value."""
    if not value:
        return None
    code = value.split(":")[0].split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else None


def system_language(env=None) -> str:
    """The language the locale variables ask for, English when they ask for none we have."""
    env = os.environ if env is None else env
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            # The first variable that is set decides (LANGUAGE may list several, "ja:en").
            for part in value.split(":"):
                if _code(part):
                    return _code(part)
            if name != "LANGUAGE":
                return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def choose_language(override: str | None = None, env=None) -> str:
    """NETBUILDER_LANGUAGE, then `override` (the saved View ▸ Language choice), then the system."""
    env = os.environ if env is None else env
    for value in (env.get(ENV), override):
        if value and value != "system" and _code(value):
            return _code(value)
    return system_language(env)


def set_language(code: str) -> None:
    global _current
    _current = code if code in LANGUAGES else SOURCE_LANGUAGE


def language() -> str:
    """The language in use: the one set by the GUI or the command line, else chosen from the environment."""
    return _current if _current is not None else choose_language()


def set_backend(backend: Callable[[str, str, str | None, int], str] | None) -> None:
    """The GUI hands `QCoreApplication.translate` here, so Qt-free code shown in the window goes
    through the installed QTranslator too."""
    global _backend
    _backend = backend


def ts_path(code: str) -> pathlib.Path:
    return resource("i18n", f"netbuilder_{code}.ts")


def qm_path(code: str) -> pathlib.Path:
    return resource("i18n", f"netbuilder_{code}.qm")


def parse_ts(path: pathlib.Path) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """{(context, source): translation} for every finished message of a Qt Linguist file; a plural
    message ("%n layer(s)") maps to its forms, in the order of the language's plural rule."""
    found: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            element = message.find("translation")
            if element is None or element.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(f.text or "" for f in element.findall("numerusform"))
            text = forms if message.get("numerus") == "yes" else element.text
            if text and all(text):
                found[(name, message.findtext("source", ""))] = text
    return found


@functools.cache
def catalogue(code: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """The messages of one language. English has one too, holding only the plural forms."""
    path = ts_path(code)
    return parse_ts(path) if path.is_file() else {}


def plural_form(code: str, n: int) -> int:
    """Which numerus form `n` takes: Japanese has one, English two (1, other) — Qt's own rules."""
    return 0 if code == "ja" or n == 1 else 1


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language (as written when there is no translation); `%n` becomes `n`
    and picks the plural form, as QCoreApplication.translate does with a .qm."""
    if _backend is not None:
        return _backend(context, text, disambiguation, n)
    code = language()
    result = catalogue(code).get((context, text), text)
    if isinstance(result, tuple):
        result = result[min(plural_form(code, max(n, 0)), len(result) - 1)]
    return result.replace("%n", str(n)) if n >= 0 else result
