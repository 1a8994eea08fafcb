"""View ▸ Theme: Dark re-colours the application and its plots at once, is kept in the settings and
comes back with the next window; System follows the desktop's scheme when it changes."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from netbuilder.views import theme, theme_menu


def window_colour():
    return QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_then_light_recolours_and_is_remembered(make_window, isolated_settings):
    w = make_window()
    try:
        assert theme.palette() is theme.LIGHT and w.theme_actions["system"].isChecked()
        light = window_colour()
        w.theme_actions["dark"].trigger()
        assert theme.palette() is theme.DARK and window_colour() < light
        assert theme.DARK.plot_bg != theme.LIGHT.plot_bg
        assert QSettings(str(isolated_settings / "netbuilder.ini"), QSettings.Format.IniFormat).value("view/theme") == "dark"
        w2 = make_window()  # the same settings: the next window starts dark, Dark checked
        assert w2.theme_actions["dark"].isChecked() and theme.palette() is theme.DARK
        w2.theme_actions["light"].trigger()
        assert theme.palette() is theme.LIGHT and window_colour() == light
    finally:
        theme.apply_theme(QApplication.instance(), theme.LIGHT)


def test_system_follows_the_desktop_scheme(make_window, monkeypatch):
    w = make_window()
    try:
        assert w.theme_actions["system"].isChecked()
        monkeypatch.setattr(theme_menu, "system_is_dark", lambda: True)
        w.theme_follower.scheme_changed(Qt.ColorScheme.Dark)  # what the desktop's switch emits
        assert theme.palette() is theme.DARK
        w.theme_actions["light"].trigger()
        w.theme_follower.scheme_changed(Qt.ColorScheme.Dark)  # a fixed choice ignores the desktop
        assert theme.palette() is theme.LIGHT
    finally:
        theme.apply_theme(QApplication.instance(), theme.LIGHT)
