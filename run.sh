#!/usr/bin/env bash
# Set up on first use (system libraries, .venv) and launch NetBuilder; arguments go to `netbuilder`.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/setup.sh
exec .venv/bin/python -m netbuilder "$@"
