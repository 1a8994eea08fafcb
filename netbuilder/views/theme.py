"""The look shared by every view: category colours, icons, fonts, number formats, the stylesheet.

Kept in one place so the palette entry, the pipeline card and the inspector header of a layer
kind always agree, and so the whole window can be restyled without touching the views.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from netbuilder.paths import resource

@dataclass(frozen=True)
class Palette:
    """Every colour of the application, by role. Views read `palette().<role>` when they draw, so
    switching palettes (`set_palette`, then a redraw) restyles the window without touching them."""
    name: str
    window: str = "#F0F1F4"
    base: str = "#FFFFFF"
    alternate_base: str = "#F6F7F9"
    text: str = "#1F2430"
    highlighted_text: str = "#FFFFFF"
    button: str = "#F7F8FA"
    tooltip_base: str = "#FFFFF4"
    placeholder: str = "#9AA1AD"
    disabled_text: str = "#A0A6B0"
    categories: dict = field(default_factory=lambda: {
        "Core": "#4C6FA8", "Convolution": "#23877C", "Pooling": "#3A8FB7", "Activation": "#C98A1E",
        "Normalization": "#7D5DB5", "Regularization": "#B8566E"})
    neutral: str = "#5B6472"        # input, loss, and kinds the registry does not know
    error: str = "#C0392B"
    error_bg: str = "#FDF1F0"
    error_border: str = "#D98880"
    warn_bg: str = "#FFF6E0"
    warn_border: str = "#E0B050"
    selected: str = "#2F6FD0"
    selected_bg: str = "#EAF1FC"
    muted: str = "#6B7280"
    border: str = "#D6DAE0"
    canvas: str = "#F4F5F7"
    # live plots
    plot_text: str = "#2E3440"
    axis: str = "#9AA1AB"
    train: str = "#3B6EA8"          # training curves (and "loading"/"finished" states)
    train_faint: tuple = (59, 110, 168, 55)
    valid: str = "#D9822B"          # validation curves
    good: str = "#2E8B57"           # correct predictions, "running"
    paused: str = "#B7791F"
    legend_bg: tuple = (255, 255, 255, 215)
    series: tuple = ("#3B6EA8", "#D9822B", "#3A9A6E", "#C0504D", "#7D5DB5", "#8C6D3F", "#D36BA6", "#6E7F8D",
                     "#A5A83B", "#2CA0B5")


LIGHT = Palette("light")
_current = LIGHT


def palette() -> Palette:
    """The palette in use: read it when drawing, never copy its colours at import."""
    return _current


def set_palette(new: Palette) -> None:
    """Use another palette from now on (apply_theme() then restyles the application)."""
    global _current
    _current = new


# The light palette's values under their old names, for code not yet reading palette().
CATEGORY_COLORS = LIGHT.categories
NEUTRAL, ERROR, ERROR_BG = LIGHT.neutral, LIGHT.error, LIGHT.error_bg
SELECTED, SELECTED_BG, MUTED, BORDER, CANVAS = LIGHT.selected, LIGHT.selected_bg, LIGHT.muted, LIGHT.border, LIGHT.canvas


def category_color(category: str | None) -> QColor:
    pal = palette()
    return QColor(pal.categories.get(category or "", pal.neutral))


@functools.cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons (SVG), e.g. "train" or "category-core"."""
    return QIcon(str(resource("icons", f"{name}.svg")))


def category_icon(category: str | None) -> QIcon:
    if category in palette().categories:
        return icon(f"category-{category.lower()}")
    return icon("input")


def mono_font(point_delta: float = 0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base = QApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base + point_delta)
    return font


def doc_html(doc: str) -> str:
    """A declaration's doc as rich text: `name` spans (code in the docs) become monospace."""
    return re.sub(r"`([^`]+)`", r"<tt>\1</tt>", html.escape(doc))


def apply_theme(app: QApplication) -> None:
    """Fusion with our palette everywhere, so category colours read the same on every desktop."""
    app.setStyle(QStyleFactory.create("Fusion"))
    c = palette()
    pal = QPalette()
    for role, color in ((QPalette.ColorRole.Window, c.window), (QPalette.ColorRole.Base, c.base),
                        (QPalette.ColorRole.AlternateBase, c.alternate_base), (QPalette.ColorRole.Text, c.text),
                        (QPalette.ColorRole.WindowText, c.text), (QPalette.ColorRole.Button, c.button),
                        (QPalette.ColorRole.ButtonText, c.text), (QPalette.ColorRole.Highlight, c.selected),
                        (QPalette.ColorRole.HighlightedText, c.highlighted_text), (QPalette.ColorRole.ToolTipBase, c.tooltip_base),
                        (QPalette.ColorRole.ToolTipText, c.text), (QPalette.ColorRole.PlaceholderText, c.placeholder),
                        (QPalette.ColorRole.Link, c.selected)):
        pal.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_text))
    app.setPalette(pal)
    sheet = resource("styles", "app.qss")
    if sheet.exists():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
