"""Shared set-up of the live-view tests."""


def shown(qtbot, widget, size=(900, 600)):
    """`widget` at `size`, shown and exposed, closed with the test."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
