"""The builder window: palette | pipeline | inspector, problems below, menus, and live training.

The window wires views to one Document and turns user gestures into document edits. Training goes
through one TrainingController (`self.training`): Train freezes the document into a spec and hands
a copy to the controller's worker thread; the LivePanel sits beside the pipeline in a splitter and
takes most of the width once a run starts; the panel's control bar (Pause/Resume/Stop/Step/Reset,
learning rate, state) lives in the main toolbar next to Train, so there is one set of controls.
Each pipeline card shows its layer's gradient size while training; clicking a card selects that
layer's feature maps. Editing the architecture while a trained network exists asks before it is
discarded (and undoes the edit if the answer is no). `train_requested` still fires on Train.
"""

from __future__ import annotations

import html
import json
import pathlib

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QDockWidget, QMainWindow, QSizePolicy, QSplitter, QTabWidget,
                               QToolBar, QUndoView, QWidget)

from netbuilder import __version__, paths
from netbuilder.document import Document
from netbuilder.io.network_file import NetworkFileError, load_network
from netbuilder.model.clipboard import layers_from_text, layers_to_text
from netbuilder.model.pipeline import new_layer
from netbuilder.run.control import Command, State, allowed
from netbuilder.training.controller import TrainingController
from netbuilder.views.sweep.actions import add_sweep_actions
from netbuilder.views import theme
from netbuilder.views.dialogs import Dialogs
from netbuilder.views.files import BLANK, FileController, template_files
from netbuilder.views.help import install_help
from netbuilder.views.inspector import Inspector
from netbuilder.views.live.card_meters import card_gradient_meters
from netbuilder.views.live.panel import LivePanel
from netbuilder.views.missing_data import resolve_missing_data, template_note
from netbuilder.views.palette import Palette
from netbuilder.views.pipeline_view import PipelineView
from netbuilder.views.problems import ProblemsPanel
from netbuilder.views.shortcuts import resolve_conflicts
from netbuilder.views.status import ProblemsBadge, TotalsLabel

STATE_VERSION = 1
DEFAULT_SIZE = (1400, 900)


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "NetBuilder", "NetBuilder")


