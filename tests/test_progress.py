"""The CLI's progress output: a live bar on a terminal, plain timed lines in a log."""

import io
from types import SimpleNamespace

from netbuilder.commands.progress import LOG_INTERVAL, ProgressBar


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


class Terminal(io.StringIO):
    def isatty(self):
        return True


def batch(epoch, b, batches=1000, loss=0.5):
    return SimpleNamespace(epoch=epoch, batch=b, batches=batches, loss=loss, accuracy=0.8, images_per_second=250.0)


def epoch_end(epoch):
    return SimpleNamespace(epoch=epoch, train_loss=0.4, train_accuracy=0.9, val_loss=None, val_accuracy=None,
                           seconds=60.0)


def test_a_log_gets_a_plain_line_at_least_every_ten_seconds():
    clock, log = Clock(), io.StringIO()
    bar = ProgressBar(2, 32_000, stream=log, clock=clock)
    stamps = []
    for e in range(2):
        for b in range(1000):  # a batch every 0.25 s: a 250 s epoch
            clock.t += 0.25
            before = log.getvalue().count("\n")
            bar.batch(batch(e, b))
            if log.getvalue().count("\n") > before:
                stamps.append(clock.t)
        bar.epoch(epoch_end(e))
    lines = log.getvalue().splitlines()
    assert "\r" not in log.getvalue() and "\x1b" not in log.getvalue()
    progress = [line for line in lines if "batch" in line]
    assert progress[0].startswith("epoch 1/2  batch ") and "loss 0.5" in progress[0]
    assert "img/s" in progress[0] and "ETA" in progress[0]
    gaps = [b - a for a, b in zip([0.0, *stamps], stamps)]
    assert max(gaps) <= 10.0
    assert min(gaps) >= LOG_INTERVAL - 1e-9  # not a line per batch either
    assert sum(line.startswith("epoch 2/2  loss") for line in lines) == 1  # and the epoch summary


def test_a_terminal_keeps_the_live_bar():
    clock, tty = Clock(), Terminal()
    bar = ProgressBar(1, 100, stream=tty, clock=clock)
    for b in range(10):
        clock.t += 0.5
        bar.batch(batch(0, b, batches=10))
    out = tty.getvalue()
    assert out.count("\r") == 10 and "█" in out and "\n" not in out
