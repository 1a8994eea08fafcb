"""The layout a window comes back to: always the builder view with its panels, a saved arrangement only
when it is usable, a first window that fits the screen, and View ▸ Reset Layout."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from netbuilder.views.window_layout import MIN_SIDE_DOCK_WIDTH, SCREEN_SHARE


@pytest.fixture
def settings_path(isolated_settings):
    return str(isolated_settings / "layout.ini")


def _window(qtbot, settings_path, doc, size=(1100, 700)):
    from netbuilder.app import create_main_window
    from tests.gui.conftest import FakeDialogs

    w = create_main_window(blank=True, dialogs=FakeDialogs(),
                           settings=QSettings(settings_path, QSettings.Format.IniFormat))
    w.document.replace(doc)
    qtbot.addWidget(w)
    if size:
        w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(20)  # the check after the first layout runs from the event loop
    return w


def _close(w):
    assert w.close()


def _builder_panels_usable(qtbot, w):
    qtbot.waitUntil(lambda: min(w.palette_dock.width(), w.inspector_dock.width()) >= MIN_SIDE_DOCK_WIDTH, timeout=2000)
    for dock in (w.palette_dock, w.inspector_dock, w.problems_dock):
        assert dock.isVisible(), f"{dock.windowTitle()} is not shown"
    assert w.palette_dock.width() >= MIN_SIDE_DOCK_WIDTH and w.inspector_dock.width() >= MIN_SIDE_DOCK_WIDTH
    assert not w.live.isVisible(), "the window must start in the builder view"


def test_quitting_in_the_live_view_starts_next_time_in_the_builder_view(qtbot, settings_path, mlp_doc):
    w = _window(qtbot, settings_path, mlp_doc)
    w._show_live()  # what a started run does
    assert not w.palette_dock.isVisible() and w.live.isVisible()
    _close(w)
    again = _window(qtbot, settings_path, mlp_doc)
    _builder_panels_usable(qtbot, again)


def test_a_squeezed_palette_is_not_restored(qtbot, settings_path, mlp_doc):
    w = _window(qtbot, settings_path, mlp_doc)
    w.resizeDocks([w.palette_dock, w.inspector_dock], [40, 40], Qt.Orientation.Horizontal)
    qtbot.wait(20)
    assert w.palette_dock.width() < MIN_SIDE_DOCK_WIDTH  # the squeeze the user did
    _close(w)
    again = _window(qtbot, settings_path, mlp_doc)
    _builder_panels_usable(qtbot, again)
    qtbot.waitUntil(lambda: "not used" in again.statusBar().currentMessage(), timeout=5000)


@pytest.mark.parametrize("closed", ["palette_dock", "inspector_dock"])
def test_a_layout_without_palette_or_inspector_is_not_restored(qtbot, settings_path, mlp_doc, closed):
    w = _window(qtbot, settings_path, mlp_doc)
    getattr(w, closed).close()
    _close(w)
    again = _window(qtbot, settings_path, mlp_doc)
    _builder_panels_usable(qtbot, again)
    qtbot.waitUntil(lambda: "Reset Layout" in again.statusBar().currentMessage(), timeout=5000)


def test_a_sane_layout_is_kept(qtbot, settings_path, mlp_doc):
    w = _window(qtbot, settings_path, mlp_doc)
    w.resizeDocks([w.palette_dock], [260], Qt.Orientation.Horizontal)
    w.problems_dock.close()  # a choice the user made, reachable from the badge and View ▸ Problems
    qtbot.wait(20)
    width = w.palette_dock.width()
    _close(w)
    again = _window(qtbot, settings_path, mlp_doc)
    qtbot.waitUntil(lambda: abs(again.palette_dock.width() - width) <= 2, timeout=5000)
    assert not again.problems_dock.isVisible()


def test_reset_layout_from_the_view_menu(qtbot, settings_path, mlp_doc):
    w = _window(qtbot, settings_path, mlp_doc)
    w.palette_dock.close()
    w.inspector_dock.setFloating(True)
    w.resizeDocks([w.problems_dock], [5], Qt.Orientation.Vertical)
    view = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    reset = next(a for a in view.actions() if a.text() == "&Reset Layout")
    reset.trigger()
    qtbot.wait(20)
    assert w.palette_dock.isVisible() and not w.inspector_dock.isFloating()
    assert w.dockWidgetArea(w.inspector_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    area = w.screen().availableGeometry()
    assert w.frameGeometry().width() <= area.width() and w.frameGeometry().height() <= area.height()


def test_the_first_window_fits_the_available_area(qtbot, settings_path, mlp_doc):
    w = _window(qtbot, settings_path, mlp_doc, size=None)  # no saved geometry: the default size, fitted
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert w.width() <= int(area.width() * SCREEN_SHARE) and w.height() <= int(area.height() * SCREEN_SHARE)
    assert area.contains(w.frameGeometry().topLeft())


def test_a_saved_geometry_larger_than_the_screen_is_fitted(qtbot, settings_path, mlp_doc):
    w = _window(qtbot, settings_path, mlp_doc, size=(3000, 2000))
    _close(w)
    again = _window(qtbot, settings_path, mlp_doc, size=None)
    area = again.screen().availableGeometry()
    assert again.width() <= area.width() and again.height() <= area.height()
