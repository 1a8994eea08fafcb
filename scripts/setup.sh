#!/usr/bin/env bash
# One place that turns a fresh Debian/Ubuntu machine into one that can run NetBuilder and its tests:
# the system libraries Qt needs, then a virtual environment in .venv with the package installed
# editable together with its test dependencies. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_LIBS="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 \
xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 python3-venv fonts-noto-cjk"

# One dpkg-query for all of them (a process per package made the already-set-up check of ./run.sh
# take seconds on a busy machine); a package dpkg has never heard of is simply not listed.
installed=" $(dpkg-query -W -f='${Package} ${db:Status-Status}\n' $QT_LIBS 2>/dev/null | awk '$2 == "installed" {printf "%s ", $1}' || true)"
missing=""
for p in $QT_LIBS; do
  case "$installed" in *" $p "*) ;; *) missing="$missing $p" ;; esac
done
if [ -n "$missing" ]; then
  echo "Installing system libraries:$missing" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.netbuilder-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  touch "$stamp"
fi
# The Japanese catalogue: resources/i18n/*.ts -> .qm for the GUI, only when a .qm is missing or older
# (checked here in the shell: a Python start would add to every ./run.sh).
for ts in resources/i18n/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/python scripts/compile_translations.py >/dev/null
    break
  fi
done
