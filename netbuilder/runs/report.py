"""Runs in words: the text of a diff between two runs.

Shared by the command line (`runs list/show/diff`) and the window's Runs panel, so both say the same.
"""

from __future__ import annotations

from netbuilder.i18n import translate
from netbuilder.format import NONE_TEXT, count_text, duration_text, percent_text
from netbuilder.runs.diff import diff_runs, fmt


def diff_report(a, b) -> str:
    """What differs between runs a and b (network, settings, data), then their outcomes side by side."""
    d = diff_runs(a, b)
    same = translate("Runs", "  the same")
    lines = [translate("Runs", "Run {0}: {1}").format(a.id, a.name), translate("Runs", "Run {0}: {1}").format(b.id, b.name), ""]
    lines.append(translate("Runs", "Network:") + (same + (translate("Runs", " (hash {0})").format(a.network_hash[:12])
                                                          if a.network_hash == b.network_hash else "")
                                                  if d.same_network else ""))
    lines += [f"  {sign} {text}" for sign, text in d.layers]
    lines.append(translate("Runs", "Training settings:") + (same if not d.settings else ""))
    lines += [f"  {key:22s} {fmt(x):>14}  →  {fmt(y)}" for key, x, y in d.settings]
    lines.append(translate("Runs", "Data:") + (translate("Runs", "  the same ({0})").format(a.data_spec) if not d.data else ""))
    lines += [f"  {key:22s} {fmt(x)}  →  {fmt(y)}" for key, x, y in d.data]
    run_a, run_b = (translate("Runs", "run {0}").format(r.id) for r in (a, b))
    lines += ["", translate("Runs", "Outcome") + " " * 16 + f"{run_a:>14}  {run_b:>14}"]
    lines += [f"  {translate('Runs', label):20s} {outcome_text(label, x):>14}  {outcome_text(label, y):>14}"
              for label, x, y in d.outcomes]
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
