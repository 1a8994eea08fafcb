"""Undo and Redo from inside an inspector field undo the network edit.

A QLineEdit (also the one inside a spin box) and a QPlainTextEdit claim Ctrl+Z for their own
text history, so with the focus in a field the window's Undo never ran: it only rewound the
field's text, which the form then pushed as one more edit (no Redo), and with nothing typed it did
nothing at all. While such a field inside the inspector has the focus, this filter takes the Undo
and Redo keys first: it commits what was typed (as Enter would), then triggers the window's own
action. The selection and the focus stay; the form shows the undone value.

The filter sits on the focused field only (QApplication.focusChanged moves it), never on the
whole application: an application-wide Python filter costs every event in the process.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit

KEYS = ((QKeySequence.StandardKey.Undo, "undo"), (QKeySequence.StandardKey.Redo, "redo"))
FIELDS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit)


class FieldUndo(QObject):
    """`actions`: {"undo": QAction, "redo": QAction}; `area`: the widget whose fields this covers."""

    def __init__(self, area, actions: dict, parent=None):
        super().__init__(parent)
        self.area = area
        self.actions = actions
        self._field = None
        QApplication.instance().focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old, new) -> None:
        if self._field is not None:
            try:
                self._field.removeEventFilter(self)
            except RuntimeError:  # the field was deleted with its page
                pass
            self._field = None
        if isinstance(new, FIELDS) and self.area.isAncestorOf(new):
            new.installEventFilter(self)
            self._field = new

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        name = next((n for key, n in KEYS if event.matches(key)), None)
        if name is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to this field as a KeyPress, and stops here
            return True
        self._commit(obj)
        action = self.actions[name]
        if action.isEnabled():
            action.trigger()
        return True

    @staticmethod
    def _commit(field) -> None:
        """What was typed becomes the field's value, as Enter or leaving the field would do."""
        spin = field.parent() if isinstance(field, QLineEdit) and isinstance(field.parent(), QAbstractSpinBox) \
            else field
        if isinstance(spin, QAbstractSpinBox):
            spin.interpretText()
            spin.editingFinished.emit()
        elif isinstance(field, QLineEdit):
            field.editingFinished.emit()
