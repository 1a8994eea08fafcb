"""The pipeline: input card, one card per layer, loss card; select, drag to reorder, drop to add.

Cards are kept per node id across edits (only their text changes), so a selection, a scroll
position or a bar that live training draws on a card survives every edit and every undo.
Drops arrive as mime data: a kind from the palette, this view's own cards (a move), or layer JSON
from another window or a text editor (a copy).
"""

from __future__ import annotations

import html
import os
import re

from PySide6.QtCore import QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QPainter, QPen
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from netbuilder.format import count_text, shape_text
from netbuilder.engine.registry import layer_kinds
from netbuilder.model.clipboard import layers_from_text, layers_to_text
from netbuilder.model.pipeline import new_layer
from netbuilder.views import theme
from netbuilder.views import layer_card
from netbuilder.views.layer_card import Card
from netbuilder.views.palette import kind_from_mime
from netbuilder.views.translation import translate

LAYER_IDS_MIME = "application/x-netbuilder-layer-ids"
CARD_SPACING = 10
MAX_COLUMN_WIDTH = 680
SIDE_MARGIN = 16  # each side of the card column, when the view has room
MIN_SIDE_MARGIN = 4  # what the side margins give way to when the view is squeezed


def _token(document) -> str:
    return f"{os.getpid()}-{id(document)}"


def layer_ids_mime(document, ids: list[int]) -> QMimeData:
    """What dragging cards carries: the ids (a move within this document) and their JSON (a copy elsewhere)."""
    mime = QMimeData()
    mime.setData(LAYER_IDS_MIME, f"{_token(document)}:{','.join(map(str, ids))}".encode())
    mime.setText(layers_to_text(document.pipeline.raw_layers(ids)))
    return mime


def _own_ids(document, mime: QMimeData) -> list[int] | None:
    if not mime.hasFormat(LAYER_IDS_MIME):
        return None
    token, _, ids = bytes(mime.data(LAYER_IDS_MIME)).decode().partition(":")
    if token != _token(document):
        return None
    ids = [int(i) for i in ids.split(",") if i]
    return ids if ids and set(ids) <= set(document.pipeline.ids) else None


def _value_text(value) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    if value is None:
        return "auto"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def layer_summary(cls, values: dict) -> str:
    """The card's second line: the kind's SUMMARY parameters ("filters 8 · kernel_size 5"), or
    for a kind without settings the gist of its doc ("max(0, x)")."""
    if cls is None:
        return translate("PipelineView", "unknown layer kind")
    parts = [f"{name} {_value_text(values[name])}" for name in cls.SUMMARY if values.get(name) is not None]
    if parts:
        return " · ".join(parts)
    doc = translate("Layers", cls.doc)  # the first clause of the description; Japanese ends clauses with 。 or ：
    return re.split(r"[:;：；。]|\. ", doc)[0].strip().rstrip(".") or translate("Layers", cls.category).lower()


