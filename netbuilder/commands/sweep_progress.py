"""The sweep's terminal output on stderr: one line per finished run, and below them one overall
bar (runs done, ETA) redrawn in place on a terminal. In a log (not a terminal) the bar is left out
and each run line carries the count and the ETA instead."""

from __future__ import annotations

import sys
import time

from netbuilder.i18n import translate
from netbuilder.commands.progress import _clock
from netbuilder.runs.sweep import timing

MARK = {"finished": "ok", "early_stopped": "ok", "diverged": "DIVERGED", "failed": "FAILED", "stopped": "stopped"}


class SweepProgress:
    def __init__(self, stream=None, width: int = 28):
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.width = width
        self.started = time.monotonic()

    def __call__(self, event, run, result, outcome) -> None:
        done, total, left = timing(outcome, self.started)
        eta = translate("Cli", "ETA {0}").format(_clock(left)) if left is not None else translate("Cli", "ETA …")
        if event == "start":
            if outcome.skipped:
                self._line(translate("Cli", "resuming: {0} of {1} runs already done").format(outcome.skipped, total))
            self._bar(done, total, eta)
        elif event == "run":
            self._line(f"[{done}/{total}] {describe(run, result)}" + ("" if self.tty else f"  ({eta})"))
            self._bar(done, total, eta)
        elif event == "stopping":
            self._line(translate("Cli", "interrupted: stopping the runs in progress after their current batch…"))

    def _line(self, text: str) -> None:
        self.stream.write(("\r\x1b[K" if self.tty else "") + text + "\n")
        self.stream.flush()

    def _bar(self, done: int, total: int, eta: str) -> None:
        if not self.tty:
            return
        filled = int(self.width * done / max(total, 1))
        bar = "█" * filled + "·" * (self.width - filled)
        self.stream.write(f"\rsweep {bar} {done}/{total} runs  {eta}\x1b[K")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def describe(run, result) -> str:
    where = ", ".join(f"{k}={v}" for k, v in run.labels.items())
    head = translate("Cli", "{0}seed {1}: {2}").format(where + ', ' if where else '', run.seed, MARK.get(result['status'], result['status']))
    m = result.get("metrics") or {}
    if m.get("test_accuracy") is not None and result["status"] != "failed":
        head += translate("Cli", "  test acc {0:.4f}  loss {1:.4f}").format(m['test_accuracy'], m['test_loss'])
    if any(d["dead"] >= 1.0 for d in result.get("dead_share") or []):
        head += translate("Cli", "  (an activation layer is entirely dead)")
    if result.get("error") and result["status"] != "stopped":
        head += f"  {result['error'].splitlines()[0][:160]}"
    if result.get("run_id") is not None:
        head += translate("Cli", "  run {0}").format(result['run_id'])
    return head + f"  {result.get('seconds', 0):.1f}s"
