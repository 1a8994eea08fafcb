"""The look shared by every view: category colours, icons, fonts, number formats, the stylesheet.

Kept in one place so the palette entry, the pipeline card and the inspector header of a layer
kind always agree, and so the whole window can be restyled without touching the views.
"""

from __future__ import annotations

import functools
import html
import re

from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from netbuilder.paths import resource

CATEGORY_COLORS = {
    "Core": "#4C6FA8",
    "Convolution": "#23877C",
    "Pooling": "#3A8FB7",
    "Activation": "#C98A1E",
    "Normalization": "#7D5DB5",
    "Regularization": "#B8566E",
}
NEUTRAL = "#5B6472"  # input, loss, and kinds the registry does not know
ERROR = "#C0392B"
ERROR_BG = "#FDF1F0"
SELECTED = "#2F6FD0"
SELECTED_BG = "#EAF1FC"
MUTED = "#6B7280"
BORDER = "#D6DAE0"
CANVAS = "#F4F5F7"


def category_color(category: str | None) -> QColor:
    return QColor(CATEGORY_COLORS.get(category or "", NEUTRAL))


@functools.cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons (SVG), e.g. "train" or "category-core"."""
    return QIcon(str(resource("icons", f"{name}.svg")))


def category_icon(category: str | None) -> QIcon:
    if category in CATEGORY_COLORS:
        return icon(f"category-{category.lower()}")
    return icon("input")


def mono_font(point_delta: float = 0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base = QApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base + point_delta)
    return font


def shape_text(shape) -> str:
    """(8, 28, 28) as "8×28×28": compact in monospace, and the way papers write shapes."""
    if shape is None:
        return "?"
    return "×".join(str(d) for d in shape)


def doc_html(doc: str) -> str:
    """A declaration's doc as rich text: `name` spans (code in the docs) become monospace."""
    return re.sub(r"`([^`]+)`", r"<tt>\1</tt>", html.escape(doc))


def count_text(n: int) -> str:
    """Short, exact-enough counts: 812, 12,345, 1.23 M, 4.5 G."""
    if n < 100_000:
        return f"{n:,}"
    for div, unit in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if n >= div:
            value = n / div
            return f"{value:.3g} {unit}" if value < 100 else f"{value:,.0f} {unit}"
    return str(n)


def bytes_text(n: int) -> str:
    for div, unit in ((1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")):
        if n >= div:
            return f"{n / div:.3g} {unit}"
    return f"{n} B"


def apply_theme(app: QApplication) -> None:
    """Fusion with a light palette everywhere, so category colours read the same on every desktop."""
    app.setStyle(QStyleFactory.create("Fusion"))
    pal = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#F0F1F4"), (QPalette.ColorRole.Base, "#FFFFFF"),
                        (QPalette.ColorRole.AlternateBase, "#F6F7F9"), (QPalette.ColorRole.Text, "#1F2430"),
                        (QPalette.ColorRole.WindowText, "#1F2430"), (QPalette.ColorRole.Button, "#F7F8FA"),
                        (QPalette.ColorRole.ButtonText, "#1F2430"), (QPalette.ColorRole.Highlight, SELECTED),
                        (QPalette.ColorRole.HighlightedText, "#FFFFFF"), (QPalette.ColorRole.ToolTipBase, "#FFFFF4"),
                        (QPalette.ColorRole.ToolTipText, "#1F2430"), (QPalette.ColorRole.PlaceholderText, "#9AA1AD"),
                        (QPalette.ColorRole.Link, SELECTED)):
        pal.setColor(role, QColor(color))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#A0A6B0"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#A0A6B0"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#A0A6B0"))
    app.setPalette(pal)
    sheet = resource("styles", "app.qss")
    if sheet.exists():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
