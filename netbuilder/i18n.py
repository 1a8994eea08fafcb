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
English is the source language: no catalogue, the strings as written.
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


def parse_ts(path: pathlib.Path) -> dict[tuple[str, str], str]:
    """{(context, source): translation} for every finished message of a Qt Linguist file."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            element = message.find("translation")
            if element is None or element.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = element.findall("numerusform")
            text = forms[0].text if forms else element.text
            if text:
                found[(name, message.findtext("source", ""))] = text
    return found


@functools.cache
def catalogue(code: str) -> dict[tuple[str, str], str]:
    if code == SOURCE_LANGUAGE:
        return {}
    path = ts_path(code)
    return parse_ts(path) if path.is_file() else {}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language (as written when there is no translation); `%n` becomes `n`."""
    if _backend is not None:
        return _backend(context, text, disambiguation, n)
    result = catalogue(language()).get((context, text), text)
    return result.replace("%n", str(n)) if n >= 0 else result


def plural(context: str, n: int, one: str, many: str) -> str:
    """English picks between two marked sentences ("%n layer" / "%n layers"); Japanese, which has
    one form, translates both the same way. Both must also appear in QT_TRANSLATE_NOOP markers."""
    return translate(context, one if n == 1 else many, None, n)
