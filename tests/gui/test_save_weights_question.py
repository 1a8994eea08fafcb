"""The question on closing with unsaved trained weights says what closing does in this state:
after a finished run it said 'Training stops when the window closes' about a run that was over."""

import pytest
from PySide6.QtWidgets import QMessageBox

from netbuilder.views.dialogs import Dialogs


@pytest.mark.parametrize("training", [True, False])
def test_the_close_question_speaks_of_training_only_while_it_runs(qtbot, monkeypatch, training):
    seen = {}

    def answer(box):
        seen["text"], seen["info"] = box.text(), box.informativeText()
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert Dialogs(None).ask_save_weights(training) == "cancel"
    assert ("Training stops" in seen["info"]) is training
    assert ("still running" in seen["text"]) is training
    assert "Cancel keeps the window open" in seen["info"]
