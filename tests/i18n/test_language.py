"""Which language is used: NETBUILDER_LANGUAGE, then the saved choice, then the locale."""

from __future__ import annotations

from netbuilder import i18n


def test_the_locale_decides_when_nothing_else_does():
    assert i18n.choose_language(env={"LANG": "ja_JP.UTF-8"}) == "ja"
    assert i18n.choose_language(env={"LANG": "en_GB.UTF-8"}) == "en"
    assert i18n.choose_language(env={"LANG": "fr_FR.UTF-8"}) == "en"  # no French catalogue: the source language
    assert i18n.choose_language(env={}) == "en"
    assert i18n.choose_language(env={"LANG": "C"}) == "en"


def test_gettext_order_of_the_locale_variables():
    assert i18n.choose_language(env={"LC_ALL": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"}) == "ja"
    assert i18n.choose_language(env={"LC_MESSAGES": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"}) == "en"
    assert i18n.choose_language(env={"LANGUAGE": "fr:ja", "LANG": "en_US.UTF-8"}) == "ja"


def test_environment_then_saved_choice_override_the_locale():
    assert i18n.choose_language("ja", env={"LANG": "en_US.UTF-8"}) == "ja"
    assert i18n.choose_language("system", env={"LANG": "ja_JP.UTF-8"}) == "ja"
    assert i18n.choose_language("ja", env={"LANG": "ja_JP.UTF-8", i18n.ENV: "en"}) == "en"
    assert i18n.choose_language(None, env={i18n.ENV: "system", "LANG": "ja_JP.UTF-8"}) == "ja"


def test_translate_reads_the_catalogue(monkeypatch):
    monkeypatch.setattr(i18n, "_backend", None)
    monkeypatch.setattr(i18n, "_current", "ja")
    assert i18n.translate("Menus", "&File") == "ファイル(&F)"
    assert i18n.translate("Menus", "not in the catalogue") == "not in the catalogue"
    monkeypatch.setattr(i18n, "_current", "en")
    assert i18n.translate("Menus", "&File") == "&File"


def test_layer_declarations_translate(monkeypatch):
    from netbuilder.engine.registry import layer_class
    monkeypatch.setattr(i18n, "_backend", None)
    monkeypatch.setattr(i18n, "_current", "ja")
    assert i18n.translate("Layers", layer_class("Conv2D").doc).startswith("学習される")
    assert i18n.translate("Params", layer_class("Dense").PARAMS[0].doc) == "出力の数"
