#!/usr/bin/env bash
# The way Python users install tools: build the sdist and wheel, install the wheel into a fresh
# virtual environment outside the checkout (and with pipx where it can be had), and run the
# self-test, `check` on a bundled template and `screenshot` there. Proves the wheel carries
# resources/ (templates, icons, styles) and needs nothing from the checkout.
set -euo pipefail
unset PYTHONPATH PYTHONHOME  # the installs under test must not see the checkout
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
OUT=$(mktemp -d /tmp/netbuilder-wheel.XXXXXX)
trap 'rm -rf "$OUT"' EXIT

"$PY" -m pip install -q build >/dev/null
"$PY" -m build --outdir "$OUT/dist" . >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
WHEEL=$(ls "$OUT"/dist/netbuilder-*.whl)
ls -l "$OUT"/dist/
python_for_venvs=$(command -v python3)

check_install() {  # check_install LABEL BIN_DIR: the three commands, run from a folder outside the checkout
  local label=$1 bin=$2 work="$OUT/run-$1"
  mkdir -p "$work"
  cd "$work"
  QT_QPA_PLATFORM=offscreen "$bin/netbuilder" --self-test
  template=$("$bin/netbuilder" templates --path shapes_cnn 2>/dev/null || true)
  if [ -z "$template" ]; then
    echo "$label: 'netbuilder templates --path shapes_cnn' printed nothing" >&2; exit 1
  fi
  case "$template" in "$OUT"/*) ;; *) echo "$label: the template came from $template, not from the install" >&2; exit 1;; esac
  "$bin/netbuilder" check "$template" | tail -1
  QT_QPA_PLATFORM=offscreen "$bin/netbuilder" screenshot "$template" --epochs 1 --out "$work/shot.png"
  [ -s "$work/shot.png" ] || { echo "$label: no screenshot" >&2; exit 1; }
  cd - >/dev/null
  echo "$label: self-test, check and screenshot passed outside the checkout"
}

"$python_for_venvs" -m venv "$OUT/venv"
"$OUT/venv/bin/python" -m pip install -q "$WHEEL"
check_install pip "$OUT/venv/bin"

# pipx: its own venv per app, the wheel's entry points on a bin dir of ours.
"$python_for_venvs" -m venv "$OUT/pipx-tool"
if "$OUT/pipx-tool/bin/python" -m pip install -q pipx >/dev/null 2>&1; then
  PIPX_HOME="$OUT/pipx-home" PIPX_BIN_DIR="$OUT/pipx-bin" PIPX_MAN_DIR="$OUT/pipx-man" \
    "$OUT/pipx-tool/bin/python" -m pipx install --python "$python_for_venvs" "$WHEEL" >/dev/null
  [ -x "$OUT/pipx-bin/netbuilder-gui" ] || { echo "pipx: no netbuilder-gui entry point" >&2; exit 1; }
  check_install pipx "$OUT/pipx-bin"
else
  echo "pipx could not be installed here; skipped the pipx install (the pip install above passed)"
fi
