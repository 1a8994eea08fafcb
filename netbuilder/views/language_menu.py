"""View ▸ Language: System (the locale's language), English or 日本語. The choice is kept in the
window's settings and applies at the next start (views/translation.py installs the translator before
any window is built, and every menu and panel takes its texts when it is made); the status bar says
so. NETBUILDER_LANGUAGE, when set, wins over the menu."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup

from netbuilder import i18n
from netbuilder.views import translation
from netbuilder.views.translation import translate


def add_language_menu(w, view_menu) -> QActionGroup:
    menu = view_menu.addMenu(translate("LanguageMenu", "&Language"))
    menu.setToolTipsVisible(True)
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = translation.saved_choice(w.settings)
    choices = [("system", translate("LanguageMenu", "&System"),
                translate("LanguageMenu", "The language of the system's locale (LANG)"))]
    choices += [(code, name, name) for code, name in i18n.LANGUAGES.items()]  # each in its own language
    for code, text, tip in choices:
        act = QAction(text, menu, checkable=True)
        act.setData(code)
        act.setToolTip(tip)
        act.setChecked(code == current)
        group.addAction(act)
        menu.addAction(act)

    def chosen(act: QAction) -> None:
        w.settings.setValue(translation.KEY, act.data())
        w.show_status(translate("LanguageMenu", "The language changes at the next start of NetBuilder."))

    group.triggered.connect(chosen)
    w.language_actions = {a.data(): a for a in group.actions()}
    return group
