"""New, open, save, templates and recent files for one window's document.

Whatever goes wrong here (a bad file, a full disk) is shown as a message and leaves both the
window's content and the files on disk as they were.
"""

from __future__ import annotations

import copy
import pathlib

from PySide6.QtCore import QSettings

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder import i18n, paths
from netbuilder.engine.spec import DEFAULT_LOSS
from netbuilder.io.network_file import NetworkFileError, load_network, read_json
from netbuilder.views.translation import translate

MAX_RECENT = 8
BLANK = {
    "name": QT_TRANSLATE_NOOP("Files", "Untitled network"),
    "input": {"shape": [1, 28, 28]},
    "layers": [],
    "loss": DEFAULT_LOSS,
    "training": {"optimizer": {"type": "adam", "lr": 0.001}, "batch_size": 32, "epochs": 5},
    "data": "builtin:shapes",
}


def template_files() -> list[tuple[str, str, pathlib.Path]]:
    """(name, description, path) for every example and template network, in file-name order."""
    found = []
    files = paths.examples() + sorted(paths.resource("templates").glob("*.json"))
    for path in files:
        try:
            doc = read_json(path)
        except NetworkFileError:
            continue
        if isinstance(doc, dict):
            # The bundled examples' names and descriptions are in the catalogue (context "Templates").
            name, description = str(doc.get("name") or path.stem), str(doc.get("description") or "")
            found.append((translate("Templates", name), translate("Templates", description) if description else "", path))
    return found


class FileController:
    def __init__(self, window, document, dialogs, settings: QSettings):
        self.window = window
        self.document = document
        self.dialogs = dialogs
        self.settings = settings

    # --- recent files ------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def remember(self, path: str) -> None:
        path = str(pathlib.Path(path).resolve())
        recent = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue("recent_files", recent[:MAX_RECENT])

    def forget(self, path: str) -> None:
        self.settings.setValue("recent_files", [p for p in self.recent_files() if p != path])

    # --- replacing the content ---------------------------------------------------------------
    def maybe_save(self, also: str = "") -> bool:
        """True when the current content may be replaced (saved, discarded, or unchanged). `also`
        tells what else the answer loses (the trained weights), so that one question covers both."""
        if not self.document.modified:
            return True
        answer = self.dialogs.ask_save_changes(self.document.display_name(), also=also)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def may_replace(self) -> bool:
        """True when the content may be replaced, after one question at most: the window's run
        binding asks about trained weights and unsaved changes together."""
        run = getattr(self.window, "run", None)
        return run.confirm_discard(self) if run is not None else self.maybe_save()

    def new_blank(self) -> None:
        if self.may_replace():
            blank = copy.deepcopy(BLANK)
            blank["name"] = translate("Files", blank["name"])
            self.document.replace(blank)

    def new_from_template(self, path) -> None:
        """The template's content as a new, untitled network: Save never overwrites the template."""
        if not self.may_replace():
            return
        try:
            spec = load_network(path)
        except NetworkFileError as e:
            self.dialogs.error(translate("Files", "Cannot use this template"), translate("Files", "The template is not a usable network."), str(e))
            return
        self.document.replace(spec.doc)

    def open(self, path: str | None = None) -> bool:
        if path is None:
            start = str(pathlib.Path(self.document.path).parent) if self.document.path else ""
            path = self.dialogs.open_path(start)
            if not path:
                return False
        if pathlib.Path(path).suffix.lower() in (".nbmodel", ".onnx") and hasattr(self.window, "exports"):
            return self.window.exports.open_model(path)  # a trained model: network and weights
        if not self.may_replace():
            return False
        try:
            self.document.open(path)
        except NetworkFileError as e:
            self.dialogs.error(translate("Files", "Cannot open network"), translate("Files", "“{0}” was not opened; the current network is unchanged.").format(pathlib.Path(path).name), str(e))
            return False
        self.remember(path)
        return True

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.document.path:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        suggested = self.document.path or self._suggested_name()
        path = self.dialogs.save_path(suggested)
        return bool(path) and self._write(path)

    def _suggested_name(self) -> str:
        name = self.document.pipeline.settings.get("name")
        stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in str(name or "network")).strip("_")
        return f"{stem.lower() or 'network'}.json"

    def _write(self, path: str) -> bool:
        issues = self.document.analysis.file_issues
        count = len(issues)  # a plain name: pyside6-lupdate reads no expression as the count
        if issues and not self.dialogs.confirm(
                translate("Files", "Save a network with problems?"),
                i18n.translate("Files", "This network has %n problem(s), so it cannot be trained, and NetBuilder will refuse to open the file until they are fixed.", None, count),
                "\n".join(str(i) for i in issues[:10])):
            return False
        try:
            self.document.save(path)
        except OSError as e:
            self.dialogs.error(translate("Files", "Cannot save network"), translate("Files", "“{0}” was not saved.").format(pathlib.Path(path).name),
                               f"{path}: {e.strerror or e}")
            return False
        self.remember(path)
        return True
