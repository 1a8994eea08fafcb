"""The window's menu bar and main toolbar: they only arrange the actions views/actions.py made,
plus the two menus filled when they open (templates, recent files)."""

from __future__ import annotations

import pathlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QWidget

from netbuilder.views.toolbar_fit import ToolbarFitter
from netbuilder.views.theme_menu import add_theme_menu
from netbuilder.views.language_menu import add_language_menu
from netbuilder.run.control import Command
from netbuilder.views.files import template_files
from netbuilder.views.help import install_help
from netbuilder.views.missing_data import template_note
from netbuilder.views.sweep.actions import add_sweep_actions
from netbuilder.views.translation import translate


def build_menus(w) -> None:
    bar = w.menuBar()
    m = bar.addMenu(translate("Menus", "&File"))
    m.setObjectName("fileMenu")  # found by name, whatever the language
    m.addAction(w.act_new)
    w.templates_menu = m.addMenu(translate("Menus", "New from &Template"))
    w.templates_menu.aboutToShow.connect(lambda: fill_templates(w.templates_menu, w.files))
    m.addAction(w.act_new_window)
    m.addSeparator()
    m.addAction(w.act_open)
    w.recent_menu = m.addMenu(translate("Menus", "Open &Recent"))
    w.recent_menu.aboutToShow.connect(lambda: fill_recent(w.recent_menu, w.files, w.settings))
    m.addSeparator()
    m.addActions([w.act_save, w.act_save_as])
    m.addSeparator()
    m.addActions([w.act_close, w.act_quit])

    m = bar.addMenu(translate("Menus", "&Edit"))
    m.setObjectName("editMenu")  # found by name, whatever the language
    m.addActions([w.act_undo, w.act_redo])
    m.addSeparator()
    m.addActions([w.act_cut, w.act_copy, w.act_paste, w.act_duplicate, w.act_delete])
    m.addSeparator()
    m.addActions([w.act_select_all, w.act_move_up, w.act_move_down])
    m.addSeparator()
    m.addAction(w.act_history)

    m = bar.addMenu(translate("Menus", "&View"))
    m.setObjectName("viewMenu")  # found by name, whatever the language
    for dock, key in ((w.palette_dock, "Ctrl+1"), (w.inspector_dock, "Ctrl+2"), (w.problems_dock, "Ctrl+3")):
        act = dock.toggleViewAction()
        act.setShortcut(QKeySequence(key))
        act.setToolTip(translate("Menus", "Show or hide the {0} panel ({1})").format(dock.windowTitle(), key))
        m.addAction(act)
    m.addAction(w.run_history.action)
    m.addSeparator()
    m.addActions([w.act_builder_panels, w.act_reset_layout])
    m.addSeparator()
    add_theme_menu(w, m)
    add_language_menu(w, m)

    m = bar.addMenu(translate("Menus", "&Run"))
    m.setObjectName("runMenu")  # found by name, whatever the language
    m.addAction(w.act_train)
    m.addActions([w.act_pause, w.act_resume, w.act_stop, w.act_step, w.act_reset])
    m.addSeparator()
    m.addActions([w.act_save_weights, w.act_load_weights])
    m.addSeparator()
    add_sweep_actions(w, m)
    m = bar.addMenu(translate("Menus", "&Help"))
    m.setObjectName("helpMenu")  # found by name, whatever the language
    w.act_guide, w.act_shortcuts = install_help(w, m)
    m.addSeparator()
    m.addAction(w.act_about)
    for menu in bar.findChildren(QMenu):
        menu.setToolTipsVisible(True)


def build_toolbar(w) -> QToolBar:
    tb = QToolBar(translate("Menus", "Main"), w)
    tb.setObjectName("mainToolbar")
    tb.setMovable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tb.addActions([w.act_new, w.act_open, w.act_save])
    tb.addSeparator()
    tb.addActions([w.act_undo, w.act_redo])
    spacer = QWidget(objectName="toolbarSpacer")
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    tb.addWidget(spacer)
    tb.addAction(w.act_train)
    w.train_button = tb.widgetForAction(w.act_train)
    w.train_button.setObjectName("trainButton")
    # The live panel's control bar, without its own Train: the toolbar's Train (which knows whether
    # the network is valid) is the one Train button.
    controls = w.live.controls
    controls.buttons[Command.TRAIN].hide()
    controls.setVisible(True)
    controls.layout().setContentsMargins(4, 0, 4, 0)
    controls.setObjectName("trainingControls")
    tb.addWidget(controls)
    w.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
    tb.fitter = ToolbarFitter(tb, [w.act_new, w.act_open, w.act_save, w.act_undo, w.act_redo], controls)
    return tb


def fill_templates(menu: QMenu, files) -> None:
    menu.clear()
    found = template_files()
    # "Depth study: relu MLP 150-100-50" and its siblings go into a "Depth study" submenu.
    groups: dict[str, int] = {}
    for name, _d, _p in found:
        if ": " in name:
            groups[name.split(": ", 1)[0]] = groups.get(name.split(": ", 1)[0], 0) + 1
    submenus = {}
    for name, description, path in found:
        target, text = menu, name
        group = name.split(": ", 1)[0] if ": " in name else None
        if group is not None and groups[group] > 1:
            if group not in submenus:
                submenus[group] = menu.addMenu(group)
                submenus[group].setToolTipsVisible(True)
            target, text = submenus[group], name.split(": ", 1)[1]
        note, missing = template_note(path)  # the data it trains on is not on this computer
        act = target.addAction(text + note, lambda p=path: files.new_from_template(p))
        act.setToolTip("\n\n".join(t for t in (description or str(path.name), missing) if t))
    if not found:
        menu.addAction(translate("Menus", "(no templates found)")).setEnabled(False)


def fill_recent(menu: QMenu, files, settings) -> None:
    menu.clear()
    recent = files.recent_files()
    for i, path in enumerate(recent):
        act = menu.addAction(f"&{i + 1}  {pathlib.Path(path).name}", lambda p=path: files.open(p))
        act.setToolTip(path)
    if recent:
        menu.addSeparator()
        menu.addAction(translate("Menus", "Clear List"), lambda: settings.setValue("recent_files", []))
    else:
        menu.addAction(translate("Menus", "(none yet)")).setEnabled(False)
