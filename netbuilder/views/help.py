"""Help ▸ Guide and Help ▸ Keyboard Shortcuts.

The guide's text lives in resources/guide/guide.md (edited as text, shown as rich text); the
shortcut list is made from the window's own actions after their key conflicts were resolved, so it
shows the keys that really work on this platform and can never drift from them.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QTextBrowser,
                               QVBoxLayout)

from netbuilder import i18n, paths
from netbuilder.views.shortcuts import shortcut_table
from netbuilder.views.translation import translate

GUIDE = ("guide", "guide.md")


def guide_path():
    """guide_<lang>.md when the guide is translated into the language in use (a document is
    translated as a whole, not sentence by sentence), else the English guide.md."""
    translated = paths.resource(GUIDE[0], f"guide_{i18n.language()}.md")
    return translated if translated.is_file() else paths.resource(*GUIDE)


def guide_markdown() -> str:
    try:
        return guide_path().read_text(encoding="utf-8")
    except OSError as e:
        return translate("Help", "# Guide\n\nThe guide could not be read ({0}).").format(html.escape(str(e)))


def _dialog(parent, title: str, name: str, body, size: tuple[int, int]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName(name)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    screen = (parent.screen() if parent is not None else None)
    if screen is not None:  # never larger than the screen, whatever the scaling
        area = screen.availableGeometry()
        size = (min(size[0], int(area.width() * 0.9)), min(size[1], int(area.height() * 0.9)))
    dialog.resize(*size)
    return dialog


def guide_dialog(parent=None) -> QDialog:
    browser = QTextBrowser()
    browser.setObjectName("guideText")
    browser.setOpenExternalLinks(True)
    browser.setMarkdown(guide_markdown())
    return _dialog(parent, translate("Help", "NetBuilder Guide"), "guideDialog", browser, (720, 760))


def shortcuts_dialog(actions, parent=None) -> QDialog:
    rows = shortcut_table(actions)
    table = QTableWidget(len(rows), 3)
    table.setObjectName("shortcutTable")
    table.setHorizontalHeaderLabels([translate("Help", "Keys"), translate("Help", "Command"), translate("Help", "What it does")])
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    return _dialog(parent, translate("Help", "Keyboard Shortcuts"), "shortcutsDialog", table, (760, 620))


def install_help(window, menu) -> tuple[QAction, QAction]:
    """Help ▸ Guide (F1) and Help ▸ Keyboard Shortcuts in `menu`; returns the two actions."""
    guide = QAction(translate("Help", "&Guide"), window)
    guide.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) or [QKeySequence("F1")])
    guide.setStatusTip(translate("Help", "The window's parts, the workflow, and what each live chart shows"))
    guide.triggered.connect(lambda: guide_dialog(window).exec())
    keys = QAction(translate("Help", "&Keyboard Shortcuts"), window)
    keys.setShortcut(QKeySequence("Ctrl+/"))
    keys.setStatusTip(translate("Help", "Every keyboard shortcut, as this platform binds them"))
    keys.triggered.connect(lambda: shortcuts_dialog(window.findChildren(QAction), window).exec())
    for action in (guide, keys):
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.statusTip()} ({native})")
        window.addAction(action)
        menu.addAction(action)
    return guide, keys
