"""A run's link to the builder window: which card each layer of the run is, what happens to the
trained weights when the document changes, weights files, and the gradient meters on the cards.

The TrainingController owns the thread and the run's state; the window owns the layout; this
object owns what ties a run to the document:

- `node_ids`: the pipeline node of each layer of the current run (spec.layers[i] is node_ids[i]),
  so per-layer results land on the right card even after the pipeline is edited.
- the "discard trained weights?" guard: an edit that makes the trained (or training) network's
  weights unusable asks first, once the edit is committed (not after each digit typed into a
  field), and "no" rolls the undo stack back to where the network fits. An edit the weights
  survive (a layer without weights added or removed, a dropout rate: model/weights_fit.py) asks
  nothing and says so in the status bar.
- Save/Load Weights, whose outcome comes from the controller's `command_done`/`command_failed`.
- the selected layer: the controller's `selected_layer` is its one owner. A card click sets it
  there; its `selection_changed` highlights the card; the live views follow the same signal.
"""

from __future__ import annotations

import json
import pathlib

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.model.weights_fit import weight_signature
from netbuilder.run.control import Command, State
from netbuilder.training.controller import TrainingController
from netbuilder.views.live.card_meters import card_gradient_meters
from netbuilder import i18n
from netbuilder.views.translation import translate

WEIGHTS_COMMANDS = {Command.SAVE_WEIGHTS: (QT_TRANSLATE_NOOP("RunBinding", "Cannot save weights"), QT_TRANSLATE_NOOP("RunBinding", "The weights were not saved.")),
                    Command.LOAD_WEIGHTS: (QT_TRANSLATE_NOOP("RunBinding", "Cannot load weights"), QT_TRANSLATE_NOOP("RunBinding", "The weights were not loaded; the network is unchanged."))}


