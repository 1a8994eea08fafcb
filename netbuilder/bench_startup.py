"""Start-up time: `python -m netbuilder.bench_startup [--rounds 5] [--display]`.

From starting a fresh interpreter to the window shown and its event loop turning (the moment a
click is answered), as `./run.sh` starts it, median of several rounds, with the split: interpreter
and imports, building the window, showing it. Offscreen by default; `--display` uses $DISPLAY
(a real X server shows the cost of the first paint too). The target is 1.0 s (issue 15).

Why a child process per round: the imports are most of the cost and only a fresh interpreter pays
them; the parent's clock starts before the child is spawned.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

PROBE = r"""
import json, os, time
t0 = time.perf_counter()
from netbuilder.app import create_main_window, ensure_app
from PySide6.QtCore import QTimer
t1 = time.perf_counter()
app = ensure_app()
w = create_main_window(None)
t2 = time.perf_counter()
w.show()
def tick():
    print(json.dumps({"imports": t1 - t0, "build": t2 - t1, "show": time.perf_counter() - t2}), flush=True)
    os._exit(0)
QTimer.singleShot(0, tick)
app.exec()
"""


def one_round(display: bool) -> dict:
    env = dict(os.environ)
    if not display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    wall = time.perf_counter() - started
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("{")), None)
    if line is None:
        raise RuntimeError(f"the probe did not report (exit {out.returncode}): {out.stderr.strip()[-500:]}")
    parts = json.loads(line)
    parts["wall"] = wall
    parts["interpreter"] = wall - parts["imports"] - parts["build"] - parts["show"]
    return parts


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--display", action="store_true", help="use $DISPLAY instead of offscreen")
    args = p.parse_args(argv)
    one_round(args.display)  # warm the disk cache, as a second start would be
    rounds = [one_round(args.display) for _ in range(args.rounds)]
    med = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
    print(f"start-up to a usable window, median of {args.rounds} ({'display' if args.display else 'offscreen'}): "
          f"{med['wall']:.2f} s = interpreter and exit {med['interpreter']:.2f} + imports {med['imports']:.2f} "
          f"+ window built {med['build']:.2f} + shown {med['show']:.2f}  (target 1.0 s; every round: "
          + ", ".join(f"{r['wall']:.2f}" for r in rounds) + ")")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
