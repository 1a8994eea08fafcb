"""Every modal question the window asks, in one replaceable object.

The window never calls QFileDialog or QMessageBox itself; tests hand it a scripted stand-in, so no
test can hang on a dialog nobody will close.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

NETWORK_FILTER = "NetBuilder networks (*.json);;All files (*)"
OPEN_FILTER = "Networks and trained models (*.json *.nbmodel *.onnx);;" + NETWORK_FILTER
WEIGHTS_FILTER = "NetBuilder weights (*.npz);;All files (*)"


class Dialogs:
    def __init__(self, parent=None):
        self.parent = parent

    def open_path(self, directory: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, "Open network", directory, OPEN_FILTER)
        return path or None

    def save_path(self, suggested: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, "Save network as", suggested, NETWORK_FILTER)
        if path and not path.lower().endswith(".json"):
            path += ".json"
        return path or None

    def pick_data_file(self, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, "Choose a data file", "", filters)
        return path or None

    def pick_data_folder(self) -> str | None:
        return QFileDialog.getExistingDirectory(self.parent, "Choose a data folder") or None

    def ask_save_changes(self, name: str, also: str = "") -> str:
        """ "save", "discard" or "cancel" for a document with unsaved changes; `also` says what else
        goes whatever the answer (the trained weights), so the window asks one question, not two."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes",
                          f"Save the changes to “{name}” before closing it?",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.parent)
        box.setInformativeText("Your changes are lost if you don't save them." + (f" {also}" if also else ""))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")

    def weights_save_path(self, suggested: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, "Save trained weights", suggested, WEIGHTS_FILTER)
        if path and not path.lower().endswith(".npz"):
            path += ".npz"
        return path or None

    def weights_open_path(self, directory: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, "Load weights", directory, WEIGHTS_FILTER)
        return path or None

    def ask_save_weights(self, training: bool, document: str = "") -> str:
        """ "save", "discard" or "cancel" for trained weights about to be lost (the window is closing).
        `document`: the name of a network with unsaved changes too; the answer then covers both."""
        what = f"the trained weights and the changes to “{document}”" if document else "the trained weights"
        text = (f"Training is still running. Save {what} before closing?" if training
                else f"Save {what} before closing?")
        box = QMessageBox(QMessageBox.Icon.Question, "Trained weights", text,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.parent)
        box.setInformativeText("Training stops when the window closes; weights that are not saved are lost. "
                               "Cancel keeps the window open" + (" and training going." if training else "."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")

    def offer_missing_data(self, missing, doc: dict):
        """Download / choose a folder / use built-in shapes: (choice, SPEC, alternative) or None."""
        from netbuilder.views.missing_data import offer
        return offer(missing, doc, self, self.parent)

    def ask_train_again(self, epochs: int = 1, recorded: bool = True) -> str:
        """ "continue", "fresh" or "cancel" when Train is pressed on a network that has trained weights.
        `epochs`: how many more a continuation trains; `recorded`: the current weights are in the run history."""
        box = QMessageBox(QMessageBox.Icon.Question, "Train again?",
                          "This network has trained weights. Train it on from here, or start over?",
                          QMessageBox.StandardButton.NoButton, self.parent)
        more = f"{epochs} more epoch{'s' if epochs != 1 else ''}"
        box.setInformativeText(f"Continue training trains {more} from the current weights and the optimizer's "
                               "state" + (", in the same run of the run history. " if recorded else ". ")
                               + "Fresh weights starts a new run"
                               + ("; the current weights stay in the run history." if recorded else
                                  "; the current weights are not kept (Run ▸ Save Weights keeps a copy)."))
        go_on = box.addButton(f"Continue ({more})", QMessageBox.ButtonRole.AcceptRole)
        fresh = box.addButton("Fresh weights", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go_on)
        box.exec()
        return {go_on: "continue", fresh: "fresh"}.get(box.clickedButton(), "cancel")

    def confirm(self, title: str, text: str, detail: str = "") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.parent)
        if detail:
            box.setInformativeText(detail)
        return box.exec() == QMessageBox.StandardButton.Yes

    def error(self, title: str, text: str, detail: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self.parent)
        if detail.count("\n") > 8:
            box.setDetailedText(detail)  # a long problem list folds away behind "Show Details…"
        elif detail:
            box.setInformativeText(detail)
        box.exec()
