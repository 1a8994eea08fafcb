"""The Runs panel: every recorded run in a sortable, filterable table (multi-select) beside (or
above) the Compare view of the selected ones. Open brings a run back into the builder; Delete
removes runs. A sweep chosen in the Sweep box narrows the table to its runs and shows its spread
plot and table of means ± sd (views/sweep/summary.py). While a listed run is still training
(in this window, a terminal or a sweep's worker process) the panel re-reads the store every few
seconds, so the curves of a running member grow epoch by epoch."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
                               QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from netbuilder.views.runs.compare_view import CompareView
from netbuilder.views.runs.table_model import RUN_ID_ROLE, SORT_ROLE, RunsTableModel
from netbuilder import i18n
from netbuilder.views.translation import translate

WIDE = 2.2         # width/height above which the table and the Compare view sit side by side
FOLLOW_MS = 2000   # re-read interval while a listed run is still training
LIST_LIMIT = 2000   # newest runs shown; older ones stay in the store (netbuilder runs list --limit)


class RunsPanel(QWidget):
    open_requested = Signal(int)      # run id: open its network, weights and results
    lab_requested = Signal(list)      # run ids: open them in the Lab (beside this window's network)
    selection_changed = Signal(list)  # run ids

    def __init__(self, store, confirm=None, parent=None):
        """`store`: an open RunStore; `confirm(title, text, detail) -> bool` asks before deleting."""
        super().__init__(parent)
        self.store = store
        self.confirm = confirm or (lambda *_: True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("RunsPanel", "Search runs: name, setting value, tag, status…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        bar.addWidget(self.search, 1)
        self.sweep_box = QComboBox()
        self.sweep_box.setToolTip(translate("RunsPanel", "Show one sweep's runs, its spread plot and its table of means ± sd"))
        self.sweep_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sweep_box.setMaximumWidth(320)
        self.sweep_box.activated.connect(lambda _i: self._sweep_chosen())
        self.sweep_box.hide()  # until the store holds a sweep
        bar.addWidget(self.sweep_box)
        self.open_button = QPushButton(translate("RunsPanel", "Open"))
        self.open_button.setToolTip(translate("RunsPanel", "Open the selected run: its network as a new document, its weights and results"))
        self.open_button.clicked.connect(self._open)
        self.lab_button = QPushButton(translate("RunsPanel", "Open in Lab"))
        self.lab_button.setToolTip(translate("RunsPanel", "Open the selected runs in the Lab, beside this window's network: sweep the same weight in each to compare them on one chart"))
        self.lab_button.clicked.connect(self._open_in_lab)
        self.delete_button = QPushButton(translate("RunsPanel", "Delete…"))
        self.delete_button.setToolTip(translate("RunsPanel", "Delete the selected runs and their files from the run history"))
        self.delete_button.clicked.connect(self._delete)
        self.refresh_button = QPushButton(translate("RunsPanel", "Refresh"))
        self.refresh_button.setToolTip(translate("RunsPanel", "Read the run history again (runs recorded by other windows or the terminal)"))
        self.refresh_button.clicked.connect(self.refresh)
        for b in (self.open_button, self.lab_button, self.delete_button, self.refresh_button):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.model = RunsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(translate("RunsPanel", "Select one or more runs (Ctrl/Shift-click) to compare them; double-click opens one"))
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.compare = CompareView()
        from netbuilder.views.sweep.summary import SweepSummary
        self.sweep_summary = SweepSummary()
        self.sweep_summary.run_activated.connect(lambda run_id: self.select_ids([run_id]))
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.compare, translate("RunsPanel", "Compare"))
        self.views.addTab(self.sweep_summary, translate("RunsPanel", "Sweep"))
        self.views.setTabEnabled(1, False)
        self.views.setTabToolTip(1, translate("RunsPanel", "Choose a sweep in the Sweep box to see its spread and means ± sd"))
        self.follow_timer = QTimer(self)
        self.follow_timer.setInterval(FOLLOW_MS)
        self.follow_timer.timeout.connect(self._follow)
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addWidget(self.count_label)
        split.addWidget(top)
        split.addWidget(self.views)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self._running_before: set[int] = set()   # runs that were training at the last look
        self._update_buttons()

    def resizeEvent(self, event) -> None:
        """Docked at the bottom the panel is wide and low: the table beside the plots, not above them."""
        super().resizeEvent(event)
        wide = event.size().width() > WIDE * max(1, event.size().height())
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
            total = sum(self.split.sizes()) or 1
            self.split.setSizes([int(total * 0.42), total - int(total * 0.42)])

    # ---- content ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the store, keeping the selection and the chosen sweep."""
        keep = self.selected_ids()
        sweeps = self.store.sweeps()
        names = {sw["id"]: sw["name"] or sw["id"] for sw in sweeps}
        chosen = self.chosen_sweep()
        self.sweep_box.blockSignals(True)
        self.sweep_box.clear()
        self.sweep_box.addItem(translate("RunsPanel", "All runs"), None)
        for sw in sweeps:
            running = translate("RunsPanel", ", {0} running").format(sw['running']) if sw["running"] else ""
            self.sweep_box.addItem(translate("RunsPanel", "Sweep: {0} ({1} runs{2})").format(names[sw['id']], sw['runs'], running), sw["id"])
        at = self.sweep_box.findData(chosen) if chosen else 0
        self.sweep_box.setCurrentIndex(max(at, 0))
        self.sweep_box.blockSignals(False)
        self.sweep_box.setVisible(bool(sweeps))
        chosen = self.chosen_sweep()
        runs = self.store.list(limit=LIST_LIMIT, sweep_id=chosen)
        self.model.set_runs(runs, names)
        self.views.setTabEnabled(1, chosen is not None)
        if chosen is not None:
            self.sweep_summary.show_sweep(self.store, chosen)
        running = any(r.status == "running" for r in runs)
        if running and not self.follow_timer.isActive():
            self.follow_timer.start()
        elif not running:
            self.follow_timer.stop()
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 320))
        self.select_ids(keep)
        self._update_count()

    def chosen_sweep(self) -> str | None:
        return self.sweep_box.currentData() if self.sweep_box.count() else None

    def show_sweep(self, sweep_id: str) -> None:
        """Narrow the table to one sweep and bring its summary forward."""
        self.refresh()
        at = self.sweep_box.findData(sweep_id)
        if at >= 0:
            self.sweep_box.setCurrentIndex(at)
            self._sweep_chosen()
            self.views.setCurrentIndex(1)

    def _sweep_chosen(self) -> None:
        self.refresh()
        self.views.setCurrentIndex(1 if self.chosen_sweep() is not None else 0)

    def _follow(self) -> None:
        """A listed run is training: read the store again; selected running runs get their new epochs."""
        if not self.isVisible():
            return
        selected = self.selected_ids()
        self.refresh()
        if any(self.store.get(i).status == "running" or i in self._running_before for i in selected):
            self._selected()
        self._running_before = {r.id for r in self.model.runs if r.status == "running"}

    def select_ids(self, ids) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        wanted = set(ids)
        first = None
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RUN_ID_ROLE) in wanted:
                sel.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
                first = first or index
        if first is not None:
            self.table.scrollTo(first)  # a selected run is never below the fold

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return sorted(index.data(RUN_ID_ROLE) for index in rows)

    # ---- reactions --------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        varied = ", ".join(self.model.headers[2:2 + len(self.model.varying)]) or "nothing"
        self.count_label.setText(translate("RunsPanel", "{0} of {1} runs").format(shown, total) if shown != total else translate("RunsPanel", "{0} runs").format(total)
                                 + (translate("RunsPanel", " — varied: {0}").format(varied) if total > 1 else ""))

    def _selected(self, *_):
        ids = self.selected_ids()
        runs = [self.store.get(i) for i in ids]
        self.compare.show_runs(runs)
        self._update_buttons()
        self.selection_changed.emit(ids)

    def _update_buttons(self) -> None:
        n = len(self.selected_ids())
        self.open_button.setEnabled(n == 1)
        self.lab_button.setEnabled(n >= 1)
        self.delete_button.setEnabled(n >= 1)

    def _open(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_requested.emit(ids[0])

    def _open_in_lab(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.lab_requested.emit(ids)

    def context_menu(self) -> QMenu:
        """Open / Open in Lab / Delete for the selected rows (what a right-click shows)."""
        menu = QMenu(self)
        for button in (self.open_button, self.lab_button, self.delete_button):
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
        return menu

    def _context_menu(self, pos) -> None:
        self.context_menu().exec(self.table.viewport().mapToGlobal(pos))

    def _delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        running = [i for i in ids if self.store.get(i).status == "running"]
        ids = [i for i in ids if i not in running]
        count = len(ids)  # a plain name: pyside6-lupdate reads no expression as the count
        if not ids or not self.confirm(translate("RunsPanel", "Delete runs?"), i18n.translate("RunsPanel", "Delete %n run(s) ({0}) and their files?", None, count).format(', '.join(f'#{i}' for i in ids)),
                                       translate("RunsPanel", "This cannot be undone.") + (translate("RunsPanel", " Running runs are kept.") if running else "")):
            return
        self.store.delete(ids)
        self.refresh()
