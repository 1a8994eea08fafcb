"""The offer made before training a network whose data is not on this computer.

Most templates train on MNIST or CIFAR-10, which are downloaded on demand. Instead of saying "Ready
to train" and then showing empty charts, the window says what is missing and offers what helps:
download it (the verified downloader, with a progress bar and Cancel), point at a folder that
already holds it, or switch to the built-in shapes set when the network still works on 1×28×28
images. The download runs in a worker thread; Cancel stops it between two chunks and nothing
half-written is kept (the downloader writes under a temporary name).
"""

from __future__ import annotations

import copy
import functools

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from netbuilder.data.availability import MissingData, missing_data
from netbuilder.data.errors import DataError
from netbuilder.model.analysis import analyze
from netbuilder.model.pipeline import Pipeline
from netbuilder.training import gui_garbage
from netbuilder.views.progress_bar import set_value_later
from netbuilder.views.translation import translate

BUILTIN = "builtin:shapes"
BUILTIN_SHAPE = [1, 28, 28]


class Cancelled(Exception):
    """Raised from the progress callback: the downloader stops and keeps nothing."""


def builtin_alternative(doc: dict) -> dict | None:
    """The settings that train this network on builtin:shapes instead ({"data", "input"}), or None
    when it would not build on 1×28×28 images (e.g. a network for 2-D points)."""
    trial = copy.deepcopy(doc)
    trial["data"] = BUILTIN
    trial.setdefault("input", {})["shape"] = list(BUILTIN_SHAPE)
    if len(doc.get("input", {}).get("shape") or []) != 3 or not analyze(Pipeline(trial)).ok:
        return None
    return {"data": BUILTIN, "input_shape": list(BUILTIN_SHAPE)}


def template_note(path) -> tuple[str, str]:
    """(" — needs MNIST download", what is missing) for a template whose data is not on this
    computer, else ("", "")."""
    from netbuilder.io.network_file import NetworkFileError, read_json
    try:
        doc = read_json(path)
    except NetworkFileError:
        return "", ""
    missing = missing_data(doc.get("data")) if isinstance(doc, dict) else None
    if missing is None:
        return "", ""
    return (translate("MissingData", "  — needs {0}").format(missing.title) + (translate("MissingData", " download") if missing.downloadable else ""),
            missing.message + (translate("MissingData", " Train offers to download it.") if missing.downloadable else ""))


class DownloadWorker(QObject):
    """Runs the verified downloader in a thread; `cancel()` stops it at the next chunk."""

    progress = Signal(int, int)   # bytes done, bytes total (0: unknown)
    done = Signal(str)            # the folder that now holds the data
    failed = Signal(str)          # why not (or "cancelled")

    def __init__(self, name: str, folder, downloader=None):
        super().__init__()
        self.name = name
        self.folder = folder
        self.downloader = downloader
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, done: int, total: int) -> None:
        if self._cancelled:
            raise Cancelled()
        self.progress.emit(done, total)

    @Slot()
    def run(self) -> None:
        from netbuilder.data.download import download
        fetch = self.downloader or download
        try:
            folder = fetch(self.name, self.folder, progress=self._progress)
        except Cancelled:
            self.failed.emit("cancelled")
        except (DataError, OSError) as e:
            self.failed.emit(str(e))
        else:
            self.done.emit(str(folder))
        finally:
            QThread.currentThread().quit()  # the thread ends with the download, whether or not the dialog still exists


