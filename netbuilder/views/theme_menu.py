"""View ▸ Theme: System (follow the desktop's light/dark scheme, live), Light or Dark; the choice is
kept in the window's settings and applied to the whole application (every styled view re-colours
itself through theme.apply_theme)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.views import theme
from netbuilder.views.translation import translate

CHOICES = (("system", QT_TRANSLATE_NOOP("ThemeMenu", "&System"), QT_TRANSLATE_NOOP("ThemeMenu", "Follow the desktop's light or dark colour scheme")),
           ("light", QT_TRANSLATE_NOOP("ThemeMenu", "&Light"), QT_TRANSLATE_NOOP("ThemeMenu", "Light colours whatever the desktop uses")),
           ("dark", QT_TRANSLATE_NOOP("ThemeMenu", "&Dark"), QT_TRANSLATE_NOOP("ThemeMenu", "Dark colours whatever the desktop uses")))
KEY = "view/theme"


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette_for(choice: str) -> theme.Palette:
    if choice == "dark" or (choice == "system" and system_is_dark()):
        return theme.DARK
    return theme.LIGHT


def apply_choice(choice: str) -> None:
    new = palette_for(choice)
    if new is not theme.palette():
        theme.apply_theme(QApplication.instance(), new)


def saved_choice(settings) -> str:
    value = str(settings.value(KEY, "system"))
    return value if value in {c for c, _, _ in CHOICES} else "system"


class _SchemeFollower(QObject):
    """Re-applies "System" when the desktop switches scheme; a child of the menu, so the connection
    ends with the window."""

    def __init__(self, settings, parent):
        super().__init__(parent)
        self.settings = settings
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.scheme_changed)

    @Slot(Qt.ColorScheme)
    def scheme_changed(self, _scheme) -> None:
        if saved_choice(self.settings) == "system":
            apply_choice("system")


def add_theme_menu(w, view_menu) -> QActionGroup:
    """The Theme submenu of `view_menu`; applies the saved choice now and follows the system's
    scheme while "System" is chosen."""
    menu = view_menu.addMenu(translate("ThemeMenu", "&Theme"))
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = saved_choice(w.settings)
    for choice, text, tip in CHOICES:
        act = QAction(translate("ThemeMenu", text), menu, checkable=True)
        act.setData(choice)
        act.setToolTip(translate("ThemeMenu", tip))
        act.setChecked(choice == current)
        group.addAction(act)
        menu.addAction(act)

    def chosen(act: QAction) -> None:
        w.settings.setValue(KEY, act.data())
        apply_choice(act.data())

    group.triggered.connect(chosen)
    w.theme_follower = _SchemeFollower(w.settings, menu)
    w.theme_actions = {a.data(): a for a in group.actions()}
    apply_choice(current)
    return group
