"""A terminal progress bar on stderr that redraws in place at most ~10 times a second.

When stderr is not a terminal (a CI log, `| tee`, a notebook) a bar redrawn with carriage returns
would be noise, and one line per epoch alone leaves a minute of silence in a CIFAR epoch; there it
prints a plain progress line (epoch, batch, loss, images/s, ETA) at most every LOG_INTERVAL seconds
and one line per epoch.
"""

from __future__ import annotations

import sys
import time

from netbuilder.i18n import translate


def _clock(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


LOG_INTERVAL = 8.0  # seconds between plain progress lines in a log: with one batch's time on top, < 10 s
TTY_INTERVAL = 0.1   # seconds between redraws of the live bar


class ProgressBar:
    def __init__(self, epochs: int, images_per_epoch: int, stream=None, width: int = 24, clock=time.perf_counter):
        self.epochs = epochs
        self.images_per_epoch = images_per_epoch
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.width = width
        self.clock = clock
        self._last = clock()  # the first log line comes LOG_INTERVAL after the start, not at batch 1
        self._loss = None

    def batch(self, r) -> None:
        self._loss = r.loss if self._loss is None else 0.9 * self._loss + 0.1 * r.loss
        now = self.clock()
        last_batch = r.batch + 1 == r.batches
        if self.tty:
            if now - self._last < TTY_INTERVAL and not last_batch:
                return
        elif now - self._last < LOG_INTERVAL or last_batch:
            return  # the epoch line follows the last batch at once
        self._last = now
        done = (r.batch + 1) / r.batches
        remaining = (self.epochs - r.epoch - done) * self.images_per_epoch / max(r.images_per_second, 1e-9)
        if not self.tty:
            self.stream.write(f"epoch {r.epoch + 1}/{self.epochs}  batch {r.batch + 1}/{r.batches}  "
                              f"loss {self._loss:.4f}  {r.images_per_second:,.0f} img/s  "
                              f"ETA {_clock(remaining)}\n")
            self.stream.flush()
            return
        filled = int(self.width * done)
        bar = "█" * filled + "·" * (self.width - filled)
        line = ("\r" + translate("Cli", "epoch {0}/{1} {2} {3}/{4}  loss {5:.4f}  acc {6:.3f}  {7:,.0f} img/s  ETA {8}").format(r.epoch + 1, self.epochs, bar, r.batch + 1, r.batches, self._loss, r.accuracy, r.images_per_second, _clock(remaining)))
        self.stream.write(line + "\x1b[K")
        self.stream.flush()

    def epoch(self, e) -> None:
        val = translate("Cli", "  val loss {0:.4f}  val acc {1:.4f}").format(e.val_loss, e.val_accuracy) if e.val_loss is not None else ""
        line = (translate("Cli", "epoch {0}/{1}  loss {2:.4f}  acc {3:.4f}{4}  {5:.1f}s").format(e.epoch + 1, self.epochs, e.train_loss, e.train_accuracy, val, e.seconds))
        self.stream.write(f"\r{line}\x1b[K\n" if self.tty else line + "\n")
        self._last = self.clock()
        self.stream.flush()

