"""Window-wide promises: tooltips on every control, and a layout that still fits at 1100×700."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)


def controls_without_tooltip(window):
    missing = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisibleTo(window):
            continue
        if type(w).__name__ in ("QDockWidgetTitleButton",) or w.objectName().startswith("qt_"):
            continue  # Qt's own dock and toolbar buttons
        if isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin box or combo box shows its owner's tooltip
        if not w.toolTip():
            missing.append(f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}")
    return missing


@pytest.mark.parametrize("select", ["settings", "layer"])
def test_every_control_has_a_tooltip(window, select):
    ids = window.document.pipeline.ids
    window.pipeline_view.set_selection([ids[1]] if select == "layer" else [])
    assert controls_without_tooltip(window) == []


def test_the_window_fits_at_1100_by_700(window, qtbot):
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: window.width() == 1100)
    assert window.minimumSizeHint().width() <= 1100 and window.minimumSizeHint().height() <= 700
    assert window.train_button.isVisibleTo(window)
    right = window.train_button.mapTo(window, window.train_button.rect().topRight()).x()
    assert right <= window.width()
    page = window.inspector.page
    assert page.width() <= window.inspector.viewport().width()  # no field runs off the inspector's right edge


def test_the_tooltip_check_notices_a_missing_tooltip(window):
    window.palette_panel.filter.setToolTip("")
    assert any("QLineEdit" in m for m in controls_without_tooltip(window))


def test_problems_name_the_place_in_words(window):
    window.document.set_setting(("training", "batch_size"), 0)
    window.document.remove_layers(window.document.pipeline.ids)
    texts = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert any(t.startswith("Training · batch_size — ") for t in texts)
    assert any(t.startswith("Pipeline — ") for t in texts)
