"""A finished sweep as the window shows it: the table of means ± standard deviation per
configuration and the spread plot (every seed a dot)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from netbuilder.runs.sweep_summary import STD_NOTE


def _pct(x) -> str:
    return "–" if x is None else f"{100 * x:.1f} %"


class SweepResults(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setToolTip(f"Test accuracy over seeds; sd = {STD_NOTE}.")
        self.table.verticalHeader().hide()
        self.plot = QLabel()
        self.plot.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plot.setMinimumHeight(160)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.note)
        self._pixmap: QPixmap | None = None

    def show_report(self, report: dict) -> None:
        varied = report["varied"]
        head = [*varied, "n", "test accuracy (mean ± sd)", "min – max", "test loss", "diverged / failed"]
        self.table.setColumnCount(len(head))
        self.table.setHorizontalHeaderLabels(head)
        self.table.setRowCount(len(report["table"]))
        for i, row in enumerate(report["table"]):
            sd = row["test_accuracy_std"]
            cells = [str(row[n]) for n in varied] + [
                str(row["n"]),
                _pct(row["test_accuracy_mean"]) + (f" ± {100 * sd:.1f}" if sd is not None else ""),
                f"{_pct(row['test_accuracy_min'])} – {_pct(row['test_accuracy_max'])}",
                "–" if row["test_loss_mean"] is None else f"{row['test_loss_mean']:.3f}",
                f"{row['diverged']} / {row['failed']}"]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                                      if j >= len(varied) else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        accuracy = next((p for p in report["plots"] if p.endswith("accuracy.png")), None)
        self._pixmap = QPixmap(accuracy) if accuracy else None
        self._fit_plot()
        self.note.setText(f"sd: {STD_NOTE}. Everything (tables, plots, each run's network, metrics and "
                          f"weights) is in {report['folder']}")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_plot()

    def _fit_plot(self) -> None:
        if self._pixmap is None or self._pixmap.isNull():
            self.plot.clear()
            return
        self.plot.setPixmap(self._pixmap.scaled(self.plot.width(), self.plot.height(),
                                                Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))
