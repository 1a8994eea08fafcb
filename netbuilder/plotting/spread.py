"""A sweep's plots: the spread over seeds, not only the mean.

  accuracy.png   test accuracy per configuration: every seed a dot, the mean ± one (sample)
                 standard deviation as an error bar, means joined per series
  curves.png     the mean learning curve per configuration (validation accuracy per epoch) with a
                 band of ± one standard deviation over seeds
  gradients.png  the first weight layer's gradient size (RMS over training), per run, log scale:
                 where sigmoid stacks starve, this is where it shows

Layout from what was varied, in order: the first varied setting runs along the x axis, the last
one (when there are two or more) gives the series, one colour each, and anything in between
gives one panel per value. So the depth study (network × scaling × activation) draws accuracy by
depth, one line per activation, one panel per input scaling.
"""

from __future__ import annotations

import itertools
import math
import warnings

import numpy as np

from netbuilder.plotting.chart import Chart
from netbuilder.plotting.figure import save_grid
from netbuilder.plotting.palette import series_color

COUNTED = ("finished", "early_stopped")
JITTER = 0.12  # dots of one configuration spread sideways so equal values stay visible


def layout(varied: list[str]) -> tuple[str | None, str | None, list[str]]:
    """(x axis name, series name, panel names)."""
    if not varied:
        return None, None, []
    if len(varied) == 1:
        return varied[0], None, []
    return varied[0], varied[-1], varied[1:-1]


def _values(runs, name) -> list:
    seen = []
    for r in runs:
        v = r.labels.get(name)
        if v not in seen:
            seen.append(v)
    return seen


def _panels(runs, names):
    if not names:
        return [({}, runs)]
    combos = itertools.product(*[_values(runs, n) for n in names])
    out = []
    for combo in combos:
        fixed = dict(zip(names, combo))
        members = [r for r in runs if all(r.labels.get(k) == v for k, v in fixed.items())]
        if members:
            out.append((fixed, members))
    return out


def _short(name: str) -> str:
    return name.rsplit(".", 1)[-1] if name else ""


def _panel_title(title: str, fixed: dict) -> str:
    return title + ("" if not fixed else "; " + ", ".join(f"{_short(k)} {v}" for k, v in fixed.items()))


def _counted(run, results):
    r = results.get(run.key)
    return r if r is not None and r["status"] in COUNTED and r.get("metrics") else None


def accuracy_chart(runs, results, varied, title="", fixed=None, size=(720, 440)) -> Chart:
    x_name, s_name, _ = layout(varied)
    xs = _values(runs, x_name) if x_name else [None]
    series = _values(runs, s_name) if s_name else [None]
    chart = Chart(*size, title=_panel_title(title or "Test accuracy", fixed or {}), xlim=(-0.5, len(xs) - 0.5),
                  xlabel=_short(x_name) if x_name else "", ylabel="test accuracy (dots: seeds; bars: mean ± 1 sd)")
    offsets = np.linspace(-0.15, 0.15, len(series)) if len(series) > 1 else [0.0]
    rng = np.random.default_rng(0)
    for k, (s, offset) in enumerate(zip(series, offsets)):
        means, sds, where = [], [], []
        dead_notes = []
        for i, xv in enumerate(xs):
            members = [r for r in runs if (x_name is None or r.labels.get(x_name) == xv)
                       and (s_name is None or r.labels.get(s_name) == s)]
            accs = [res["metrics"]["test_accuracy"] for r in members if (res := _counted(r, results))]
            accs = [a for a in accs if a is not None and math.isfinite(a)]
            if not accs:
                continue
            x0 = i + offset
            jitter = rng.uniform(-JITTER, JITTER, len(accs)) * (0.5 if len(series) > 1 else 1)
            chart.scatter(x0 + jitter, accs, color=k, size=3.0)
            means.append(float(np.mean(accs)))
            sds.append(float(np.std(accs, ddof=1)) if len(accs) > 1 else 0.0)
            where.append(x0)
            dead = sum(1 for r in members if (res := _counted(r, results)) and _dead(res))
            if dead:
                dead_notes.append((x0, min(accs), f"{dead} dead"))
        lost = _lost(runs, results, s_name, s)
        if not where:
            if lost:
                chart.legend_entry(f"{_short(s_name)} {s}: {lost}" if s_name else lost, series_color(k), "dot")
            continue
        label = (f"{_short(s_name)} {s}" if s_name else "mean ± 1 sd") + (f" ({lost})" if lost else "")
        chart.errorbars(where, means, sds, color=k, label=label)
        if len(where) > 1:
            chart.line(where, means, color=k)
        for x0, y0, note in dead_notes:
            chart.text(x0, y0, note, color=k, anchor="mt")
    chart.set_xticks(range(len(xs)), [_tick(v) for v in xs])
    return chart


def _lost(runs, results, s_name, s) -> str:
    """'2 diverged, 1 failed': runs of a series that have no accuracy to show."""
    statuses = [results[r.key]["status"] for r in runs
                if r.key in results and (s_name is None or r.labels.get(s_name) == s)]
    parts = [f"{statuses.count(k)} {k}" for k in ("diverged", "failed") if statuses.count(k)]
    return ", ".join(parts)


def _dead(result) -> bool:
    return any(d["dead"] >= 1.0 for d in result.get("dead_share") or [])


