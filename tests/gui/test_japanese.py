"""The window in Japanese: every text a person reads is Japanese, apart from names that stay as they
are (layer kinds, parameter and JSON keys, numbers, units, file names, product names).

The walk covers the menu bar (every menu, action, tooltip and status tip), the toolbar, every
widget in the window (labels, buttons, tabs, dock titles, placeholders, tree and list items, combo
boxes, tooltips; the live views and the lab are built hidden, so they are walked too), with a layer
selected so that the inspector shows its fields. A text fails when, after the allowed names are
removed, a Latin word of two or more letters is left.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit, QListWidget,
                               QMenu, QTabWidget, QTreeWidget)

from netbuilder import i18n

# Names that are the same in every language: what a file, a terminal or another program calls them.
ALLOWED = {
    "NetBuilder", "JSON", "ONNX", "PyTorch", "Python", "numpy", "BLAS", "RMS", "SHA", "CSV", "PNG", "JPEG", "SPEC",
    "README", "LANG", "AlexNet", "TensorFlow", "Li", "et", "al", "PCA", "NaN", "MB", "px", "npz", "nbmodel", "onnx",
    "opset", "torchrun", "py", "json", "csv", "png", "jpg", "jpeg", "bmp", "gif", "float32", "float64", "Ctrl",
    "Shift", "Alt", "Del", "Delete", "Esc", "PgUp", "PgDown", "Up", "Down", "Left", "Right", "Home", "End", "Space",
    "Backspace", "Return", "Enter", "Tab", "Ins", "Meta", "auto", "null", "same", "max", "min", "log", "exp", "tanh",
    "sigmoid", "softmax", "he", "xavier", "normal", "lr", "sd", "std", "builtin", "shapes", "mnist", "cifar10",
    "Tiny", "MLP", "SGD", "Adam", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "netbuilder", "predict", "eval",
    "export", "runs", "list", "MODEL", "rows", "FOLDER", "train", "data", "model", "check", "parity", "opened",
    "English", "kh", "kw", "ubyte", "ddof", "standardize", "type", "KB", "GB", "kB", "log10", "CIFAR", "MNIST", "LeNet", "LeCun", "CNN", "XOR", "Conv", "MaxPool",
}


def _allowed_names() -> set[str]:
    from netbuilder.engine.init import INIT_PARAMS
    from netbuilder.engine.losses import LOSSES
    from netbuilder.engine.optim import OPTIMIZERS, SCHEDULES
    from netbuilder.engine.registry import layer_kinds
    from netbuilder.engine.spec import TRAINING_PARAMS
    names = set(ALLOWED)
    params = [*INIT_PARAMS, *TRAINING_PARAMS]
    for table in (layer_kinds(), LOSSES, OPTIMIZERS, SCHEDULES):
        for kind, cls in table.items():
            names.add(kind)
            params += list(getattr(cls, "PARAMS", ()))
    for p in params:
        names.add(p.name)
        names.update(p.name.split("_"))  # the inspector labels a field by its key, "use_bias" as "use bias"
        names.update(str(c) for c in p.choices)
        names.update(str(a) for a in p.also)
    return names


def latin_words(text: str, allowed: set[str]) -> list[str]:
    """The Latin words left in `text` once markup, allowed names and identifiers are taken out."""
    text = re.sub(r"<tt>.*?</tt>|<span style='font-family:monospace'>.*?</span>", " ", text, flags=re.S)  # code
    text = re.sub(r"<[^>]*>|&[a-z]+;|&(?=\w)", " ", text)  # markup, entities, accelerator marks
    text = re.sub(r"\b[a-z_]+(\[\d+\])+(\.\w+)*", " ", text)  # JSON paths: layers[2].units
    text = re.sub(r"\S*/\S*|\b\w*\d\w*(?:-\w+)+\b|\b\w+(?:-\w+)*-\w*\d\w*\b", " ", text)  # paths, file names
    text = re.sub(r"`[^`]*`|\"[^\"]*\"|\S+\.(json|npz|nbmodel|onnx|py|md|csv)\b|\w+:\w+", " ", text)  # code, quoted values, files, specs
    words = re.findall(r"[A-Za-z][A-Za-z0-9_]*", text)
    return [w for w in words if len(w) >= 2 and w not in allowed and not re.fullmatch(r"[a-z]+_[a-z_]+|e\d*|[A-Z]\d*|F\d+", w)]


@pytest.fixture
def japanese(monkeypatch):
    """The application in Japanese for one test; English again afterwards."""
    from netbuilder.app import ensure_app
    from netbuilder.views import translation
    monkeypatch.setenv(i18n.ENV, "ja")
    app = ensure_app()
    assert translation.install(app) == "ja"
    yield app
    monkeypatch.setenv(i18n.ENV, "en")
    translation.install(app)


def _texts(window) -> list[tuple[str, str]]:
    """(where, text) for everything the window shows or shows on hover."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]

    def add_action(where, act):
        if act.isSeparator():
            return
        found.extend((f"{where} ▸ action", t) for t in (act.text(), act.toolTip(), act.statusTip()))
        if act.menu() is not None:
            walk_menu(f"{where} ▸ {act.text()}", act.menu())

    def walk_menu(where, menu: QMenu):
        menu.aboutToShow.emit()  # the menus filled when they open (templates, recent files)
        found.append((where, menu.title()))
        for act in menu.actions():
            add_action(where, act)

    for act in window.menuBar().actions():
        walk_menu(act.text(), act.menu())
    for act in window.toolbar.actions():
        add_action("toolbar", act)
    for w in window.findChildren(QLabel):
        found.append((f"label {w.objectName()}", w.text()))
    for w in window.findChildren(QAbstractButton):
        found.append((f"button {w.objectName()}", w.text()))
    for w in window.findChildren(QLineEdit):
        found.append((f"line edit {w.objectName()}", w.placeholderText()))
    for w in window.findChildren(QGroupBox):
        found.append(("group box", w.title()))
    for w in window.findChildren(QDockWidget):
        found.append(("dock", w.windowTitle()))
    for w in window.findChildren(QTabWidget):
        for i in range(w.count()):
            found += [("tab", w.tabText(i)), ("tab tip", w.tabToolTip(i))]
    for w in window.findChildren(QComboBox):
        if w.isEditable():
            continue  # what the user typed
        for i in range(w.count()):
            found.append((f"combo {w.objectName()}", w.itemText(i)))
    for w in window.findChildren(QTreeWidget):
        for i in range(w.topLevelItemCount()):
            top = w.topLevelItem(i)
            found += [("tree", top.text(0)), ("tree tip", top.toolTip(0))]
            for c in range(top.childCount()):
                found += [("tree tip", top.child(c).toolTip(0))]
    for w in window.findChildren(QListWidget):
        for i in range(w.count()):
            found += [("list", w.item(i).text()), ("list tip", w.item(i).toolTip())]
    from PySide6.QtWidgets import QWidget
    for w in window.findChildren(QWidget):
        found.append((f"tooltip of {type(w).__name__} {w.objectName()}", w.toolTip()))
    return [(where, text) for where, text in found if text]


