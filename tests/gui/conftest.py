"""A builder window per test, with scripted dialogs and settings in a temporary folder."""

import pytest
from PySide6.QtCore import QSettings


class FakeDialogs:
    """Answers every question the window asks; records errors instead of showing them."""

    def __init__(self):
        self.open_answer = None
        self.save_answer = None
        self.save_changes_answer = "discard"
        self.confirm_answer = True
        self.errors: list[tuple[str, str, str]] = []
        self.asked_save_changes = 0
        self.save_weights_answer = "discard"
        self.weights_path = None
        self.asked_save_weights = 0
        self.confirmations: list[tuple[str, str]] = []
        self.missing_offers = []
        self.missing_data_answer = None
        self.train_again_answer = "fresh"

    def open_path(self, directory=""):
        return self.open_answer

    def save_path(self, suggested=""):
        return self.save_answer

    def pick_data_file(self, filters):
        return self.open_answer

    def pick_data_folder(self):
        return self.open_answer

    def ask_save_changes(self, name, also=""):
        self.asked_save_changes += 1
        self.save_changes_also = also
        return self.save_changes_answer

    def offer_missing_data(self, missing, doc):
        """The data is missing: record the offer and answer with `missing_data_answer` (None: Cancel)."""
        self.missing_offers.append(missing)
        return self.missing_data_answer

    def confirm(self, title, text, detail=""):
        self.confirmations.append((title, text))
        return self.confirm_answer

    def ask_train_again(self, epochs=1, recorded=True):
        self.train_again_asked = (epochs, recorded)
        self.confirmations.append(("Train again?", self.train_again_answer))
        return self.train_again_answer

    def ask_save_weights(self, training, document=""):
        self.asked_save_weights += 1
        self.save_weights_document = document
        return self.save_weights_answer

    def weights_save_path(self, suggested=""):
        return self.weights_path

    def weights_open_path(self, directory=""):
        return self.weights_path

    def error(self, title, text, detail=""):
        self.errors.append((title, text, detail))


@pytest.fixture
def make_window(qtbot, isolated_settings, mlp_doc):
    """make_window(doc=None) -> a shown MainWindow holding `doc` (the tiny MLP by default)."""
    from netbuilder.app import create_main_window

    def make(doc=None):
        settings = QSettings(str(isolated_settings / "netbuilder.ini"), QSettings.Format.IniFormat)
        window = create_main_window(blank=True, dialogs=FakeDialogs(), settings=settings)
        window.document.replace(doc if doc is not None else mlp_doc)
        qtbot.addWidget(window)
        window.resize(1100, 700)
        window.show()
        qtbot.waitExposed(window)
        return window
    return make


@pytest.fixture
def window(make_window):
    return make_window()
