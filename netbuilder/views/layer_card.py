"""One card in the pipeline: what a layer is, what comes out of it, and what is wrong with it.

The card only displays; selection, dragging and editing belong to the pipeline view. It paints its
own frame (category stripe, selection and error states) so the look does not depend on the style.
A meter row (hidden until used) lets live training show, for example, a gradient size per layer.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QWidget

from netbuilder.views import theme

STRIPE = 5
RADIUS = 7
# Below this width a card stacks its parts: the shape under the title, the settings line and the
# parameter count each on a line of their own, no icon (the stripe keeps the category's colour).
# Side by side they left "Conv…" and "filt…" in a 130-px pipeline beside the builder panels.
NARROW_BELOW = 230
MIN_WIDTH = 100


class _Meter(QWidget):
    """A thin horizontal bar with a caption: `fraction` in [0, 1] of the width is filled."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.fraction = 0.0
        self.color: QColor | None = None  # None: the palette's selection colour
        self.setFixedHeight(6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(theme.palette().meter_track))
        p.drawRoundedRect(r, 3, 3)
        filled = QRectF(r.x(), r.y(), r.width() * max(0.0, min(1.0, self.fraction)), r.height())
        p.setBrush(self.color if self.color is not None else QColor(theme.palette().selected))
        p.drawRoundedRect(filled, 3, 3)


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" instead of widening the card when space runs out."""

    def __init__(self, parent=None, objectName: str = ""):
        super().__init__(parent, objectName=objectName)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def paintEvent(self, event):
        p = QPainter(self)
        p.setPen(self.palette().color(self.foregroundRole()))
        p.setFont(self.font())
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        p.drawText(self.rect(), int(self.alignment()), text)


