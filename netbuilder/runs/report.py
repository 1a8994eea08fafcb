"""Runs in words: the text of a diff between two runs.

Shared by the command line (`runs list/show/diff`) and the window's Runs panel, so both say the same.
"""

from __future__ import annotations

from netbuilder.format import NONE_TEXT, count_text, duration_text, percent_text
from netbuilder.runs.diff import diff_runs, fmt


def diff_report(a, b) -> str:
    """What differs between runs a and b (network, settings, data), then their outcomes side by side."""
    d = diff_runs(a, b)
    lines = [f"Run {a.id}: {a.name}", f"Run {b.id}: {b.name}", ""]
    lines.append("Network:" + ("  the same" + (f" (hash {a.network_hash[:12]})" if a.network_hash == b.network_hash else "")
                               if d.same_network else ""))
    lines += [f"  {sign} {text}" for sign, text in d.layers]
    lines.append("Training settings:" + ("  the same" if not d.settings else ""))
    lines += [f"  {key:22s} {fmt(x):>14}  →  {fmt(y)}" for key, x, y in d.settings]
    lines.append("Data:" + (f"  the same ({a.data_spec})" if not d.data else ""))
    lines += [f"  {key:22s} {fmt(x)}  →  {fmt(y)}" for key, x, y in d.data]
    lines += ["", "Outcome" + " " * 16 + f"{'run ' + str(a.id):>14}  {'run ' + str(b.id):>14}"]
    lines += [f"  {label:20s} {outcome_text(label, x):>14}  {outcome_text(label, y):>14}" for label, x, y in d.outcomes]
    return "\n".join(lines)


def outcome_text(label: str, v) -> str:
    if v is None:
        return NONE_TEXT
    if label == "test accuracy":
        return percent_text(v)
    if label == "seconds":
        return duration_text(v)
    if label in ("parameters", "multiply-adds"):
        return count_text(v)
    if label == "images/s":
        return f"{v:,.0f}"
    return f"{v:.4f}" if isinstance(v, float) else str(v)
