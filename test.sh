#!/usr/bin/env bash
# Set up on first use and run the whole test suite offscreen; arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q "$@"