class _DropIndicator(QWidget):
    def __init__(self, parent):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFixedHeight(8)
        self.hide()

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(theme.palette().selected)
        p.setPen(QPen(color, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        y = self.height() / 2
        p.drawLine(8, y, self.width() - 4, y)
        p.setBrush(color)
        p.drawEllipse(QPoint(5, int(y)), 4, 4)


class _Canvas(QWidget):
    """The scrolled surface: owns mouse, keyboard and drag-and-drop for the whole column."""

    def __init__(self, view: "PipelineView"):
        super().__init__()
        self.view = view
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setObjectName("pipelineCanvas")
        self.indicator = _DropIndicator(self)
        self._press: tuple[QPoint, Card] | None = None
        self._defer_select: int | None = None

    # --- geometry ----------------------------------------------------------------------------
    def card_rect(self, card: QWidget) -> QRect:
        return QRect(card.mapTo(self, QPoint(0, 0)), card.size())

    def gap_at(self, pos: QPoint) -> int:
        """The gap between layers (0 = right after the input) that a drop at `pos` lands in."""
        return sum(1 for c in self.view.layer_cards() if self.card_rect(c).center().y() < pos.y())

    def _gap_y(self, gap: int) -> int:
        cards = self.view.layer_cards()
        if gap < len(cards):
            return self.card_rect(cards[gap]).top() - CARD_SPACING // 2
        anchor = cards[-1] if cards else self.view.input_card
        return self.card_rect(anchor).bottom() + CARD_SPACING // 2 + 1

    def _show_indicator(self, gap: int) -> None:
        column = QRect(self.view.column.mapTo(self, QPoint(0, 0)), self.view.column.size())
        h = self.indicator.height()
        self.indicator.setGeometry(column.left() - 6, self._gap_y(gap) - h // 2, column.width() + 6, h)
        self.indicator.show()
        self.indicator.raise_()

    # --- painting: a faint connector between consecutive cards -------------------------------
    def paintEvent(self, event):
        cards = [self.view.input_card, *self.view.layer_cards(), self.view.loss_card]
        if self.view.placeholder.isVisible():
            cards.insert(1, self.view.placeholder)
        p = QPainter(self)
        p.setPen(QPen(QColor(theme.palette().connector), 2))
        x = self.card_rect(self.view.input_card).left() + 52
        for upper, lower in zip(cards, cards[1:]):
            p.drawLine(x, self.card_rect(upper).bottom() + 1, x, self.card_rect(lower).top() - 1)

    # --- mouse -------------------------------------------------------------------------------
    def _card_at(self, pos: QPoint) -> Card | None:
        widget = self.childAt(pos)
        while widget is not None and widget is not self:
            if isinstance(widget, Card):
                return widget
            widget = widget.parentWidget()
        return None

    def mousePressEvent(self, event):
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        card = self._card_at(event.position().toPoint())
        mods = event.modifiers()
        self._press = None
        self._defer_select = None
        if card is None or card.node_id is None:
            if not mods & Qt.KeyboardModifier.ControlModifier:
                self.view.set_selection([])
            return
        node = card.node_id
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position().toPoint(), card)
        if mods & Qt.KeyboardModifier.ControlModifier:
            self.view.toggle(node)
        elif mods & Qt.KeyboardModifier.ShiftModifier:
            self.view.extend_to(node)
        elif node in self.view.selected_ids():
            if event.button() == Qt.MouseButton.LeftButton:
                self._defer_select = node  # might be the start of dragging the whole selection
        else:
            self.view.set_selection([node])

    def mouseMoveEvent(self, event):
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        start, card = self._press
        if (event.position().toPoint() - start).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        self._defer_select = None
        ids = self.view.selected_ids() or [card.node_id]
        drag = QDrag(self)
        drag.setMimeData(layer_ids_mime(self.view.document, ids))
        drag.setPixmap(card.grab().scaledToWidth(min(card.width(), 320), Qt.TransformationMode.SmoothTransformation))
        drag.setHotSpot(QPoint(20, 16))
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event):
        if self._defer_select is not None:
            self.view.set_selection([self._defer_select])
        self._press = None
        self._defer_select = None

    # --- keyboard ----------------------------------------------------------------------------
    def keyPressEvent(self, event):
        ids = self.view.document.pipeline.ids
        key = event.key()
        if not ids or key not in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Escape):
            return super().keyPressEvent(event)
        if key == Qt.Key.Key_Escape:
            self.view.set_selection([])
            return
        current = self.view.current_id()
        i = ids.index(current) if current in ids else -1
        target = {Qt.Key.Key_Up: max(0, i - 1), Qt.Key.Key_Down: min(len(ids) - 1, i + 1),
                  Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(ids) - 1}[key]
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.view.extend_to(ids[target])
        else:
            self.view.set_selection([ids[target]])

    # --- drops -------------------------------------------------------------------------------
    def _layers_in(self, mime: QMimeData):
        """(ids to move, raw layers to insert) the mime data stands for, or None if nothing usable."""
        ids = _own_ids(self.view.document, mime)
        if ids:
            return ids, None
        kind = kind_from_mime(mime)
        if kind in layer_kinds():
            return None, [new_layer(kind)]
        if mime.hasText() and not mime.hasUrls():
            try:
                return None, layers_from_text(mime.text())
            except ValueError:
                return None
        return None

    def dragEnterEvent(self, event):
        if self._layers_in(event.mimeData()) is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self._show_indicator(self.gap_at(event.position().toPoint()))

    def dragMoveEvent(self, event):
        found = self._layers_in(event.mimeData())
        if found is None:
            event.ignore()
            return
        pos = event.position().toPoint()
        self.view.ensureVisible(pos.x(), pos.y(), 0, 48)
        if found[0] is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.acceptProposedAction()
        self._show_indicator(self.gap_at(pos))

    def dragLeaveEvent(self, event):
        self.indicator.hide()

    def dropEvent(self, event):
        self.indicator.hide()
        found = self._layers_in(event.mimeData())
        if found is None:
            event.ignore()
            return
        gap = self.gap_at(event.position().toPoint())
        ids, raw = found
        document = self.view.document
        if ids is not None:
            document.move_layers(ids, gap)
            self.view.set_selection(ids)
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            self.view.set_selection(document.insert_layers(gap, raw))
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        self.setFocus(Qt.FocusReason.OtherFocusReason)


