#!/bin/bash
# The long fuzz run in rounds: every fuzz test gets SHARE of its long-mode cases per round, niced,
# until DEADLINE (seconds since the epoch) passes. Each round's Hypothesis statistics (cases passing,
# failing) are appended to LOG, so a run cut short still says what it tried.
#   usage: tests/fuzz/soak.sh LOG DEADLINE [SHARE]   (SHARE 0.1: ten rounds make the 10,000 per loader)
set -u
LOG=$1 DEADLINE=$2 SHARE=${3:-0.1}
cd "$(dirname "$0")/../.."
PY=${PYTHON:-python}
TESTS=$(NETBUILDER_FUZZ=long $PY -m pytest -q --collect-only tests/fuzz 2>/dev/null | grep '::test_')
round=0
while [ "$(date +%s)" -lt "$DEADLINE" ]; do
  round=$((round + 1))
  for t in $TESTS; do
    [ "$(date +%s)" -lt "$DEADLINE" ] || break
    left=$(( DEADLINE - $(date +%s) ))
    echo "=== round $round $t" >> "$LOG"
    NETBUILDER_FUZZ=long NETBUILDER_FUZZ_ROUND=$SHARE OPENBLAS_NUM_THREADS=1 timeout "$left" nice -n "${NICE:-5}" \
      $PY -m pytest -q -p no:cacheprovider -o timeout=0 -o faulthandler_timeout=0 "$t" --hypothesis-show-statistics >> "$LOG" 2>&1
    echo "=== exit $?" >> "$LOG"
  done
done
