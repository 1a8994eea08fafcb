"""The Runs table: one row per run, and a column for each setting that differs between the listed
runs (twenty runs of a learning-rate sweep show an lr column, not forty identical ones)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.runs.diff import fmt, run_facts, short_key, table_columns
from netbuilder.format import duration_text, percent_text, time_text
from netbuilder.views.translation import translate

# The stored statuses (runs/schema.py STATUSES), shown translated; the store keeps the English word.
_STATUS_WORDS = (QT_TRANSLATE_NOOP("RunStatus", "running"), QT_TRANSLATE_NOOP("RunStatus", "finished"),
                 QT_TRANSLATE_NOOP("RunStatus", "stopped"), QT_TRANSLATE_NOOP("RunStatus", "diverged"),
                 QT_TRANSLATE_NOOP("RunStatus", "failed"), QT_TRANSLATE_NOOP("RunStatus", "interrupted"))


FIXED_BEFORE = ("ID", QT_TRANSLATE_NOOP("RunsTableModel", "Name"))
FIXED_AFTER = (QT_TRANSLATE_NOOP("RunsTableModel", "Test acc"), QT_TRANSLATE_NOOP("RunsTableModel", "Time"), QT_TRANSLATE_NOOP("RunsTableModel", "Status"), QT_TRANSLATE_NOOP("RunsTableModel", "Tags"), QT_TRANSLATE_NOOP("RunsTableModel", "Started"))
SORT_ROLE = Qt.ItemDataRole.UserRole
RUN_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RunsTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.runs: list = []
        self.varying: list[str] = []
        self._facts: list[dict] = []
        self.sweep_names: dict = {}

    def set_runs(self, runs, sweep_names: dict | None = None) -> None:
        """`sweep_names`: sweep id -> name; with any run of a sweep listed, a Sweep column names it."""
        self.beginResetModel()
        self.runs = list(runs)
        self.varying = table_columns(self.runs)
        self.sweep_names = sweep_names or {}
        self._facts = [run_facts(r) for r in self.runs]
        self.endResetModel()

    @property
    def columns(self) -> list[str]:
        """The columns by their English names, which the cell code compares against."""
        sweep = (QT_TRANSLATE_NOOP("RunsTableModel", "Sweep"),) if any(r.sweep_id for r in self.runs) else ()
        return [*FIXED_BEFORE, *(short_key(k) for k in self.varying), *FIXED_AFTER[:-1], *sweep, FIXED_AFTER[-1]]

    @property
    def headers(self) -> list[str]:
        """The columns as the header shows them (settings keys stay as they are)."""
        fixed = {*FIXED_BEFORE, *FIXED_AFTER, "Sweep"}
        return [translate("RunsTableModel", c) if c in fixed else c for c in self.columns]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.runs)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and len(FIXED_BEFORE) <= section < len(FIXED_BEFORE) + len(self.varying):
                return translate("RunsTableModel", "{0}: differs between the listed runs").format(self.varying[section - len(FIXED_BEFORE)])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        run, col = self.runs[index.row()], index.column()
        if role == RUN_ID_ROLE:
            return run.id
        name = self.columns[col]
        display, sort = self._cell(run, index.row(), col, name)
        if role == Qt.ItemDataRole.DisplayRole:
            return display
        if role == SORT_ROLE:
            return sort
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "Status" and run.message:
                return run.message
            if name == "Name":
                return f"{run.name}\n{run.auto_name}" + (f"\n{run.notes}" if run.notes else "")
            return display
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("ID", "Test acc", "Time"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell(self, run, row: int, col: int, name: str):
        if name == "ID":
            return str(run.id), run.id
        if name == "Name":
            return run.name, run.name.lower()
        if name == "Test acc":
            return percent_text(run.test_accuracy), -1.0 if run.test_accuracy is None else run.test_accuracy
        if name == "Time":
            return duration_text(run.seconds), -1.0 if run.seconds is None else run.seconds
        if name == "Status":
            return (translate("RunStatus", run.status)
                    + (translate("RunsTableModel", " (early stop)") if run.early_stopped else "")), run.status
        if name == "Tags":
            return ", ".join(run.tags), ", ".join(run.tags)
        if name == "Sweep":
            text = self.sweep_names.get(run.sweep_id, run.sweep_id or "") if run.sweep_id else ""
            return text, text
        if name == "Started":
            return time_text(run.started), run.started
        key = self.varying[col - len(FIXED_BEFORE)]
        value = self._facts[row].get(key)
        return fmt(value) if value is not None else "-", value if isinstance(value, (int, float)) else fmt(value)
