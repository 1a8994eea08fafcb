"""Where the window's panels are, and which saved arrangement the window is allowed to come back to.

A saved layout is only a wish: the next start must never open with the builder unusable. So the
window always opens in the builder view (the layout saved while training is the one from before
the run began), a saved arrangement is kept only when it is sane — palette and inspector shown,
each at a usable width, a floating panel on a screen — and the window's frame is fitted into the
screen's available area (a 200 % scale on a small screen must not open a window larger than it).
View ▸ Reset Layout puts everything back where a first start would.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow
from netbuilder.views.translation import translate

STATE_VERSION = 1
DEFAULT_SIZE = (1400, 900)
DEFAULT_DOCK_WIDTHS = {"palette": 210, "inspector": 330}
DEFAULT_PROBLEMS_HEIGHT = 80
MIN_SIDE_DOCK_WIDTH = 150  # below this the palette reads "L…" and the inspector's fields are clipped
MIN_PROBLEMS_HEIGHT = 40
SCREEN_SHARE = 0.92  # the first window leaves a margin of the available area free


def available_area(window) -> QRect:
    """The available area (without panels and docks of the desktop) of the window's screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, *DEFAULT_SIZE)


def fit_into_screen(window, size: tuple[int, int] | None = None) -> None:
    """Resize to `size` (or keep the size) but never beyond the available area, and move the frame
    so that all of it is on the screen."""
    area = available_area(window)
    w, h = size or (window.width(), window.height())
    w = min(w, int(area.width() * (SCREEN_SHARE if size else 1.0)))
    h = min(h, int(area.height() * (SCREEN_SHARE if size else 1.0)))
    w, h = max(w, min(window.minimumWidth(), area.width())), max(h, min(window.minimumHeight(), area.height()))
    window.resize(w, h)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.x() + max(0, area.width() - frame.width()))
    y = min(max(frame.y(), area.y()), area.y() + max(0, area.height() - frame.height()))
    if size is not None:  # a first window: centred
        x = area.x() + (area.width() - frame.width()) // 2
        y = area.y() + (area.height() - frame.height()) // 2
    window.move(max(area.x(), x), max(area.y(), y))


def builder_docks(window) -> list[QDockWidget]:
    return [window.palette_dock, window.inspector_dock, window.problems_dock]


