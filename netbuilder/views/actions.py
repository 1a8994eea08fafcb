"""The window's actions (menu entries, toolbar buttons and shortcuts) and when they are enabled.

`build_actions(window)` makes every `window.act_*` once; the menus and the toolbar (views/menus.py)
only arrange them. The Run actions are enabled from the run's command table (run.control.ALLOWED),
the same table the control bar and the controller read.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from netbuilder.run.control import Command, State, allowed
from netbuilder.views import theme
from netbuilder.views.status import memory_problem


def make_action(window, text: str, slot, shortcut=None, tip: str = "", icon: str | None = None,
                pipeline_only=False) -> QAction:
    """An action with its shortcut named in the tooltip. `icon`: a resources/icons name, redrawn
    when the theme changes. `pipeline_only`: the shortcut works only while the pipeline has focus,
    so Delete in a text field edits the text."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey)
                            else [QKeySequence(shortcut)])
    if icon is not None:
        theme.themed_icon(action, icon)
    tip = tip or text.replace("…", "")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    if pipeline_only:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.pipeline_view.canvas.addAction(action)
    else:
        window.addAction(action)
    return action


def build_actions(w) -> None:
    K = QKeySequence.StandardKey
    f = w.files
    w.act_new = make_action(w, "&New", f.new_blank, K.New, "Start an empty network", icon="new")
    w.act_new_window = make_action(w, "New &Window", w.open_new_window, "Ctrl+Shift+N", "Open another builder window")
    w.act_open = make_action(w, "&Open…", f.open, K.Open, "Open a network file", icon="open")
    w.act_save = make_action(w, "&Save", f.save, K.Save, "Save the network", icon="save")
    w.act_save_as = make_action(w, "Save &As…", f.save_as, K.SaveAs, "Save the network to a new file")
    w.act_close = make_action(w, "&Close Window", w.close, K.Close, "Close this window")
    w.act_quit = make_action(w, "&Quit", w.quit_all, K.Quit, "Close every window and quit")
    _undo_actions(w)
    _edit_actions(w)

    w.act_train = make_action(w, "&Train", w.start_training, "F5", "Train this network", icon="train")
    c = w.training
    w.act_pause = make_action(w, "&Pause", c.pause, "F6", "Pause after the current batch")
    w.act_resume = make_action(w, "&Resume", c.resume, "F7", "Continue training")
    w.act_stop = make_action(w, "S&top", c.stop, "Shift+F5",
                             "End training after the current batch and evaluate on the test data")
    w.act_step = make_action(w, "St&ep One Batch", w.live.controls.step, "F10", "Train exactly one batch, then pause")
    w.act_reset = make_action(w, "Reset &Weights", c.reset_weights, None,
                              "Throw the learned weights away and start from fresh random ones")
    w.act_save_weights = make_action(w, "&Save Weights…", w.run.save_weights, "Ctrl+Alt+S",
                                     "Save the trained weights to a .npz file")
    w.act_load_weights = make_action(w, "&Load Weights…", w.run.load_weights, "Ctrl+Alt+O",
                                     "Load weights from a .npz file into this network (checked against its architecture)")
    w.act_builder_panels = make_action(w, "&Builder Panels", w.show_builder_panels, "Ctrl+B",
                                       "Bring back the layer palette, inspector and problems panels")
    w.act_reset_layout = make_action(w, "&Reset Layout", w.reset_layout, None,
                                     "Put the panels back where a first start puts them, in the builder view")
    w.act_about = make_action(w, "&About NetBuilder", w.about, None, "Version and credits")


