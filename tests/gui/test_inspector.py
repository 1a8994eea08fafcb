"""The inspector edits the spec through undoable commands; problems show, and block Train."""

import pytest
from PySide6.QtCore import Qt

from netbuilder.views.layer_editor import LayerEditor
from netbuilder.views.settings_editor import SettingsEditor, parse_shape, with_target

CNN = {
    "name": "Tiny CNN",
    "input": {"shape": [1, 8, 8]},
    "layers": [{"type": "Conv2D", "filters": 4, "kernel_size": 3}, {"type": "ReLU"}, {"type": "Flatten"},
               {"type": "Dense", "units": 3}, {"type": "Softmax"}],
    "loss": {"type": "cross_entropy"},
    "data": "builtin:shapes",
}


def test_editing_a_field_changes_the_spec_card_and_totals(window):
    dense = window.document.pipeline.ids[1]
    window.pipeline_view.set_selection([dense])
    page = window.inspector.page
    assert isinstance(page, LayerEditor)
    page.form.fields["units"].editor.setValue(32)
    assert window.document.spec.doc["layers"][1] == {"type": "Dense", "units": 32}
    assert window.pipeline_view.card(dense).shape.text() == "32"
    assert "32" in window.pipeline_view.card(dense).summary.text()
    total = window.document.analysis.param_count
    window.act_undo.trigger()
    assert window.document.pipeline.node(dense).params == {"units": 16}
    assert page.form.fields["units"].editor.value() == 16  # the form follows undo
    assert window.document.analysis.param_count < total
    window.act_redo.trigger()
    assert window.document.pipeline.node(dense).params == {"units": 32}


def test_typing_digits_is_one_undo_step(window, qtbot):
    dense = window.document.pipeline.ids[1]
    window.pipeline_view.set_selection([dense])
    spin = window.inspector.page.form.fields["units"].editor
    spin.selectAll()
    qtbot.keyClicks(spin, "128")
    assert window.document.pipeline.node(dense).params["units"] == 128
    assert window.document.undo_stack.count() == 1


def test_an_invalid_parameter_turns_the_card_red_and_disables_train(make_window, qtbot):
    window = make_window(CNN)
    conv = window.document.pipeline.ids[0]
    window.pipeline_view.set_selection([conv])
    assert window.act_train.isEnabled()
    window.inspector.page.form.fields["kernel_size"].editor.setValue(12)
    card = window.pipeline_view.card(conv)
    assert card.invalid and card.problem.isVisibleTo(card) and "kernel" in card.problem.text()
    field = window.inspector.page.form.fields["kernel_size"]
    assert field.problem.isVisibleTo(field) and "8×8" in field.problem.text()
    assert not window.act_train.isEnabled() and not window.train_button.isEnabled()
    assert "kernel" in window.act_train.toolTip() and "Cannot train" in window.act_train.toolTip()
    assert window.problems.count() == 1 and "Layer 1 · Conv2D · kernel_size" in window.problems.item(0).text()
    assert window.document.spec is None

    window.pipeline_view.set_selection([])
    window.problems.itemClicked.emit(window.problems.item(0))
    assert window.pipeline_view.selected_ids() == [conv]

    window.act_undo.trigger()
    assert not card.invalid and window.act_train.isEnabled() and window.document.spec is not None


def test_train_emits_the_frozen_spec(window, qtbot):
    with qtbot.waitSignal(window.train_requested) as signal:
        window.act_train.trigger()
    assert "not part of this build" not in window.statusBar().currentMessage()  # someone listens
    spec, ids = signal.args
    assert spec.doc == window.document.to_doc() and ids == window.document.pipeline.ids
    assert len(ids) == len(spec.layers)


def test_train_starts_the_windows_own_training_controller(window, qtbot):
    window.act_train.trigger()
    assert window.training.state != "idle" and window.live.isVisible()
    window.training.shutdown()
    assert not window.training.thread_running


