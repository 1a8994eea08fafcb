"""Train / Pause / Resume / Stop / Step / Reset buttons and the learning-rate field.

The bar does not know the document: Train (and Step before any run) emit `trainRequested` and the
window answers with `controller.start(doc, ...)`. Every other button talks to the controller
directly, and the buttons enable themselves from the controller's state.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QWidget

from netbuilder.training.snapshots import DIVERGED, FINISHED, IDLE, LOADING, PAUSED, RUNNING
from netbuilder.views.live.common import MUTED

STATE_TEXT = {IDLE: ("Not trained", MUTED), LOADING: ("Loading data…", "#3B6EA8"), RUNNING: ("● Training", "#2E8B57"),
              PAUSED: ("❚❚ Paused", "#B7791F"), FINISHED: ("✓ Finished", "#3B6EA8"), DIVERGED: ("⚠ Diverged", "#C0392B")}
ENABLED = {  # button -> states in which it can be pressed
    "train": (IDLE, FINISHED),
    "pause": (LOADING, RUNNING),
    "resume": (PAUSED, DIVERGED),
    "stop": (LOADING, RUNNING, PAUSED, DIVERGED),
    "step": (IDLE, FINISHED, RUNNING, PAUSED, DIVERGED),
    "reset": (RUNNING, PAUSED, DIVERGED, FINISHED),
}
TIPS = {
    "train": "Freeze the current network and train it from fresh weights (data loads in the background).",
    "pause": "Pause after the current batch; the plots stay, and you can step or change the learning rate.",
    "resume": "Continue training. After a divergence, lower the learning rate first.",
    "stop": "End training after the current batch and evaluate on the test data.",
    "step": "Train exactly one batch, then pause: watch what a single update does.",
    "reset": "Throw the learned weights away and start again from fresh random ones.",
}


class ControlBar(QWidget):
    trainRequested = Signal(bool)  # True: start paused (Step before any run)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.controller = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("train", "Train"), ("pause", "Pause"), ("resume", "Resume"), ("stop", "Stop"),
                          ("step", "Step"), ("reset", "Reset weights")):
            button = QPushButton(text)
            button.setToolTip(TIPS[key])
            self.buttons[key] = button
            layout.addWidget(button)
        layout.addSpacing(14)
        layout.addWidget(QLabel("Learning rate"))
        self.lr_box = QDoubleSpinBox()
        self.lr_box.setDecimals(6)
        self.lr_box.setRange(0.0, 10.0)
        self.lr_box.setSpecialValueText("–")  # 0 is shown as "–": no run yet
        self.lr_box.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.lr_box.setKeyboardTracking(False)
        self.lr_box.setToolTip("Change the learning rate while training: it applies from the next batch.")
        self.lr_box.setMinimumWidth(100)
        layout.addWidget(self.lr_box)
        layout.addSpacing(14)
        self.state_label = QLabel("")
        layout.addWidget(self.state_label)
        layout.addStretch(1)
        self.buttons["train"].clicked.connect(lambda: self.trainRequested.emit(False))
        self.set_state(IDLE)

    def connect_controller(self, controller) -> None:
        self.controller = controller
        b = self.buttons
        b["pause"].clicked.connect(controller.pause)
        b["resume"].clicked.connect(controller.resume)
        b["stop"].clicked.connect(controller.stop)
        b["step"].clicked.connect(self._step)
        b["reset"].clicked.connect(controller.reset_weights)
        controller.cleared.connect(lambda: self.show_lr(0.0))
        self.lr_box.valueChanged.connect(self._lr_changed)
        controller.stateChanged.connect(self.set_state)
        controller.runStarted.connect(lambda info: self.show_lr(info.lr))
        self.set_state(controller.state)

    def _step(self) -> None:
        if self.controller.state in (IDLE, FINISHED):
            self.trainRequested.emit(True)  # the window starts a paused run; the step below then runs in it
        self.controller.step()

    def _lr_changed(self, value: float) -> None:
        if value > 0 and self.controller is not None and self.controller.state in (RUNNING, PAUSED, DIVERGED, LOADING):
            self.controller.set_lr(value)

    def show_lr(self, lr: float) -> None:
        self.lr_box.blockSignals(True)
        self.lr_box.setValue(lr)
        self.lr_box.blockSignals(False)

    def set_state(self, state: str) -> None:
        for key, button in self.buttons.items():
            button.setEnabled(state in ENABLED[key])
        self.buttons["resume"].setVisible(state in (PAUSED, DIVERGED))
        self.buttons["pause"].setVisible(state not in (PAUSED, DIVERGED))
        text, color = STATE_TEXT.get(state, (state, MUTED))
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"color: {color}; font-weight: 600;")
