"""Fast checks of the packaging files that need no installer build (that is .ci/run's job).

One source for name and version, a spec that bundles what the app needs, a valid desktop entry,
and a MIME type whose magic recognises the files NetBuilder writes but leaves plain JSON alone.
"""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET

import pytest

import netbuilder
from netbuilder.io.network_file import to_json

ROOT = pathlib.Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = ROOT / "resources" / "desktop"  # the desktop entry and MIME type: shared by the .deb and pip installs
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _load(name: str, path: pathlib.Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def project_info():
    return _load("project_info", PACKAGING / "project_info.py")


@pytest.fixture(scope="module")
def make_deb(project_info):
    return _load("make_deb", PACKAGING / "make_deb.py")


# --- one source of truth -------------------------------------------------------------------

def test_version_and_name_come_from_the_package(project_info):
    assert project_info.version() == netbuilder.__version__
    with open(ROOT / "pyproject.toml", "rb") as f:
        project = tomllib.load(f)["project"]
    assert project_info.name() == project["name"] == "netbuilder"
    assert project_info.summary() == project["description"]


def test_project_info_command_line(project_info):
    out = subprocess.run([sys.executable, str(PACKAGING / "project_info.py"), "version"],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == netbuilder.__version__


def test_version_read_without_importing(project_info, tmp_path):
    (tmp_path / "netbuilder").mkdir()
    (tmp_path / "netbuilder" / "__init__.py").write_text('"""doc"""\nimport nothing_here\n__version__ = "9.8.7"\n')
    assert project_info.version(tmp_path) == "9.8.7"


def test_no_version_number_is_written_in_the_packaging():
    version = re.escape(netbuilder.__version__)
    files = [p for p in PACKAGING.rglob("*") if p.is_file() and p.suffix not in (".png", ".pyc")]
    files.append(ROOT / ".ci" / "run")
    offenders = [str(p.relative_to(ROOT)) for p in files
                 if re.search(rf"(?<![\d.]){version}(?![\d.])", p.read_text(encoding="utf-8"))]
    assert not offenders, f"hard-coded version {netbuilder.__version__} in {offenders}"


# --- the PyInstaller spec -------------------------------------------------------------------

class _Recorder:
    """Stands in for PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE and remembers the arguments."""
    calls: list = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.binaries, self.datas, self.scripts, self.pure = [], list(kwargs.get("datas", [])), [], []
        _Recorder.calls.append((type(self).__name__, self))


def _run_spec(monkeypatch, platform="linux"):
    _Recorder.calls = []
    classes = {n: type(n, (_Recorder,), {}) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, **kw: [f"<all submodules of {package}>"]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    namespace = {"SPECPATH": str(PACKAGING), "__file__": str(PACKAGING / "netbuilder.spec"), **classes}
    exec(compile((PACKAGING / "netbuilder.spec").read_text(), "netbuilder.spec", "exec"), namespace)
    by_kind = {}
    for kind, obj in _Recorder.calls:
        by_kind.setdefault(kind, []).append(obj)
    return by_kind


def test_spec_one_folder_windowed_with_resources_and_all_modules(monkeypatch):
    built = _run_spec(monkeypatch)
    (analysis,) = built["Analysis"]
    assert analysis.kwargs["hiddenimports"] == ["<all submodules of netbuilder>"]
    assert (str(ROOT / "resources"), "resources") in analysis.kwargs["datas"]
    assert str(PACKAGING / "hooks") in analysis.kwargs["hookspath"]
    assert not {"numpy", "PySide6", "pyqtgraph", "netbuilder"} & set(analysis.kwargs["excludes"])
    (exe,) = built["EXE"]
    assert exe.kwargs["name"] == "netbuilder"
    assert exe.kwargs["exclude_binaries"] is True          # one folder, not one file
    assert exe.kwargs["console"] is False                   # windowed
    assert exe.kwargs["strip"] is False and exe.kwargs["upx"] is False
    (coll,) = built["COLLECT"]
    assert coll.kwargs["name"] == "netbuilder" and coll.kwargs["strip"] is False
    assert "BUNDLE" not in built


def test_spec_macos_bundle_and_windows_console_twin(monkeypatch):
    mac = _run_spec(monkeypatch, "darwin")
    (bundle,) = mac["BUNDLE"]
    assert bundle.kwargs["name"] == "NetBuilder.app"
    assert bundle.kwargs["version"] == netbuilder.__version__
    assert bundle.kwargs["info_plist"]["CFBundleShortVersionString"] == netbuilder.__version__
    win = _run_spec(monkeypatch, "win32")
    assert [e.kwargs["name"] for e in win["EXE"]] == ["netbuilder", "netbuilder-cli"]
    assert [e.kwargs["console"] for e in win["EXE"]] == [False, True]


@pytest.fixture(scope="module")
def linux_libs():
    return _load("linux_libs", PACKAGING / "linux_libs.py")


def test_system_libraries_stay_out_of_the_bundle(linux_libs):
    for system in ("libGL.so.1", "libEGL.so.1", "libxcb-cursor.so.0", "libxcb.so.1", "libfontconfig.so.1",
                   "libstdc++.so.6", "libglib-2.0.so.0", "libdbus-1.so.3", "libxkbcommon.so.0"):
        assert linux_libs.is_system_library(system), system
    for ours in ("PySide6/Qt/lib/libQt6Core.so.6", "libpython3.11.so.1.0", "libpyside6.abi3.so.6.8",
                 "numpy.libs/libscipy_openblas64_-ff651d7f.so", "PySide6/Qt/lib/libicudata.so.73",
                 "libssl.so.3",
                 # wheels' private renamed copies: their users need exactly these files
                 "pillow.libs/libxcb-9065bb12.so.1.1.0", "libxcb-9065bb12.so.1.1.0",
                 "pillow.libs/libXau-154567c4.so.6.0.0", "pillow.libs/liblzma-de26b416.so.5.8.4"):
        assert not linux_libs.is_system_library(ours), ours


# --- the .deb builder's pieces ---------------------------------------------------------------

def test_optional_plugins_only_recommend_their_libraries(linux_libs):
    optional = ["/_internal/PySide6/Qt/plugins/platforms/libqwayland.so",
                "/_internal/PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
                "/_internal/PySide6/Qt/lib/libQt6WaylandClient.so.6",
                "/_internal/PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so"]
    required = ["/_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
                "/_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
                "/_internal/PySide6/Qt/lib/libQt6XcbQpa.so.6", "/_internal/libpython3.11.so.1.0",
                "/netbuilder"]
    assert all(linux_libs.is_optional(p) for p in optional)
    assert not any(linux_libs.is_optional(p) for p in required)


@pytest.mark.skipif(not shutil.which("objdump"), reason="objdump (binutils) not installed")
def test_elf_imports_reads_needed_libraries_and_glibc_versions(make_deb):
    exe = pathlib.Path(os.path.realpath(shutil.which("ls") or "/bin/ls"))
    needed, versions = make_deb.elf_imports(exe)
    assert "libc.so.6" in needed
    assert any(v.startswith("GLIBC_") for v in versions.get("libc.so.6", ()))


@pytest.mark.skipif(not shutil.which("sh"), reason="no sh")
def test_maintainer_scripts_are_valid_and_never_fail(make_deb, tmp_path):
    for name, text in (("postinst", make_deb.POSTINST), ("postrm", make_deb.POSTRM)):
        script = tmp_path / name
        script.write_text(text)
        subprocess.run(["sh", "-n", str(script)], check=True)
        # With none of the cache tools on PATH the scripts must still succeed.
        env = {"PATH": str(tmp_path / "empty")}
        assert subprocess.run(["/bin/sh", str(script), "configure" if name == "postinst" else "remove"],
                              env=env).returncode == 0
    assert "update-mime-database" in make_deb.POSTINST and "update-desktop-database" in make_deb.POSTINST


def test_maintainer_field_has_name_and_address(make_deb):
    assert re.fullmatch(r"[^<>]+ <[^<>@\s]+@[^<>@\s]+>", make_deb.maintainer())


# --- desktop entry ---------------------------------------------------------------------------

def _desktop_entry():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP / "netbuilder.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry(project_info):
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == project_info.DISPLAY_NAME
    assert entry["Icon"] == project_info.name()
    assert entry["Exec"].split()[0] == project_info.name()
    assert "%f" in entry["Exec"] or "%F" in entry["Exec"]
    assert project_info.NETWORK_MIME_TYPE in entry["MimeType"].rstrip(";").split(";")
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_desktop_entry_command_is_accepted_by_the_cli():
    """The desktop entry runs `netbuilder gui FILE`: that must parse (without opening a window)."""
    from netbuilder.cli import build_parser
    exec_args = _desktop_entry()["Exec"].split()[1:]
    args = build_parser().parse_args([a.replace("%f", "net.json") for a in exec_args])
    assert args.command == "gui" and args.network == "net.json"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_entry_validates():
    r = subprocess.run(["desktop-file-validate", str(DESKTOP / "netbuilder.desktop")],
                       capture_output=True, text=True)
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr


# --- MIME type -------------------------------------------------------------------------------

def _mime_type():
    root = ET.parse(DESKTOP / "netbuilder-mime.xml").getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    return mime


def _match(node, data: bytes) -> bool:
    """shared-mime-info semantics for string matches: the value starts anywhere in the offset
    range (offsets count from the start of the file, also when nested); a match with children
    needs one of them to match too."""
    assert node.get("type") == "string"
    value = node.get("value").encode()
    start, _, end = node.get("offset").partition(":")
    start, end = int(start), int(end or start)
    found = data.find(value, start, end + len(value)) != -1
    children = node.findall(f"{MIME_NS}match")
    return found and (not children or any(_match(c, data) for c in children))


def _magic_says_network(data: bytes) -> bool:
    (magic,) = _mime_type().findall(f"{MIME_NS}magic")
    assert int(magic.get("priority")) >= 80  # must win over the ambiguous *.json name
    return any(_match(m, data) for m in magic.findall(f"{MIME_NS}match"))


def test_mime_type_declaration(project_info):
    mime = _mime_type()
    assert mime.get("type") == project_info.NETWORK_MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.json"]
    assert mime.find(f"{MIME_NS}comment").text
    # Not a sub-class of JSON/text: see the comment in the XML (plain JSON would risk being ours).
    assert mime.find(f"{MIME_NS}sub-class-of") is None


def test_magic_recognises_the_files_netbuilder_writes(mlp_doc):
    examples = sorted((ROOT / "resources" / "examples").glob("*.json"))
    assert examples
    for path in examples:
        assert _magic_says_network(path.read_bytes()), path.name
    assert _magic_says_network(to_json(mlp_doc).encode())
    compact = json.dumps(mlp_doc, separators=(",", ":")).encode()
    assert _magic_says_network(compact)


@pytest.mark.parametrize("text", [
    '{"a": 1}',
    '{"format": "geojson", "note": "netbuilder"}',
    '[1, 2, 3]',
    '{"$schema": "http://json-schema.org/draft-07/schema#"}',
])
def test_magic_leaves_other_json_alone(text):
    assert not _magic_says_network(text.encode())


def test_qt_mime_database_tells_network_files_from_json(tmp_path, mlp_doc):
    """End to end with a real shared-mime-info reader (Qt's), in the harder layout where our XML
    sits in its own data folder ahead of the system's (as under ~/.local/share)."""
    data_dir = tmp_path / "share"
    (data_dir / "mime" / "packages").mkdir(parents=True)
    shutil.copy(DESKTOP / "netbuilder-mime.xml", data_dir / "mime" / "packages" / "netbuilder.xml")
    (tmp_path / "net.json").write_text(to_json(mlp_doc))
    (tmp_path / "plain.json").write_text('{"name": "not a network"}\n')
    code = ("import sys; from PySide6.QtCore import QMimeDatabase; db = QMimeDatabase(); "
            "print(' '.join(db.mimeTypeForFile(f).name() for f in sys.argv[1:]))")
    env = {**os.environ, "XDG_DATA_DIRS": f"{data_dir}:/usr/share", "XDG_DATA_HOME": str(tmp_path / "none")}
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "net.json"), str(tmp_path / "plain.json")],
                         capture_output=True, text=True, env=env, check=True).stdout.split()
    assert out == ["application/x-netbuilder-network", "application/json"]