class PipelineView(QScrollArea):
    """Shows a Document's pipeline and owns which layers are selected."""

    selection_changed = Signal()

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self._selected: list[int] = []
        self._anchor: int | None = None
        self._cards: dict[int, Card] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip("")

        self.canvas = _Canvas(self)
        self.column = QWidget(self.canvas)
        self.column.setMaximumWidth(MAX_COLUMN_WIDTH)
        # Narrower than the view, a wider column was cut off at the right (no horizontal scroll bar):
        # beside the builder panels at 1024 px the view is ~130 px, and the cards switch to their
        # narrow layout instead (layer_card.NARROW_BELOW).
        self.column.setMinimumWidth(layer_card.MIN_WIDTH)
        self._outer = outer = QHBoxLayout(self.canvas)
        outer.setContentsMargins(SIDE_MARGIN, 16, SIDE_MARGIN, 24)
        outer.addStretch(1)
        outer.addWidget(self.column, 100)
        outer.addStretch(1)
        self.cards_layout = QVBoxLayout(self.column)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(CARD_SPACING)
        self.input_card = Card(None)
        self.browse_button = self.input_card.add_button(
            translate("PipelineView", "Browse data…"), translate("PipelineView", "See the samples and labels this network trains on, how many of each class, and "
            "the image size and value range after preprocessing, before any training"), self.browse_data,
            short=translate("PipelineView", "Data…"))
        self.data_browser = None
        self.loss_card = Card(None)
        self.placeholder = QLabel(translate("PipelineView", "Drag layers here from the palette,\nor double-click one to add it."),
                                  objectName="pipelinePlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumHeight(90)
        self.placeholder.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.cards_layout.addWidget(self.input_card)
        self.cards_layout.addWidget(self.placeholder)
        self.cards_layout.addWidget(self.loss_card)
        self.cards_layout.addStretch(1)
        self.setWidget(self.canvas)

        document.changed.connect(self.refresh)
        document.reset.connect(self._on_reset)
        self.refresh()
        theme.notifier().changed.connect(self.restyle)

    def resizeEvent(self, event) -> None:
        """Squeezed below the column's narrowest width plus its side margins, the margins give way
        (down to MIN_SIDE_MARGIN) before the column would be cut off at the right: the view has no horizontal
        scroll bar, and a 113 px viewport with 16 px margins cut a 100 px card by 3 px."""
        super().resizeEvent(event)
        spare = self.viewport().width() - layer_card.MIN_WIDTH
        side = max(MIN_SIDE_MARGIN, min(SIDE_MARGIN, spare // 2))
        margins = self._outer.contentsMargins()
        if margins.left() != side:
            self._outer.setContentsMargins(side, margins.top(), side, margins.bottom())

    def minimumSizeHint(self) -> QSize:
        """Never narrower than the narrowest column with MIN_SIDE_MARGIN each side and the scroll bar."""
        hint = super().minimumSizeHint()
        least = layer_card.MIN_WIDTH + 2 * MIN_SIDE_MARGIN + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), least), hint.height())

    def restyle(self) -> None:
        """After a theme change: refill every card (stripe colours and icons are the palette's)."""
        for card in self._cards.values():
            card.content_key = None
        self.refresh()
        self.canvas.update()

    # --- cards -------------------------------------------------------------------------------
    def layer_cards(self) -> list[Card]:
        return [self._cards[i] for i in self.document.pipeline.ids if i in self._cards]

    def card(self, node_id: int) -> Card:
        return self._cards[node_id]

    def refresh(self) -> None:
        pipeline, analysis = self.document.pipeline, self.document.analysis
        ids = pipeline.ids
        moved = bool(set(self._cards) - set(ids))
        for gone in set(self._cards) - set(ids):
            self._drop_card(self._cards.pop(gone))
        kinds = layer_kinds()
        for index, node in enumerate(pipeline.nodes):
            card = self._cards.get(node.id)
            if card is None:
                card = self._cards[node.id] = Card(node.id)
            if self.cards_layout.indexOf(card) != 1 + index:  # moving a widget relayouts the whole column
                moved = True
                self.cards_layout.removeWidget(card)
                self.cards_layout.insertWidget(1 + index, card)
            # An edit changes one layer (and maybe the shapes after it): refill only cards whose
            # content changed, so a long pipeline reacts at typing speed.
            key = (index, node.kind, repr(node.params), analysis.reports.get(node.id), analysis.issues_for(node.id))
            if getattr(card, "content_key", None) != key:
                card.content_key = key
                self._fill_layer_card(card, index, node, kinds.get(node.kind), analysis)
            else:
                card.set_selected(node.id in self._selected)
        self.placeholder.setVisible(not ids)
        self._fill_input_card(analysis)
        self._fill_loss_card(analysis)
        kept = [i for i in self._selected if i in ids]
        if kept != self._selected:
            self._set_selected(kept)
        if moved:  # the connectors between cards; a card repaints itself when its content changes
            self.canvas.update()

    def _fill_layer_card(self, card: Card, index: int, node, cls, analysis) -> None:
        report = analysis.reports.get(node.id)
        values = dict(report.config) if report and report.config else {
            **{p.name: p.default for p in (cls.PARAMS if cls else ()) if not p.required}, **node.params}
        issues = analysis.issues_for(node.id)
        problems = [f"{i.param}: {i.message}" if i.param else i.message for i in issues]
        out = report.output_shape if report else None
        params = report.param_count if report else 0
        if out is None:
            count = ""
        else:
            count = translate("PipelineView", "{0} params").format(count_text(params)) if params else translate("PipelineView", "no weights")
        tip = [f"<b>{html.escape(node.kind)}</b>"]
        if cls is not None:
            tip.append(theme.doc_html(translate("Layers", cls.doc)))
        if report is not None and report.input_shape is not None:
            tip.append(f"<tt>{shape_text(report.input_shape)} → {shape_text(out)}</tt>")
        if out is not None:
            tip.append(translate("PipelineView", "{0:,} parameters, {1:,} multiply-adds per sample").format(params, report.macs))
        tip.append(translate("PipelineView", "<i>Drag to reorder · Delete removes · Ctrl+D duplicates</i>"))
        card.set_content(index=str(index + 1), title=node.kind, summary=layer_summary(cls, values),
                         shape=shape_text(out) if out is not None else ("?" if not problems else ""),
                         count=count, color=theme.category_color(cls.category if cls else None),
                         icon=theme.category_icon(cls.category if cls else None), problems=problems,
                         tooltip="<br>".join(tip))
        card.set_selected(node.id in self._selected)

    def browse_data(self):
        from netbuilder.views.data_browser import open_data_browser
        self.data_browser = open_data_browser(self.document, self.window())
        return self.data_browser

    def _fill_input_card(self, analysis) -> None:
        settings = self.document.pipeline.settings
        data = settings.get("data")
        self.browse_button.setEnabled(isinstance(data, str) and bool(data.strip()))
        problems = [f"{i.path}: {i.message}" for i in analysis.issues if i.path.startswith(("input", "data"))]
        self.input_card.set_content(
            index="", title=translate("PipelineView", "Input"), summary=data if isinstance(data, str) and data else translate("PipelineView", "no data source set"),
            shape=shape_text(self.document.pipeline.input_shape), count=translate("PipelineView", "per sample"),
            color=QColor(theme.palette().neutral), icon=theme.icon("input"), problems=problems,
            tooltip=translate("PipelineView", "The input samples and where they come from.<br><i>Click to edit the input shape, "
                    "data source, loss and training settings.</i>"))

    def _fill_loss_card(self, analysis) -> None:
        loss = self.document.pipeline.settings.get("loss") or {"type": "cross_entropy"}
        kind = loss.get("type", "?") if isinstance(loss, dict) else "?"
        extra = " · ".join(f"{k} {_value_text(v)}" for k, v in loss.items() if k != "type") \
            if isinstance(loss, dict) else ""
        problems = [i.message if i.path == "loss" else f"{i.path}: {i.message}"
                    for i in analysis.issues if i.path.startswith("loss")]
        self.loss_card.set_content(
            index="", title=translate("PipelineView", "Loss"), summary=f"{kind}{' · ' + extra if extra else ''}", shape="", count="",
            color=QColor(theme.palette().neutral), icon=theme.icon("loss"), problems=problems,
            tooltip=translate("PipelineView", "What training minimises, computed on the last layer's output.<br>"
                    "<i>Click to change the loss and the training settings.</i>"))

    def _drop_card(self, card: Card) -> None:
        self.cards_layout.removeWidget(card)
        card.hide()  # deleteLater waits for the event loop; a stale card must not show meanwhile
        card.deleteLater()

    # --- selection ---------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """Selected layer ids in pipeline order."""
        chosen = set(self._selected)
        return [i for i in self.document.pipeline.ids if i in chosen]

    def current_id(self) -> int | None:
        return self._selected[-1] if self._selected else None

    def set_selection(self, ids) -> None:
        ids = [i for i in ids if i in self._cards]
        self._anchor = ids[0] if ids else None
        self._set_selected(ids)

    def select_all(self) -> None:
        self.set_selection(self.document.pipeline.ids)

    def toggle(self, node_id: int) -> None:
        ids = [i for i in self._selected if i != node_id]
        if len(ids) == len(self._selected):
            ids.append(node_id)
        self._anchor = node_id
        self._set_selected(ids)

    def extend_to(self, node_id: int) -> None:
        order = self.document.pipeline.ids
        anchor = self._anchor if self._anchor in order else node_id
        a, b = sorted((order.index(anchor), order.index(node_id)))
        span = order[a:b + 1]
        if order.index(node_id) < order.index(anchor):
            span.reverse()  # the clicked card is "current"
        self._set_selected(span)

    def insertion_index(self) -> int:
        """Where a new layer goes: after the last selected layer, or at the end."""
        ids = self.selected_ids()
        pipeline = self.document.pipeline
        return pipeline.index_of(ids[-1]) + 1 if ids else len(pipeline)

    def _set_selected(self, ids: list[int]) -> None:
        changed = ids != self._selected
        self._selected = list(ids)
        for node_id, card in self._cards.items():
            card.set_selected(node_id in self._selected)
        current = self.current_id()
        if current in self._cards:
            self.ensureWidgetVisible(self._cards[current], 0, 24)
        if changed:
            self.selection_changed.emit()

    def _on_reset(self) -> None:
        # Ids restart in a new document: drop every card so nothing drawn on one carries over.
        for card in self._cards.values():
            self._drop_card(card)
        self._cards.clear()
        self._selected = []
        self._anchor = None
        self.selection_changed.emit()