def test_every_visible_text_is_japanese(japanese, make_window, qtbot):
    window = make_window()
    window.pipeline_view.set_selection([window.document.pipeline.nodes[1].id])  # Dense: the inspector shows its fields
    qtbot.wait(50)
    allowed = _allowed_names() | set(window.document.display_name().split())
    texts = _texts(window)
    assert len(texts) > 300, "the walk found too little to mean anything"
    bad = sorted({f"{words} in {where}: {text[:150]!r}" for where, text in texts
                  if (words := latin_words(text, allowed))})
    assert not bad, f"{len(bad)} English texts in the Japanese window:\n" + "\n".join(bad[:80])


def test_japanese_texts_are_the_catalogue(japanese, make_window):
    window = make_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == i18n.catalogue("ja")[("Menus", "&File")] == "ファイル(&F)"
    assert window.act_train.text() == "学習(&T)"


def test_english_by_default(make_window):
    window = make_window()
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.act_train.text() == "&Train"


def test_language_menu_saves_the_choice(make_window):
    window = make_window()
    window.language_actions["ja"].trigger()
    assert window.settings.value("view/language") == "ja"
    assert window.language_actions["ja"].isChecked()
    assert set(window.language_actions) == {"system", "en", "ja"}


def test_problems_are_japanese(japanese, make_window, mlp_doc):
    """A layer that cannot work: its reason in the Problems panel, on Train and in the status bar."""
    import copy
    shape_problem = copy.deepcopy(mlp_doc)
    shape_problem["layers"].insert(2, {"type": "Conv2D", "filters": 4})  # after Flatten: needs an image
    bound_problem = copy.deepcopy(mlp_doc)
    bound_problem["layers"].insert(0, {"type": "Dropout", "rate": 2})  # out of bounds
    allowed = _allowed_names()
    problems = []
    for doc in (shape_problem, bound_problem):
        window = make_window(doc)
        found = [window.problems.item(i).text() for i in range(window.problems.count())]
        problems += found
        texts = [("problem", t) for t in found] + [("train tip", window.act_train.toolTip()),
                                                   ("badge", window.badge.text())]
        bad = [f"{words} in {where}: {text!r}" for where, text in texts if (words := latin_words(text, allowed))]
        assert not bad, "\n".join(bad)
    assert any("画像の入力" in t for t in problems), problems
    assert any("0 以上 0.95 以下でなければなりません" in t for t in problems), problems


