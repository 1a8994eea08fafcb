"""The command line in Japanese: the same catalogue, read without Qt; exit codes unchanged."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

BAD = {"format": "netbuilder.network", "version": 1, "name": "bad", "input": {"shape": [1, 8, 8]},
       "layers": [{"type": "Dense", "units": 0}], "loss": {"type": "cross_entropy"}}


def _run(args, lang, **extra):
    env = {k: v for k, v in os.environ.items() if k not in ("NETBUILDER_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang, **extra)
    return subprocess.run([sys.executable, "-m", "netbuilder", *args], capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.fixture
def bad_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(BAD))
    return path


def test_check_speaks_japanese_with_a_japanese_locale(bad_file):
    english = _run(["check", str(bad_file)], "en_US.UTF-8")
    japanese = _run(["check", str(bad_file)], "ja_JP.UTF-8")
    assert english.returncode == japanese.returncode == 1
    assert "must be between 1 and 1000000, not 0" in english.stdout + english.stderr
    out = japanese.stdout + japanese.stderr
    assert "1 以上 1000000 以下でなければなりません（0 は不可）" in out
    assert "layers[0].units" in out  # JSON paths stay as they are
    assert "must be" not in out


def test_language_option_and_argparse_texts(bad_file):
    result = _run(["--language", "ja", "check"], "en_US.UTF-8")
    assert result.returncode == 2
    assert "使い方: netbuilder check" in result.stderr
    assert "次の引数が必要です: network" in result.stderr
    help_text = _run(["--language", "ja", "train", "--help"], "en_US.UTF-8").stdout
    assert "学習率" in help_text and "learning rate" not in help_text


def test_netbuilder_language_wins_over_the_locale(bad_file):
    result = _run(["check", str(bad_file)], "ja_JP.UTF-8", NETBUILDER_LANGUAGE="en")
    assert "must be between" in result.stdout + result.stderr


def test_the_layer_reference_in_japanese():
    out = _run(["layers"], "ja_JP.UTF-8").stdout
    assert "全結合層" in out and "Conv2D" in out  # descriptions translated, kind names kept
    assert not re.search(r"Fully connected layer", out)


def test_screenshot_in_japanese(tmp_path):
    """`LANG=ja_JP.UTF-8 netbuilder screenshot` trains in the Japanese window and says so in Japanese."""
    pytest.importorskip("PySide6")
    out = tmp_path / "ja.png"
    network = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "examples", "playground_xor.json")
    result = _run(["screenshot", network, "--epochs", "1", "--out", str(out), "--size", "1100x700"], "ja_JP.UTF-8",
                  QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000
    assert "を保存しました" in result.stderr and "学習 完了" in result.stderr
