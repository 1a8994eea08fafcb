#!/usr/bin/env bash
# Build the Linux installer: dist/netbuilder_<version>_<arch>.deb (version from netbuilder/__init__.py).
#
#   packaging/build.sh          run from the repository root (any folder works)
#   PYTHON=/path/to/python packaging/build.sh
#
# Python: $PYTHON, else the project's .venv (made by scripts/setup.sh), else python3. Whatever it
# lacks of the app's dependencies and PyInstaller is installed into it, from pyproject.toml's
# [dev] extra, so there is one list of build requirements.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

if [ -n "${PYTHON:-}" ]; then PY=$PYTHON
elif [ -x .venv/bin/python ]; then PY=.venv/bin/python
else PY=python3
fi

step() { printf '\n== build: %s\n' "$*"; }

# System packages the build itself needs: binutils (PyInstaller and make_deb.py read binaries
# with objdump) and the Wayland client libraries. Those are not needed to run (Qt falls back to
# X11/XWayland, so the .deb only Recommends them), but make_deb.py can only name the package
# of a library that is installed here. scripts/setup.sh has already installed Qt's X11 libraries.
BUILD_PKGS="binutils libwayland-client0 libwayland-cursor0 libwayland-egl1"
missing=""
for p in $BUILD_PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  step "installing build tools and libraries:$missing"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086  # word splitting wanted: one argument per package
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if ! "$PY" -c "import PyInstaller, PySide6.QtSvg, numpy, pyqtgraph" 2>/dev/null; then
  step "installing the app's dependencies and PyInstaller into $PY"
  "$PY" -m pip install -q -e ".[dev]"
fi

NAME=$("$PY" packaging/project_info.py name)
VERSION=$("$PY" packaging/project_info.py version)
step "$NAME $VERSION with $("$PY" -c 'import sys; print(sys.executable, sys.version.split()[0])')"

# The app icon: one SVG, resources/icons/netbuilder.svg (the window uses the same file); PNGs are rendered from it, never committed.
step "rendering icons"
mkdir -p build/icons
for size in 256 128 64 48; do
  "$PY" packaging/render_icon.py resources/icons/netbuilder.svg "build/icons/$NAME-$size.png" "$size"
done

# The translations: the bundle carries resources/ (netbuilder.spec), so the .qm is compiled into it first.
step "compiling translations"
"$PY" scripts/compile_translations.py

# A clean work folder each time: a stale PyInstaller cache must not hide a missing import.
step "PyInstaller (one folder, windowed)"
rm -rf build/pyinstaller
PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}" "$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath build/pyinstaller/dist --workpath build/pyinstaller/work packaging/netbuilder.spec

# Imports PyInstaller could not resolve are the usual cause of a bundle that builds but fails
# at run time. Show ours (the smoke test then proves whether they matter).
warn=build/pyinstaller/work/$NAME/warn-$NAME.txt
if [ -f "$warn" ] && grep -E "missing module named '?netbuilder" "$warn" >/dev/null; then
  echo "build: PyInstaller could not find these netbuilder modules:" >&2
  grep -E "missing module named '?netbuilder" "$warn" | sed 's/^/  /' >&2
fi

step "Debian package"
"$PY" packaging/make_deb.py --bundle "build/pyinstaller/dist/$NAME" --icons build/icons --out dist \
  --stage build/deb
ls -l "dist/${NAME}_${VERSION}_"*.deb
