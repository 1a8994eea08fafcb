"""Autosave and crash recovery for the builder window.

While the document has unsaved changes, a copy goes to a recovery file every 30 seconds (and at
once when the changes are saved or the window closes normally, the file is removed). After a crash
or kill -9 the file stays behind, and the next start offers to restore it, saying when it was saved.
The files themselves are Qt-free (netbuilder/io/recovery.py); this is only the timer and the question.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from netbuilder.io.recovery import Recovery, RecoveryFile, orphaned
from netbuilder.views.translation import translate

INTERVAL_MS = 30_000


class Autosave(QObject):
    """Keeps one document's recovery file current while it has unsaved changes."""

    def __init__(self, document, interval_ms: int = INTERVAL_MS, store: RecoveryFile | None = None, parent=None):
        super().__init__(parent)
        self.document = document
        self.store = store or RecoveryFile()
        self.last_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        document.modified_changed.connect(self._modified_changed)

    def _modified_changed(self, modified: bool) -> None:
        if not modified:
            self.store.remove()  # saved (or replaced by a saved file): nothing to recover

    def save_now(self) -> None:
        """Write the recovery copy if there is anything unsaved; a failure is remembered, never raised
        (autosave must not interrupt the user; the next tick tries again)."""
        if not self.document.modified:
            return
        try:
            self.store.save(self.document.to_doc(), self.document.path)
            self.last_error = None
        except (OSError, ValueError, TypeError) as e:
            self.last_error = str(e)

    def discard(self) -> None:
        """A clean quit: the work was saved or deliberately discarded."""
        self.timer.stop()
        self.store.remove()


def restore_question(recovery: Recovery) -> str:
    return (translate("Recovery", "NetBuilder did not close normally last time. A copy of “{0}” with unsaved changes was kept, saved {1}.\n\nRestore it?").format(recovery.name, recovery.when()))


def offer_restore(window, document, ask=None) -> bool:
    """At start-up: offer each orphaned recovery copy, newest first; restore the first one accepted
    into `document` as unsaved changes. `ask(text) -> bool` replaces the dialog in tests.
    Returns whether something was restored. Copies that were declined are deleted."""
    if ask is None:
        def ask(text: str) -> bool:
            box = QMessageBox(QMessageBox.Icon.Question, translate("Recovery", "Restore unsaved work?"), text,
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
            box.button(QMessageBox.StandardButton.Yes).setText(translate("Recovery", "Restore"))
            box.button(QMessageBox.StandardButton.No).setText(translate("Recovery", "Discard"))
            return box.exec() == QMessageBox.StandardButton.Yes
    for recovery in orphaned():
        if ask(restore_question(recovery)):
            try:
                document.replace(recovery.doc, recovery.source)
            except Exception:  # noqa: BLE001 - a damaged copy must not stop the window from starting
                continue
            document.undo_stack.resetClean()  # unsaved: closing asks, autosave keeps it current
            autosave = getattr(window, "autosave", None)
            if autosave is not None:
                autosave.save_now()
            recovery.file.unlink(missing_ok=True)
            return True
        recovery.file.unlink(missing_ok=True)
    return False
