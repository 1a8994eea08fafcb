"""Train / Pause / Resume / Stop / Step / Reset buttons and the learning-rate field.

The bar does not know the document: Train (and Step before any run) emit `train_requested` and the
window answers with `controller.start(doc, ...)`. Every other button talks to the controller
directly, and the buttons enable themselves from the run's command table (run.control.ALLOWED).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QWidget

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.run.control import Command, State, allowed
from netbuilder.views import theme
from netbuilder.views.translation import translate

# The label's colour comes from app.qss's [state="..."] rules: one colour per state (theme.STATE_ROLES).
STATE_TEXT = {State.IDLE: QT_TRANSLATE_NOOP("LiveControls", "Not trained"), State.LOADING: QT_TRANSLATE_NOOP("LiveControls", "Loading data…"), State.RUNNING: QT_TRANSLATE_NOOP("LiveControls", "● Training"),
              State.PAUSED: QT_TRANSLATE_NOOP("LiveControls", "❚❚ Paused"), State.FINISHED: QT_TRANSLATE_NOOP("LiveControls", "✓ Finished"), State.DIVERGED: QT_TRANSLATE_NOOP("LiveControls", "⚠ Diverged")}
BUTTON_TEXT = {Command.TRAIN: QT_TRANSLATE_NOOP("LiveControls", "Train"), Command.PAUSE: QT_TRANSLATE_NOOP("LiveControls", "Pause"),
               Command.RESUME: QT_TRANSLATE_NOOP("LiveControls", "Resume"), Command.STOP: QT_TRANSLATE_NOOP("LiveControls", "Stop"),
               Command.STEP: QT_TRANSLATE_NOOP("LiveControls", "Step"), Command.RESET: QT_TRANSLATE_NOOP("LiveControls", "Reset weights")}
BUTTONS = (Command.TRAIN, Command.PAUSE, Command.RESUME, Command.STOP, Command.STEP, Command.RESET)
TIPS = {
    Command.TRAIN: QT_TRANSLATE_NOOP("LiveControls", "Freeze the current network and train it from fresh weights (data loads in the background)."),
    Command.PAUSE: QT_TRANSLATE_NOOP("LiveControls", "Pause after the current batch; the plots stay, and you can step or change the learning rate."),
    Command.RESUME: QT_TRANSLATE_NOOP("LiveControls", "Continue training. After a divergence, lower the learning rate first."),
    Command.STOP: QT_TRANSLATE_NOOP("LiveControls", "End training after the current batch and evaluate on the test data."),
    Command.STEP: QT_TRANSLATE_NOOP("LiveControls", "Train exactly one batch, then pause: watch what a single update does."),
    Command.RESET: QT_TRANSLATE_NOOP("LiveControls", "Throw the learned weights away and start again from fresh random ones."),
}


class ControlBar(QWidget):
    train_requested = Signal(bool)  # True: start paused (Step before any run)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.controller = None
        self.can_start = True  # the document can be built: Step may start a paused run from idle/finished
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[Command, QPushButton] = {}
        for key in BUTTONS:
            button = QPushButton(translate("LiveControls", BUTTON_TEXT[key]))
            button.setToolTip(translate("LiveControls", TIPS[key]))
            self.buttons[key] = button
            layout.addWidget(button)
        layout.addSpacing(14)
        self.lr_label = QLabel(translate("LiveControls", "Learning rate"))
        layout.addWidget(self.lr_label)
        self.lr_box = QDoubleSpinBox()
        self.lr_box.setDecimals(6)
        self.lr_box.setRange(0.0, 10.0)
        self.lr_box.setSpecialValueText("–")  # 0 is shown as "–": no run yet
        self.lr_box.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.lr_box.setKeyboardTracking(False)
        self.lr_box.setToolTip(translate("LiveControls", "Change the learning rate while training: it applies from the next batch."))
        self.lr_box.setMinimumWidth(100)
        layout.addWidget(self.lr_box)
        layout.addSpacing(14)
        self.state_label = QLabel("", objectName="runState")
        layout.addWidget(self.state_label)
        layout.addStretch(1)
        self.buttons[Command.TRAIN].clicked.connect(lambda: self.train_requested.emit(False))
        self.set_state(State.IDLE)

    def connect_controller(self, controller) -> None:
        self.controller = controller
        b = self.buttons
        b[Command.PAUSE].clicked.connect(controller.pause)
        b[Command.RESUME].clicked.connect(controller.resume)
        b[Command.STOP].clicked.connect(controller.stop)
        b[Command.STEP].clicked.connect(self.step)
        b[Command.RESET].clicked.connect(controller.reset_weights)
        controller.cleared.connect(lambda: self.show_lr(0.0))
        self.lr_box.valueChanged.connect(self._lr_changed)
        controller.state_changed.connect(self.set_state)
        controller.run_started.connect(lambda info: self.show_lr(info.lr))
        self.set_state(controller.state)

    def set_compact(self, compact: bool) -> None:
        """Short labels for a narrow window (the toolbar asks): "Reset", "lr", and no state text —
        the status bar's badge shows the state too."""
        self.buttons[Command.RESET].setText(translate("LiveControls", "Reset") if compact else translate("LiveControls", "Reset weights"))
        self.lr_label.setText("lr" if compact else translate("LiveControls", "Learning rate"))
        self.lr_box.setMinimumWidth(80 if compact else 100)
        self.state_label.setVisible(not compact)

    def step(self) -> None:
        if self.controller.state in (State.IDLE, State.FINISHED):
            self.train_requested.emit(True)  # the window starts a paused run; the step below then runs in it
        self.controller.step()

    def _lr_changed(self, value: float) -> None:
        if value > 0 and self.controller is not None and allowed(self.controller.state, Command.SET_LR):
            self.controller.set_lr(value)

    def show_lr(self, lr: float) -> None:
        self.lr_box.blockSignals(True)
        self.lr_box.setValue(lr)
        self.lr_box.blockSignals(False)

    def set_can_start(self, ok: bool) -> None:
        """Whether the window's network can be built: with no run, Step starts one, so on an invalid
        network it is disabled like Train instead of doing nothing."""
        self.can_start = bool(ok)
        self.set_state(self.controller.state if self.controller is not None else State.IDLE)

    def set_state(self, state: str) -> None:
        state = State(state)
        for key, button in self.buttons.items():
            button.setEnabled(allowed(state, key))
        if state in (State.IDLE, State.FINISHED) and not self.can_start:
            self.buttons[Command.STEP].setEnabled(False)
        paused = state in (State.PAUSED, State.DIVERGED)
        self.buttons[Command.RESUME].setVisible(paused)
        self.buttons[Command.PAUSE].setVisible(not paused)
        text, shown = translate("LiveControls", STATE_TEXT[state]), state.value
        end = getattr(self.controller, "last_end", None)
        if state == State.FINISHED and end is not None and end.status in ("stopped", "aborted"):
            text, shown = translate("LiveControls", "■ Stopped"), "stopped"  # "Finished" only when every epoch ran
        self.state_label.setText(text)
        theme.set_state(self.state_label, "state", shown)