class Card(QWidget):
    """A pipeline node's card; `node_id` is None for the input and loss cards."""

    def __init__(self, node_id: int | None, parent=None):
        super().__init__(parent)
        self.node_id = node_id
        self.selected = False
        self.invalid = False
        self.color = QColor(theme.palette().neutral)  # the stripe: set_content gives the category's
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.index_label = QLabel(objectName="cardIndex")
        self.index_label.setFixedWidth(22)
        self.index_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.icon_label = QLabel()
        self.icon_label.setFixedSize(22, 22)
        self.title = ElidedLabel(objectName="cardTitle")
        self.summary = ElidedLabel(objectName="cardSummary")
        self.shape = QLabel(objectName="cardShape")
        self.shape.setFont(theme.mono_font(0.5))
        self.shape.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.shape.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.count = ElidedLabel(objectName="cardCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.problem = QLabel(objectName="cardProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self.meter = _Meter()
        self.meter_label = ElidedLabel(objectName="cardCount")
        self.meter_label.setFont(theme.mono_font(-0.5))
        self.meter.hide()
        self.meter_label.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(STRIPE + 6, 7, 12, 7)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)
        self.narrow = None
        self._buttons: list[QToolButton] = []
        self._place(narrow=False)
        for label in (self.index_label, self.icon_label, self.title, self.summary, self.shape, self.count,
                      self.problem, self.meter_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def _place(self, narrow: bool) -> None:
        """Lay the parts out wide (title and shape on a line, settings and count under them) or
        narrow (one part a line)."""
        if narrow == self.narrow:
            return
        self.narrow = narrow
        grid: QGridLayout = self.layout()
        parts = (self.index_label, self.icon_label, self.title, self.shape, self.summary, self.count,
                 self.problem, self.meter, self.meter_label, *self._buttons)
        for w in parts:
            grid.removeWidget(w)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        # Narrow, the count and the meter's caption end in "…" rather than being cut; wide, they
        # take the room they need.
        policy = QSizePolicy.Policy.Ignored if narrow else QSizePolicy.Policy.Preferred
        for label in (self.count, self.meter_label):
            label.setSizePolicy(policy, QSizePolicy.Policy.Preferred)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if narrow:
            grid.setContentsMargins(STRIPE + 3, 5, 6, 5)
            grid.setHorizontalSpacing(4)
            self.index_label.setFixedWidth(16)
            self.icon_label.hide()
            grid.addWidget(self.index_label, 0, 0, 1, 1)
            grid.addWidget(self.title, 0, 1, 1, 3)
            grid.addWidget(self.shape, 1, 1, 1, 3)
            grid.addWidget(self.summary, 2, 1, 1, 3)
            grid.addWidget(self.count, 3, 1, 1, 3)
            grid.addWidget(self.problem, 4, 1, 1, 3)
            grid.addWidget(self.meter, 5, 1, 1, 3)
            grid.addWidget(self.meter_label, 6, 1, 1, 3)
            for label in (self.shape, self.count, self.meter_label):
                label.setAlignment(left)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(2, 0)
        else:
            grid.setContentsMargins(STRIPE + 6, 7, 12, 7)
            grid.setHorizontalSpacing(8)
            self.index_label.setFixedWidth(22)
            self.icon_label.show()
            grid.addWidget(self.index_label, 0, 0, 2, 1)
            grid.addWidget(self.icon_label, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.title, 0, 2)
            grid.addWidget(self.shape, 0, 3)
            grid.addWidget(self.summary, 1, 2)
            grid.addWidget(self.count, 1, 3)
            grid.addWidget(self.problem, 2, 2, 1, 2)
            # The bar across the card and its caption under it: beside it, a long caption ("grad
            # 1.1e-13 · 12% dead") widened the right column until the title read "De…".
            grid.addWidget(self.meter, 3, 2, 1, 2)
            grid.addWidget(self.meter_label, 4, 2, 1, 2)
            for label in (self.shape, self.count):
                label.setAlignment(right)
            self.meter_label.setAlignment(left)
            grid.setColumnStretch(1, 0)
            grid.setColumnStretch(2, 1)
        for button in self._buttons:
            self._place_button(button)

    def _place_button(self, button: QToolButton) -> None:
        """A card button's own row under the summary, in the current layout (wide or narrow)."""
        row, column, span = (7, 1, 3) if self.narrow else (5, 2, 2)
        # Narrow, its short text: a 100 px card elided "Browse data…" to "Bro…ta...".
        button.setText(button.property("shortText") if self.narrow else button.property("fullText"))
        self.layout().addWidget(button, row, column, 1, span, Qt.AlignmentFlag.AlignLeft)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._place(event.size().width() < NARROW_BELOW)

    def add_button(self, text: str, tooltip: str, slot, short: str = "") -> QToolButton:
        """A small button on the card (e.g. Browse data… on the Input card); clicks stay with it.
        `short` is its text in the narrow layout (default: `text`)."""
        button = QToolButton(self)
        button.setProperty("fullText", text)
        button.setProperty("shortText", short or text)
        button.setToolTip(tooltip)
        button.setAutoRaise(True)
        button.setObjectName("cardButton")
        button.clicked.connect(lambda _checked=False: slot())
        # Its own row under the summary: beside the title it would squeeze the card's text to "Inp…".
        self._buttons.append(button)
        self._place_button(button)
        return button

    # --- content -----------------------------------------------------------------------------
    def set_content(self, *, index: str, title: str, summary: str, shape: str, count: str,
                    color: QColor, icon, problems: list[str], tooltip: str) -> None:
        self.index_label.setText(index)
        self.title.setText(title)
        self.summary.setText(summary)
        self.shape.setText(shape)
        if self.shape.property("unknown") != (shape == "?"):
            self.shape.setProperty("unknown", shape == "?")
            self.shape.style().unpolish(self.shape)
            self.shape.style().polish(self.shape)
        self.count.setText(count)
        self.icon_label.setPixmap(icon.pixmap(22, 22))
        self.color = color
        self.setToolTip(tooltip)
        self.invalid = bool(problems)
        self.problem.setText("\n".join(f"⚠ {p}" for p in problems))
        self.problem.setVisible(self.invalid)
        self.update()

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def set_meter(self, fraction: float | None, text: str = "", tooltip: str = "", color=None) -> None:
        """Show a small bar (fraction 0..1) with a caption under the card's text; None hides it.

        Meant for live training: e.g. the layer's gradient size on a log scale, set from snapshots.
        """
        visible = fraction is not None
        self.meter.setVisible(visible)
        self.meter_label.setVisible(visible)
        if visible:
            self.meter.fraction = float(fraction)
            self.meter.color = QColor(color) if color is not None else self.color
            self.meter_label.setText(text)
            self.meter.setToolTip(tooltip)
            self.meter.update()

    # --- painting ----------------------------------------------------------------------------
    def enterEvent(self, event):
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event):
        self.update()
        super().leaveEvent(event)

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        pal = theme.palette()
        if self.invalid:
            fill, border, width = QColor(pal.error_bg), QColor(pal.error), 1.4
        else:
            fill, border, width = QColor(pal.base), QColor(pal.border), 1.0
        if self.selected:
            fill = QColor(pal.selected_bg) if not self.invalid else fill
            border, width = QColor(pal.selected), 2.0
        elif self.underMouse() and not self.invalid:
            border = QColor(pal.border_hover)
        p.fillPath(path, fill)
        p.save()
        p.setClipPath(path)
        p.fillRect(QRectF(rect.x(), rect.y(), STRIPE, rect.height()), self.color)
        p.restore()
        p.setPen(QPen(border, width))
        p.drawPath(path)
