"""The builder window: palette | pipeline | inspector, problems below, menus, and live training.

The window lays out the views of one Document and keeps the layout (docks, the live panel beside
the pipeline, saved geometry). What a user can do lives elsewhere: the actions and when they are
enabled in views/actions.py, their menus and the toolbar in views/menus.py, pipeline edits in
views/edits.py, and everything that ties a training run to this document — the controller, the
run's node ids, the "discard trained weights?" guard, weights files, gradient meters on the cards,
the selected layer — in views/run_binding.py (`self.run`; `self.training` is its controller).

The live panel takes most of the width once a run starts; its control bar (Pause/Resume/Stop/
Step/Reset, learning rate, state) lives in the main toolbar next to Train, so there is one set of
controls. `train_requested(spec, node_ids)` fires when a run of the document starts.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QSplitter, QTabWidget, QUndoView, QWidget

from netbuilder import __version__, paths
from netbuilder.document import Document
from netbuilder.io.network_file import NetworkFileError, load_network
from netbuilder.run.control import Command
from netbuilder.views import theme
from netbuilder.views.actions import build_actions, update_edit_actions, update_run_actions
from netbuilder.views.dialogs import Dialogs
from netbuilder.views.edits import PipelineEdits
from netbuilder.views.files import BLANK, FileController
from netbuilder.views.inspector import Inspector
from netbuilder.views.live.panel import LivePanel
from netbuilder.views.menus import build_menus, build_toolbar
from netbuilder.views.missing_data import resolve_missing_data
from netbuilder.views.palette import Palette
from netbuilder.views.pipeline_view import PipelineView
from netbuilder.views.problems import ProblemsPanel
from netbuilder.views.run_binding import RunBinding
from netbuilder.views.runs.history import RunHistory
from netbuilder.views.recovery import Autosave
from netbuilder.views.shortcuts import resolve_conflicts
from netbuilder.views.field_undo import FieldUndo
from netbuilder.views.window_layout import WindowLayout
from netbuilder.views.status import ProblemsBadge, TotalsLabel
from netbuilder.views.translation import translate



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
        self.autosave = Autosave(self.document, parent=self)  # recovery copy while changes are unsaved
        self.setWindowIcon(theme.icon("netbuilder"))
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        self.pipeline_view = PipelineView(self.document)
        self.edits = PipelineEdits(self.document, self.pipeline_view, self.show_status)
        self.central_tabs = QTabWidget()
        self.central_tabs.setDocumentMode(True)
        self.central_tabs.setTabBarAutoHide(True)  # one tab: no tab bar until training adds one
        self.central_tabs.addTab(self.pipeline_view, translate("MainWindow", "Pipeline"))
        # Live training sits beside the pipeline; hidden until the first run starts.
        self.run = RunBinding(self.document, self.pipeline_view, self.dialogs, self.show_status,
                              lambda: self.document.path or self.files._suggested_name(), parent=self)
        self.training = self.run.controller
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
        self._hidden_docks: list[QDockWidget] = []

        self.palette_panel = Palette()
        self.inspector = Inspector(self.document, self.dialogs)
        self.problems = ProblemsPanel(self.document)
        self.history = QUndoView(self.document.undo_stack)
        self.history.setEmptyLabel("<opened>")
        self.history.setToolTip(translate("MainWindow", "Every edit since the network was opened; click one to go back to it"))
        self.palette_dock = self._dock(translate("MainWindow", "Layers"), "palette", self.palette_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector_dock = self._dock(translate("MainWindow", "Inspector"), "inspector", self.inspector,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.problems_dock = self._dock(translate("MainWindow", "Problems"), "problems", self.problems, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.history_dock = self._dock(translate("MainWindow", "History"), "history", self.history, Qt.DockWidgetArea.RightDockWidgetArea)
        self.run_history = RunHistory(self)  # every run kept: the Run History dock, Compare, Open
        self.runs_dock = self.run_history.dock
        self.layout_keeper = WindowLayout(self, self.settings)  # saved, checked, restored, reset
        self.layout_keeper.arrange_default()

        build_actions(self)
        self.field_undo = FieldUndo(self.inspector, {"undo": self.act_undo, "redo": self.act_redo}, self)
        build_menus(self)
        self.toolbar = build_toolbar(self)
        from netbuilder.views.export_actions import ExportActions
        self.exports = ExportActions(self)  # File ▸ Save Trained Model / Export, .nbmodel/.onnx, the Try-it tab
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
        self.palette_panel.kind_activated.connect(self.edits.add_kind)
        self.problems.issue_activated.connect(self.go_to_issue)
        self.live.train_requested.connect(lambda paused: self.start_training(paused=paused))
        self.run.train_requested.connect(self.train_requested)
        self.run.train_requested.connect(lambda _spec, _ids: self._show_live())
        self.run.cleared.connect(self._show_builder_layout)
        self.training.state_changed.connect(lambda _state: update_run_actions(self))
        self.training.state_changed.connect(self.badge.set_run_state)  # never "Ready to train" mid-run
        self.training.finished.connect(lambda _end: update_run_actions(self))

        self.layout_keeper.restore()
        self._load_initial(path, blank)
        self._document_changed()
        self._selection_changed()

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def show_status(self, text: str, ms: int = 5000) -> None:
        self.statusBar().showMessage(text, ms)

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

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.layout_keeper.check_after_show)  # once laid out: no squeezed panel

    def reset_layout(self) -> None:
        self.layout_keeper.reset()

    # --- reacting to the document and the selection --------------------------------------------
    def _document_changed(self) -> None:
        self._update_title()
        update_run_actions(self)
        update_edit_actions(self)
        n = len(self.document.analysis.issues)
        self.problems_dock.setWindowTitle(translate("MainWindow", "Problems ({0})").format(n) if n else translate("MainWindow", "Problems"))

    def _update_title(self) -> None:
        self.setWindowTitle(translate("MainWindow", "{0}[*] — NetBuilder").format(self.document.display_name()))
        self.setWindowModified(self.document.modified)

    def _selection_changed(self) -> None:
        self.inspector.show_selection(self.pipeline_view.selected_ids())
        update_edit_actions(self)

    def _show_problems(self) -> None:
        self.problems_dock.show()
        self.problems_dock.raise_()

    def go_to_issue(self, issue) -> None:
        """Select what a problem is about and put the cursor in the field at fault."""
        if issue.node_id is not None and issue.node_id in self.document.pipeline.ids:
            self.pipeline_view.set_selection([issue.node_id])
        else:
            self.pipeline_view.set_selection([])
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        self.inspector.focus_issue(issue)

    # --- training --------------------------------------------------------------------------------
    def start_training(self, data=None, overrides: dict | None = None, paused: bool = False,
                       weights: str | None = None, record: bool = True) -> bool:
        """Train (F5): freeze the document and train it in the background; `data` None means the
        file's own source. With problems in the network, the Problems panel comes forward instead."""
        if self.document.spec is None:
            self._show_problems()
            return False
        if not self.training.allows(Command.TRAIN):
            self.show_status(translate("MainWindow", "Training is already running: stop it first."), 5000)
            return False
        if data is None and not resolve_missing_data(self):  # offers a download or another source
            return False
        return self.run.start(data, overrides, paused=paused, weights=weights, record=record)

    def save_weights(self) -> bool:
        return self.run.save_weights()

    def load_weights(self) -> bool:
        return self.run.load_weights()

    def add_central_tab(self, widget: QWidget, title: str) -> int:
        """A page beside the pipeline (e.g. live plots); the tab bar appears once there are two."""
        return self.central_tabs.addTab(widget, title)

    def _show_live(self) -> None:
        """The training layout: the live panel beside the pipeline, builder panels out of the way."""
        if self.live.isVisible():
            return
        self.layout_keeper.remember_builder()
        self._hidden_docks = [d for d in (self.palette_dock, self.inspector_dock, self.problems_dock, self.history_dock)
                              if d.isVisible() and not d.isFloating()]
        for dock in self._hidden_docks:
            dock.hide()
        self.live.show()
        self.split_for_live()
        self.show_status(translate("MainWindow", "The builder panels step aside while training: View ▸ Builder Panels "
                         "(Ctrl+B) brings them back."), 8000)

    def split_for_live(self) -> None:
        width = max(self.splitter.width(), self.width(), 800)
        left = 360 if width >= 1300 else 320  # room for the cards' gradient bars; the plots get the rest
        self.splitter.setSizes([left, width - left])

    def show_builder_panels(self) -> None:
        docks = self._hidden_docks or [self.palette_dock, self.inspector_dock, self.problems_dock]
        for dock in docks:
            dock.show()
        self._hidden_docks = []
        self.statusBar().clearMessage()  # "the builder panels step aside…" is no longer true

    def _show_builder_layout(self) -> None:
        """The trained network is gone: back to the builder layout."""
        self.live.hide()
        self.show_builder_panels()
        update_run_actions(self)

    # --- windows, closing, drops -----------------------------------------------------------------
    def open_new_window(self) -> "MainWindow":
        window = MainWindow(blank=True, settings=self.settings)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        MainWindow._open_windows.add(window)
        window.destroyed.connect(lambda *_: MainWindow._open_windows.discard(window))
        window.show()
        return window

    def quit_all(self) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible() and not w.close():
                return
        QApplication.quit()

    def closeEvent(self, event) -> None:
        if not self.run.ask_before_close(self.files):
            event.ignore()
            return
        self.layout_keeper.save()
        self.run_history.close()
        self.autosave.discard()  # a clean close: nothing to recover
        event.accept()

    @staticmethod
    def _json_paths(mime) -> list[str]:
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile().lower().endswith((".json", ".nbmodel", ".onnx"))]

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

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.about(self, translate("MainWindow", "About NetBuilder"),
                          translate("MainWindow", "<b>NetBuilder {0}</b><p>Design, train and see inside neural networks, on a from-scratch numpy engine.</p>").format(__version__))
