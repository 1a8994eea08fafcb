"""Moving a progress bar without painting the window there and then.

QProgressBar.setValue repaints synchronously whenever the bar visibly moves, and a synchronous
repaint of one widget paints every dirty widget of its window with it: the live charts that a
redraw had just changed were painted inside the stat cards' timer, all in one event, instead of one
chart per event-loop turn (bench_gui: 60-90 ms without a timer tick). With updates disabled for the
call, setValue only records the value, and enabling them again schedules an ordinary paint.
"""

from PySide6.QtWidgets import QProgressBar


def set_value_later(bar: QProgressBar, value: int) -> None:
    """`bar.setValue(value)`, painted with the next regular update instead of at once."""
    if value == bar.value():
        return
    bar.setUpdatesEnabled(False)
    try:
        bar.setValue(value)
    finally:
        bar.setUpdatesEnabled(True)
