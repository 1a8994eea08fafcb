"""A Ctrl-C that NetBuilder handled exits with the documented 130, even when the interrupt passed
through code CPython runs with `exec` of a string (building a dataclass or namedtuple during an
import): CPython would otherwise end the process by SIGINT (-2) after printing our message."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

FAKE_COMMAND = """
import sys, netbuilder.cli as cli
def command(argv):
    try:
        exec("raise KeyboardInterrupt")  # as if Ctrl-C arrived while a dataclass was being built
    except KeyboardInterrupt:
        return cli.interrupted()
cli.main = command
from netbuilder.__main__ import main
sys.exit(main([]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="exit by signal is POSIX")
def test_a_handled_interrupt_exits_130_not_by_signal(tmp_path):
    (tmp_path / "fake_netbuilder_run.py").write_text(FAKE_COMMAND)
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), root, os.environ.get("PYTHONPATH", "")])}
    # -m, as `python -m netbuilder` runs: that is where CPython turns the remembered interrupt into SIGINT
    proc = subprocess.run([sys.executable, "-m", "fake_netbuilder_run"], capture_output=True, text=True,
                          timeout=120, env=env)
    assert "netbuilder: interrupted" in proc.stderr
    assert proc.returncode == 130, (proc.returncode, proc.stderr)
