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
from netbuilder import i18n
from netbuilder.views.translation import translate


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
    w.act_new = make_action(w, translate("Actions", "&New"), f.new_blank, K.New, translate("Actions", "Start an empty network"), icon="new")
    w.act_new_window = make_action(w, translate("Actions", "New &Window"), w.open_new_window, "Ctrl+Shift+N", translate("Actions", "Open another builder window"))
    w.act_open = make_action(w, translate("Actions", "&Open…"), f.open, K.Open, translate("Actions", "Open a network file"), icon="open")
    w.act_save = make_action(w, translate("Actions", "&Save"), f.save, K.Save, translate("Actions", "Save the network"), icon="save")
    w.act_save_as = make_action(w, translate("Actions", "Save &As…"), f.save_as, K.SaveAs, translate("Actions", "Save the network to a new file"))
    w.act_close = make_action(w, translate("Actions", "&Close Window"), w.close, K.Close, translate("Actions", "Close this window"))
    w.act_quit = make_action(w, translate("Actions", "&Quit"), w.quit_all, K.Quit, translate("Actions", "Close every window and quit"))
    _undo_actions(w)
    _edit_actions(w)

    w.act_train = make_action(w, translate("Actions", "&Train"), w.start_training, "F5", translate("Actions", "Train this network"), icon="train")
    c = w.training
    w.act_pause = make_action(w, translate("Actions", "&Pause"), c.pause, "F6", translate("Actions", "Pause after the current batch"))
    w.act_resume = make_action(w, translate("Actions", "&Resume"), c.resume, "F7", translate("Actions", "Continue training"))
    w.act_stop = make_action(w, translate("Actions", "S&top"), c.stop, "Shift+F5",
                             translate("Actions", "End training after the current batch and evaluate on the test data"))
    w.act_step = make_action(w, translate("Actions", "St&ep One Batch"), w.live.controls.step, "F10", translate("Actions", "Train exactly one batch, then pause"))
    w.act_reset = make_action(w, translate("Actions", "Reset &Weights"), c.reset_weights, None,
                              translate("Actions", "Throw the learned weights away and start from fresh random ones"))
    w.act_save_weights = make_action(w, translate("Actions", "&Save Weights…"), w.run.save_weights, "Ctrl+Alt+S",
                                     translate("Actions", "Save the trained weights to a .npz file"))
    w.act_load_weights = make_action(w, translate("Actions", "&Load Weights…"), w.run.load_weights, "Ctrl+Alt+O",
                                     translate("Actions", "Load weights from a .npz file into this network (checked against its architecture)"))
    w.act_builder_panels = make_action(w, translate("Actions", "&Builder Panels"), w.show_builder_panels, "Ctrl+B",
                                       translate("Actions", "Bring back the layer palette, inspector and problems panels"))
    w.act_reset_layout = make_action(w, translate("Actions", "&Reset Layout"), w.reset_layout, None,
                                     translate("Actions", "Put the panels back where a first start puts them, in the builder view"))
    w.act_about = make_action(w, translate("Actions", "&About NetBuilder"), w.about, None, translate("Actions", "Version and credits"))


def _undo_actions(w) -> None:
    K = QKeySequence.StandardKey
    stack = w.document.undo_stack
    w.act_undo = stack.createUndoAction(w, translate("Actions", "&Undo"))
    w.act_undo.setShortcuts(K.Undo)
    theme.themed_icon(w.act_undo, "undo")
    w.act_redo = stack.createRedoAction(w, translate("Actions", "&Redo"))
    w.act_redo.setShortcuts(K.Redo)
    theme.themed_icon(w.act_redo, "redo")
    w.act_undo.setIconText(translate("Actions", "Undo"))  # the toolbar keeps a steady width; the menu names the edit
    w.act_redo.setIconText(translate("Actions", "Redo"))
    for act, what in ((w.act_undo, translate("Actions", "Undo the last edit")), (w.act_redo, translate("Actions", "Redo the edit just undone"))):
        act.setToolTip(f"{what} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        w.addAction(act)


def _edit_actions(w) -> None:
    K = QKeySequence.StandardKey
    e = w.edits
    w.act_cut = make_action(w, translate("Actions", "Cu&t"), e.cut, K.Cut, translate("Actions", "Copy the selected layers as JSON and remove them"),
                            pipeline_only=True)
    w.act_copy = make_action(w, translate("Actions", "&Copy"), e.copy, K.Copy, translate("Actions", "Copy the selected layers to the clipboard as JSON"),
                             pipeline_only=True)
    w.act_paste = make_action(w, translate("Actions", "&Paste"), e.paste, K.Paste, translate("Actions", "Insert layers from JSON on the clipboard after the selection"),
                              pipeline_only=True)
    w.act_duplicate = make_action(w, translate("Actions", "D&uplicate"), e.duplicate, "Ctrl+D", translate("Actions", "Insert a copy of the selected layers after them"),
                                  pipeline_only=True)
    w.act_delete = make_action(w, translate("Actions", "&Delete"), e.delete, K.Delete, translate("Actions", "Remove the selected layers"), pipeline_only=True)
    w.act_select_all = make_action(w, translate("Actions", "Select &All"), w.pipeline_view.select_all, K.SelectAll, translate("Actions", "Select every layer"),
                                   pipeline_only=True)
    w.act_move_up = make_action(w, translate("Actions", "Move &Up"), lambda: e.move_selection(-1), "Alt+Up",
                                translate("Actions", "Move the selected layers one place up"), pipeline_only=True)
    w.act_move_down = make_action(w, translate("Actions", "Move Do&wn"), lambda: e.move_selection(+1), "Alt+Down",
                                  translate("Actions", "Move the selected layers one place down"), pipeline_only=True)
    w.act_history = w.history_dock.toggleViewAction()
    w.act_history.setText(translate("Actions", "&History"))
    w.act_history.setShortcut(QKeySequence("Ctrl+H"))
    w.act_history.setToolTip(translate("Actions", "Show every edit, and step back to any of them (Ctrl+H)"))

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
        tip = translate("Actions", "Training is under way: Stop it (or wait for it to finish) before training again")
    elif issues:
        lines = "".join(f"<li>{html.escape(str(i))}</li>" for i in issues[:6])
        more = translate("Actions", "<li>… and {0} more</li>").format(len(issues) - 6) if len(issues) > 6 else ""
        count = len(issues)  # a plain name: pyside6-lupdate reads no expression as the count
        tip = (i18n.translate("Actions", "<b>Cannot train yet:</b> fix %n problem(s) first (see the Problems panel)<ul style='margin-left:12px'>{0}{1}</ul>", None, count).format(lines, more))
    elif too_much:
        tip = translate("Actions", "<b>Cannot train here:</b> {0}").format(html.escape(too_much))
    else:
        tip = translate("Actions", "Train this network on its data source (F5)")
    w.act_train.setToolTip(tip)
