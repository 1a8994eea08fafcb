"""Undo (Ctrl+Z, the menu, the toolbar) while an inspector field has the keyboard focus undoes the
network edit, not only the field's text: the field's edit is committed first, then undone, and the
selected card stays selected."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence


def focus_units(w, qtbot):
    dense = w.document.pipeline.ids[1]
    w.pipeline_view.set_selection([dense])
    spin = w.inspector.page.form.fields["units"].editor
    w.activateWindow()
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=5_000)
    spin.selectAll()
    return dense, spin


def press_undo(widget, qtbot):
    seq = QKeySequence(QKeySequence.StandardKey.Undo)[0]
    qtbot.keyClick(widget, seq.key(), seq.keyboardModifiers())


def test_ctrl_z_in_a_spin_box_undoes_the_network_edit_and_keeps_the_selection(window, qtbot):
    w = window
    dense, spin = focus_units(w, qtbot)
    qtbot.keyClicks(spin, "48")
    assert w.document.pipeline.node(dense).params["units"] == 48
    press_undo(spin, qtbot)
    assert w.document.pipeline.node(dense).params["units"] == 16
    assert w.pipeline_view.selected_ids() == [dense]
    assert w.inspector.page.form.fields["units"].editor.value() == 16  # the field follows


def test_the_undo_action_with_focus_in_a_field_keeps_the_selection(window, qtbot):
    w = window
    dense, spin = focus_units(w, qtbot)
    qtbot.keyClicks(spin, "48")
    w.act_undo.trigger()
    assert w.document.pipeline.node(dense).params["units"] == 16
    assert w.pipeline_view.selected_ids() == [dense]


def focus_settings_field(w, qtbot, name):
    w.pipeline_view.set_selection([])
    field = getattr(w.inspector.page, name)
    w.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=5_000)
    return field


def test_ctrl_z_in_the_name_field_undoes_the_network_edit(window, qtbot):
    w = window
    stack = w.document.undo_stack
    name = focus_settings_field(w, qtbot, "name")
    old = w.document.to_doc().get("name")
    name.selectAll()
    qtbot.keyClicks(name, "Renamed")
    assert w.document.to_doc()["name"] == "Renamed"
    count = stack.count()
    press_undo(name, qtbot)
    assert w.document.to_doc().get("name") == old and name.text() == (old or "")
    assert stack.count() == count and stack.canRedo()  # an undo, not one more edit
    assert name.hasFocus()


def test_ctrl_z_in_a_layer_spin_box_then_redo(window, qtbot):
    w = window
    dense, spin = focus_units(w, qtbot)
    qtbot.keyClicks(spin, "48")
    press_undo(spin, qtbot)
    seq = QKeySequence(QKeySequence.StandardKey.Redo)[0]
    qtbot.keyClick(spin, seq.key(), seq.keyboardModifiers())
    assert w.document.pipeline.node(dense).params["units"] == 48
    assert w.pipeline_view.selected_ids() == [dense] and spin.value() == 48


def test_ctrl_z_in_a_field_undoes_an_earlier_edit_elsewhere_and_keeps_the_selection(window, qtbot):
    w = window
    doc = w.document
    ids = list(doc.pipeline.ids)
    doc.insert_layers(len(ids), [{"type": "Dropout", "rate": 0.5}])  # an edit made on the canvas
    assert len(doc.pipeline.ids) == len(ids) + 1
    dense, spin = focus_units(w, qtbot)  # nothing typed: the field has no undo of its own
    press_undo(spin, qtbot)
    assert doc.pipeline.ids == ids
    assert w.pipeline_view.selected_ids() == [dense] and spin.hasFocus()


def test_ctrl_z_commits_a_half_typed_value_first(window, qtbot):
    w = window
    dense, spin = focus_units(w, qtbot)
    spin.lineEdit().setText("")  # cleared, not committed: the spin box has no value now
    qtbot.keyClicks(spin.lineEdit(), "64")
    press_undo(spin, qtbot)
    assert w.document.pipeline.node(dense).params["units"] == 16
    assert spin.value() == 16 and spin.text() == "16"
