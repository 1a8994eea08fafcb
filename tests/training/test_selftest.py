"""`netbuilder --self-test` as the installer runs it: a fresh process, no display."""

import os
import subprocess
import sys

import netbuilder.selftest as selftest


def test_self_test_trains_for_real_and_passes():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "netbuilder.selftest"], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("NetBuilder self-test passed") and "test accuracy" in out.stdout
    assert "propagateSizeHints" not in out.stderr


def test_self_test_fails_with_a_clear_message(qtbot, monkeypatch, tmp_path, capsys):
    import netbuilder.paths
    monkeypatch.setattr(netbuilder.paths, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert selftest.run_self_test() == 1
    err = capsys.readouterr().err
    assert "self-test FAILED" in err and "playground_xor.json" in err
