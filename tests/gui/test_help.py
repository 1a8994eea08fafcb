"""Help ▸ Guide and Help ▸ Keyboard Shortcuts: real content, and the keys that really work."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableWidget, QTextBrowser

from netbuilder.views.help import guide_dialog, guide_markdown, shortcuts_dialog


def test_the_guide_covers_the_window_the_workflow_and_every_live_chart(window, qtbot):
    text = guide_markdown()
    for topic in ("## The window", "## The workflow", "Loss & accuracy", "Feature maps", "Gradients", "Filters",
                  "Decision boundary", "Results", "Look for"):
        assert topic in text
    dialog = guide_dialog(window)
    qtbot.addWidget(dialog)
    browser = dialog.findChild(QTextBrowser)
    assert "Feature maps" in browser.toPlainText() and "##" not in browser.toPlainText()  # rendered
    assert "Guide" in [a.text().replace("&", "") for a in window.menuBar().actions()[-1].menu().actions()]


def test_the_shortcut_list_shows_the_keys_in_use(window, qtbot):
    dialog = shortcuts_dialog(window.findChildren(QAction), window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget)
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["Train"] == "F5" and "Ctrl+D" in rows["Duplicate"]
    assert window.act_guide.shortcut().toString() == "F1"
    assert window.act_shortcuts.shortcut().toString() in rows["Keyboard Shortcuts"]
