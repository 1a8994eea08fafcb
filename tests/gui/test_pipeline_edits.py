"""Editing the pipeline with the mouse and keyboard, each edit undone and redone."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from netbuilder.engine.registry import layer_kinds
from netbuilder.views.palette import palette_mime_data
from netbuilder.views.pipeline_view import layer_ids_mime
from tests.gui.helpers import drop, point_between


def kinds(window):
    return [n.kind for n in window.document.pipeline.nodes]


def test_palette_drop_lands_in_the_gap_under_the_cursor(window):
    view = window.pipeline_view
    a, b, *_ = window.document.pipeline.ids[1:]
    assert drop(view.canvas, palette_mime_data("Dropout"), point_between(view, a, b))
    assert kinds(window) == ["Flatten", "Dense", "Dropout", "ReLU", "Dense", "Softmax"]
    new = window.document.pipeline.ids[2]
    assert view.selected_ids() == [new] and not view.canvas.indicator.isVisible()
    window.act_undo.trigger()
    assert "Dropout" not in kinds(window)
    window.act_redo.trigger()
    assert window.document.pipeline.ids[2] == new


def test_drop_indicator_shows_while_dragging_over(window):
    from PySide6.QtGui import QDragEnterEvent
    view = window.pipeline_view
    ids = window.document.pipeline.ids
    pos = point_between(view, ids[0], ids[1])
    mime = palette_mime_data("ReLU")  # kept referenced: the event does not own it
    from tests.gui.helpers import _event
    QApplication.sendEvent(view.canvas, _event(QDragEnterEvent, pos, Qt.DropAction.CopyAction, mime,
                                               Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    indicator = view.canvas.indicator
    assert indicator.isVisible()
    top_of_second = view.card(ids[1]).mapTo(view.canvas, QPoint(0, 0)).y()
    assert view.card(ids[0]).mapTo(view.canvas, QPoint(0, view.card(ids[0]).height())).y() \
        <= indicator.geometry().center().y() <= top_of_second


def test_palette_shows_every_registered_kind_and_filters(window):
    palette = window.palette_panel
    assert palette.kinds_shown() == list(layer_kinds())
    palette.filter.setText("relu")
    assert palette.kinds_shown() == ["ReLU", "LeakyReLU"]


def test_palette_double_click_adds_after_the_selection(window, qtbot):
    first = window.document.pipeline.ids[0]
    window.pipeline_view.set_selection([first])
    tree = window.palette_panel.tree
    item = tree.findItems("Tanh", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    center = tree.visualItemRect(item).center()
    qtbot.mousePress(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)  # a real double-click starts so
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert kinds(window)[:2] == ["Flatten", "Tanh"]


def test_dragging_cards_moves_them_as_one_undo_step(window):
    view = window.pipeline_view
    flatten, dense, relu, dense2, softmax = window.document.pipeline.ids
    assert drop(view.canvas, layer_ids_mime(window.document, [dense, relu]), point_between(view, dense2, softmax),
                Qt.DropAction.MoveAction)
    assert window.document.pipeline.ids == [flatten, dense2, dense, relu, softmax]
    window.act_undo.trigger()
    assert window.document.pipeline.ids == [flatten, dense, relu, dense2, softmax]
    window.act_redo.trigger()
    assert window.document.pipeline.ids == [flatten, dense2, dense, relu, softmax]


def test_cards_dropped_into_another_window_are_copied(make_window):
    source, target = make_window(), make_window()
    dense = source.document.pipeline.ids[1]
    view = target.pipeline_view
    ids = target.document.pipeline.ids
    assert drop(view.canvas, layer_ids_mime(source.document, [dense]), point_between(view, ids[0], ids[1]))
    assert [n.kind for n in target.document.pipeline.nodes][:3] == ["Flatten", "Dense", "Dense"]
    assert len(source.document.pipeline) == 5


def test_alt_down_moves_the_selection(window):
    ids = window.document.pipeline.ids
    window.pipeline_view.set_selection([ids[0]])
    window.act_move_down.trigger()
    assert window.document.pipeline.ids[:2] == [ids[1], ids[0]]
    window.act_undo.trigger()
    assert window.document.pipeline.ids == ids


def test_delete_key_removes_the_multi_selection_in_one_step(window, qtbot):
    view = window.pipeline_view
    ids = window.document.pipeline.ids
    view.set_selection([ids[1], ids[3]])
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Delete)
    assert kinds(window) == ["Flatten", "ReLU", "Softmax"]
    assert view.selected_ids() == [ids[2]]  # the next layer, ready for another Delete
    assert window.document.undo_stack.count() == 1
    window.act_undo.trigger()
    assert window.document.pipeline.ids == ids
    window.act_redo.trigger()
    assert kinds(window) == ["Flatten", "ReLU", "Softmax"]


def test_ctrl_d_duplicates_after_the_selection(window, qtbot):
    view = window.pipeline_view
    dense = window.document.pipeline.ids[1]
    window.document.set_layer_param(dense, "units", 7)
    view.set_selection([dense])
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = window.document.pipeline.ids[2]
    assert window.document.pipeline.node(copy).raw() == {"type": "Dense", "units": 7}
    assert view.selected_ids() == [copy]
    window.act_undo.trigger()
    assert len(window.document.pipeline) == 5


def test_shift_click_selects_a_range(window, qtbot):
    view = window.pipeline_view
    ids = window.document.pipeline.ids
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=view.card(ids[1]).mapTo(view.canvas, QPoint(60, 10)))
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     pos=view.card(ids[3]).mapTo(view.canvas, QPoint(60, 10)))
    assert view.selected_ids() == ids[1:4]
    assert window.inspector.page.__class__.__name__ == "_ManySelected"


def test_copy_paste_goes_through_the_clipboard_as_json(make_window):
    a, b = make_window(), make_window()
    ids = a.document.pipeline.ids
    a.pipeline_view.set_selection([ids[1], ids[2]])
    a.act_copy.trigger()
    text = QApplication.clipboard().text()
    assert '{"type": "Dense", "units": 16}' in text and text.lstrip().startswith("[")
    b.pipeline_view.set_selection([])
    b.act_paste.trigger()
    assert [n.kind for n in b.document.pipeline.nodes][-2:] == ["Dense", "ReLU"]
    assert b.pipeline_view.selected_ids() == b.document.pipeline.ids[-2:]
    QApplication.clipboard().setText("not layers")
    b.act_paste.trigger()
    assert len(b.document.pipeline) == 7 and "Nothing pasted" in b.statusBar().currentMessage()


def test_a_card_can_show_a_meter_that_survives_edits(window):
    view = window.pipeline_view
    dense = window.document.pipeline.ids[1]
    card = view.card(dense)
    assert not card.meter.isVisibleTo(card)
    card.set_meter(0.4, "1e-3", "gradient size")
    window.document.set_layer_param(dense, "units", 9)
    window.document.move_layers([dense], 0)
    assert view.card(dense) is card and card.meter.isVisibleTo(card) and card.meter.fraction == 0.4
    card.set_meter(None)
    assert not card.meter.isVisibleTo(card)


def test_right_click_menu_offers_the_pipeline_actions(window):
    texts = [a.text() for a in window.pipeline_view.canvas.actions() if not a.isSeparator()]
    assert {"&Copy", "&Paste", "&Delete", "D&uplicate"} <= set(texts)
