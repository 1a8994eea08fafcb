"""The look shared by every view: the colour palettes (light and dark), icons, fonts, the stylesheet.

Every colour of the application is a named role of a `Palette` here, and nowhere else (a test scans
the views for colour literals). Views read `palette()` when they draw and register their colour
setters with `styled(owner, fn)`, so `apply_theme()` with another palette re-colours every open
view live: the Qt palette, the stylesheet, the pyqtgraph plots, the cards and the colour maps.
"""

from __future__ import annotations

import functools
import html
import re
import string
import sys
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from netbuilder.paths import resource

# Colour maps: anchor colours, interpolated evenly (views/live/mosaic.py builds the tables).
VIRIDIS = ((68, 1, 84), (72, 40, 120), (62, 74, 137), (49, 104, 142), (38, 130, 142),
           (31, 158, 137), (53, 183, 121), (109, 205, 89), (180, 222, 44), (253, 231, 37))
# Input images are data, not decoration: black is the lowest value in every theme.
GREY_MAP = ((20, 20, 24), (245, 245, 245))
# The "draw a digit" canvas imitates the training images (white ink on black) in every theme.
DRAW_PAPER, DRAW_INK, DRAW_GUIDE = "#000000", "#FFFFFF", "#555555"

# Which palette role colours which run state: one colour per state, for the toolbar's state
# label and the status bar's badge alike. "stopped" is a finished run that did not run every epoch.
STATE_ROLES = {"idle": "muted", "loading": "train", "running": "good", "paused": "paused",
               "finished": "train", "stopped": "muted", "diverged": "error"}


@dataclass(frozen=True)
class Palette:
    """Every colour of the application, by role ("#RRGGBB" strings; alpha is added where used)."""
    name: str
    dark: bool = False
    window: str = "#F0F1F4"
    base: str = "#FFFFFF"             # lists, cards, plot backgrounds
    alternate_base: str = "#F6F7F9"
    text: str = "#1F2430"
    text_secondary: str = "#5D6573"   # a card's summary line
    muted: str = "#6B7280"            # captions, hints
    faint: str = "#8A919C"            # counts, indices, unknown shapes
    highlighted_text: str = "#FFFFFF"
    button: str = "#F7F8FA"
    button_hover: str = "#E6E9EE"
    tooltip_base: str = "#FFFFF4"
    placeholder: str = "#9AA1AD"
    disabled_text: str = "#A0A6B0"
    heading: str = "#3A4150"          # dock titles, toolbar icon ink
    header_bg: str = "#E9EBEF"
    separator: str = "#E1E4E9"
    border: str = "#D6DAE0"
    border_hover: str = "#AEB6C2"
    canvas: str = "#F4F5F7"           # behind the pipeline's cards
    connector: str = "#C3C9D2"        # the line between consecutive cards
    meter_track: str = "#E5E7EB"
    categories: dict = field(default_factory=lambda: {
        "Core": "#4C6FA8", "Convolution": "#23877C", "Pooling": "#3A8FB7", "Activation": "#C98A1E",
        "Normalization": "#7D5DB5", "Regularization": "#B8566E"})
    neutral: str = "#5B6472"          # input, loss, and kinds the registry does not know
    error: str = "#B03A2E"
    error_bg: str = "#FDF1F0"
    error_border: str = "#D98880"
    error_hover: str = "#FBEAEA"
    warn_bg: str = "#FFF6E0"
    warn_border: str = "#E0B050"
    good_bg: str = "#D8F0DF"
    bad_bg: str = "#F8D7D3"
    selected: str = "#2F6FD0"
    selected_bg: str = "#EAF1FC"
    accent: str = "#2E8B57"           # the Train button
    accent_hover: str = "#277A4C"
    accent_text: str = "#FFFFFF"
    accent_disabled: str = "#D3D7DD"
    # live plots
    plot_bg: str = "#FFFFFF"
    plot_text: str = "#2E3440"
    axis: str = "#9AA1AB"
    grid_alpha: float = 0.18
    train: str = "#3B6EA8"            # training curves (and "loading"/"finished" states)
    valid: str = "#D9822B"            # validation curves, the training path
    good: str = "#2E8B57"             # correct predictions, "running"
    paused: str = "#B7791F"
    reference: str = "#A0A6AE"        # the "at the start" histogram, reference lines
    marker_edge: str = "#FFFFFF"      # rings around scatter dots
    progress_chunk: str = "#8DB0DA"
    series: tuple = ("#3B6EA8", "#D9822B", "#3A9A6E", "#C0504D", "#7D5DB5", "#8C6D3F", "#D36BA6", "#6E7F8D",
                     "#A5A83B", "#2CA0B5")
    # images and colour maps
    activation_map: tuple = VIRIDIS
    # Blue - paper - red, zero in the middle: for weights, whose sign matters. Light: white middle.
    weight_map: tuple = ((33, 102, 172), (103, 169, 207), (209, 229, 240), (247, 247, 247), (253, 219, 199),
                         (239, 138, 98), (178, 24, 43))
    landscape_map: tuple = VIRIDIS
    iso_line: str = "#FFFFFF"
    tile_gap: tuple = (236, 238, 241)
    tile_frame: tuple = (128, 134, 142)  # between weight tiles: a visible edge around a pale zero
    confusion_correct: tuple = (49, 104, 170)
    confusion_wrong: tuple = (200, 50, 40)
    # toolbar icons are drawn for the light palette; these pairs recolour them (old -> new)
    icon_colors: tuple = ()

    def state(self, state: str) -> str:
        """The colour of a run state (a run.control.State value, or "stopped")."""
        return getattr(self, STATE_ROLES.get(str(state), "muted"))

    def series_color(self, i: int) -> str:
        return self.series[i % len(self.series)]


