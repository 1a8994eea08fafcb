"""macOS double-click: a QFileOpenEvent sent to the application opens the file in the window."""

import json

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from netbuilder.app import ensure_app


def test_a_file_open_event_opens_the_network_in_the_window(window, tmp_path, qtbot):
    ensure_app()  # installs the application-wide filter (idempotent)
    doc = window.document.to_doc()
    doc["name"] = "sent by the system"
    path = tmp_path / "double-clicked.json"
    path.write_text(json.dumps(doc))
    window.activateWindow()
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    qtbot.waitUntil(lambda: window.document.path == str(path), timeout=3000)
    assert window.document.to_doc()["name"] == "sent by the system"


def test_a_bad_file_from_the_system_gets_the_usual_error(window, tmp_path):
    ensure_app()
    bad = tmp_path / "broken.json"
    bad.write_text("{ not json")
    window.activateWindow()
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(bad)))
    assert window.dialogs.errors and "broken.json" in window.dialogs.errors[-1][1]
    assert window.document.path != str(bad)