class MissingDataDialog(QDialog):
    """Download / Choose Folder… / Use built-in shapes / Cancel. After exec(): `choice` is
    "downloaded", "folder", "builtin" or None, and `new_spec` the data SPEC to train on."""

    def __init__(self, missing: MissingData, doc: dict, pick_folder, parent=None, downloader=None):
        super().__init__(parent)
        self.setWindowTitle(translate("MissingData", "Data needed to train"))
        self.setObjectName("missingDataDialog")
        self.missing = missing
        self.pick_folder = pick_folder
        self.downloader = downloader
        self.choice: str | None = None
        self.new_spec: str | None = None
        self.alternative = builtin_alternative(doc)
        self.thread: QThread | None = None
        self.worker: DownloadWorker | None = None

        layout = QVBoxLayout(self)
        name = doc.get("name") or translate("MissingData", "This network")
        head = QLabel(translate("MissingData", "<b>“{0}” trains on {1}, which is not on this computer yet.</b>").format(name, missing.title))
        head.setWordWrap(True)
        layout.addWidget(head)
        detail = QLabel(missing.message)
        detail.setWordWrap(True)
        detail.setObjectName("missingDetail")
        layout.addWidget(detail)

        self.download_button = QPushButton(translate("MissingData", "Download {0} ({1} MB)").format(missing.title, missing.download_mb)
                                           if missing.downloadable else translate("MissingData", "Download"))
        self.download_button.setToolTip(translate("MissingData", "From the official server into {0}; every file is checked against its known SHA-256 before it is kept.").format(missing.where))
        self.download_button.clicked.connect(self.start_download)
        self.folder_button = QPushButton(translate("MissingData", "Choose File…") if missing.scheme == "csv" else translate("MissingData", "Choose Folder…"))
        self.folder_button.setToolTip(translate("MissingData", "You already have {0} somewhere else: point the network at it.").format(missing.title))
        self.folder_button.clicked.connect(self._choose_folder)
        self.builtin_button = QPushButton(translate("MissingData", "Use Built-in Shapes Instead"))
        self.builtin_button.setToolTip(translate("MissingData", "Generated 28×28 grey images of circles, squares, triangles and crosses: "
                                       "nothing to download. The input becomes 1×28×28 (undoable)."))
        self.builtin_button.clicked.connect(self._use_builtin)
        grid = QGridLayout()  # the offers that can help here, buttons of one width, each saying what it does
        offers = ((self.download_button, translate("MissingData", "then train; the files are kept in {0}").format(missing.where), missing.downloadable),
                  (self.folder_button, translate("MissingData", "a folder that already holds the files"), True),
                  (self.builtin_button, translate("MissingData", "train now on generated 28×28 images"), self.alternative is not None))
        for button, why, helps in offers:
            if helps:
                row = grid.rowCount()
                note = QLabel(why)
                note.setWordWrap(True)
                grid.addWidget(button, row, 0)
                grid.addWidget(note, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setFormat("%p %")
        layout.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setObjectName("downloadStatus")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(translate("MissingData", "Cancel"))
        self.cancel_button.setToolTip(translate("MissingData", "Close without training (during a download: stop it, keeping nothing)"))
        self.cancel_button.clicked.connect(self._cancel)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    # --- the choices ------------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        path = self.pick_folder()
        if not path:
            return
        spec = self.missing.with_folder(path)
        still = missing_data(spec)
        if still is not None:
            self.status.setText(still.message)
            return
        self.choice, self.new_spec = "folder", spec
        self.accept()

    def _use_builtin(self) -> None:
        self.choice, self.new_spec = "builtin", BUILTIN
        self.accept()

    def start_download(self) -> None:
        if self.thread is not None:
            return
        for button in (self.download_button, self.folder_button, self.builtin_button):
            button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)  # busy until the size is known
        self.status.setText(translate("MissingData", "Downloading {0} into {1}…").format(self.missing.title, self.missing.where))
        self.worker = DownloadWorker(self.missing.scheme, self.missing.where, self.downloader)
        # Not a child of the dialog, and ended by the worker itself: a dialog deleted mid-download
        # must not destroy a running QThread, which makes Qt abort the process.
        self.thread = QThread()
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._downloaded)
        self.worker.failed.connect(self._failed)
        self.thread.worker = self.worker  # the worker lives as long as its thread, not as the dialog
        gui_garbage.hold_while(self.thread)  # keeps the thread referenced until it has finished
        self.thread.start()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            set_value_later(self.progress, int(1000 * done / total))
            self.progress.setFormat(translate("MissingData", "{0:.1f} of {1:.1f} MB").format(done / 1e6, total / 1e6))
        else:
            self.progress.setFormat(translate("MissingData", "{0:.1f} MB").format(done / 1e6))

    def _finish_thread(self) -> None:
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()
            self.thread = None
            self.worker = None

    def _downloaded(self, _folder: str) -> None:
        self._finish_thread()
        self.choice, self.new_spec = "downloaded", self.missing.spec
        self.accept()

    def _failed(self, why: str) -> None:
        self._finish_thread()
        self.progress.setVisible(False)
        for button in (self.download_button, self.folder_button, self.builtin_button):
            button.setEnabled(True)
        self.status.setText(translate("MissingData", "Download cancelled; nothing was kept.") if why == "cancelled"
                            else translate("MissingData", "The download failed: {0}").format(why))
        if why == "cancelled" and self._closing:
            self.reject()

    _closing = False

    def _cancel(self) -> None:
        if self.worker is not None:
            self._closing = True
            self.status.setText(translate("MissingData", "Cancelling…"))
            self.worker.cancel()
            return
        self.reject()

    def reject(self) -> None:
        if self.worker is not None:  # Esc or the close box during a download: stop it first
            self._closing = True
            self.worker.cancel()
            return
        super().reject()


def offer(missing: MissingData, doc: dict, dialogs, parent=None, downloader=None):
    """Show the dialog; (choice, new SPEC, built-in alternative) or None when cancelled."""
    if missing.scheme == "csv":
        pick = functools.partial(dialogs.pick_data_file, translate("MissingData", "CSV files (*.csv);;All files (*)"))
    else:
        pick = dialogs.pick_data_folder
    dialog = MissingDataDialog(missing, doc, pick, parent, downloader)
    if not dialog.exec():
        return None
    return dialog.choice, dialog.new_spec, dialog.alternative


def resolve_missing_data(window) -> bool:
    """Before Train: True when the document's data is there (or was made so: downloaded, pointed at,
    or switched to builtin:shapes, as undoable edits); False when the user cancelled."""
    document = window.document
    missing = missing_data(document.pipeline.settings.get("data"))
    if missing is None:
        return True
    answer = window.dialogs.offer_missing_data(missing, document.to_doc())
    if answer is None:
        window.statusBar().showMessage(translate("MissingData", "Not trained: {0}").format(missing.message), 10000)
        return False
    apply_choice(document, *answer)
    return True


def apply_choice(document, choice: str | None, spec: str | None, alternative: dict | None) -> None:
    """The user's answer as one undoable edit of the network's settings."""
    if choice == "builtin" and alternative is not None:
        stack = document.undo_stack
        stack.beginMacro(translate("MissingData", "Train on built-in shapes"))
        document.set_setting(("input", "shape"), alternative["input_shape"])
        document.set_setting(("data",), alternative["data"])
        stack.endMacro()
    elif choice == "folder" and spec:
        document.set_setting(("data",), spec)