LIGHT = Palette("light")
DARK = replace(
    LIGHT, name="dark", dark=True,
    window="#1F2127", base="#272A31", alternate_base="#2D3038", text="#E4E7ED", text_secondary="#B4BAC5",
    muted="#9CA3AF", faint="#858C99", highlighted_text="#FFFFFF", button="#30343C", button_hover="#3A3F49",
    tooltip_base="#30343C", placeholder="#7D8492", disabled_text="#6B7280", heading="#D3D7DF",
    header_bg="#2A2D35", separator="#363A43", border="#3E434D", border_hover="#646B78", canvas="#1B1D22",
    connector="#4A505C", meter_track="#3A3F49",
    categories={"Core": "#6F92CF", "Convolution": "#3AAE9F", "Pooling": "#55A9D2", "Activation": "#DDA13A",
                "Normalization": "#9D80D4", "Regularization": "#D07189"},
    neutral="#8A93A3", error="#F07B6E", error_bg="#3B2427", error_border="#9E4A45", error_hover="#43292C",
    warn_bg="#3A321E", warn_border="#A88630", good_bg="#1F3B2A", bad_bg="#4A2528",
    selected="#5B95F0", selected_bg="#24364F", accent="#2E9A5F", accent_hover="#37B06E", accent_text="#FFFFFF",
    accent_disabled="#3A3F49",
    plot_bg="#22252B", plot_text="#DCE0E7", axis="#7B8391", grid_alpha=0.22,
    train="#6FA3E6", valid="#F2A24E", good="#4CC38A", paused="#E5B04A", reference="#7B8391",
    marker_edge="#1B1D22", progress_chunk="#3E6597",
    series=("#6FA3E6", "#F2A24E", "#5CC48E", "#EE7A73", "#A98BE0", "#C9A06A", "#EC8CC2", "#9AAAB8",
            "#C8CB5A", "#4CC3D8"),
    # Dark middle, so zero weights sink into the background and large ones of either sign stand out.
    weight_map=((103, 169, 236), (52, 120, 190), (30, 58, 92), (26, 28, 34), (92, 38, 32),
                (200, 82, 56), (250, 160, 120)),
    tile_gap=(48, 52, 60), tile_frame=(92, 98, 108),
    confusion_correct=(92, 150, 230), confusion_wrong=(236, 98, 84),
    icon_colors=(("#3A4150", "#D3D7DF"), ("#E4ECF8", "#34465F")),
)
PALETTES = {"light": LIGHT, "dark": DARK}
_current = LIGHT


def palette() -> Palette:
    """The palette in use: read it when drawing, never copy its colours at import."""
    return _current


def rgba(color: str, alpha: int = 255) -> tuple[int, int, int, int]:
    """'#RRGGBB' -> (r, g, b, alpha), for pyqtgraph brushes with transparency."""
    c = QColor(color)
    return c.red(), c.green(), c.blue(), alpha


def rgb(color: str) -> tuple[int, int, int]:
    return rgba(color)[:3]


class _Notifier(QObject):
    changed = Signal()


@functools.cache
def notifier() -> _Notifier:
    """Emits `changed` after the palette was switched (apply_theme)."""
    return _Notifier()


class _Restyler(QObject):
    """A child of the styled object: its colour setters run on every theme change, and the
    connection ends with the object (Qt disconnects a destroyed receiver)."""

    def __init__(self, owner: QObject):
        super().__init__(owner)
        self.fns = []
        notifier().changed.connect(self.run)

    def run(self) -> None:
        pal = palette()
        for fn in self.fns:
            fn(pal)


