"""Shortcuts against each platform's key bindings, not only the offscreen platform's.

Qt expands standard keys per keyboard scheme: on X11 Delete is Del *and* Ctrl+D, which collided
with Duplicate (an ambiguous shortcut: neither fires). Offscreen uses another scheme, so the X11
table (as Qt 6 reports it under xcb) is installed here; under Xvfb the real one is tested too.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from netbuilder.views.shortcuts import shortcut_table

K = QKeySequence.StandardKey
X11 = {  # QKeySequence.keyBindings(...) printed under QT_QPA_PLATFORM=xcb (generic Unix theme), Qt 6
    K.Delete: ["Del", "Ctrl+D"], K.Cut: ["Ctrl+X", "Shift+Del", "F20"], K.Copy: ["Ctrl+C", "Ctrl+Ins", "F16"],
    K.Paste: ["Ctrl+V", "Ctrl+Shift+Ins", "Shift+Ins", "F18"], K.SelectAll: ["Ctrl+A"],
    K.Undo: ["Ctrl+Z", "F14"], K.Redo: ["Ctrl+Shift+Z"], K.New: ["Ctrl+N"], K.Open: ["Ctrl+O"],
    K.Save: ["Ctrl+S"], K.SaveAs: ["Ctrl+Shift+S"], K.Close: ["Ctrl+W"], K.Quit: ["Ctrl+Q"],
}


@pytest.fixture(params=["platform", "x11"])
def bindings(request, monkeypatch):
    if request.param == "x11":
        real = QKeySequence.keyBindings
        monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(
            lambda key: [QKeySequence(k) for k in X11[key]] if key in X11 else real(key)))
    return request.param


def keys_in_use(window):
    owners = {}
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            owners.setdefault(seq.toString(), []).append(action.text())
    return owners


def test_no_two_actions_share_a_key(bindings, make_window):
    window = make_window()
    shared = {k: v for k, v in keys_in_use(window).items() if len(v) > 1}
    assert shared == {}
    assert "Ctrl+D" in [s.toString() for s in window.act_duplicate.shortcuts()]
    assert "Del" in [s.toString() for s in window.act_delete.shortcuts()]


def test_ctrl_d_duplicates_and_del_deletes(bindings, make_window, qtbot):
    window = make_window()
    view = window.pipeline_view
    first = window.document.pipeline.ids[1]
    view.set_selection([first])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.canvas.setFocus()
    n = len(window.document.pipeline)
    qtbot.keyClick(view.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.pipeline) == n + 1
    qtbot.keyClick(view.canvas, Qt.Key.Key_Delete)
    assert len(window.document.pipeline) == n


def test_the_shortcut_table_lists_every_action_once(make_window):
    window = make_window()
    rows = shortcut_table(window.findChildren(QAction))
    names = [name for _keys, name, _tip in rows]
    assert "Duplicate" in names and "Train" in names
    assert len(names) == len(set(names))
    assert all(keys and tip for keys, _n, tip in rows)