def test_settings_page_shows_with_no_selection_and_edits_training(window):
    window.pipeline_view.set_selection([])
    page = window.inspector.page
    assert isinstance(page, SettingsEditor)
    page.training.fields["batch_size"].editor.setValue(128)
    page.optimizer.form.fields["lr"].editor.setValue(0.05)
    training = window.document.to_doc()["training"]
    assert training["batch_size"] == 128 and training["optimizer"] == {"type": "adam", "lr": 0.05}
    window.act_undo.trigger()
    assert window.document.to_doc()["training"]["optimizer"]["lr"] == 0.002


def test_changing_the_optimizer_keeps_the_learning_rate(window):
    window.pipeline_view.set_selection([])
    combo = window.inspector.page.optimizer.combo
    combo.setCurrentIndex(combo.findData("momentum"))
    combo.activated.emit(combo.currentIndex())
    assert window.document.to_doc()["training"]["optimizer"] == {"type": "momentum", "lr": 0.002}
    assert "momentum" in window.inspector.page.optimizer.form.fields


def test_input_shape_and_data_fields(window, qtbot):
    window.pipeline_view.set_selection([])
    page = window.inspector.page
    page.shape.clear()
    qtbot.keyClicks(page.shape, "3 x 8 x 8")
    assert window.document.pipeline.input_shape == (3, 8, 8)
    page.data.clear()
    qtbot.keyClicks(page.data, "mnsit:/tmp")
    assert not window.act_train.isEnabled()
    assert page.data_problem.isVisibleTo(page) and "mnist:" in page.data_problem.text()


def test_the_data_picker_keeps_the_options_of_the_same_source(window):
    window.document.set_setting(("data",), "csv:/old.csv?label=y")
    window.pipeline_view.set_selection([])
    window.dialogs.open_answer = "/new/table.csv"
    window.inspector.page._pick_data("csv", False, "")
    assert window.document.pipeline.settings["data"] == "csv:/new/table.csv?label=y"


def test_the_data_menu_lists_what_the_sources_declare(window):
    """The browse menu is built from data/builtin.py's names and each source's declared picker."""
    from netbuilder.data.builtin import NAMES
    from netbuilder.data.loader import PICKERS

    window.pipeline_view.set_selection([])
    menu = window.inspector.page.browse.menu()
    builtin = menu.actions()[0].menu()
    assert [a.text() for a in builtin.actions()] == list(NAMES)
    entries = [a.text() for a in menu.actions()[1:] if not a.isSeparator()]
    assert entries == [p.text for p in PICKERS.values()] and "CSV table…" in entries
    builtin.actions()[NAMES.index("spirals")].trigger()
    assert window.document.pipeline.settings["data"] == "builtin:spirals"


@pytest.mark.parametrize("text, shape", [("1 × 28 × 28", [1, 28, 28]), ("784", [784]), ("3,32,32", [3, 32, 32]),
                                         ("abc", None), ("", None)])
def test_parse_shape(text, shape):
    assert parse_shape(text) == shape


def test_with_target_drops_options_of_another_source():
    assert with_target("builtin:shapes?n=10", "csv", "/a.csv") == "csv:/a.csv"


def test_nullable_parameter_shows_default_and_stores_null(make_window):
    window = make_window({"input": {"shape": [1, 8, 8]}, "layers": [{"type": "MaxPool2D", "stride": 1}],
                          "data": "builtin:shapes"})
    pool = window.document.pipeline.ids[0]
    window.pipeline_view.set_selection([pool])
    spin = window.inspector.page.form.fields["stride"].editor
    assert spin.value() == 1
    spin.setValue(spin.minimum())
    assert spin.text() == "default"
    assert window.document.pipeline.node(pool).params["stride"] is None


def test_the_field_at_fault_gets_the_focus_from_the_problems_panel(make_window, qtbot):
    window = make_window(CNN)
    conv = window.document.pipeline.ids[0]
    window.document.set_layer_param(conv, "kernel_size", 12)
    window.problems.itemClicked.emit(window.problems.item(0))
    assert window.focusWidget() is window.inspector.page.form.fields["kernel_size"].editor
