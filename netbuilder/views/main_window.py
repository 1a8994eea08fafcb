"""The builder window: palette | pipeline | inspector, problems below, menus and a Train button.

The window wires views to one Document and turns user gestures into document edits; it holds no
network state of its own. Live training (a later issue) hooks in through `train_requested`, the
central tab area (`add_central_tab`) or a dock, and the cards' meters (`pipeline_view.card(id)`).
"""

from __future__ import annotations

import html
import pathlib

from PySide6.QtCore import SIGNAL, QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QDockWidget, QMainWindow, QSizePolicy, QTabWidget, QToolBar,
                               QUndoView, QWidget)

from netbuilder import __version__, paths
from netbuilder.document import Document
from netbuilder.io.network_file import NetworkFileError, load_network
from netbuilder.model.clipboard import layers_from_text, layers_to_text
from netbuilder.model.pipeline import new_layer
from netbuilder.views import theme
from netbuilder.views.dialogs import Dialogs
from netbuilder.views.files import BLANK, FileController, template_files
from netbuilder.views.inspector import Inspector
from netbuilder.views.palette import Palette
from netbuilder.views.pipeline_view import PipelineView
from netbuilder.views.problems import ProblemsPanel
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
        self.setCentralWidget(self.central_tabs)

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

        m = bar.addMenu("&Run")
        m.addAction(self.act_train)
        m = bar.addMenu("&Help")
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
            act = menu.addAction(text, lambda p=path: self.files.new_from_template(p))
            act.setToolTip(description or str(path.name))
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
        self.act_train.setEnabled(not issues)
        if issues:
            lines = "".join(f"<li>{html.escape(str(i))}</li>" for i in issues[:6])
            more = f"<li>… and {len(issues) - 6} more</li>" if len(issues) > 6 else ""
            tip = (f"<b>Cannot train yet:</b> fix {len(issues)} problem{'s' if len(issues) != 1 else ''} "
                   f"first (see the Problems panel)<ul style='margin-left:12px'>{lines}{more}</ul>")
        else:
            tip = "Train this network on its data source (F5)"
        self.act_train.setToolTip(tip)

    def _selection_changed(self) -> None:
        self.inspector.show_selection(self.pipeline_view.selected_ids())
        self._update_edit_actions()

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
        """Emit `train_requested`; the live-training view connects to it."""
        spec = self.document.spec
        if spec is None:
            self._show_problems()
            return
        if not self.receivers(SIGNAL("train_requested(PyObject,PyObject)")):
            self.statusBar().showMessage("The network is valid. Live training is not part of this build yet.", 6000)
        self.train_requested.emit(spec, self.document.pipeline.ids)

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
        if not self.files.maybe_save():
            event.ignore()
            return
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

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.about(self, "About NetBuilder",
                          f"<b>NetBuilder {__version__}</b><p>Design, train and see inside neural networks, "
                          "on a from-scratch numpy engine.</p>")
