"""The row of stat cards above the plots, and the epoch/batch progress bars.

Numbers move with every batch (not only at the end of an epoch): the current loss and accuracy are
the smoothed per-batch values, validation figures are those of the last finished epoch.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.format import clock_text, number_text, percent_text, progress_text
from netbuilder.views.progress_bar import set_value_later
from netbuilder.views.translation import translate

WIDEST_VALUE = "8.88e-05"  # values are at most this wide (number_text: 3 significant digits)
CARDS = (
    ("epoch", QT_TRANSLATE_NOOP("LiveStats", "Epoch"), QT_TRANSLATE_NOOP("LiveStats", "Which pass over the training data is running, of how many.")),
    ("lr", QT_TRANSLATE_NOOP("LiveStats", "Learning rate"), QT_TRANSLATE_NOOP("LiveStats", "Step size of the optimizer for the current batch (after any schedule).")),
    ("train_loss", QT_TRANSLATE_NOOP("LiveStats", "Train loss"), QT_TRANSLATE_NOOP("LiveStats", "Loss on the training batches, smoothed over recent batches. Lower is better.")),
    ("train_acc", QT_TRANSLATE_NOOP("LiveStats", "Train accuracy"), QT_TRANSLATE_NOOP("LiveStats", "Share of training samples classified correctly, smoothed over recent batches.")),
    ("val_loss", QT_TRANSLATE_NOOP("LiveStats", "Validation loss"), QT_TRANSLATE_NOOP("LiveStats", "Loss on held-out validation data after the last full epoch. If it rises "
                                    "while the training loss falls, the network is overfitting.")),
    ("val_acc", QT_TRANSLATE_NOOP("LiveStats", "Validation accuracy"), QT_TRANSLATE_NOOP("LiveStats", "Accuracy on held-out validation data after the last full epoch: "
                                       "the honest estimate of how well the network generalises.")),
    ("speed", QT_TRANSLATE_NOOP("LiveStats", "Images / s"), QT_TRANSLATE_NOOP("LiveStats", "Training throughput over the last batches (wall clock).")),
    ("epoch_time", QT_TRANSLATE_NOOP("LiveStats", "s / epoch"), QT_TRANSLATE_NOOP("LiveStats", "Time the last epoch took, validation included.")),
    ("eta", QT_TRANSLATE_NOOP("LiveStats", "Time left"), QT_TRANSLATE_NOOP("LiveStats", "Estimated time until the last epoch ends, from the average speed so far.")),
)


def _font(points: float, weight=None) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    if weight is not None:
        font.setWeight(weight)
    return font


class StatCard(QFrame):
    """A caption over a value. Compact cards (smaller type and margins) let a narrow panel keep all
    nine in two rows; a card is never narrower than its caption or its widest value."""

    SIZES = {False: (8, 13, (10, 5, 10, 6)), True: (7.5, 10.5, (6, 3, 6, 4))}  # caption pt, value pt, margins

    def __init__(self, caption: str, tooltip: str, parent=None):
        super().__init__(parent)
        self.setObjectName("statCard")
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        self.caption = QLabel(caption)
        self.caption.setObjectName("statCaption")
        self.value = QLabel("–")
        self.value.setObjectName("statValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        self.setToolTip(tooltip)
        self.compact = None
        self.set_compact(False)

    def width_for(self, compact: bool) -> int:
        caption_pt, value_pt, margins = self.SIZES[compact]
        return max(QFontMetrics(_font(caption_pt)).horizontalAdvance(self.caption.text()),
                   QFontMetrics(_font(value_pt, QFont.Weight.DemiBold)).horizontalAdvance(WIDEST_VALUE)) \
            + margins[0] + margins[2] + 4

    def set_compact(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        caption_pt, value_pt, margins = self.SIZES[compact]
        self.caption.setFont(_font(caption_pt))
        self.value.setFont(_font(value_pt, QFont.Weight.DemiBold))
        self.layout().setContentsMargins(*margins)
        self.setMinimumWidth(self.width_for(compact))

    def set(self, text: str) -> None:
        if self.value.text() != text:
            self.value.setText(text)


class StatsView(QWidget):
    """Stat cards plus two progress bars (this epoch's batches, the whole run)."""

    SMOOTHING = 0.9

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        self.cards: dict[str, StatCard] = {}
        for key, caption, tip in CARDS:
            caption, tip = translate("LiveStats", caption), translate("LiveStats", tip)
            self.cards[key] = StatCard(caption, tip)
        self.columns = 0
        self._place_cards(len(CARDS))
        outer.addLayout(self.grid)
        bars = QHBoxLayout()
        bars.setSpacing(10)
        self.epoch_bar = self._bar(translate("LiveStats", "Batches done in the current epoch."))
        self.run_bar = self._bar(translate("LiveStats", "Progress of the whole run (all epochs)."))
        bars.addWidget(self.epoch_bar, 3)
        bars.addWidget(self.run_bar, 2)
        outer.addLayout(bars)
        self._latest = None
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_latest)
        self.clear()

    def layout_for(self, width: int) -> tuple[bool, int]:
        """(compact, columns): full-size cards in one row when they fit, else compact ones, as many
        in a row as fit, the rest wrapping evenly (9 cards become 5 + 4, not 8 + 1)."""
        gap = self.grid.spacing()
        for compact in (False, True):
            card = max(c.width_for(compact) for c in self.cards.values())
            fit = max(1, (width + gap) // (card + gap))
            if fit >= len(CARDS):
                return compact, len(CARDS)
        rows = -(-len(CARDS) // fit)
        return True, -(-len(CARDS) // rows)

    def columns_for(self, width: int) -> int:
        return self.layout_for(width)[1]

    def _place_cards(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for k, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, k // columns, k % columns)
        for c in range(len(CARDS)):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        compact, columns = self.layout_for(event.size().width())
        for card in self.cards.values():
            card.set_compact(compact)
        self._place_cards(columns)

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        # The cards wrap instead of widening the window, down to three rows of three.
        hint.setWidth(3 * max(c.width_for(True) for c in self.cards.values()) + 2 * self.grid.spacing())
        return hint

    @staticmethod
    def _bar(tip: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setTextVisible(True)
        bar.setFixedHeight(16)
        bar.setToolTip(tip)
        bar.setObjectName("runProgress")
        return bar

    def clear(self, info=None) -> None:
        self._loss = self._acc = None
        self._latest = None
        self._paused = False
        self._run_text = None
        for card in self.cards.values():
            card.set("–")
        epochs = info.epochs if info is not None else 0
        if info is not None:
            self.cards["epoch"].set(f"0 / {epochs}")
            self.cards["lr"].set(number_text(info.lr, 3))
        self.epoch_bar.setRange(0, max(1, info.batches_per_epoch if info else 1))
        self.epoch_bar.setValue(0)
        self.epoch_bar.setFormat(translate("LiveStats", "epoch: waiting for the first batch") if info else "epoch")
        self.run_bar.setRange(0, 100_000)  # fine enough to move on a 10 000-epoch run
        self.run_bar.setValue(0)
        self.run_bar.setFormat(translate("LiveStats", "run: 0 %") if info else "run")

    def show_progress(self, p) -> None:
        """Smoothing sees every batch; the labels change at most ~5 times a second (each change
        relays out the row, and nobody reads numbers faster than that)."""
        for loss, acc in zip(p.loss, p.accuracy):
            if math.isfinite(loss):
                self._loss = loss if self._loss is None else self.SMOOTHING * self._loss + (1 - self.SMOOTHING) * loss
            self._acc = acc if self._acc is None else self.SMOOTHING * self._acc + (1 - self.SMOOTHING) * acc
        self._latest = p
        if not self._timer.isActive():
            self._show_latest()
            self._timer.start()

    def _show_latest(self) -> None:
        p = self._latest
        if p is None:
            return
        self._latest = None
        self.cards["epoch"].set(f"{p.epoch + 1} / {p.epochs}")
        self.cards["lr"].set(number_text(p.lr, 3))
        self.cards["train_loss"].set(number_text(self._loss))
        self.cards["train_acc"].set(percent_text(self._acc))
        self.cards["speed"].set(f"{p.images_per_second:,.0f}" if p.images_per_second else "–")
        self.cards["eta"].set(clock_text(p.eta_seconds))
        done = p.batch + 1
        self.epoch_bar.setRange(0, p.batches)
        set_value_later(self.epoch_bar, done)
        self.epoch_bar.setFormat(translate("LiveStats", "epoch {0}: batch {1} / {2}").format(p.epoch + 1, done, p.batches))
        total = p.epochs * p.batches
        fraction = (p.epoch * p.batches + done) / max(total, 1)
        set_value_later(self.run_bar, max(1, int(round(self.run_bar.maximum() * fraction))))  # a sliver once begun
        self._run_text = (progress_text(fraction), clock_text(p.elapsed_seconds))
        self.run_bar.setFormat(translate("LiveStats", "run: {0} %  ·  {1} elapsed").format(*self._run_text))
        if self._paused:  # a batch reported after the pause took effect: still paused
            self._show_paused()

    def set_paused(self, paused: bool) -> None:
        """Paused, the cards say so instead of showing the last speed and a time left that is not
        running down; the bars keep where the run stopped. The next batch puts the live values back."""
        self._paused = paused
        self._show_latest()
        if paused:
            self._show_paused()

    def _show_paused(self) -> None:
        if self._run_text is None:
            return  # paused before the first batch: nothing shown that could mislead
        self.cards["speed"].set("–")
        self.cards["eta"].set(translate("LiveStats", "paused"))
        self.run_bar.setFormat(translate("LiveStats", "paused at {0} %  ·  {1} elapsed").format(*self._run_text))

    def show_epoch(self, e) -> None:
        self._show_latest()
        self.cards["val_loss"].set(number_text(e.val_loss))
        self.cards["val_acc"].set(percent_text(e.val_accuracy))
        self.cards["epoch_time"].set(f"{e.seconds:.2g}" if e.seconds < 10 else f"{e.seconds:,.0f}")

    ENDINGS = {"finished": QT_TRANSLATE_NOOP("LiveStats", "done"), "early_stopped": QT_TRANSLATE_NOOP("LiveStats", "done (early stop)"), "stopped": QT_TRANSLATE_NOOP("LiveStats", "stopped"),
               "aborted": QT_TRANSLATE_NOOP("LiveStats", "stopped"), "failed": "–"}

    def show_finished(self, status: str = "finished") -> None:
        """The run ended: "done" only when every epoch ran; after Stop it says so, after a failed start
        there is no time left to speak of."""
        self._paused = False
        self._show_latest()
        self.cards["eta"].set(translate("LiveStats", self.ENDINGS.get(status, "–")))
        if status in ("stopped", "aborted"):
            if self._run_text is not None:
                self.run_bar.setFormat(translate("LiveStats", "stopped at {0} %  ·  {1} elapsed").format(*self._run_text))