class RunBinding(QObject):
    """`status(text, ms)` shows a status-bar line; `weights_name()` suggests a file name stem."""

    train_requested = Signal(object, object)  # spec, node_ids: a run of the document has started
    cleared = Signal()                        # the trained network is gone: back to the builder layout

    def __init__(self, document, pipeline_view, dialogs, status, weights_name, parent=None):
        super().__init__(parent)
        self.document = document
        self.pipeline_view = pipeline_view
        self.dialogs = dialogs
        self.status = status
        self.weights_name = weights_name
        self.controller = TrainingController(self)
        self.node_ids: list[int] = []          # pipeline node of each layer of the current run
        self._trained_arch: str | None = None  # the architecture the run was started from (or last kept)
        self._trained_signature: tuple | None = None  # its weight arrays: edits keeping these keep the weights
        self._trained_index = 0                # undo-stack index that matches it
        self._asking = False
        self._guard_pending = False
        self._failure: str | None = None       # the last command_failed text, for synchronous answers
        self._on_disk: tuple | None = None     # (RunInfo, steps) when the weights were last saved or loaded
        self._from_file = False                # the run being started begins from a weights file
        c = self.controller
        c.selection_changed.connect(self._highlight_card)
        c.visuals.connect(self._show_meters)
        c.run_started.connect(lambda _info: self._clear_meters())
        c.run_started.connect(self._run_began)
        c.command_done.connect(self._command_done)
        c.cleared.connect(self._run_cleared)
        c.message.connect(lambda text: self.status(text, 6000))
        c.command_failed.connect(self._command_failed)
        c.diverged.connect(lambda _text: self.status(translate("RunBinding", "Training diverged: see the message above the plots."), 8000))
        c.finished.connect(self._finished)
        document.changed.connect(self._guard_trained_weights)
        document.reset.connect(self._document_replaced)
        pipeline_view.selection_changed.connect(self._card_selected)

    # --- starting --------------------------------------------------------------------------------
    def start(self, data=None, overrides: dict | None = None, paused: bool = False, weights: str | None = None,
              record: bool = True) -> bool:
        """Freeze the document and train it in the background; `data` None means the file's own source.
        A network with trained weights asks first: train on from them, or from fresh weights.
        False (with a word to the user) when it cannot start now."""
        c = self.controller
        spec = self.document.spec
        if spec is None:
            return False
        if not c.allows(Command.TRAIN):
            self.status(translate("RunBinding", "Training is already running: stop it first."), 5000)
            return False
        if c.state == State.FINISHED and c.has_trained_weights and weights is None:
            epochs = int(spec.doc.get("training", {}).get("epochs") or 1)
            answer = self.dialogs.ask_train_again(epochs=epochs, recorded=c.run_id is not None)
            if answer == "continue":
                return self._continue(epochs)
            if answer != "fresh":
                return False
            if (c.run_id is None and self.weights_unsaved()  # kept nowhere: not even in the run history
                    and not self.dialogs.confirm(translate("RunBinding", "Train again?"), translate("RunBinding", "Train the network again from fresh weights?"),
                                                 translate("RunBinding", "The weights trained so far are discarded; use Run ▸ Save "
                                                 "Weights first to keep them."))):
                return False
        node_ids = list(self.document.pipeline.ids)
        self._from_file = weights is not None
        if not c.start(spec, data, overrides, paused=paused, weights=weights, record=record):  # validated
            return False
        self.node_ids = node_ids
        self._trained_arch = self._architecture_key()
        self._trained_signature = weight_signature(self.document.to_doc())
        self._trained_index = self.document.undo_stack.index()
        self._clear_meters()
        self.train_requested.emit(spec, node_ids)
        return True

    def _continue(self, epochs: int) -> bool:
        c = self.controller
        was = c.run_id
        if not c.continue_training(epochs):
            return False
        self._clear_meters()
        self.status(i18n.translate("RunBinding", "Training on for %n more epoch(s) from the current weights", None, epochs)
                    + (translate("RunBinding", " (run #{0} in the run history).").format(was) if was is not None else "."), 8000)
        return True

    def _finished(self, end) -> None:
        r = self.controller.last_results
        if r is not None and getattr(end, "status", "") == "finished":
            self.status(translate("RunBinding", "Training finished: test accuracy {0:.1f} %, test loss {1:.4f}. See the Results tab.").format(100 * r.accuracy, r.loss), 10000)

    # --- the selected layer ------------------------------------------------------------------------
    def _card_selected(self) -> None:
        ids = self.pipeline_view.selected_ids()
        c = self.controller
        if len(ids) == 1 and ids[0] in self.node_ids and c.state != State.IDLE:
            index = self.node_ids.index(ids[0])
            if index != c.selected_layer:
                c.select_layer(index)  # the live views show this layer

    def _highlight_card(self, layer: int, _sample: int) -> None:
        if 0 <= layer < len(self.node_ids):
            node_id = self.node_ids[layer]
            if self.pipeline_view.selected_ids() != [node_id] and node_id in self.document.pipeline.ids:
                self.pipeline_view.set_selection([node_id])

    # --- gradient meters on the cards -------------------------------------------------------------
    def _show_meters(self, visuals) -> None:
        if visuals is None or visuals.gradients is None:
            return
        ids = self.node_ids
        for node_id, meter in zip(ids, card_gradient_meters(visuals.gradients, len(ids))):
            try:
                card = self.pipeline_view.card(node_id)
            except KeyError:
                continue
            if meter is None:
                card.set_meter(None)
            else:
                card.set_meter(meter.fraction, meter.text, meter.tooltip, meter.color)

    def _clear_meters(self) -> None:
        for card in self.pipeline_view.layer_cards():
            card.set_meter(None)

    # --- the trained network and the document ----------------------------------------------------
    def _run_cleared(self) -> None:
        self.node_ids = []
        self._trained_arch = self._trained_signature = None
        self._clear_meters()
        self.cleared.emit()

    def _architecture_key(self) -> str:
        doc = self.document.to_doc()
        return json.dumps({"input": doc.get("input"), "layers": doc.get("layers")}, sort_keys=True, default=str)

    def _guard_trained_weights(self) -> None:
        """An edit that changes the architecture of a trained (or training) network: ask before the
        network is discarded; "no" undoes the edit. Asked once the edit's command is on the undo
        stack (QUndoStack.push applies a command before it records it), and while a text field is
        being typed into, only when that field's edit is committed (Enter, focus out)."""
        if self._asking or self._trained_arch is None or self._guard_pending:
            return
        if self._architecture_key() == self._trained_arch:
            self._trained_index = self.document.undo_stack.index()
            return
        self._guard_pending = True
        field = self._field_being_typed()
        if field is None:
            QTimer.singleShot(0, self._ask_about_edit)
            return
        once = Qt.ConnectionType.SingleShotConnection
        field.editingFinished.connect(self._field_committed, once)
        field.destroyed.connect(self._field_committed, once)  # a field rebuilt away never commits

    @staticmethod
    def _field_being_typed():
        """The spin box or line edit that has the keyboard focus (mid-edit), or None."""
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
            widget = widget.parent()  # a spin box's own line edit: the spin box commits
        return widget if isinstance(widget, (QAbstractSpinBox, QLineEdit)) else None

    def _field_committed(self, *_args) -> None:
        if self._guard_pending:
            QTimer.singleShot(0, self._ask_about_edit)  # after the commit's own edit, if any

    def _ask_about_edit(self) -> None:
        self._guard_pending = False
        c = self.controller
        if self._asking or self._trained_arch is None:
            return
        stack = self.document.undo_stack
        if self._architecture_key() == self._trained_arch:
            self._trained_index = stack.index()  # settings edits (epochs, lr...) keep the trained network
            return
        if not (c.has_trained_weights or c.thread_running):
            c.discard()
            return
        signature = weight_signature(self.document.to_doc())
        if signature is not None and signature == self._trained_signature:
            self._trained_arch = self._architecture_key()  # the weights still fit: nothing to ask
            self._trained_index = stack.index()
            self.status(translate("RunBinding", "The trained weights still fit this network (no layer with weights changed)")
                        + (translate("RunBinding", ": the run goes on as it started; the edit applies to the next run.") if c.thread_running
                           else "."), 8000)
            return
        running = c.thread_running
        held = c.hold()  # a run the user paused stays paused, whatever the answer
        text = (translate("RunBinding", "This edit changes the network's architecture, so the network being trained no longer "
                "matches it. Stop training and discard the trained weights?") if running else
                translate("RunBinding", "This edit changes the network's architecture: the trained weights no longer fit it. "
                "Discard the trained weights?"))
        self._asking = True
        try:
            if self.dialogs.confirm(translate("RunBinding", "Discard trained weights?"), text,
                                    translate("RunBinding", "Choose Cancel to undo the edit and keep the trained network "
                                    "(Run ▸ Save Weights keeps a copy).")):
                c.discard()
            else:
                self._roll_back_to_trained()
                c.release(held)
                self.status(translate("RunBinding", "Edit undone: the trained network is kept."), 6000)
        finally:
            self._asking = False

    def _roll_back_to_trained(self) -> None:
        stack = self.document.undo_stack
        while stack.index() > self._trained_index and stack.canUndo():
            stack.undo()
        while stack.index() < self._trained_index and stack.canRedo():
            stack.redo()

    # --- would closing or replacing lose something? ------------------------------------------------
    def _run_began(self, info) -> None:
        """A run (or a Reset) began: weights loaded from a file are on disk already; fresh ones are not."""
        self._on_disk = (info, 0) if self._from_file else None
        self._from_file = False

    def _command_done(self, _text: str, command: str) -> None:
        if command in (Command.SAVE_WEIGHTS, Command.LOAD_WEIGHTS):
            self._on_disk = (self.controller.info, self.controller._steps)

    def weights_unsaved(self) -> bool:
        """Trained weights that exist nowhere else: learned since they were last saved or loaded.
        (A save during a run is compared with the steps reported before it: a later batch counts.)"""
        c = self.controller
        saved = self._on_disk
        return c.has_trained_weights and not (saved is not None and saved[0] is c.info and saved[1] == c._steps)

    def confirm_discard(self, files) -> bool:
        """Before New/Open replaces the document: one question at most, and only about what would be
        lost. Unsaved weights and unsaved changes: the save-changes question, saying the weights go
        too; unsaved weights alone: "Discard trained weights?"; weights already saved, or nothing
        learned yet: no question about them."""
        c = self.controller
        if not self.weights_unsaved():
            return files.maybe_save()
        held = c.hold()
        if files.document.modified:
            ok = files.maybe_save(also=translate("RunBinding", "The trained weights are discarded too (Run ▸ Save Weights keeps a copy)."))
        else:
            ok = self.dialogs.confirm(translate("RunBinding", "Discard trained weights?"),
                                      translate("RunBinding", "The trained network is discarded when another network replaces this one."),
                                      translate("RunBinding", "Cancel keeps it (Run ▸ Save Weights keeps a copy)."))
        if not ok:
            c.release(held)
        return ok

    def _document_replaced(self) -> None:
        if self.controller.state != State.IDLE or self._trained_arch is not None:
            self.controller.discard()

    def ask_before_close(self, files) -> bool:
        """closeEvent: one question, about what would be lost: unsaved trained weights (and the
        document's changes with them), or else the document's changes. True when the window may
        close (the worker thread is then joined; what the user chose to save was saved)."""
        c = self.controller
        answer = "discard"
        held = c.hold()  # nothing changes while the user thinks
        if self.weights_unsaved():
            modified = files.document.modified
            answer = self.dialogs.ask_save_weights(
                c.thread_running, document=files.document.display_name() if modified else "")
            if answer == "cancel" or (answer == "save" and modified and not files.save()):
                c.release(held)
                return False
        elif not files.maybe_save():
            c.release(held)
            return False
        c.shutdown()  # stops and joins the worker thread; the weights stay for saving
        if answer == "save":
            path = self.dialogs.weights_save_path(self._suggested_weights_path())
            if path:  # a failed save keeps the window (and the trained weights); the dialog said why
                return self._outcome(lambda: c.save_weights(path))
        return True

    # --- weights files ---------------------------------------------------------------------------
    def _suggested_weights_path(self) -> str:
        return f"{pathlib.Path(self.weights_name()).with_suffix('')}.weights.npz"

    def _command_failed(self, text: str, command: str) -> None:
        self._failure = text
        self.status(text, 10000)
        if command in WEIGHTS_COMMANDS:
            title, what = (translate("RunBinding", t) for t in WEIGHTS_COMMANDS[Command(command)])
            self.dialogs.error(title, what, text)

    def _outcome(self, request) -> bool:
        """Run `request()` (a controller call): False if it was refused or failed at once; True
        if it worked or was queued to the worker (whose failure then arrives as command_failed)."""
        self._failure = None
        return bool(request()) and self._failure is None

    def save_weights(self) -> bool:
        c = self.controller
        if not (c.has_trained_weights or c.state in (State.RUNNING, State.PAUSED, State.DIVERGED)):
            self.dialogs.error(translate("RunBinding", "No weights to save"), translate("RunBinding", "There are no trained weights yet."),
                               translate("RunBinding", "Train the network (or load weights) first."))
            return False
        path = self.dialogs.weights_save_path(self._suggested_weights_path())
        return bool(path) and self._outcome(lambda: c.save_weights(path))

    def load_weights(self) -> bool:
        """Into the current run, or with no run: a paused run of this network starting from them."""
        start = str(pathlib.Path(self.document.path).parent) if self.document.path else ""
        path = self.dialogs.weights_open_path(start)
        if not path:
            return False
        c = self.controller
        if c.state == State.IDLE:
            if self.document.spec is None:
                self.dialogs.error(translate("RunBinding", "Cannot load weights"), translate("RunBinding", "Fix the network's problems first."),
                                   translate("RunBinding", "Weights are loaded into a network that can be built."))
                return False
            return self.start(paused=True, weights=path)
        return self._outcome(lambda: c.load_weights(path))