def _undo_actions(w) -> None:
    K = QKeySequence.StandardKey
    stack = w.document.undo_stack
    w.act_undo = stack.createUndoAction(w, "&Undo")
    w.act_undo.setShortcuts(K.Undo)
    theme.themed_icon(w.act_undo, "undo")
    w.act_redo = stack.createRedoAction(w, "&Redo")
    w.act_redo.setShortcuts(K.Redo)
    theme.themed_icon(w.act_redo, "redo")
    w.act_undo.setIconText("Undo")  # the toolbar keeps a steady width; the menu names the edit
    w.act_redo.setIconText("Redo")
    for act, what in ((w.act_undo, "Undo the last edit"), (w.act_redo, "Redo the edit just undone")):
        act.setToolTip(f"{what} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        w.addAction(act)


def _edit_actions(w) -> None:
    K = QKeySequence.StandardKey
    e = w.edits
    w.act_cut = make_action(w, "Cu&t", e.cut, K.Cut, "Copy the selected layers as JSON and remove them",
                            pipeline_only=True)
    w.act_copy = make_action(w, "&Copy", e.copy, K.Copy, "Copy the selected layers to the clipboard as JSON",
                             pipeline_only=True)
    w.act_paste = make_action(w, "&Paste", e.paste, K.Paste, "Insert layers from JSON on the clipboard after the selection",
                              pipeline_only=True)
    w.act_duplicate = make_action(w, "D&uplicate", e.duplicate, "Ctrl+D", "Insert a copy of the selected layers after them",
                                  pipeline_only=True)
    w.act_delete = make_action(w, "&Delete", e.delete, K.Delete, "Remove the selected layers", pipeline_only=True)
    w.act_select_all = make_action(w, "Select &All", w.pipeline_view.select_all, K.SelectAll, "Select every layer",
                                   pipeline_only=True)
    w.act_move_up = make_action(w, "Move &Up", lambda: e.move_selection(-1), "Alt+Up",
                                "Move the selected layers one place up", pipeline_only=True)
    w.act_move_down = make_action(w, "Move Do&wn", lambda: e.move_selection(+1), "Alt+Down",
                                  "Move the selected layers one place down", pipeline_only=True)
    w.act_history = w.history_dock.toggleViewAction()
    w.act_history.setText("&History")
    w.act_history.setShortcut(QKeySequence("Ctrl+H"))
    w.act_history.setToolTip("Show every edit, and step back to any of them (Ctrl+H)")

    canvas = w.pipeline_view.canvas  # right-click menu: the pipeline actions, grouped
    canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for before in (w.act_duplicate, w.act_select_all):
        separator = QAction(w)
        separator.setSeparator(True)
        canvas.insertAction(before, separator)


def update_edit_actions(w) -> None:
    has = bool(w.pipeline_view.selected_ids())
    for act in (w.act_cut, w.act_copy, w.act_duplicate, w.act_delete, w.act_move_up, w.act_move_down):
        act.setEnabled(has)


def update_run_actions(w) -> None:
    """Enable the Run actions from the command table, and say on Train why it cannot train yet."""
    c = w.training
    state = c.state
    for act, command in ((w.act_pause, Command.PAUSE), (w.act_resume, Command.RESUME), (w.act_stop, Command.STOP),
                         (w.act_step, Command.STEP), (w.act_reset, Command.RESET)):
        act.setEnabled(allowed(state, command))
    issues = w.document.analysis.issues
    too_much = None if issues else memory_problem(w.document)
    buildable = w.document.spec is not None and not too_much
    if state in (State.IDLE, State.FINISHED):  # Step starts a paused run: the network must be buildable
        w.act_step.setEnabled(buildable)
    w.live.controls.set_can_start(buildable)  # the toolbar's Step button, like the menu's
    w.act_save_weights.setEnabled(allowed(state, Command.SAVE_WEIGHTS)
                                  and (c.has_trained_weights or state != State.FINISHED))
    w.act_load_weights.setEnabled(allowed(state, Command.LOAD_WEIGHTS))
    w.act_train.setEnabled(not issues and not too_much and allowed(state, Command.TRAIN))
    if not allowed(state, Command.TRAIN):
        tip = "Training is under way: Stop it (or wait for it to finish) before training again"
    elif issues:
        lines = "".join(f"<li>{html.escape(str(i))}</li>" for i in issues[:6])
        more = f"<li>… and {len(issues) - 6} more</li>" if len(issues) > 6 else ""
        tip = (f"<b>Cannot train yet:</b> fix {len(issues)} problem{'s' if len(issues) != 1 else ''} "
               f"first (see the Problems panel)<ul style='margin-left:12px'>{lines}{more}</ul>")
    elif too_much:
        tip = f"<b>Cannot train here:</b> {html.escape(too_much)}"
    else:
        tip = "Train this network on its data source (F5)"
    w.act_train.setToolTip(tip)
