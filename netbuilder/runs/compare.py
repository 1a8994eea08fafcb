"""`runs compare` as a PNG: loss and accuracy per epoch of several runs, one colour per run, train
dashed and validation solid, the legend naming each run by what distinguishes it."""

from __future__ import annotations

from netbuilder.plotting import Chart, compose
from netbuilder.runs.diff import distinguishing_labels


def compare_image(runs, width: int = 1300, height: int = 520, title: str = ""):
    labels = distinguishing_labels(runs)
    half = width // 2
    loss = Chart(half, height, title="Loss per epoch", xlabel="epoch", ylabel="loss", ylog=_wide(runs),
                 legend="best", xinteger=True)
    acc = Chart(half, height, title="Accuracy per epoch", xlabel="epoch", ylabel="accuracy (%)", legend="best",
                xinteger=True)
    for i, run in enumerate(runs):
        e = [row.epoch for row in run.epochs]
        for chart, train, val in ((loss, "train_loss", "val_loss"), (acc, "train_accuracy", "val_accuracy")):
            scale = 100.0 if chart is acc else 1.0
            tr = [scale * _v(getattr(row, train)) for row in run.epochs]
            va = [scale * _v(getattr(row, val)) for row in run.epochs]
            has_val = any(v == v for v in va)
            chart.line(e, tr, color=i, dashed=True, label=None if has_val else labels[run.id])
            if has_val:
                chart.line(e, va, color=i, label=labels[run.id])
    for chart in (loss, acc):
        chart.legend_entry("train (dashed)", (90, 90, 90), "dashed")
        chart.legend_entry("validation (solid)", (90, 90, 90), "line")
    return compose([loss, acc], columns=2, title=title)


def _v(x) -> float:
    return float("nan") if x is None else float(x)


def _wide(runs) -> bool:
    """Log loss axis when the losses span more than a factor of 20 (early epochs would flatten the rest)."""
    values = [v for r in runs for row in r.epochs for v in (row.train_loss, row.val_loss) if v is not None and v > 0]
    return bool(values) and max(values) / min(values) > 20