def styled(owner: QObject, fn) -> None:
    """Call `fn(palette)` now and after every theme change, for as long as `owner` lives."""
    restyler = owner.findChild(_Restyler, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if restyler is None:
        restyler = _Restyler(owner)
    restyler.fns.append(fn)
    fn(palette())


def set_state(widget: QWidget, name: str, value) -> None:
    """Set a property the stylesheet selects on (e.g. `[state="paused"]`) and re-apply the style."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()


def category_color(category: str | None) -> QColor:
    pal = palette()
    return QColor(pal.categories.get(category or "", pal.neutral))


@functools.cache
def _icon(name: str, recolor: tuple) -> QIcon:
    path = resource("icons", f"{name}.svg")
    if not recolor:
        return QIcon(str(path))
    from PySide6.QtSvg import QSvgRenderer

    svg = path.read_text(encoding="utf-8")
    for old, new in recolor:
        svg = re.sub(re.escape(old), new, svg, flags=re.IGNORECASE)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for side in (16, 22, 24, 32, 48, 64, 96):  # sharp at 2x scaling too
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, side, side))
        painter.end()
        result.addPixmap(pixmap)
    return result


def icon(name: str) -> QIcon:
    """An icon from resources/icons (SVG, drawn in the light palette's colours), e.g. "train" or
    "category-core", recoloured to the palette in use: its ink and its category colours."""
    pal = palette()
    pairs = pal.icon_colors + tuple((LIGHT.categories[k], v) for k, v in pal.categories.items()
                                    if LIGHT.categories.get(k, v) != v)
    return _icon(name, pairs)


def themed_icon(target, name: str) -> None:
    """Give an action or button the icon `name`, redrawn in the new ink when the theme changes."""
    styled(target, lambda _pal: target.setIcon(icon(name)))


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


def colored(text: str, role: str, bold: bool = False) -> str:
    """Rich text in a palette role's colour (rich text is rendered when set: set it again, via
    `styled`, to follow a theme change)."""
    tag = "b" if bold else "span"
    return f"<{tag} style='color:{getattr(palette(), role)}'>{text}</{tag}>"


def qpalette(c: Palette) -> QPalette:
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, c.window), (roles.Base, c.base), (roles.AlternateBase, c.alternate_base),
                        (roles.Text, c.text), (roles.WindowText, c.text), (roles.Button, c.button),
                        (roles.ButtonText, c.text), (roles.Highlight, c.selected),
                        (roles.HighlightedText, c.highlighted_text), (roles.ToolTipBase, c.tooltip_base),
                        (roles.ToolTipText, c.text), (roles.PlaceholderText, c.placeholder),
                        (roles.Link, c.selected), (roles.BrightText, c.highlighted_text),
                        (roles.Light, c.button_hover), (roles.Midlight, c.border), (roles.Mid, c.border_hover),
                        (roles.Dark, c.canvas if c.dark else c.border_hover), (roles.Shadow, c.canvas)):
        pal.setColor(role, QColor(color))
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_text))
    return pal


def stylesheet(c: Palette) -> str:
    """resources/styles/app.qss with `$role` replaced by the palette's colours, plus one rule per
    run state for the widgets that show one (`[state="paused"]`)."""
    roles = {k: v for k, v in vars(c).items() if isinstance(v, str)}
    sheet = string.Template(resource("styles", "app.qss").read_text(encoding="utf-8")).substitute(roles)
    states = "".join(f'QLabel#runState[state="{s}"], QToolButton#problemsBadge[state="{s}"] '
                     f'{{ color: {c.state(s)}; }}\n' for s in STATE_ROLES)
    return sheet + states + 'QToolButton#problemsBadge[state="bad"] { color: %s; }\n' % c.error


def apply_theme(app: QApplication, new: Palette | None = None) -> None:
    """Fusion with our palette everywhere (so colours read the same on every desktop), then tell
    every styled view to re-colour itself."""
    global _current
    if new is not None:
        _current = new
    if app.style().name().lower() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(qpalette(_current))
    app.setStyleSheet(stylesheet(_current))
    pg = sys.modules.get("pyqtgraph")  # not loaded yet: views/pyqtgraph_themed.py configures it on import
    if pg is not None:
        configure_plots(pg)
    notifier().changed.emit()


def configure_plots(pg) -> None:
    """pyqtgraph's default colours for new plots: the current palette's."""
    pg.setConfigOptions(background=_current.plot_bg, foreground=_current.plot_text)
