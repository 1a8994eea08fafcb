"""The application's translators: ours (resources/i18n/netbuilder_<lang>.qm) and Qt's own (standard
buttons such as Cancel in QMessageBox, QFileDialog), installed before any window is built.

The .qm is compiled from the .ts by `pyside6-lrelease` at build time (scripts/setup.sh, setup.py,
packaging/build.sh). A checkout where it has not been built yet still shows the translation: a
translator then answers from the .ts itself (netbuilder.i18n parses it for the command line anyway).
Changing View ▸ Language applies at the next start: menus and panels are built with their texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from netbuilder import i18n

KEY = "view/language"
_installed: list = []  # the translators this module put on the application
_chosen: list = []  # the language install() chose, once it has run


class CatalogueTranslator(QTranslator):
    """Answers from the parsed .ts when no .qm was built (a fresh checkout)."""

    def __init__(self, code: str, parent=None):
        super().__init__(parent)
        self.code = code
        self.entries = i18n.catalogue(code)

    def isEmpty(self) -> bool:  # noqa: N802  (Qt's name)
        return not self.entries

    def translate(self, context, source, disambiguation=None, n=-1):
        # None, not "": Qt takes an empty string for a translation and would blank its own texts.
        text = self.entries.get((context, source))
        if isinstance(text, tuple):
            text = text[min(i18n.plural_form(self.code, max(n, 0)), len(text) - 1)]
        return text


def _qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def installed() -> bool:
    return bool(_chosen)


def saved_choice(settings) -> str:
    value = str(settings.value(KEY, "system") or "system")
    return value if value == "system" or value in i18n.LANGUAGES else "system"


def install(app, settings=None) -> str:
    """Chooses the language (environment, then the saved choice in `settings`, then the locale),
    replaces any translators installed before and returns the language code."""
    code = i18n.choose_language(saved_choice(settings) if settings is not None else None)
    while _installed:
        app.removeTranslator(_installed.pop())
    # English too: its catalogue holds the plural forms ("%n layer(s)" -> "1 layer", "2 layers").
    ours = QTranslator(app)
    qm, ts = i18n.qm_path(code), i18n.ts_path(code)
    stale = qm.is_file() and ts.is_file() and qm.stat().st_mtime < ts.stat().st_mtime  # a checkout, .ts edited
    if stale or not ours.load(str(qm)):
        ours = CatalogueTranslator(code, app)
    translators = [ours]
    qt = QTranslator(app)
    if code != i18n.SOURCE_LANGUAGE and qt.load(QLocale(code), "qtbase", "_",
                                                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.insert(0, qt)
    for translator in translators:
        app.installTranslator(translator)
    _installed.extend(translators)
    i18n.set_language(code)
    _chosen[:] = [code]
    i18n.set_backend(_qt_translate)
    return code


translate = QCoreApplication.translate  # the views' spelling: pyside6-lupdate knows calls named translate(context, text)