class WindowLayout:
    """Saves, checks, restores and resets the window's arrangement (one per window)."""

    def __init__(self, window: QMainWindow, settings):
        self.window = window
        self.settings = settings
        self.builder_state: QByteArray | None = None  # taken when training moves the builder aside
        self._checked_after_show = False

    # --- the default arrangement -----------------------------------------------------------------
    def arrange_default(self) -> None:
        w = self.window
        for dock, area in ((w.palette_dock, Qt.DockWidgetArea.LeftDockWidgetArea),
                           (w.inspector_dock, Qt.DockWidgetArea.RightDockWidgetArea),
                           (w.problems_dock, Qt.DockWidgetArea.BottomDockWidgetArea),
                           (w.history_dock, Qt.DockWidgetArea.RightDockWidgetArea)):
            dock.setFloating(False)
            w.addDockWidget(area, dock)
            dock.show()
        w.tabifyDockWidget(w.inspector_dock, w.history_dock)
        runs = getattr(w, "runs_dock", None)
        if runs is not None:  # beside Problems, not on top of it: both readable at once
            visible = not runs.isHidden()
            runs.setFloating(False)
            w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, runs)
            w.splitDockWidget(w.problems_dock, runs, Qt.Orientation.Horizontal)
            runs.setVisible(visible)
        w.history_dock.hide()
        w.inspector_dock.raise_()
        w.resizeDocks([w.palette_dock, w.inspector_dock],
                      [DEFAULT_DOCK_WIDTHS["palette"], DEFAULT_DOCK_WIDTHS["inspector"]], Qt.Orientation.Horizontal)
        w.resizeDocks([w.problems_dock], [DEFAULT_PROBLEMS_HEIGHT], Qt.Orientation.Vertical)

    def reset(self) -> None:
        """View ▸ Reset Layout: the first start's arrangement, the builder view, a size that fits."""
        w = self.window
        self.builder_state = None
        self.arrange_default()
        fit_into_screen(w, DEFAULT_SIZE)
        if w.live.isVisible():  # a run is shown: its layout, with the builder panels (Ctrl+B) aside
            self.remember_builder()
            w._hidden_docks = builder_docks(w)
            for dock in w._hidden_docks:
                dock.hide()
            w.split_for_live()
        w.show_status(translate("WindowLayout", "Layout reset: the panels are where a first start puts them."))

    # --- saving and restoring ----------------------------------------------------------------------
    def save(self) -> None:
        """Keep the size and the builder arrangement — the one from before training when the live view
        is shown, so that the next start opens in the builder view with its panels."""
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        aside = self.window.palette_dock.isHidden() or self.window.inspector_dock.isHidden()
        state = self.builder_state if self.window.live.isVisible() and aside and self.builder_state is not None \
            else self.window.saveState(STATE_VERSION)
        self.settings.setValue("window/state", state)

    def remember_builder(self) -> None:
        """Training is about to move the builder panels aside: remember where they were."""
        self.builder_state = self.window.saveState(STATE_VERSION)

    def restore(self) -> None:
        w = self.window
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and w.restoreGeometry(geometry):
            fit_into_screen(w)
        else:
            fit_into_screen(w, DEFAULT_SIZE)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and w.restoreState(state, STATE_VERSION):
            problem = self.visibility_problem()
            if problem:
                self.arrange_default()
                self.say_later(translate("WindowLayout", "The saved layout was not used ({0}); View ▸ Reset Layout puts the panels back at any time.").format(problem))

    def say_later(self, text: str) -> None:
        QTimer.singleShot(0, lambda: self.window.show_status(text, 10000))

    # --- sanity ----------------------------------------------------------------------------------
    def visibility_problem(self) -> str | None:
        """What makes the restored arrangement unusable before it is laid out: a closed or hidden
        palette or inspector, or a floating panel that is on no screen."""
        for dock in (self.window.palette_dock, self.window.inspector_dock):
            if dock.isHidden():
                return translate("WindowLayout", "the {0} panel was hidden").format(dock.windowTitle())
        for dock in self.window.findChildren(QDockWidget):
            if dock.isFloating() and not any(s.availableGeometry().intersects(dock.frameGeometry())
                                             for s in QGuiApplication.screens()):
                return translate("WindowLayout", "the {0} panel floated off the screen").format(dock.windowTitle())
        return None

    def size_problem(self) -> str | None:
        """What makes the laid-out arrangement unusable: a side panel squeezed below a usable width."""
        w = self.window
        for dock in (w.palette_dock, w.inspector_dock):
            if dock.isVisible() and not dock.isFloating() and dock.width() < MIN_SIDE_DOCK_WIDTH:
                return translate("WindowLayout", "the {0} panel was {1} px wide").format(dock.windowTitle(), dock.width())
        if w.problems_dock.isVisible() and not w.problems_dock.isFloating() \
                and w.dockWidgetArea(w.problems_dock) in (Qt.DockWidgetArea.BottomDockWidgetArea,
                                                          Qt.DockWidgetArea.TopDockWidgetArea) \
                and w.problems_dock.height() < MIN_PROBLEMS_HEIGHT:
            return translate("WindowLayout", "the Problems panel was {0} px high").format(w.problems_dock.height())
        return None

    def check_after_show(self) -> None:
        """Once, when the window is first laid out: widen squeezed panels back to their defaults."""
        if self._checked_after_show:
            return
        self._checked_after_show = True
        problem = self.size_problem()
        if problem:
            w = self.window
            w.resizeDocks([w.palette_dock, w.inspector_dock],
                          [DEFAULT_DOCK_WIDTHS["palette"], DEFAULT_DOCK_WIDTHS["inspector"]], Qt.Orientation.Horizontal)
            w.resizeDocks([w.problems_dock], [DEFAULT_PROBLEMS_HEIGHT], Qt.Orientation.Vertical)
            self.say_later(translate("WindowLayout", "The saved panel sizes were not used ({0}).").format(problem))
