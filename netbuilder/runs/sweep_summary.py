"""The numbers a sweep ends with: per configuration the spread over seeds, per run one row.

The standard deviation is the SAMPLE standard deviation (ddof=1: divide by n − 1), the honest
estimate of the spread between seeds from a handful of them; with one run it is undefined and
left empty rather than shown as 0. Only runs that trained to the end count in the statistics;
diverged and failed runs are counted in their own columns, never averaged in silently.
"""

from __future__ import annotations

import csv
import io
import json
import math

import numpy as np

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.io.atomic import atomic_write_text

COUNTED = ("finished", "early_stopped")
STD_NOTE = QT_TRANSLATE_NOOP("SweepSummary", "sample standard deviation over seeds (ddof=1); empty when n < 2")  # files keep English
METRICS = (("test_accuracy", "test_accuracy"), ("test_loss", "test_loss"))


def stats(values: list[float]) -> dict:
    """n, mean, sample std (ddof=1), min, max of the finite values."""
    v = np.array([x for x in values if x is not None and math.isfinite(x)], dtype=np.float64)
    if not v.size:
        return {"n": 0, "mean": None, "std": None, "min": None, "max": None}
    return {"n": int(v.size), "mean": float(v.mean()), "std": float(v.std(ddof=1)) if v.size > 1 else None,
            "min": float(v.min()), "max": float(v.max())}


def summarize(runs, results: dict, varied: list[str]) -> list[dict]:
    """One row per configuration, in the order the sweep defines them."""
    configs: dict[int, dict] = {}
    for run in runs:
        row = configs.setdefault(run.config, {"config": run.config, "labels": run.labels, "results": []})
        if run.key in results:
            row["results"].append(results[run.key])
    table = []
    for config in sorted(configs):
        row = configs[config]
        counted = [r for r in row["results"] if r["status"] in COUNTED and r.get("metrics")]
        out = {"config": config, **{name: row["labels"].get(name) for name in varied}}
        out["n"] = len(counted)
        out["diverged"] = sum(r["status"] == "diverged" for r in row["results"])
        out["failed"] = sum(r["status"] == "failed" for r in row["results"])
        for name, key in METRICS:
            s = stats([r["metrics"][key] for r in counted])
            out.update({f"{name}_{k}": s[k] for k in ("mean", "std", "min", "max")})
        secs = [r["seconds"] for r in counted]
        out["seconds_mean"] = float(np.mean(secs)) if secs else None
        out["dead_runs"] = sum(1 for r in counted if is_dead(r))
        table.append(out)
    return table


def is_dead(result: dict) -> bool:
    """A run with an activation layer whose every unit died: its output no longer depends on the input.
    (`dead`: the run store's flag for it, see sweep_stored; `dead_share`: the worker's measurement.)"""
    return bool(result.get("dead")) or any(d["dead"] >= 1.0 for d in result.get("dead_share") or [])


def run_rows(runs, results: dict, varied: list[str]) -> list[dict]:
    rows = []
    for run in runs:
        r = results.get(run.key)
        if r is None:
            continue
        m = r.get("metrics") or {}
        epochs = m.get("epochs") or []
        dead = r.get("dead_share") or []
        rows.append({"key": run.key, "run_id": r.get("run_id"), "config": run.config, **{n: run.labels.get(n) for n in varied},
                     "seed": run.seed, "status": r["status"], "test_accuracy": m.get("test_accuracy"),
                     "test_loss": m.get("test_loss"), "epochs": len(epochs),
                     "final_val_accuracy": epochs[-1].get("val_accuracy") if epochs else None,
                     "seconds": r.get("seconds"), "first_layer_grad_rms": r.get("first_grad_rms"),
                     "dead_units_per_activation": " ".join(f"{d['dead']:.2f}" for d in dead),
                     "error": (r.get("error") or "").splitlines()[0][:200] if r.get("error") else ""})
    return rows


def to_csv(rows: list[dict]) -> str:
    if not rows:
        return ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buf.getvalue()


def _cell(v):
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.6g}"
    return v


def write_tables(folder, manifest: dict, runs, results: dict, varied: list[str]) -> list[dict]:
    table = summarize(runs, results, varied)
    atomic_write_text(folder / "summary.csv", to_csv(table))
    atomic_write_text(folder / "runs.csv", to_csv(run_rows(runs, results, varied)))
    doc = {"id": manifest["id"], "name": manifest["name"], "varied": varied, "seeds": manifest["seeds"],
           "runs": len(runs), "done": len(results), "std": STD_NOTE, "configurations": table}
    atomic_write_text(folder / "summary.json", json.dumps(doc, indent=2))
    return table


def markdown_table(table: list[dict], varied: list[str]) -> str:
    """The summary as a Markdown table (for README and notes): accuracy as mean ± std in %."""
    head = [*varied, "n", "test accuracy % (mean ± sd)", "min–max %", "test loss", "dead runs", "s/run"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in table:
        acc = _pct(row["test_accuracy_mean"])
        sd = f" ± {_pct(row['test_accuracy_std'])}" if row["test_accuracy_std"] is not None else ""
        span = f"{_pct(row['test_accuracy_min'])}–{_pct(row['test_accuracy_max'])}"
        loss = f"{row['test_loss_mean']:.3f}" if row["test_loss_mean"] is not None else ""
        extra = "".join(f" (+{row[k]} {k})" for k in ("diverged", "failed") if row[k])
        secs = f"{row['seconds_mean']:.1f}" if row["seconds_mean"] is not None else ""
        cells = [str(row[name]) for name in varied] + [f"{row['n']}{extra}", acc + sd, span, loss,
                                                        str(row["dead_runs"]), secs]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _pct(x) -> str:
    return "" if x is None else f"{100 * x:.1f}"
