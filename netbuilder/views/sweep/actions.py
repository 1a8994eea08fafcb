"""The window's hook: two Run-menu actions that open the sweep dialog on the open network."""

from __future__ import annotations

from PySide6.QtGui import QAction

from netbuilder.views.sweep.dialog import SweepDialog


def add_sweep_actions(window, menu) -> tuple[QAction, QAction]:
    repeat = QAction("Repeat with N Seeds…", window)
    repeat.setToolTip("Train the open network with several seeds in the background and show the spread")
    repeat.triggered.connect(lambda: open_sweep_dialog(window, repeat_only=True))
    sweep = QAction("Sweep…", window)
    sweep.setToolTip("Train the open network over seeds, up to two settings and hidden activations")
    sweep.triggered.connect(lambda: open_sweep_dialog(window, repeat_only=False))
    menu.addActions([repeat, sweep])
    window.act_repeat_seeds, window.act_sweep = repeat, sweep
    return repeat, sweep


def open_sweep_dialog(window, repeat_only: bool, folder=None) -> SweepDialog:
    dialog = SweepDialog(window.document.to_doc(), repeat_only=repeat_only, folder=folder, parent=window)
    dialog.setModal(False)
    dialog.show()
    return dialog
