"""The key that names a chart's series, drawn as a line of text above the chart, never inside it.

A legend inside the plot area covers the curves as soon as the plot is small (two plots side by
side at 1024 px, the Gradients grid), and no corner stays free for long: loss falls into the
bottom-right, accuracy rises into the top-right. A key above the plot takes one line (it wraps
when narrow), keeps its colours in step with the theme, and repeats itself in its tooltip.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from netbuilder.views import theme

# The marks, one per way a series is drawn: a thin or thick line, dots, squares, a filled bar.
MARKS = {"line": "━", "faint": "━", "dashed": "╍", "dot": "●", "square": "■", "bar": "▆"}


@dataclass
class KeyEntry:
    name: str
    color: Callable[[theme.Palette], str] | str  # a palette role's getter, or a colour
    mark: str = "line"
    faint: bool = False  # drawn see-through in the chart (per-batch values): the mark is too
    bold: bool = False   # the selected series


def _color(entry: KeyEntry, pal: theme.Palette) -> str:
    color = entry.color(pal) if callable(entry.color) else entry.color
    if entry.faint:
        r, g, b, _a = theme.rgba(color)
        bg = theme.rgba(pal.plot_bg)
        # What a 25 %-opaque line looks like on the chart's paper, as one solid colour for the text.
        r, g, b = (round(0.35 * c + 0.65 * p) for c, p in zip((r, g, b), bg[:3]))
        return f"#{r:02x}{g:02x}{b:02x}"
    return color


class ChartKey(QLabel):
    """`set_entries([...])` once, or whenever the series change; the theme restyles it."""

    def __init__(self, entries: list[KeyEntry] | None = None, wrap: bool = True, parent=None):
        """`wrap=False` for a key of a few short names inside a scrolling grid: a wrapping label
        makes the whole grid height-for-width, and the scroll area then sizes it to its size hint."""
        super().__init__(parent)
        self.setObjectName("chartKey")
        self.setWordWrap(wrap)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        self.entries: list[KeyEntry] = []
        theme.styled(self, lambda _pal: self._render())
        self.set_entries(entries or [])

    def set_entries(self, entries: list[KeyEntry]) -> None:
        self.entries = list(entries)
        self._render()

    def names(self) -> list[str]:
        return [e.name for e in self.entries]

    def _render(self) -> None:
        pal = theme.palette()
        parts = []
        for e in self.entries:
            name = html.escape(e.name)
            if e.bold:
                name = f"<b>{name}</b>"
            mark = MARKS.get(e.mark, e.mark)
            # Non-breaking inside an entry: the key wraps between entries, never between mark and name.
            parts.append(f"<span style='white-space:nowrap'><span style='color:{_color(e, pal)}'>{mark}</span>"
                         f"&nbsp;{name}</span>")
        text = " &nbsp; ".join(parts)
        if text != self.text():
            self.setText(text)
        self.setToolTip("\n".join(e.name for e in self.entries))
        # No entries, no line: collapsed rather than hidden, so showing its parent never makes a
        # parentless key a window of its own.
        self.setMaximumHeight(16777215 if self.entries else 0)


def keyed(plot: QWidget, key: ChartKey) -> QWidget:
    """The plot with its key above it, as one widget to put in a layout."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(key)
    layout.addWidget(plot, 1)
    return box
