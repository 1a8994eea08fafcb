"""Every modal question the window asks, in one replaceable object.

The window never calls QFileDialog or QMessageBox itself; tests hand it a scripted stand-in, so no
test can hang on a dialog nobody will close.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox
from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder import i18n
from netbuilder.views.translation import translate

NETWORK_FILTER = QT_TRANSLATE_NOOP("Dialogs", "NetBuilder networks (*.json);;All files (*)")
OPEN_FILTER_HEAD = QT_TRANSLATE_NOOP("Dialogs", "Networks and trained models (*.json *.nbmodel *.onnx);;")
OPEN_FILTER = OPEN_FILTER_HEAD + NETWORK_FILTER
WEIGHTS_FILTER = QT_TRANSLATE_NOOP("Dialogs", "NetBuilder weights (*.npz);;All files (*)")


class Dialogs:
    def __init__(self, parent=None):
        self.parent = parent

    def open_path(self, directory: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, translate("Dialogs", "Open network"), directory, translate("Dialogs", OPEN_FILTER_HEAD) + translate("Dialogs", NETWORK_FILTER))
        return path or None

    def save_path(self, suggested: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, translate("Dialogs", "Save network as"), suggested, translate("Dialogs", NETWORK_FILTER))
        if path and not path.lower().endswith(".json"):
            path += ".json"
        return path or None

    def pick_data_file(self, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, translate("Dialogs", "Choose a data file"), "", filters)
        return path or None

    def pick_data_folder(self) -> str | None:
        return QFileDialog.getExistingDirectory(self.parent, translate("Dialogs", "Choose a data folder")) or None

    def ask_save_changes(self, name: str, also: str = "") -> str:
        """ "save", "discard" or "cancel" for a document with unsaved changes; `also` says what else
        goes whatever the answer (the trained weights), so the window asks one question, not two."""
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Dialogs", "Unsaved changes"),
                          translate("Dialogs", "Save the changes to “{0}” before closing it?").format(name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.parent)
        box.setInformativeText(translate("Dialogs", "Your changes are lost if you don't save them.") + (f" {also}" if also else ""))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")

    def weights_save_path(self, suggested: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, translate("Dialogs", "Save trained weights"), suggested, translate("Dialogs", WEIGHTS_FILTER))
        if path and not path.lower().endswith(".npz"):
            path += ".npz"
        return path or None

    def weights_open_path(self, directory: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, translate("Dialogs", "Load weights"), directory, translate("Dialogs", WEIGHTS_FILTER))
        return path or None

    def ask_save_weights(self, training: bool, document: str = "") -> str:
        """ "save", "discard" or "cancel" for trained weights about to be lost (the window is closing).
        `document`: the name of a network with unsaved changes too; the answer then covers both."""
        what = translate("Dialogs", "the trained weights and the changes to “{0}”").format(document) if document else translate("Dialogs", "the trained weights")
        text = (translate("Dialogs", "Training is still running. Save {0} before closing?").format(what) if training
                else translate("Dialogs", "Save {0} before closing?").format(what))
        box = QMessageBox(QMessageBox.Icon.Question, translate("Dialogs", "Trained weights"), text,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.parent)
        # "Training stops" only while it runs: said after a finished run, it described a run that was over.
        box.setInformativeText(translate("Dialogs", "Training stops when the window closes; weights that are not saved are lost. "
                                         "Cancel keeps the window open and training going.") if training else
                               translate("Dialogs", "Weights that are not saved are lost. Cancel keeps the window open."))
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
        box = QMessageBox(QMessageBox.Icon.Question, translate("Dialogs", "Train again?"),
                          translate("Dialogs", "This network has trained weights. Train it on from here, or start over?"),
                          QMessageBox.StandardButton.NoButton, self.parent)
        more = i18n.translate("Dialogs", "%n more epoch(s)", None, epochs)
        box.setInformativeText(translate("Dialogs", "Continue training trains {0} from the current weights and the optimizer's state").format(more) + (translate("Dialogs", ", in the same run of the run history. ") if recorded else ". ")
                               + translate("Dialogs", "Fresh weights starts a new run")
                               + (translate("Dialogs", "; the current weights stay in the run history.") if recorded else
                                  translate("Dialogs", "; the current weights are not kept (Run ▸ Save Weights keeps a copy).")))
        go_on = box.addButton(translate("Dialogs", "Continue ({0})").format(more), QMessageBox.ButtonRole.AcceptRole)
        fresh = box.addButton(translate("Dialogs", "Fresh weights"), QMessageBox.ButtonRole.DestructiveRole)
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