def test_the_guide_in_japanese_has_every_section(japanese):
    """The guide is translated as a document (resources/guide/guide_ja.md), section for section."""
    from netbuilder import paths
    from netbuilder.views.help import guide_markdown
    english = paths.resource("guide", "guide.md").read_text(encoding="utf-8")
    japanese_text = guide_markdown()
    assert japanese_text.startswith("# NetBuilder ガイド")
    for marker in ("\n## ", "\n- ", "\n1. ", "\n6. "):
        assert japanese_text.count(marker) == english.count(marker), marker
    assert "過学習" in japanese_text and "勾配消失" in japanese_text


def _widget_texts(root) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QWidget
    found = [("title", root.windowTitle())]
    for w in root.findChildren(QLabel):
        found.append(("label", w.text()))
    for w in root.findChildren(QAbstractButton):
        found.append(("button", w.text()))
    for w in root.findChildren(QGroupBox):
        found.append(("group box", w.title()))
    for w in root.findChildren(QLineEdit):
        found.append(("line edit", w.placeholderText()))
    for w in root.findChildren(QComboBox):
        found += [("combo", w.itemText(i)) for i in range(w.count())]
    for w in root.findChildren(QTabWidget):
        found += [("tab", w.tabText(i)) for i in range(w.count())]
    for w in [root, *root.findChildren(QWidget)]:
        found.append(("tooltip", w.toolTip()))
    return [(k, t) for k, t in found if t]


def test_dialogs_are_japanese(japanese, make_window, qtbot):
    """The dialogs a user opens: sweep, study, data browser, missing data, guide, shortcuts."""
    from netbuilder.data.availability import missing_data
    from netbuilder.views.data_browser import DataBrowser
    from netbuilder.views.help import guide_dialog, shortcuts_dialog
    from netbuilder.views.missing_data import MissingDataDialog
    from netbuilder.views.sweep.dialog import SweepDialog
    from netbuilder.views.sweep.study import StudyDialog
    window = make_window()
    doc = window.document.to_doc()
    dialogs = [SweepDialog(doc, parent=window), SweepDialog(doc, repeat_only=True, parent=window),
               StudyDialog("depth-activation", parent=window), DataBrowser("builtin:shapes", parent=window),
               guide_dialog(window), shortcuts_dialog(window.actions(), window)]
    mnist = dict(doc, data="mnist:/nonexistent/mnist")
    missing = missing_data(mnist["data"])
    if missing is not None:
        dialogs.append(MissingDataDialog(missing, mnist, lambda: None, parent=window))
    allowed = _allowed_names() | set(window.document.display_name().split())
    bad = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        texts = _widget_texts(dialog)
        bad += [f"{words} in {type(dialog).__name__} {where}: {text[:120]!r}" for where, text in texts
                if (words := latin_words(text, allowed))]
    assert not bad, f"{len(bad)} English texts:\n" + "\n".join(sorted(set(bad))[:60])
