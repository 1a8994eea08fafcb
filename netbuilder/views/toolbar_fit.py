"""Keep every toolbar control on screen at any window width.

With text beside every icon, the toolbar (file and edit actions, Train, the run's Pause/Resume/Stop/
Step/Reset and the learning-rate box) needs about 1,200 px; Qt would silently drop what does not
fit, and at 1024 px Pause, Stop and the learning rate were gone. Instead the toolbar gets more
compact step by step as the window narrows — file and edit actions lose their text (the tooltip
keeps it), then the run controls use short labels — and only what still does not fit goes into
the toolbar's » menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QToolBar, QToolButton

LEVELS = ("full", "icons", "compact")


class ToolbarFitter(QObject):
    """Event filter on the toolbar: on every resize, the least compact level that fits."""

    def __init__(self, toolbar: QToolBar, text_actions, controls):
        super().__init__(toolbar)
        self.toolbar = toolbar
        self.text_actions = list(text_actions)  # become icon-only first
        self.controls = controls  # the run's control bar: has set_compact(bool)
        self.level = "full"
        toolbar.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.toolbar and event.type() == QEvent.Type.Resize:
            self.fit(event.size().width())
        return False

    def fit(self, width: int) -> str:
        for level in LEVELS:
            self.apply(level)
            if self.needed_width() <= width:
                break
        return self.level

    def apply(self, level: str) -> None:
        self.level = level
        style = Qt.ToolButtonStyle.ToolButtonIconOnly if level != "full" else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for action in self.text_actions:
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton) and button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)
        self.controls.set_compact(level == "compact")

    def needed_width(self) -> int:
        """What the toolbar's items want side by side (the expanding spacer counted at zero). Items
        are counted through their actions: Qt hides the widgets that overflowed."""
        layout = self.toolbar.layout()
        total = 0
        for action in self.toolbar.actions():
            widget = self.toolbar.widgetForAction(action)
            if not action.isVisible() or widget is None or widget.objectName() == "toolbarSpacer":
                continue
            total += widget.sizeHint().width() + layout.spacing()
        margins = layout.contentsMargins()
        return total + margins.left() + margins.right() + 24  # the handle and the » button's room
