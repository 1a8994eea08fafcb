"""The wheel carries resources/ and the installed package finds it; the desktop entry for pip installs.

Building takes a few seconds (no build isolation: the test venv already has setuptools); the full
check — a fresh virtual environment outside the checkout running the self-test, `check` and
`screenshot` — is a section of .ci/run, where installing PySide6 into a new venv is affordable.
"""

from __future__ import annotations

import configparser
import os
import pathlib
import subprocess
import sys
import zipfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> pathlib.Path:
    pytest.importorskip("build", reason="the 'build' package (in [dev]) is needed to build the wheel")
    out = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("src")
    # Build from a copy: building in place would leave build/ and *.egg-info in the checkout.
    subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", "-o", str(work / "src.tar"), "HEAD"], check=True)
    subprocess.run(["tar", "-xf", str(work / "src.tar"), "-C", str(work)], check=True)
    for changed in _uncommitted(ROOT):  # test what is on disk, not only what is committed
        target = work / changed
        if (ROOT / changed).is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes((ROOT / changed).read_bytes())
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(work)],
                   check=True, capture_output=True)
    (whl,) = out.glob("netbuilder-*.whl")
    return whl


def _uncommitted(root: pathlib.Path) -> list[str]:
    r = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=all"],
                       capture_output=True, text=True, check=True)
    return [line[3:].split(" -> ")[-1] for line in r.stdout.splitlines() if line[3:]]


def test_wheel_carries_every_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert f"netbuilder/resources/{path.relative_to(ROOT / 'resources').as_posix()}" in names, path


def test_installed_wheel_finds_its_resources_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--target",
                    str(target), str(wheel)], check=True, capture_output=True)
    code = ("from netbuilder import paths; import netbuilder; "
            "print(netbuilder.__file__); print(paths.resources_dir()); print(len(paths.examples()))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                         check=True).stdout.split("\n")
    package, resources, count = out[0], out[1], int(out[2])
    assert package.startswith(str(target)), "imported the checkout, not the installed wheel"
    assert resources == str(target / "netbuilder" / "resources")
    assert count == len(list((ROOT / "resources" / "examples").glob("*.json"))) > 0


def test_desktop_entry_install_and_uninstall(tmp_path, monkeypatch, capsys):
    from netbuilder.cli import main
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["--install-desktop-entry"]) == 0
    desktop = tmp_path / "applications" / "netbuilder.desktop"
    icon = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "netbuilder.svg"
    mime = tmp_path / "mime" / "packages" / "netbuilder.xml"
    assert all(p.is_file() for p in (desktop, icon, mime))
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "netbuilder.svg").read_bytes()
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(desktop, encoding="utf-8")
    exec_line = parser["Desktop Entry"]["Exec"]
    command = exec_line.split()[0].strip('"')
    assert os.path.isabs(command) or command == "netbuilder"
    assert exec_line.endswith("gui %f")
    assert str(desktop) in capsys.readouterr().out
    assert main(["--uninstall-desktop-entry"]) == 0
    assert not any(p.exists() for p in (desktop, icon, mime))


def test_desktop_entry_reports_an_unwritable_place(tmp_path, monkeypatch, capsys):
    from netbuilder.cli import main
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["--install-desktop-entry"]) == 2
    assert "cannot install the desktop entry" in capsys.readouterr().err


def test_templates_command_lists_and_locates_the_bundled_examples(capsys):
    from netbuilder import paths
    from netbuilder.cli import main
    assert main(["templates"]) == 0
    listing = capsys.readouterr().out
    for path in paths.examples():
        assert path.stem in listing
    assert main(["templates", "--path", "mnist_cnn"]) == 0
    assert capsys.readouterr().out.strip() == str(paths.resource("examples", "mnist_cnn.json"))
    assert main(["templates", "--path", "no_such_net"]) == 2
    assert "no template named 'no_such_net'" in capsys.readouterr().err


def test_wheel_carries_the_compiled_translation(wheel):
    """setup.py compiles resources/i18n/*.ts with pyside6-lrelease: the .qm is built, never committed."""
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "netbuilder/resources/i18n/netbuilder_ja.ts" in names
    assert "netbuilder/resources/i18n/netbuilder_ja.qm" in names
    assert not subprocess.run(["git", "-C", str(ROOT), "ls-files", "resources/i18n/*.qm"],
                              capture_output=True, text=True, check=True).stdout.strip()
