"""The Japanese catalogue is complete, matches the sources, and keeps every placeholder.

`pyside6-lupdate` is run over netbuilder/ into a temporary file (scripts/update_translations.py
does the same to update the catalogue), and the registry's declarations are collected, so a new
user-visible string that is not in resources/i18n/netbuilder_ja.ts fails here, as does a string
that is not marked for translation at all (the window test in tests/gui/test_japanese.py).
"""

from __future__ import annotations

import importlib.util
import pathlib
import re
import xml.etree.ElementTree as ET

import pytest

from netbuilder import i18n

ROOT = pathlib.Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "netbuilder_ja.ts"


def _update_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _text(message) -> str:
    """The translation, or for a plural message its forms joined (each must be there)."""
    forms = [f.text or "" for f in message.find("translation").findall("numerusform")]
    return " | ".join(forms) if message.get("numerus") == "yes" else (message.findtext("translation") or "")


def _messages(ts=TS):
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_message_has_a_finished_translation():
    unfinished = [(c, m.findtext("source")) for c, m in _messages()
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not _text(m).strip() or (m.get("numerus") == "yes" and "" in _text(m).split(" | "))]
    assert len(list(_messages())) > 1000
    assert not unfinished, f"{len(unfinished)} messages without a translation: {unfinished[:20]}"


def test_the_catalogue_holds_every_string_of_the_sources():
    script = _update_script()
    tool = script.lupdate_tool()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed (it comes with PySide6-Essentials)")
    expected = script.expected_messages(tool)
    have = {(c, m.findtext("source")) for c, m in _messages()}
    missing = sorted(expected - have)
    assert not missing, (f"{len(missing)} strings are not in {TS.name}; run scripts/update_translations.py "
                         f"and translate them: {missing[:20]}")
    assert not sorted(have - expected), "the catalogue holds strings the sources no longer have"


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{\d*(?:![rsa])?(?::[^{}]*)?\}|%\(\w+\)[sdr]|%[nvm]|%[sd]", text))


def test_translations_keep_the_placeholders():
    """Every placeholder of a translation is in its source (English plural suffixes such as
    "problem{1}" may be left out: Japanese has one form), and numbers keep their format."""
    wrong = []
    for context, message in _messages():
        source, text = message.findtext("source"), _text(message)
        extra = _placeholders(text) - _placeholders(source)
        if extra:
            wrong.append((context, source, text, extra))
        placeholders = _placeholders(source)
        # every value but an English "s" suffix must still be shown
        for p in placeholders:
            index = re.match(r"\{(\d+)", p)
            suffix = index and re.search(r"[a-z]\{" + index.group(1) + r"\}", source)
            if p not in text and not suffix:
                wrong.append((context, source, text, p))
    assert not wrong, wrong[:10]


def test_accelerators_are_kept():
    """"&File" becomes "ファイル(&F)": the same Alt key, the way Japanese menus write it."""
    for context, message in _messages():
        source, text = message.findtext("source"), _text(message)
        key = re.search(r"&(\w)", source.replace("&&", ""))
        if key and context not in ("argparse",) and not source.startswith("<"):
            assert f"&{key.group(1)}".lower() in text.lower(), (source, text)


def test_terminology():
    """The terms Japanese deep-learning texts use."""
    ja = i18n.catalogue("ja")
    assert ja[("Layers", "Convolution")] == "畳み込み"
    assert "全結合層" in ja[("Layers", "Fully connected layer y = x·W + b; flattens any input first.")]
    assert ja[("LiveControls", "Learning rate")] == "学習率"
    assert ja[("LiveCurves", "Accuracy")] == "正解率"
    assert ja[("LiveCurves", "Loss")] == "損失"
    assert ja[("SettingsEditor", "Optimizer")] == "最適化手法"
    assert "過学習" in ja[("LiveStats", "Loss on held-out validation data after the last full epoch. If it rises while the "
                            "training loss falls, the network is overfitting.")]
    assert ja[("LivePanel", "Gradients")] == "勾配"


def test_compiled_catalogue_loads(tmp_path):
    """lrelease turns the .ts into a .qm that QTranslator reads (as setup.py and build.sh do)."""
    spec = importlib.util.spec_from_file_location("compile_translations", ROOT / "scripts" / "compile_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if module.find_lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    made = {qm.name: qm for qm in module.compile_all(tmp_path)}
    assert set(made) == {"netbuilder_en.qm", "netbuilder_ja.qm"}
    from PySide6.QtCore import QTranslator
    translator = QTranslator()
    assert translator.load(str(made["netbuilder_ja.qm"]))
    assert translator.translate("Menus", "&File") == "ファイル(&F)"
    english = QTranslator()
    assert english.load(str(made["netbuilder_en.qm"]))
    assert english.translate("Status", "⚠ %n problem(s)", None, 2) == "⚠ %n problems"  # Qt puts in n later


def test_plural_messages_have_their_forms_in_english_and_japanese():
    """"%n problem(s)": English needs "1 problem" and "2 problems" (netbuilder_en.ts holds only
    these), Japanese one form; both read through Qt's plural rules and ours alike."""
    plural = [(c, m.findtext("source")) for c, m in _messages() if "%n" in m.findtext("source")]
    assert len(plural) >= 10
    assert all(m.get("numerus") == "yes" for _c, m in _messages() if "%n" in m.findtext("source"))
    english = {(c, m.findtext("source")): [f.text for f in m.find("translation").findall("numerusform")]
               for c, m in _messages(TS.with_name("netbuilder_en.ts"))}
    assert set(english) == set(plural)
    for key, (one, many) in english.items():
        assert "%n" in one and "%n" in many and one != many, key
    ja = i18n.catalogue("ja")
    assert all(len(ja[key]) == 1 for key in plural)


def test_plural_forms_follow_the_count(monkeypatch):
    monkeypatch.setattr(i18n, "_backend", None)
    monkeypatch.setattr(i18n, "_current", "en")
    assert i18n.translate("Status", "⚠ %n problem(s)", None, 1) == "⚠ 1 problem"
    assert i18n.translate("Status", "⚠ %n problem(s)", None, 3) == "⚠ 3 problems"
    monkeypatch.setattr(i18n, "_current", "ja")
    assert i18n.translate("Status", "⚠ %n problem(s)", None, 3) == "⚠ 問題 3 件"
