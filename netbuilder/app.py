"""The GUI entry points: `netbuilder` / `netbuilder gui [NET.json]` land in `run_gui`."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from netbuilder import __version__
from netbuilder.training.qt_workarounds import protect_singletons
from netbuilder.views import theme
from netbuilder.views.main_window import MainWindow


def ensure_app() -> QApplication:
    """The QApplication, created and themed once (tests and screenshots reuse pytest-qt's)."""
    protect_singletons()  # once, before any signal: PySide6 6.12 on Python 3.11 leaks a ref to True/None per emit
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    if not app.property("netbuilder_themed"):
        app.setOrganizationName("NetBuilder")
        app.setApplicationName("NetBuilder")
        app.setApplicationDisplayName("NetBuilder")
        app.setApplicationVersion(__version__)
        app.setDesktopFileName("netbuilder")
        theme.apply_theme(app)
        app.setWindowIcon(theme.icon("netbuilder"))
        app.setProperty("netbuilder_themed", True)
    from netbuilder.views import translation
    if not translation.installed():  # before any window: texts are translated as widgets are made
        from netbuilder.views.main_window import app_settings
        translation.install(app, app_settings())
    from netbuilder.views import file_open_events
    file_open_events.install_where_needed(app)  # macOS: double-clicked files arrive as QFileOpenEvents
    return app


def create_main_window(path: str | None = None, **kwargs) -> MainWindow:
    """A builder window showing `path`, or the ready-to-train example when None; not yet shown."""
    ensure_app()
    return MainWindow(path, **kwargs)


def run_gui(path: str | None = None) -> int:
    app = ensure_app()
    from netbuilder.views import file_open_events
    path = path or file_open_events.take_pending(app)
    window = create_main_window(path)
    window.show()
    if path is None:  # after a crash: offer the unsaved work kept by views/recovery.py
        from PySide6.QtCore import QTimer

        from netbuilder.views.recovery import offer_restore
        QTimer.singleShot(0, lambda: offer_restore(window, window.document))
    return app.exec()
