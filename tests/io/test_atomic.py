"""Atomic saves look like any other file the user writes: umask honoured, mode kept, no leftovers."""

import os
import stat
import subprocess
import sys

import pytest

from netbuilder.io.atomic import atomic_open, atomic_write_text, remove_stale_temps

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("umask,expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600), (0o027, 0o640)])
def test_a_new_file_gets_0666_minus_the_umask(tmp_path, umask, expected):
    old = os.umask(umask)
    try:
        atomic_write_text(tmp_path / "n.json", "{}")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "n.json") == expected


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o444])
def test_replacing_a_file_keeps_its_mode(tmp_path, mode):
    target = tmp_path / "w.npz"
    target.write_text("old")
    target.chmod(mode)
    with atomic_open(target, "wb") as f:
        f.write(b"new")
    assert target.read_bytes() == b"new" and _mode(target) == mode


def test_a_writer_killed_mid_write_leaves_a_temp_that_the_next_write_removes(tmp_path):
    target = tmp_path / "metrics.json"
    code = ("import os, sys\nfrom netbuilder.io.atomic import atomic_open\n"
            f"with atomic_open({str(target)!r}, 'w') as f:\n"
            "    f.write('half'); f.flush(); os._exit(9)\n")
    subprocess.run([sys.executable, "-c", code], check=False)
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1 and not target.exists()
    atomic_write_text(target, "whole")
    assert [p.name for p in tmp_path.iterdir()] == ["metrics.json"] and target.read_text() == "whole"


def test_temps_of_a_live_writer_and_other_files_are_left_alone(tmp_path):
    target = tmp_path / "w.npz"
    mine = tmp_path / f".w.npz.{os.getpid()}.abcd.tmp"
    parent = tmp_path / f".w.npz.{os.getppid()}.abcd.tmp"  # a live process: maybe mid-write
    other = tmp_path / ".other.npz.999999.abcd.tmp"
    notours = tmp_path / ".w.npz.notapid.tmp"
    for p in (mine, parent, other, notours):
        p.write_text("x")
    assert remove_stale_temps(target) == []
    assert all(p.exists() for p in (mine, parent, other, notours))


def test_text_is_written_as_utf8_whatever_the_locale(tmp_path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "C")
    atomic_write_text(tmp_path / "t.json", "naïve ☃")
    assert (tmp_path / "t.json").read_bytes().decode("utf-8") == "naïve ☃"
