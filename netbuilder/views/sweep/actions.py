"""The window's hook: Run-menu actions that open the sweep dialog on the open network, and a
Studies submenu with one entry per study in resources/studies."""

from __future__ import annotations

from PySide6.QtGui import QAction

from netbuilder.runs.sweep_study import load_study, study_names

from netbuilder.views.translation import translate

# The dialogs (and pyqtgraph, which their summary plot needs) are imported when one opens, not at start.


def add_sweep_actions(window, menu) -> tuple[QAction, QAction]:
    repeat = QAction(translate("SweepActions", "Repeat with N Seeds…"), window)
    repeat.setToolTip(translate("SweepActions", "Train the open network with several seeds in the background and show the spread"))
    repeat.triggered.connect(lambda: open_sweep_dialog(window, repeat_only=True))
    sweep = QAction(translate("SweepActions", "Sweep…"), window)
    sweep.setToolTip(translate("SweepActions", "Train the open network over seeds, up to two settings and hidden activations"))
    sweep.triggered.connect(lambda: open_sweep_dialog(window, repeat_only=False))
    menu.addActions([repeat, sweep])
    studies = menu.addMenu(translate("SweepActions", "Studies"))
    studies.setToolTipsVisible(True)
    for name in study_names():
        _, doc = load_study(name)
        act = studies.addAction(translate("Studies", doc.get("title", name)) + "…", lambda n=name: open_study_dialog(window, n))
        act.setToolTip(translate("Studies", doc.get("description", "")) if doc.get("description") else "")
    window.act_repeat_seeds, window.act_sweep = repeat, sweep
    return repeat, sweep


def open_sweep_dialog(window, repeat_only: bool, folder=None):
    from netbuilder.views.sweep.dialog import SweepDialog
    dialog = SweepDialog(window.document.to_doc(), repeat_only=repeat_only, folder=folder, parent=window)
    return _shown(window, dialog)


def open_study_dialog(window, name: str, folder=None):
    from netbuilder.views.sweep.study import StudyDialog
    return _shown(window, StudyDialog(name, folder=folder, parent=window))


def _shown(window, dialog):
    """Non-modal; the window's Run History follows the sweep's runs while it runs and when it ends."""
    history = getattr(window, "run_history", None)
    if history is not None:
        dialog.sweep_started.connect(history.follow_sweep)
        dialog.sweep_ended.connect(history.follow_sweep)
    dialog.setModal(False)
    dialog.show()
    return dialog
