"""macOS double-click: a QFileOpenEvent sent to the application opens the file in the window."""

import json
import sys

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from netbuilder.app import ensure_app
from netbuilder.views import file_open_events


@pytest.fixture
def file_open_filter():
    """The filter installed explicitly (ensure_app installs it on macOS only), removed afterwards so
    the rest of the suite runs without an application-wide filter, as the app does off macOS."""
    app = ensure_app()
    installed_before = app.findChild(file_open_events.FileOpenFilter) is not None
    f = file_open_events.install(app)
    yield f
    if not installed_before:
        app.removeEventFilter(f)
        f.setParent(None)
        f.deleteLater()


def test_the_filter_is_installed_on_macos_only():
    app = ensure_app()
    installed = app.findChild(file_open_events.FileOpenFilter) is not None
    assert installed == (sys.platform == "darwin")


def test_a_file_open_event_opens_the_network_in_the_window(window, tmp_path, qtbot, file_open_filter):
    doc = window.document.to_doc()
    doc["name"] = "sent by the system"
    path = tmp_path / "double-clicked.json"
    path.write_text(json.dumps(doc))
    window.activateWindow()
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    qtbot.waitUntil(lambda: window.document.path == str(path), timeout=3000)
    assert window.document.to_doc()["name"] == "sent by the system"


def test_a_bad_file_from_the_system_gets_the_usual_error(window, tmp_path, file_open_filter):
    bad = tmp_path / "broken.json"
    bad.write_text("{ not json")
    window.activateWindow()
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(bad)))
    assert window.dialogs.errors and "broken.json" in window.dialogs.errors[-1][1]
    assert window.document.path != str(bad)
