"""Every way NetBuilder is installed carries the Japanese translation and a font that can show it."""

from __future__ import annotations

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_deb_depends_on_a_cjk_font():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import make_deb
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    assert "fonts-noto-cjk" in make_deb.DATA_DEPENDS
    assert "depends = sorted({*depends, *DATA_DEPENDS})" in (ROOT / "packaging" / "make_deb.py").read_text()


def test_every_build_compiles_the_translations():
    assert "compile_translations.py" in (ROOT / "scripts" / "setup.sh").read_text()
    assert "compile_translations.py" in (ROOT / "packaging" / "build.sh").read_text()
    assert "compile_all" in (ROOT / "setup.py").read_text()
    assert "fonts-noto-cjk" in (ROOT / "scripts" / "setup.sh").read_text()
    # the bundle ships resources/ whole, so the .qm compiled into it before PyInstaller runs
    assert '(str(ROOT / "resources"), "resources")' in (ROOT / "packaging" / "netbuilder.spec").read_text()
    build = (ROOT / "packaging" / "build.sh").read_text()
    assert build.index("compile_translations.py") < build.index("PyInstaller --noconfirm")
