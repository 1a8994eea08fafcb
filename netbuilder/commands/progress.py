"""A terminal progress bar on stderr that redraws in place at most ~10 times a second.

When stderr is not a terminal (a log file, CI) it prints one line per epoch instead, so logs stay
readable.
"""

from __future__ import annotations

import sys
import time


def _clock(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class ProgressBar:
    def __init__(self, epochs: int, images_per_epoch: int, stream=None, width: int = 24):
        self.epochs = epochs
        self.images_per_epoch = images_per_epoch
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.width = width
        self._last = 0.0
        self._loss = None

    def batch(self, r) -> None:
        self._loss = r.loss if self._loss is None else 0.9 * self._loss + 0.1 * r.loss
        now = time.perf_counter()
        last_batch = r.batch + 1 == r.batches
        if not self.tty or (now - self._last < 0.1 and not last_batch):
            return
        self._last = now
        done = (r.batch + 1) / r.batches
        filled = int(self.width * done)
        bar = "█" * filled + "·" * (self.width - filled)
        remaining = (self.epochs - r.epoch - done) * self.images_per_epoch / max(r.images_per_second, 1e-9)
        line = (f"\repoch {r.epoch + 1}/{self.epochs} {bar} {r.batch + 1}/{r.batches}  loss {self._loss:.4f}  "
                f"acc {r.accuracy:.3f}  {r.images_per_second:,.0f} img/s  ETA {_clock(remaining)}")
        self.stream.write(line + "\x1b[K")
        self.stream.flush()

    def epoch(self, e) -> None:
        val = f"  val loss {e.val_loss:.4f}  val acc {e.val_accuracy:.4f}" if e.val_loss is not None else ""
        line = (f"epoch {e.epoch + 1}/{self.epochs}  loss {e.train_loss:.4f}  acc {e.train_accuracy:.4f}"
                f"{val}  {e.seconds:.1f}s")
        self.stream.write(f"\r{line}\x1b[K\n" if self.tty else line + "\n")
        self.stream.flush()