def _tick(v) -> str:
    return "all runs" if v is None else str(v)


def curve_chart(runs, results, varied, title="", fixed=None, size=(720, 440)) -> Chart:
    """Mean validation accuracy per epoch per configuration, ± 1 sd band (train accuracy when the
    runs kept no validation set)."""
    x_name, s_name, panel = layout(varied)
    label_names = [n for n in varied if n not in panel]
    configs = []
    for r in runs:
        if r.config not in configs:
            configs.append(r.config)
    many = len(configs) > 4  # a legend that big would cover the curves: it goes beside them
    chart = Chart(size[0] + (260 if many else 0), size[1], title=_panel_title(title or "Learning curves", fixed or {}),
                  xlabel="epoch", ylabel="validation accuracy (mean ± 1 sd over seeds)",
                  legend="outside" if many else "best")
    which = None
    for k, config in enumerate(configs):
        members = [r for r in runs if r.config == config]
        curves = [[e.get("val_accuracy") for e in res["metrics"]["epochs"]] for r in members
                  if (res := _counted(r, results))]
        if not curves or not curves[0]:
            continue
        if which is None:
            which = "validation" if curves[0][0] is not None else "training"
        if which == "training":
            curves = [[e.get("train_accuracy") for e in res["metrics"]["epochs"]] for r in members
                      if (res := _counted(r, results))]
        length = max(len(c) for c in curves)
        grid = np.full((len(curves), length), np.nan)
        for j, c in enumerate(curves):
            grid[j, :len(c)] = [np.nan if v is None else v for v in c]
        epochs = np.arange(1, length + 1)
        with np.errstate(invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # an epoch only some runs reached
            mean = np.nanmean(grid, axis=0)
            sd = np.nanstd(grid, axis=0, ddof=1) if len(curves) > 1 else np.zeros(length)
        sd = np.nan_to_num(sd)
        label = ", ".join(f"{_short(n)} {members[0].labels.get(n)}" for n in label_names) or "mean"
        color = chart.line(epochs, mean, label=label, color=k)
        chart.band(epochs, mean - sd, mean + sd, color=color)
        if length == 1:
            chart.scatter(epochs, mean, color=color)
    if which is not None:  # whole epochs on the axis, not 1.5
        last = max((len(res["metrics"]["epochs"]) for r in runs if (res := _counted(r, results))), default=0)
        if last <= 12:
            chart.set_xticks(range(1, last + 1), [str(e) for e in range(1, last + 1)])
    if which is not None:  # whole epochs on the axis, not 1.5
        last = max((len(res["metrics"]["epochs"]) for r in runs if (res := _counted(r, results))), default=0)
        if last <= 12:
            chart.set_xticks(range(1, last + 1), [str(e) for e in range(1, last + 1)])
    if which == "training":
        chart.ylabel = "training accuracy (mean ± 1 sd; no validation set)"
    return chart


def gradient_chart(runs, results, varied, title="", fixed=None, size=(720, 440)) -> Chart | None:
    x_name, s_name, _ = layout(varied)
    xs = _values(runs, x_name) if x_name else [None]
    series = _values(runs, s_name) if s_name else [None]
    chart = Chart(*size, title=_panel_title(title or "First-layer gradient size", fixed or {}), ylog=True,
                  xlim=(-0.5, len(xs) - 0.5),
                  xlabel=_short(x_name) if x_name else "", ylabel="gradient RMS of the first weight layer")
    any_point = False
    offsets = np.linspace(-0.15, 0.15, len(series)) if len(series) > 1 else [0.0]
    for k, (s, offset) in enumerate(zip(series, offsets)):
        where, means = [], []
        for i, xv in enumerate(xs):
            vals = [res["first_grad_rms"] for r in runs
                    if (x_name is None or r.labels.get(x_name) == xv) and (s_name is None or r.labels.get(s_name) == s)
                    and (res := _counted(r, results)) and res.get("first_grad_rms")]
            if vals:
                chart.scatter([i + offset] * len(vals), vals, color=k, size=3.0)
                where.append(i + offset)
                means.append(float(np.exp(np.mean(np.log(vals)))))
        if where:
            any_point = True
            chart.line(where, means, color=k, label=f"{_short(s_name)} {s}" if s_name else "geometric mean")
    chart.set_xticks(range(len(xs)), [_tick(v) for v in xs])
    return chart if any_point else None


def write_sweep_plots(folder, runs, results, varied, title="") -> list:
    """accuracy.png, curves.png (and gradients.png when gradients were measured) in `folder`."""
    _, _, panel_names = layout(varied)
    panels = _panels(runs, panel_names)
    written = []
    for name, make in (("accuracy.png", accuracy_chart), ("curves.png", curve_chart), ("gradients.png", gradient_chart)):
        charts = [c for fixed, members in panels
                  if (c := make(members, results, varied, title=_title(name, title), fixed=fixed)) is not None]
        if charts:
            save_grid(charts, folder / name, columns=min(2, len(charts)))
            written.append(folder / name)
    return written


def _title(name: str, sweep: str) -> str:
    what = {"accuracy.png": "Test accuracy", "curves.png": "Learning curves", "gradients.png": "First-layer gradients"}[name]
    return f"{what}: {sweep}" if sweep else what
