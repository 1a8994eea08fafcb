"""Turn the PyInstaller folder into dist/<name>_<version>_<arch>.deb.

    python packaging/make_deb.py [--bundle DIR] [--icons DIR] [--out DIR] [--stage DIR]

Layout of the package:
    /opt/netbuilder/                       the PyInstaller folder, untouched
    /usr/bin/netbuilder                    symlink to /opt/netbuilder/netbuilder
    /usr/share/applications/netbuilder.desktop
    /usr/share/mime/packages/netbuilder.xml            network files -> application/x-netbuilder-network
    /usr/share/icons/hicolor/256x256/apps/netbuilder.png, scalable/apps/netbuilder.svg
    /usr/share/doc/netbuilder/copyright

`Depends:` is derived, not typed in: every ELF file in the bundle is read with objdump; each
library it needs that the bundle does not carry is looked up with ldconfig and dpkg -S, so the
list is exactly the system packages the bundle relies on. Libraries needed only by optional Qt
plugins (Wayland, GL integration, input methods, extra image formats) go to `Recommends:` — Qt
runs without them (e.g. on XWayland instead of Wayland). libc6 and libstdc++6 get the minimum
version the bundle's symbol versions call for. A library nobody provides stops the build.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import shutil
import stat
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import project_info  # noqa: E402
from linux_libs import is_optional  # noqa: E402

# GLIBCXX_3.4.N symbol version -> first libstdc++6 (GCC) release that provides it.
# Packages no library names but the app needs: a CJK font, or the Japanese translation
# (resources/i18n) renders as boxes on a desktop that has only Latin fonts.
DATA_DEPENDS = ("fonts-noto-cjk",)
GLIBCXX_TO_GCC = {29: "11", 30: "12", 31: "13", 32: "13.2", 33: "14", 34: "15"}

POSTINST = """#!/bin/sh
# Refresh the menu, MIME and icon caches so the launcher entry, the file association and the
# icons appear at once. Debian and Ubuntu also do this through dpkg triggers; calling the tools
# here covers systems without them. A missing tool or a failing cache never fails the install.
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database /usr/share/mime || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d /usr/share/icons/hicolor ]; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
exit 0
"""

POSTRM = POSTINST.replace("appear at once", "disappear at once").replace(
    "set -e\n", 'set -e\ncase "$1" in remove|purge) ;; *) exit 0 ;; esac\n', 1)

# Bundled third-party components and their licences, listed when present in the bundle.
THIRD_PARTY = [
    ("libpython3", "Python", "PSF-2.0"),
    ("PySide6", "Qt 6 and PySide6 (dynamically linked; replaceable under PySide6/Qt/lib)", "LGPL-3.0"),
    ("shiboken6", "Shiboken6", "LGPL-3.0"),
    ("numpy", "NumPy", "BSD-3-Clause"),
    ("numpy.libs", "OpenBLAS (BSD-3-Clause), libgfortran and libquadmath", "GPL-3.0 with GCC Runtime Library Exception"),
    ("pyqtgraph", "pyqtgraph", "MIT"),
    ("PIL", "Pillow", "MIT-CMU"),
    ("libcrypto.so", "OpenSSL", "Apache-2.0"),
]


def run(cmd: list[str], **kw) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def is_elf(path: pathlib.Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"


def elf_imports(path: pathlib.Path) -> tuple[list[str], dict[str, set[str]]]:
    """NEEDED sonames, and the symbol versions required from each of them."""
    text = run(["objdump", "-p", str(path)])
    needed = re.findall(r"^\s+NEEDED\s+(\S+)$", text, re.M)
    versions: dict[str, set[str]] = {}
    current = None
    in_refs = False
    for line in text.splitlines():
        if line.startswith("Version References:"):
            in_refs = True
            continue
        if not in_refs:
            continue
        m = re.match(r"^\s+required from (\S+):$", line)
        if m:
            current = m.group(1)
            versions.setdefault(current, set())
            continue
        m = re.match(r"^\s+0x[0-9a-f]+ 0x[0-9a-f]+ \d+ (\S+)$", line)
        if m and current:
            versions[current].add(m.group(1))
    return needed, versions


def system_library_paths() -> dict[str, str]:
    """soname -> path, for this machine's architecture, from the dynamic linker's cache."""
    arch_tag = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(os.uname().machine, "")
    paths: dict[str, str] = {}
    for line in run(["ldconfig", "-p"]).splitlines()[1:]:
        m = re.match(r"^\s+(\S+) \(([^)]*)\) => (\S+)$", line)
        if m and (not arch_tag or arch_tag in m.group(2)) and m.group(1) not in paths:
            paths[m.group(1)] = m.group(3)
    return paths


def package_of(path: str, cache: dict[str, str]) -> str | None:
    """The Debian package that owns a library file (merged-/usr aware)."""
    if path in cache:
        return cache[path]
    real = os.path.realpath(path)
    candidates = []
    for p in (path, real):
        candidates += [p, p[4:] if p.startswith("/usr/") else "/usr" + p]
    owner = None
    for c in dict.fromkeys(candidates):
        r = subprocess.run(["dpkg-query", "-S", c], capture_output=True, text=True)
        if r.returncode == 0:
            owner = r.stdout.split(":")[0].strip()
            break
    cache[path] = owner
    return owner


def version_key(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", v))


def analyse(opt_dir: pathlib.Path) -> tuple[list[str], list[str]]:
    """(Depends, Recommends) for the bundle in opt_dir; exits if a library cannot be found."""
    files = [p for p in opt_dir.rglob("*") if is_elf(p)]
    carried = {p.name for p in opt_dir.rglob("*")}
    sys_paths = system_library_paths()
    owners: dict[str, str] = {}
    required: dict[str, set[str]] = {}   # package -> files needing it (core)
    optional: dict[str, set[str]] = {}   # package -> files needing it (optional plugins)
    missing: dict[str, set[str]] = {}
    glibc, glibcxx = [], []
    for f in files:
        rel = "/" + str(f.relative_to(opt_dir))
        needed, versions = elf_imports(f)
        for vs in versions.values():
            glibc += [v[6:] for v in vs if v.startswith("GLIBC_") and v[6:7].isdigit()]
            glibcxx += [v[8:] for v in vs if v.startswith("GLIBCXX_") and v[8:9].isdigit()]
        for soname in needed:
            if soname in carried:
                continue
            path = sys_paths.get(soname)
            pkg = package_of(path, owners) if path else None
            if pkg is None:
                missing.setdefault(soname, set()).add(rel)
                continue
            (optional if is_optional(rel) else required).setdefault(pkg, set()).add(rel)
    if missing:
        lines = "\n".join(f"  {s} (needed by {', '.join(sorted(v)[:3])})" for s, v in sorted(missing.items()))
        raise SystemExit("make_deb: the bundle needs libraries this machine does not have, so their "
                         f"packages cannot be named:\n{lines}\nInstall them (scripts/setup.sh installs "
                         "the Qt ones) and build again.")

    def with_version(pkg: str) -> str:
        if pkg == "libc6" and glibc:
            return f"libc6 (>= {max(glibc, key=version_key)})"
        if pkg == "libstdc++6" and glibcxx:
            newest = max(glibcxx, key=version_key)
            n = version_key(newest)
            gcc = GLIBCXX_TO_GCC.get(n[2]) if n[:2] == (3, 4) and len(n) > 2 else None
            return f"libstdc++6 (>= {gcc})" if gcc else pkg
        return pkg

    depends = sorted(with_version(p) for p in required)
    recommends = sorted(with_version(p) for p in optional if p not in required)
    return depends, recommends


def strip_cpython_debug_info(opt_dir: pathlib.Path) -> int:
    """Drop debugging sections from CPython's own binaries; returns bytes saved.

    A Python built from source (pyenv) keeps DWARF data in libpython and its extension modules:
    about 25 MB of the bundle, of no use to users. Only debug sections go (--strip-debug), only
    from CPython's files; the others, numpy's above all, stay exactly as built, because a full
    strip is known to break numpy's libraries.
    """
    internal = opt_dir / "_internal" if (opt_dir / "_internal").is_dir() else opt_dir
    targets = [p for p in internal.glob("libpython3*.so*") if is_elf(p)]
    targets += [p for p in internal.glob("python3*/lib-dynload/*.so") if is_elf(p)]
    saved = 0
    for p in targets:
        if ".debug_info" not in run(["objdump", "-h", str(p)]):
            continue
        before = p.stat().st_size
        subprocess.run(["strip", "--strip-debug", str(p)], check=True)
        saved += before - p.stat().st_size
    return saved


def installed_size_kib(root: pathlib.Path) -> int:
    total = 0
    for p in root.rglob("*"):
        if "DEBIAN" in p.relative_to(root).parts[:1]:
            continue
        total += p.lstat().st_size if p.is_file() or p.is_symlink() else 4096
    return (total + 1023) // 1024


def normalise_modes(root: pathlib.Path) -> None:
    """0755 for folders and executables, 0644 for the rest: what dpkg and lintian expect."""
    for p in [root, *root.rglob("*")]:
        if p.is_symlink():
            continue
        mode = p.stat().st_mode
        executable = p.is_dir() or mode & stat.S_IXUSR
        p.chmod(0o755 if executable else 0o644)


def copyright_text(opt_dir: pathlib.Path, name: str, display: str) -> str:
    internal = opt_dir / "_internal" if (opt_dir / "_internal").is_dir() else opt_dir
    present = {p.name for p in internal.iterdir()}
    lines = [f"{display} ({name})", "License: MIT (the NetBuilder code itself)", "",
             "The program folder /opt/" + name + " also carries these third-party components:"]
    for marker, what, licence in THIRD_PARTY:
        if any(n == marker or n.startswith(marker) for n in present):
            lines.append(f"  - {what}: {licence}")
    lines.append("")
    return "\n".join(lines)


def build(bundle: pathlib.Path, icons: pathlib.Path, out: pathlib.Path, stage: pathlib.Path) -> pathlib.Path:
    name, version = project_info.name(), project_info.version()
    display, summary = project_info.DISPLAY_NAME, project_info.summary()
    arch = run(["dpkg", "--print-architecture"]).strip()
    exe = bundle / name
    if not exe.is_file():
        raise SystemExit(f"make_deb: {exe} not found; run PyInstaller first (packaging/build.sh does)")

    if stage.exists():
        shutil.rmtree(stage)
    opt_dir = stage / "opt" / name
    shutil.copytree(bundle, opt_dir, symlinks=True)

    def put(src: pathlib.Path, dest: str) -> None:
        target = stage / dest.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)

    (stage / "usr/bin").mkdir(parents=True)
    os.symlink(f"/opt/{name}/{name}", stage / "usr/bin" / name)
    put(ROOT / "resources" / "desktop" / "netbuilder.desktop", f"/usr/share/applications/{name}.desktop")
    put(ROOT / "resources" / "desktop" / "netbuilder-mime.xml", f"/usr/share/mime/packages/{name}.xml")
    put(ROOT / "resources" / "icons" / "netbuilder.svg", f"/usr/share/icons/hicolor/scalable/apps/{name}.svg")
    for png in sorted(icons.glob(f"{name}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        put(png, f"/usr/share/icons/hicolor/{size}x{size}/apps/{name}.png")
    if not (stage / f"usr/share/icons/hicolor/256x256/apps/{name}.png").exists():
        raise SystemExit(f"make_deb: {icons}/{name}-256.png missing; render it first (build.sh does)")
    doc = stage / "usr/share/doc" / name
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(opt_dir, name, display))

    saved = strip_cpython_debug_info(opt_dir)
    if saved:
        print(f"make_deb: removed {saved / 1e6:.0f} MB of debug info from CPython's binaries")
    print("make_deb: working out Depends from the bundle's libraries ...", flush=True)
    depends, recommends = analyse(opt_dir)
    depends = sorted({*depends, *DATA_DEPENDS})

    debian = stage / "DEBIAN"
    debian.mkdir()
    control = [
        f"Package: {name}",
        f"Version: {version}",
        f"Architecture: {arch}",
        f"Maintainer: {maintainer()}",
        f"Installed-Size: {installed_size_kib(stage)}",
        f"Depends: {', '.join(depends)}",
    ]
    if recommends:
        control.append(f"Recommends: {', '.join(recommends)}")
    homepage = project_urls().get("Homepage")
    if homepage:
        control.append(f"Homepage: {homepage}")
    control += [
        "Section: science",
        "Priority: optional",
        f"Description: {display} - {summary[:1].lower() + summary[1:]}"[:200],
        " Drag layers into a pipeline, see every layer's output shape and parameter count,",
        " train on a from-scratch numpy engine and watch feature maps and gradients live.",
        " This package carries its own Python, Qt and numpy under /opt/" + name + ".",
    ]
    (debian / "control").write_text("\n".join(control) + "\n")
    (debian / "postinst").write_text(POSTINST)
    (debian / "postrm").write_text(POSTRM)
    normalise_modes(stage)
    for script in ("postinst", "postrm"):
        (debian / script).chmod(0o755)

    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{name}_{version}_{arch}.deb"
    if deb.exists():
        deb.unlink()
    print("make_deb: control file:\n  " + "\n  ".join((debian / "control").read_text().splitlines()))
    subprocess.run(["dpkg-deb", "--build", "--root-owner-group", str(stage), str(deb)], check=True)
    return deb


def _pyproject() -> dict:
    import tomllib
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]


def maintainer() -> str:
    """From pyproject's maintainers (or authors). Debian wants an e-mail address; until the
    project has one, the reserved .invalid domain says plainly that there is none."""
    project = _pyproject()
    person = (project.get("maintainers") or project.get("authors") or [{}])[0]
    name = person.get("name", project_info.DISPLAY_NAME + " developers")
    email = person.get("email", "noreply@netbuilder.invalid")
    return f"{name} <{email}>"


def project_urls() -> dict:
    return _pyproject().get("urls", {})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bundle", type=pathlib.Path, default=ROOT / "build/pyinstaller/dist" / project_info.name())
    ap.add_argument("--icons", type=pathlib.Path, default=ROOT / "build/icons")
    ap.add_argument("--out", type=pathlib.Path, default=ROOT / "dist")
    ap.add_argument("--stage", type=pathlib.Path, default=ROOT / "build/deb")
    args = ap.parse_args()
    deb = build(args.bundle.resolve(), args.icons.resolve(), args.out.resolve(), args.stage.resolve())
    print(f"make_deb: wrote {deb.relative_to(ROOT) if deb.is_relative_to(ROOT) else deb}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
