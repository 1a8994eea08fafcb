"""Keeps PySide6 6.12.0 from aborting the interpreter on Python 3.11.

Its `SignalInstance.emit()` (and `disconnect()`) return `True` without taking a reference, so every
emit lowers True's reference count by one. On Python 3.12+ the bools are immortal and nothing
happens; on 3.11 the count reaches zero after a few thousand emits (pyqtgraph emits on every
redraw) and the process dies with "Fatal Python error: bool_dealloc: deallocating True or False".
Live training hits that within seconds.

True, False and None are static objects that are never freed, so lifting their reference counts
far out of reach changes nothing else: it makes them as immortal as they are on newer Pythons.
It is applied once, at application start, before any signal is emitted: `netbuilder.app.ensure_app`
(the window, screenshots), the self-test, the GUI benchmark and the test suite's conftest.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40
_done = False


def protect_singletons() -> None:
    """Make True, False and None effectively immortal on CPython < 3.12 (idempotent)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _done = True
        return
    for obj in (True, False, None):
        # ob_refcnt is the first field of every CPython object (Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(obj)).value += _MARGIN
    _done = True
