"""The window's run history: the Run History dock (hidden until this window's first run has been
recorded) holding the Runs panel and its Compare view, View ▸ Run History (Ctrl+4), and Open,
which brings a stored run back as it was when it ended.

The store is opened on the GUI thread only when the dock is first shown (the worker records through
its own connection, run/recording.py), so a window that never looks at its history pays nothing,
and a store that cannot be opened says why in the dock instead of failing the window.

Opening a run: its network becomes the document (untitled: the history keeps the original), a run
of it is built with the run's own settings and data (the same seed, so the same split) and its
recorded weights, and stopped before the first batch, which evaluates it: Results show the
confusion matrix and the mistakes. The recorded epochs are drawn on the live curves. Train then
asks Continue / Fresh weights; continuing an opened run is recorded as a new run whose parent is
the opened one (the optimizer's state was not kept).

Open in Lab leaves the document alone: the runs' networks with their final weights join the Lab's
Network box (views/lab/panel.py), so two stored runs can be swept side by side.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.run.snapshots import EpochSummary
from netbuilder.views.translation import translate

MIN_USEFUL_HEIGHT = 240  # px: a few table rows and the compare plots
MIN_PROBLEMS_WIDTH = 200  # px: Problems beside the runs stays readable
LIVE_ROOM = 540  # px of window height left to the toolbar and live views when the dock opens
HINT = (QT_TRANSLATE_NOOP("RunsHistory", "Every training run is kept here. Train the network to record the first one; "
        "`netbuilder runs list` shows the same history in a terminal."))


class RunHistory(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.store = None
        self.panel = None
        self._auto_shown = False
        self._placeholder = QLabel(translate("RunsHistory", HINT))
        self._placeholder.setWordWrap(True)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setObjectName("muted")
        self.dock = window._dock(translate("RunsHistory", "Run History"), "runs", self._placeholder, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dock.hide()
        self._split_once = False
        self.action = self.dock.toggleViewAction()
        self.action.setShortcut(QKeySequence("Ctrl+4"))
        self.action.setToolTip(translate("RunsHistory", "Show or hide the run history: every run kept, compared side by side (Ctrl+4)"))
        self.dock.visibilityChanged.connect(self._visibility_changed)
        c = window.training
        c.recorded.connect(self._recorded)
        c.finished.connect(self._run_ended)

    # ---- the dock and its panel ---------------------------------------------------------------
    def _visibility_changed(self, visible: bool) -> None:
        if visible and self.ensure_panel() is not None:
            self.panel.refresh()
            if not self.dock.isFloating():
                QTimer.singleShot(0, self._give_room)

    def _give_room(self) -> None:
        """A table with a few rows above two plots: about two fifths of the window (docked at the
        bottom) but leaving LIVE_ROOM to the rest, and three quarters of the bottom row's width when
        Problems shares it (squeezed to a sliver at 1024 px before, "No problems: the…" in a column
        of single words)."""
        w = self.window
        if not self.dock.isVisible() or self.dock.isFloating():
            return
        if self.dock.height() < MIN_USEFUL_HEIGHT:
            # On a short window (800 px at 2x scaling) two fifths squeezed the live plots to 60 px.
            # 30 px more than the least: tabbed with Problems, the tab bar comes out of this height.
            height = max(MIN_USEFUL_HEIGHT + 30, min(420, int(w.height() * 0.42), w.height() - LIVE_ROOM))
            w.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)
        if w.problems_dock.isVisible() and w.dockWidgetArea(w.problems_dock) == w.dockWidgetArea(self.dock):
            width = w.width()  # the runs need the width; the problems list wraps
            if not w.tabifiedDockWidgets(self.dock) and width - self.dock.minimumSizeHint().width() < MIN_PROBLEMS_WIDTH + 20:
                w.tabifyDockWidget(w.problems_dock, self.dock)  # no room for both: tabs, each whole
                self.dock.raise_()
            elif not w.tabifiedDockWidgets(self.dock) and (not self._split_once or w.problems_dock.width() < MIN_PROBLEMS_WIDTH):
                self._split_once = True  # later, the user's own split stands
                w.resizeDocks([w.problems_dock, self.dock], [max(MIN_PROBLEMS_WIDTH, int(width * 0.22)),
                                                             int(width * 0.78)], Qt.Orientation.Horizontal)

    def ensure_panel(self):
        """The Runs panel, made (and the store opened) on first use; None when the store cannot be opened."""
        if self.panel is not None:
            return self.panel
        from netbuilder.runs import RunStore, StoreError
        from netbuilder.views.runs.panel import RunsPanel
        try:
            self.store = RunStore(None)
        except StoreError as e:
            self._placeholder.setText(translate("RunsHistory", "The run history cannot be opened: {0}").format(e))
            return None
        self.panel = RunsPanel(self.store, confirm=self.window.dialogs.confirm)
        self.panel.setMinimumHeight(160)
        self.panel.open_requested.connect(self.open_run)
        self.panel.lab_requested.connect(self.open_in_lab)
        self.dock.setWidget(self.panel)
        return self.panel

    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

    def follow_sweep(self, sweep_id: str) -> None:
        """A sweep started (or ended) from this window: its runs, spread and means in the dock."""
        if self.dock.isHidden():
            self.show()
        if self.ensure_panel() is not None:
            self.panel.show_sweep(sweep_id)

    # ---- runs being recorded ------------------------------------------------------------------
    def _recorded(self, run_id: int, problem: str) -> None:
        if problem:
            self.window.show_status(problem, 12000)
        elif self.panel is not None and self.dock.isVisible():
            self.panel.refresh()  # the new run appears as `running`

    def _run_ended(self, _end) -> None:
        c = self.window.training
        if c.run_id is None:
            return
        if not self._auto_shown and self.dock.isHidden():
            self._auto_shown = True  # once per window: hidden again by the user, it stays hidden
            self.show()
        if self.panel is not None and self.dock.isVisible():
            self.panel.refresh()
            if not self.panel.selected_ids():
                self.panel.select_ids([c.run_id])

    # ---- Open -----------------------------------------------------------------------------------
    def open_run(self, run_id: int) -> bool:
        """The run's network, weights and results back in the window; False (having said why) if not."""
        from netbuilder.runs import StoreError
        w = self.window
        try:
            run = self.store.get(run_id)
            if run.status == "running":
                w.dialogs.error(translate("RunsHistory", "Cannot open this run yet"), translate("RunsHistory", "Run #{0} is still training.").format(run_id),
                                translate("RunsHistory", "Its weights are recorded when it ends."))
                return False
            doc = run.network
            weights = None
            if "weights" in run.artifacts:
                self.store.load_arrays(run_id, "weights")  # checks the file against its checksum
                weights = str(self.store.files_root / run.artifacts["weights"]["path"])
        except (StoreError, ValueError) as e:
            w.dialogs.error(translate("RunsHistory", "Cannot open this run"), translate("RunsHistory", "Run #{0} cannot be opened.").format(run_id), str(e))
            return False
        if not w.files.may_replace():
            return False
        w.document.replace(doc)
        if weights is None:
            w.show_status(translate("RunsHistory", "Run #{0} recorded no weights ({1}): its network is open.").format(run_id, run.status), 10000)
            return True
        c = w.training

        def draw(_info):
            self._draw_history(run)
        c.run_started.connect(draw, Qt.ConnectionType.SingleShotConnection)
        if not w.start_training(data=run.data_spec, overrides=dict(run.settings), paused=True, weights=weights,
                                record=False):
            c.run_started.disconnect(draw)
            return False
        c.run_id, c.opened_run = run_id, True
        c.stop()  # before the first batch: the run is evaluated, Results show it
        w.show_status(translate("RunsHistory", "Run #{0} ({1}) is open: its network, recorded weights and results. Train continues from them as a new run.").format(run_id, run.name), 12000)
        return True

    def open_in_lab(self, run_ids) -> None:
        """Stored runs into the Lab (its Network box), the document and this window's run untouched."""
        w = self.window
        w._show_live()
        lab = w.live.lab
        w.live.tabs.setCurrentWidget(lab)
        lab.open_runs(self.store, run_ids)

    def _draw_history(self, run) -> None:
        """The recorded epochs on the live curves: the picture as it was when the run ended."""
        curves = self.window.live.curves
        for row in run.epochs:
            if row.train_loss is None or not math.isfinite(row.train_loss):
                continue
            curves.show_epoch(EpochSummary(row.epoch - 1, row.train_loss, row.train_accuracy or 0.0,
                                           row.val_loss, row.val_accuracy, row.seconds or 0.0, row.lr or 0.0))