# --- icon ------------------------------------------------------------------------------------

def test_one_application_icon():
    """The window, the .deb and the installers all use resources/icons/netbuilder.svg; no second copy."""
    svgs = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("**/netbuilder.svg")
                  if not any(part.startswith(".") or part in ("build", "dist") for part in p.relative_to(ROOT).parts))
    assert svgs == ["resources/icons/netbuilder.svg"]


def test_icon_svg_renders_to_png(tmp_path):
    """Rendered in a child process: a QGuiApplication here would clash with pytest-qt's QApplication."""
    png = tmp_path / "icon.png"
    subprocess.run([sys.executable, str(PACKAGING / "render_icon.py"), str(ROOT / "resources" / "icons" / "netbuilder.svg"),
                    str(png), "256"], check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(header[16:20], "big") == int.from_bytes(header[20:24], "big") == 256


# --- scripts and the workflow ----------------------------------------------------------------

@pytest.mark.parametrize("script", ["packaging/build.sh", "packaging/smoke_test.sh",
                                    "packaging/bare_install_test.sh", ".ci/run"])
def test_shell_scripts_parse_and_are_strict(script):
    path = ROOT / script
    subprocess.run(["bash", "-n", str(path)], check=True)
    assert "set -euo pipefail" in path.read_text()
    assert os.access(path, os.X_OK), f"{script} is not executable"


def test_ci_runs_exactly_the_readme_test_command_then_packaging():
    readme = (ROOT / "README.md").read_text()
    assert "./test.sh" in readme
    ci = (ROOT / ".ci" / "run").read_text()
    order = [ci.index(s) for s in ("\n./test.sh", "packaging/build.sh\n", 'apt-get install -y "./$DEB"',
                                   "packaging/smoke_test.sh /usr/bin/netbuilder\n", "dpkg -r netbuilder\n")]
    assert order == sorted(order)


def test_installer_workflow_builds_windows_and_macos_from_the_same_spec():
    text = (PACKAGING / "github-workflows" / "build-installers.yml").read_text()
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load(text)
    (job,) = workflow["jobs"].values()
    assert set(job["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-latest"}
    runs = " ".join(step.get("run", "") for step in job["steps"])
    assert "PyInstaller --noconfirm packaging/netbuilder.spec" in runs
    assert "netbuilder.iss" in runs and "hdiutil create" in runs
    assert "project_info.py version" in runs