class MainWindow(QMainWindow):
    """One window, one document.

    `train_requested(spec, node_ids)` fires when Train is pressed: the frozen NetworkSpec and the
    pipeline node id of each of its layers (spec.layers[i] is node_ids[i]), so per-layer results
    can be drawn on the right card even after the pipeline is edited.
    """

    train_requested = Signal(object, object)
    _open_windows: set = set()  # windows made by File ▸ New Window, kept alive until closed

    def __init__(self, path: str | None = None, *, blank: bool = False, dialogs: Dialogs | None = None,
                 settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.document = Document(parent=self)
        self.dialogs = dialogs or Dialogs(self)
        self.settings = settings or app_settings()
        self.files = FileController(self, self.document, self.dialogs, self.settings)
        self.setWindowIcon(theme.icon("netbuilder"))
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        self.pipeline_view = PipelineView(self.document)
        self.central_tabs = QTabWidget()
        self.central_tabs.setDocumentMode(True)
        self.central_tabs.setTabBarAutoHide(True)  # one tab: no tab bar until training adds one
        self.central_tabs.addTab(self.pipeline_view, "Pipeline")
        # Live training sits beside the pipeline; hidden until the first run starts.
        self.training = TrainingController(self)
        self.live = LivePanel()
        self.live.setObjectName("livePanel")
        self.live.connect_controller(self.training)
        self.live.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("centralSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.central_tabs)
        self.splitter.addWidget(self.live)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self._run_node_ids: list[int] = []   # pipeline node of each layer of the current run
        self._trained_arch: str | None = None  # the architecture the run was started from
        self._trained_index = 0                # undo-stack index that matches it
        self._asking = False
        self._guard_pending = False
        self._hidden_docks: list[QDockWidget] = []
        self._weights_op: str | None = None    # "save"/"load" from the menu: its error gets a dialog

        self.palette_panel = Palette()
        self.inspector = Inspector(self.document, self.dialogs)
        self.problems = ProblemsPanel(self.document)
        self.history = QUndoView(self.document.undo_stack)
        self.history.setEmptyLabel("<opened>")
        self.history.setToolTip("Every edit since the network was opened; click one to go back to it")
        self.palette_dock = self._dock("Layers", "palette", self.palette_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector_dock = self._dock("Inspector", "inspector", self.inspector,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.problems_dock = self._dock("Problems", "problems", self.problems, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.history_dock = self._dock("History", "history", self.history, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.history_dock)
        self.history_dock.hide()
        self.inspector_dock.raise_()
        self.resizeDocks([self.palette_dock, self.inspector_dock], [210, 330], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [80], Qt.Orientation.Vertical)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        resolve_conflicts(self.findChildren(QAction))  # e.g. X11's Ctrl+D for Delete vs Duplicate
        self.totals = TotalsLabel(self.document)
        self.badge = ProblemsBadge(self.document)
        self.badge.clicked.connect(self._show_problems)
        self.statusBar().addPermanentWidget(self.totals)
        self.statusBar().addPermanentWidget(self.badge)

        self.document.changed.connect(self._document_changed)
        self.document.modified_changed.connect(lambda _m: self._update_title())
        self.document.path_changed.connect(self._update_title)
        self.pipeline_view.selection_changed.connect(self._selection_changed)
        self.palette_panel.kind_activated.connect(self.add_kind)
        self.problems.issue_activated.connect(self.go_to_issue)
        self._wire_training()

        self._restore_layout()
        self._load_initial(path, blank)
        self._document_changed()
        self._selection_changed()

    # --- construction --------------------------------------------------------------------------
    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot, shortcut=None, tip: str = "", icon=None, pipeline_only=False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey)
                                else [QKeySequence(shortcut)])
        if icon is not None:
            action.setIcon(icon)
        tip = tip or text.replace("…", "")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        if pipeline_only:
            # Only while the pipeline has focus, so Delete in a text field edits the text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.pipeline_view.canvas.addAction(action)
        else:
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        f = self.files
        self.act_new = self._action("&New", f.new_blank, K.New, "Start an empty network",
                                    theme.icon("new"))
        self.act_new_window = self._action("New &Window", self.open_new_window, "Ctrl+Shift+N",
                                           "Open another builder window")
        self.act_open = self._action("&Open…", f.open, K.Open, "Open a network file",
                                     theme.icon("open"))
        self.act_save = self._action("&Save", f.save, K.Save, "Save the network",
                                     theme.icon("save"))
        self.act_save_as = self._action("Save &As…", f.save_as, K.SaveAs, "Save the network to a new file")
        self.act_close = self._action("&Close Window", self.close, K.Close, "Close this window")
        self.act_quit = self._action("&Quit", self._quit, K.Quit, "Close every window and quit")

        stack = self.document.undo_stack
        self.act_undo = stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcuts(K.Undo)
        self.act_undo.setIcon(theme.icon("undo"))
        self.act_redo = stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts(K.Redo)
        self.act_redo.setIcon(theme.icon("redo"))
        self.act_undo.setIconText("Undo")  # the toolbar keeps a steady width; the menu names the edit
        self.act_redo.setIconText("Redo")
        for act, what in ((self.act_undo, "Undo the last edit"), (self.act_redo, "Redo the edit just undone")):
            act.setToolTip(f"{what} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            self.addAction(act)

        self.act_cut = self._action("Cu&t", self.cut, K.Cut, "Copy the selected layers as JSON and remove them",
                                    pipeline_only=True)
        self.act_copy = self._action("&Copy", self.copy, K.Copy, "Copy the selected layers to the clipboard as JSON",
                                     pipeline_only=True)
        self.act_paste = self._action("&Paste", self.paste, K.Paste,
                                      "Insert layers from JSON on the clipboard after the selection",
                                      pipeline_only=True)
        self.act_duplicate = self._action("D&uplicate", self.duplicate, "Ctrl+D",
                                          "Insert a copy of the selected layers after them", pipeline_only=True)
        self.act_delete = self._action("&Delete", self.delete, K.Delete, "Remove the selected layers",
                                       pipeline_only=True)
        self.act_select_all = self._action("Select &All", self.pipeline_view.select_all, K.SelectAll,
                                           "Select every layer", pipeline_only=True)
        self.act_move_up = self._action("Move &Up", lambda: self.move_selection(-1), "Alt+Up",
                                        "Move the selected layers one place up", pipeline_only=True)
        self.act_move_down = self._action("Move Do&wn", lambda: self.move_selection(+1), "Alt+Down",
                                          "Move the selected layers one place down", pipeline_only=True)
        self.act_history = self.history_dock.toggleViewAction()
        self.act_history.setText("&History")
        self.act_history.setShortcut(QKeySequence("Ctrl+H"))
        self.act_history.setToolTip("Show every edit, and step back to any of them (Ctrl+H)")

        canvas = self.pipeline_view.canvas  # right-click menu: the pipeline actions, grouped
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for before in (self.act_duplicate, self.act_select_all):
            separator = QAction(self)
            separator.setSeparator(True)
            canvas.insertAction(before, separator)

        self.act_train = self._action("&Train", self.request_training, "F5", "Train this network",
                                      theme.icon("train"))
        c = self.training
        self.act_pause = self._action("&Pause", c.pause, "F6", "Pause after the current batch")
        self.act_resume = self._action("&Resume", c.resume, "F7", "Continue training")
        self.act_stop = self._action("S&top", c.stop, "Shift+F5",
                                     "End training after the current batch and evaluate on the test data")
        self.act_step = self._action("St&ep One Batch", self.live.controls.step, "F10",
                                     "Train exactly one batch, then pause")
        self.act_reset = self._action("Reset &Weights", c.reset_weights, None,
                                      "Throw the learned weights away and start from fresh random ones")
        self.act_save_weights = self._action("&Save Weights…", self.save_weights, "Ctrl+Alt+S",
                                             "Save the trained weights to a .npz file")
        self.act_load_weights = self._action("&Load Weights…", self.load_weights, "Ctrl+Alt+O",
                                             "Load weights from a .npz file into this network "
                                             "(checked against its architecture)")
        self.act_builder_panels = self._action("&Builder Panels", self.show_builder_panels, "Ctrl+B",
                                               "Bring back the layer palette, inspector and problems panels")
        self.act_about = self._action("&About NetBuilder", self._about, None, "Version and credits")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu("&File")
        m.addAction(self.act_new)
        self.templates_menu = m.addMenu("New from &Template")
        self.templates_menu.setToolTipsVisible(True)
        self.templates_menu.aboutToShow.connect(self._fill_templates)
        m.addAction(self.act_new_window)
        m.addSeparator()
        m.addAction(self.act_open)
        self.recent_menu = m.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        m.addActions([self.act_save, self.act_save_as])
        m.addSeparator()
        m.addActions([self.act_close, self.act_quit])

        m = bar.addMenu("&Edit")
        m.addActions([self.act_undo, self.act_redo])
        m.addSeparator()
        m.addActions([self.act_cut, self.act_copy, self.act_paste, self.act_duplicate, self.act_delete])
        m.addSeparator()
        m.addActions([self.act_select_all, self.act_move_up, self.act_move_down])
        m.addSeparator()
        m.addAction(self.act_history)

        m = bar.addMenu("&View")
        for dock, key in ((self.palette_dock, "Ctrl+1"), (self.inspector_dock, "Ctrl+2"),
                          (self.problems_dock, "Ctrl+3")):
            act = dock.toggleViewAction()
            act.setShortcut(QKeySequence(key))
            act.setToolTip(f"Show or hide the {dock.windowTitle()} panel ({key})")
            m.addAction(act)

        m.addSeparator()
        m.addAction(self.act_builder_panels)

        m = bar.addMenu("&Run")
        m.addAction(self.act_train)
        m.addActions([self.act_pause, self.act_resume, self.act_stop, self.act_step, self.act_reset])
        m.addSeparator()
        m.addActions([self.act_save_weights, self.act_load_weights])
        m.addSeparator()
        add_sweep_actions(self, m)
        m = bar.addMenu("&Help")
        self.act_guide, self.act_shortcuts = install_help(self, m)
        m.addSeparator()
        m.addAction(self.act_about)
        for menu in bar.findChildren(type(self.templates_menu)):
            menu.setToolTipsVisible(True)

    def _build_toolbar(self) -> None:
        tb = QToolBar("Main", self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addActions([self.act_new, self.act_open, self.act_save])
        tb.addSeparator()
        tb.addActions([self.act_undo, self.act_redo])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tb.addWidget(spacer)
        tb.addAction(self.act_train)
        self.train_button = tb.widgetForAction(self.act_train)
        self.train_button.setObjectName("trainButton")
        # The live panel's control bar, without its own Train: the toolbar's Train (which knows whether
        # the network is valid) is the one Train button.
        controls = self.live.controls
        controls.buttons[Command.TRAIN].hide()
        controls.setVisible(True)
        controls.layout().setContentsMargins(4, 0, 4, 0)
        controls.setObjectName("trainingControls")
        tb.addWidget(controls)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb

    def _fill_templates(self) -> None:
        self.templates_menu.clear()
        found = template_files()
        # "Depth study: relu MLP 150-100-50" and its siblings go into a "Depth study" submenu.
        groups: dict[str, int] = {}
        for name, _d, _p in found:
            if ": " in name:
                groups[name.split(": ", 1)[0]] = groups.get(name.split(": ", 1)[0], 0) + 1
        submenus = {}
        for name, description, path in found:
            menu, text = self.templates_menu, name
            group = name.split(": ", 1)[0] if ": " in name else None
            if group is not None and groups[group] > 1:
                if group not in submenus:
                    submenus[group] = self.templates_menu.addMenu(group)
                    submenus[group].setToolTipsVisible(True)
                menu, text = submenus[group], name.split(": ", 1)[1]
            note, missing = template_note(path)  # the data it trains on is not on this computer
            act = menu.addAction(text + note, lambda p=path: self.files.new_from_template(p))
            act.setToolTip("\n\n".join(t for t in (description or str(path.name), missing) if t))
        if not found:
            self.templates_menu.addAction("(no templates found)").setEnabled(False)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.files.recent_files()
        for i, path in enumerate(recent):
            act = self.recent_menu.addAction(f"&{i + 1}  {pathlib.Path(path).name}", lambda p=path: self.files.open(p))
            act.setToolTip(path)
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear List", lambda: self.settings.setValue("recent_files", []))
        else:
            self.recent_menu.addAction("(none yet)").setEnabled(False)

    # --- initial content and layout persistence ------------------------------------------------
    def _load_initial(self, path, blank: bool) -> None:
        if path and self.files.open(str(path)):
            return
        if not blank:
            try:
                self.document.replace(load_network(paths.resource("examples", paths.DEFAULT_EXAMPLE)).doc)
                return
            except NetworkFileError:
                pass  # the example needs layer kinds this build lacks: start blank instead
        self.document.replace(dict(BLANK))

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state, STATE_VERSION)

    def _save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState(STATE_VERSION))

    # --- reacting to the document and the selection --------------------------------------------
    def _document_changed(self) -> None:
        self._update_title()
        self._update_train()
        self._update_edit_actions()
        n = len(self.document.analysis.issues)
        self.problems_dock.setWindowTitle(f"Problems ({n})" if n else "Problems")

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.display_name()}[*] — NetBuilder")
        self.setWindowModified(self.document.modified)

    def _update_train(self) -> None:
        issues = self.document.analysis.issues
        state = self.training.state
        self.act_train.setEnabled(not issues and allowed(state, Command.TRAIN))
        if not allowed(state, Command.TRAIN):
            tip = "Training is under way: Stop it (or wait for it to finish) before training again"
        elif issues:
            lines = "".join(f"<li>{html.escape(str(i))}</li>" for i in issues[:6])
            more = f"<li>… and {len(issues) - 6} more</li>" if len(issues) > 6 else ""
            tip = (f"<b>Cannot train yet:</b> fix {len(issues)} problem{'s' if len(issues) != 1 else ''} "
                   f"first (see the Problems panel)<ul style='margin-left:12px'>{lines}{more}</ul>")
        else:
            tip = "Train this network on its data source (F5)"
        self.act_train.setToolTip(tip)

    def _selection_changed(self) -> None:
        ids = self.pipeline_view.selected_ids()
        self.inspector.show_selection(ids)
        self._update_edit_actions()
        if len(ids) == 1 and ids[0] in self._run_node_ids and self.training.state != State.IDLE:
            index = self._run_node_ids.index(ids[0])
            if index != self.training.selected_layer:
                self.training.select_layer(index)  # the live views show this layer

    def _update_edit_actions(self) -> None:
        has = bool(self.pipeline_view.selected_ids())
        for act in (self.act_cut, self.act_copy, self.act_duplicate, self.act_delete, self.act_move_up,
                    self.act_move_down):
            act.setEnabled(has)

    def _show_problems(self) -> None:
        self.problems_dock.show()
        self.problems_dock.raise_()

    # --- edits -----------------------------------------------------------------------------------
    def add_kind(self, kind: str) -> None:
        """Palette double-click: a new layer right after the selection (or at the end)."""
        ids = self.document.insert_layers(self.pipeline_view.insertion_index(), [new_layer(kind)])
        self.pipeline_view.set_selection(ids)

    def delete(self) -> None:
        """Remove the selection, then select the layer that moved up into its place (keyboard flow)."""
        ids = self.pipeline_view.selected_ids()
        if not ids:
            return
        first = self.document.pipeline.index_of(ids[0])
        self.document.remove_layers(ids)
        rest = self.document.pipeline.ids
        self.pipeline_view.set_selection([rest[min(first, len(rest) - 1)]] if rest else [])

    def duplicate(self) -> None:
        self.pipeline_view.set_selection(self.document.duplicate_layers(self.pipeline_view.selected_ids()))

    def copy(self) -> None:
        ids = self.pipeline_view.selected_ids()
        if ids:
            QApplication.clipboard().setText(layers_to_text(self.document.pipeline.raw_layers(ids)))
            self.statusBar().showMessage(f"Copied {len(ids)} layer{'s' if len(ids) != 1 else ''} as JSON", 3000)

    def cut(self) -> None:
        self.copy()
        self.delete()

    def paste(self) -> None:
        try:
            raw = layers_from_text(QApplication.clipboard().text())
        except ValueError as e:
            self.statusBar().showMessage(f"Nothing pasted: {e}", 5000)
            return
        ids = self.document.insert_layers(self.pipeline_view.insertion_index(), raw, "Paste")
        self.pipeline_view.set_selection(ids)

    def move_selection(self, step: int) -> None:
        ids = self.pipeline_view.selected_ids()
        if not ids:
            return
        order = self.document.pipeline.ids
        gap = order.index(ids[0]) - 1 if step < 0 else order.index(ids[-1]) + 2
        if 0 <= gap <= len(order):
            self.document.move_layers(ids, gap)

    def go_to_issue(self, issue) -> None:
        """Select what a problem is about and put the cursor in the field at fault."""
        if issue.node_id is not None and issue.node_id in self.document.pipeline.ids:
            self.pipeline_view.set_selection([issue.node_id])
        else:
            self.pipeline_view.set_selection([])
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        self.inspector.focus_issue(issue)

    # --- training hook ---------------------------------------------------------------------------
    def request_training(self) -> None:
        """Train (F5): start the controller on the frozen document and emit `train_requested`."""
        self.start_training()

    def start_training(self, data=None, overrides: dict | None = None, paused: bool = False,
                       weights: str | None = None) -> bool:
        """Freeze the document and train it in the background; `data` None means the file's own source."""
        spec = self.document.spec
        if spec is None:
            self._show_problems()
            return False
        if not self.training.allows(Command.TRAIN):
            self.statusBar().showMessage("Training is already running: stop it first.", 5000)
            return False
        if data is None and not resolve_missing_data(self):
            return False
        spec = self.document.spec  # the answer may have changed the data source (or the input)
        if spec is None:
            return False
        if (self.training.state == State.FINISHED and self.training.has_trained_weights and weights is None
                and not self.dialogs.confirm("Train again?", "Train the network again from fresh weights?",
                                             "The weights trained so far are discarded; use Run ▸ Save Weights "
                                             "first to keep them.")):
            return False
        node_ids = list(self.document.pipeline.ids)
        if not self.training.start(spec.doc, data, overrides, paused=paused, weights=weights):
            return False
        self._run_node_ids = node_ids
        self._trained_arch = self._architecture_key()
        self._trained_index = self.document.undo_stack.index()
        self._clear_meters()
        self._show_live()
        self.train_requested.emit(spec, node_ids)
        return True

    def add_central_tab(self, widget: QWidget, title: str) -> int:
        """A page beside the pipeline (e.g. live plots); the tab bar appears once there are two."""
        return self.central_tabs.addTab(widget, title)

    # --- files, windows, drops -------------------------------------------------------------------
    def open_new_window(self) -> "MainWindow":
        window = MainWindow(blank=True, settings=self.settings)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        MainWindow._open_windows.add(window)
        window.destroyed.connect(lambda *_: MainWindow._open_windows.discard(window))
        window.show()
        return window

    def _quit(self) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible() and not w.close():
                return
        QApplication.quit()

    def closeEvent(self, event) -> None:
        c = self.training
        was_running = c.state in (State.LOADING, State.RUNNING)
        weights_answer = "discard"
        if c.has_trained_weights or c.thread_running:
            c.pause()  # nothing changes while the user thinks
            if c.has_trained_weights:
                weights_answer = self.dialogs.ask_save_weights(c.thread_running)
            if weights_answer == "cancel" or not self.files.maybe_save():
                if was_running:
                    c.resume()
                event.ignore()
                return
        elif not self.files.maybe_save():
            event.ignore()
            return
        c.shutdown()  # stops and joins the worker thread; the weights stay for saving
        if weights_answer == "save":
            path = self.dialogs.weights_save_path(self._suggested_weights_name())
            if path:
                self._weights_op = "save"
                c.save_weights(path)
                self._weights_op = None
        self._save_layout()
        event.accept()

    @staticmethod
    def _json_paths(mime) -> list[str]:
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile().lower().endswith(".json")]

    def dragEnterEvent(self, event) -> None:
        if self._json_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        paths_ = self._json_paths(event.mimeData())
        if paths_:
            event.acceptProposedAction()
            self.files.open(paths_[0])

    # --- live training -------------------------------------------------------------------------
    def _wire_training(self) -> None:
        c = self.training
        self.live.train_requested.connect(lambda paused: self.start_training(paused=paused))
        c.state_changed.connect(self._training_state_changed)
        c.selection_changed.connect(self._training_selection)
        c.visuals.connect(self._show_meters)
        c.run_started.connect(self._run_started)
        c.cleared.connect(self._training_cleared)
        c.message.connect(self._training_message)
        c.error.connect(self._training_error)
        c.diverged.connect(lambda text: self.statusBar().showMessage("Training diverged: see the message above the plots.", 8000))
        c.finished.connect(self._training_finished)
        self.document.changed.connect(self._guard_trained_weights)
        self.document.reset.connect(self._document_replaced)
        self._training_state_changed(c.state)

    def _training_state_changed(self, state: str) -> None:
        for act, command in ((self.act_pause, Command.PAUSE), (self.act_resume, Command.RESUME),
                             (self.act_stop, Command.STOP), (self.act_step, Command.STEP), (self.act_reset, Command.RESET)):
            act.setEnabled(allowed(state, command))
        if state in (State.IDLE, State.FINISHED):  # Step starts a paused run: the network must be buildable
            self.act_step.setEnabled(self.document.spec is not None)
        self.act_save_weights.setEnabled(allowed(state, Command.SAVE_WEIGHTS) and (
            self.training.has_trained_weights or state != State.FINISHED))
        self.act_load_weights.setEnabled(allowed(state, Command.LOAD_WEIGHTS))
        self._update_train()

    def _run_started(self, _info) -> None:
        self._clear_meters()
        if self._weights_op == "load":
            self._weights_op = None  # a run that starts from loaded weights: they fitted

    def _training_finished(self, end) -> None:
        self._training_state_changed(self.training.state)
        status = getattr(end, "status", "")
        r = self.training.last_results
        if r is not None and status == "finished":
            self.statusBar().showMessage(f"Training finished: test accuracy {100 * r.accuracy:.1f} %, "
                                         f"test loss {r.loss:.4f}. See the Results tab.", 10000)

    def _training_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)
        if self._weights_op is not None and text.startswith("Weights "):
            self._weights_op = None

    def _training_error(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)
        op, self._weights_op = self._weights_op, None
        if op == "load":
            self.dialogs.error("Cannot load weights", "The weights were not loaded; the network is unchanged.", text)
        elif op == "save":
            self.dialogs.error("Cannot save weights", "The weights were not saved.", text)

    def _show_live(self) -> None:
        """The training layout: the live panel beside the pipeline, builder panels out of the way."""
        if self.live.isVisible():
            return
        self._hidden_docks = [d for d in (self.palette_dock, self.inspector_dock, self.problems_dock, self.history_dock)
                              if d.isVisible() and not d.isFloating()]
        for dock in self._hidden_docks:
            dock.hide()
        self.live.show()
        width = max(self.splitter.width(), self.width(), 800)
        left = 360 if width >= 1300 else 320  # room for the cards' gradient bars; the plots get the rest
        self.splitter.setSizes([left, width - left])
        self.statusBar().showMessage("The builder panels step aside while training: View ▸ Builder Panels "
                                     "(Ctrl+B) brings them back.", 8000)

    def show_builder_panels(self) -> None:
        docks = self._hidden_docks or [self.palette_dock, self.inspector_dock, self.problems_dock]
        for dock in docks:
            dock.show()
        self._hidden_docks = []

    def _training_cleared(self) -> None:
        """The trained network is gone: back to the builder layout."""
        self._run_node_ids = []
        self._trained_arch = None
        self._clear_meters()
        self.live.hide()
        self.show_builder_panels()
        self._training_state_changed(self.training.state)

    def _training_selection(self, layer: int, _sample: int) -> None:
        if 0 <= layer < len(self._run_node_ids):
            node_id = self._run_node_ids[layer]
            if self.pipeline_view.selected_ids() != [node_id] and node_id in self.document.pipeline.ids:
                self.pipeline_view.set_selection([node_id])

    def _show_meters(self, visuals) -> None:
        if visuals is None or visuals.gradients is None:
            return
        ids = self._run_node_ids
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

    def _architecture_key(self) -> str:
        doc = self.document.to_doc()
        return json.dumps({"input": doc.get("input"), "layers": doc.get("layers")}, sort_keys=True, default=str)

    def _guard_trained_weights(self) -> None:
        """An edit that changes the architecture of a trained (or training) network: ask before the
        network is discarded; "no" undoes the edit. Asked once the edit's command is on the undo
        stack (QUndoStack.push applies a command before it records it)."""
        if self._asking or self._trained_arch is None or self._guard_pending:
            return
        if self._architecture_key() == self._trained_arch:
            self._trained_index = self.document.undo_stack.index()
            return
        self._guard_pending = True
        QTimer.singleShot(0, self._ask_about_edit)

    def _ask_about_edit(self) -> None:
        self._guard_pending = False
        c = self.training
        if self._asking or self._trained_arch is None:
            return
        stack = self.document.undo_stack
        if self._architecture_key() == self._trained_arch:
            self._trained_index = stack.index()  # settings edits (epochs, lr...) keep the trained network
            return
        if not (c.has_trained_weights or c.thread_running):
            c.discard()
            return
        running = c.thread_running
        if running:
            c.pause()
        text = ("This edit changes the network's architecture, so the network being trained no longer "
                "matches it. Stop training and discard the trained weights?" if running else
                "This edit changes the network's architecture: the trained weights no longer fit it. "
                "Discard the trained weights?")
        self._asking = True
        try:
            ok = self.dialogs.confirm("Discard trained weights?", text,
                                      "Choose Cancel to undo the edit and keep the trained network "
                                      "(Run ▸ Save Weights keeps a copy).")
            if ok:
                c.discard()
            else:
                while stack.index() > self._trained_index and stack.canUndo():
                    stack.undo()
                while stack.index() < self._trained_index and stack.canRedo():
                    stack.redo()
                if running:
                    c.resume()
                self.statusBar().showMessage("Edit undone: the trained network is kept.", 6000)
        finally:
            self._asking = False

    def confirm_discard_training(self) -> bool:
        """Before New/Open replaces the document: may the trained network go?"""
        c = self.training
        if not (c.has_trained_weights or c.thread_running):
            return True
        running = c.state in (State.LOADING, State.RUNNING)
        c.pause()
        if self.dialogs.confirm("Discard trained weights?",
                                "The trained network is discarded when another network replaces this one.",
                                "Cancel keeps it (Run ▸ Save Weights keeps a copy)."):
            return True
        if running:
            c.resume()
        return False

    def _document_replaced(self) -> None:
        if self.training.state != State.IDLE or self._trained_arch is not None:
            self.training.discard()

    def _suggested_weights_name(self) -> str:
        base = pathlib.Path(self.document.path).with_suffix("") if self.document.path else \
            pathlib.Path(self.files._suggested_name()).with_suffix("")
        return f"{base}.weights.npz"

    def save_weights(self) -> bool:
        if not (self.training.has_trained_weights or self.training.state in (State.RUNNING, State.PAUSED, State.DIVERGED)):
            self.dialogs.error("No weights to save", "There are no trained weights yet.",
                               "Train the network (or load weights) first.")
            return False
        path = self.dialogs.weights_save_path(self._suggested_weights_name())
        if not path:
            return False
        self._weights_op = "save"
        ok = self.training.save_weights(path)
        if self.training.session is not None:
            self._weights_op = None  # saved (or failed) at once, on this thread
        return ok

    def load_weights(self) -> bool:
        """Into the current run, or with no run: a paused run of this network starting from them."""
        start = str(pathlib.Path(self.document.path).parent) if self.document.path else ""
        path = self.dialogs.weights_open_path(start)
        if not path:
            return False
        c = self.training
        self._weights_op = "load"
        if c.state == State.IDLE:
            if self.document.spec is None:
                self._weights_op = None
                self.dialogs.error("Cannot load weights", "Fix the network's problems first.",
                                   "Weights are loaded into a network that can be built.")
                return False
            return self.start_training(paused=True, weights=path)
        ok = c.load_weights(path)
        if c.session is not None:
            self._weights_op = None
        return ok

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.about(self, "About NetBuilder",
                          f"<b>NetBuilder {__version__}</b><p>Design, train and see inside neural networks, "
                          "on a from-scratch numpy engine.</p>")
