"""Drag-and-drop without a mouse: QDrag.exec() does nothing offscreen, so tests send the events."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication


def point_between(view, upper_id, lower_id) -> QPoint:
    """The middle of the gap between two layer cards, in the canvas's coordinates."""
    canvas = view.canvas
    upper = view.card(upper_id).mapTo(canvas, QPoint(0, view.card(upper_id).height()))
    lower = view.card(lower_id).mapTo(canvas, QPoint(0, 0))
    return QPoint(upper.x() + 40, (upper.y() + lower.y()) // 2)


def _event(cls, pos, *args):
    """PySide6 6.12 takes a QPointF here, 6.11 a QPoint: use whichever this build accepts."""
    try:
        return cls(QPointF(pos), *args)
    except TypeError:
        return cls(QPoint(pos), *args)


def drop(widget, mime, pos: QPoint, action=Qt.DropAction.CopyAction) -> bool:
    """Enter, move and drop `mime` at `pos`; returns whether the drop was accepted."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = _event(QDragEnterEvent, pos, actions, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(widget, _event(QDragMoveEvent, pos, actions, mime, buttons, mods))
    event = _event(QDropEvent, pos, actions, mime, buttons, mods)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()
