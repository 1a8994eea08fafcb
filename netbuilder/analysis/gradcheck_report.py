"""A per-layer gradient check of a whole network, for a learner who wrote a backward pass.

Entries sitting on a kink of the forward function (a ReLU input at exactly 0, a tie in a max-pool
window — common after a ReLU, where many values are 0) have no single slope, so they are left out
and counted; gradients below FLOOR are compared absolutely rather than relatively.

The numbers come from the engine's own check (engine/gradcheck.py: central differences in
float64, relative error max|a − n| / max|a|,|n|), run on a float64 copy of the network and a small
batch of its data: every parameter, and the gradient that reaches each layer's input. Big arrays
are checked on a sample of entries (the largest analytic gradients plus random ones).
"""

from __future__ import annotations

from netbuilder.i18n import translate
from dataclasses import dataclass, field

import numpy as np

from netbuilder.analysis.common import copy_network
from netbuilder.engine.gradcheck import TOLERANCE, check_network

FLOOR = 1e-4  # gradients smaller than this are compared absolutely: a loss of order 1 makes ~1e-10 of noise


@dataclass
class LayerCheck:
    layer: int                        # 0-based
    kind: str
    errors: dict[str, float] = field(default_factory=dict)  # "x" (the input's gradient), "W", "b", ...
    checked: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (compared, skipped at kinks)

    @property
    def worst(self) -> float:
        return max(self.errors.values(), default=0.0)

    @property
    def passed(self) -> bool:
        return all(e < TOLERANCE for e in self.errors.values())


@dataclass
class GradientReport:
    layers: list[LayerCheck]
    batch: int
    max_entries: int | None
    tolerance: float = TOLERANCE

    @property
    def passed(self) -> bool:
        return all(layer.passed for layer in self.layers)

    def text(self) -> str:
        rows = [translate("Analysis", "{0:<18}{1:<28}{2:>18}  result").format('layer', 'checked', 'worst rel. error')]
        for c in self.layers:
            what = ", ".join(f"{k} {e:.1e}" for k, e in c.errors.items()) or "-"
            rows.append(f"{c.layer + 1:>2} {c.kind:<15}{what:<28}{c.worst:>18.2e}  {'ok' if c.passed else 'FAIL'}")
        skipped = sum(k for c in self.layers for _, k in c.checked.values())
        if skipped:
            rows.append(translate("Analysis", "{0} entries at kinks (ReLU at 0, max-pool ties) were left out").format(skipped))
        verdict = translate("Analysis", "all gradients match") if self.passed else translate("Analysis", "some gradients do NOT match")
        return "\n".join(rows + [translate("Analysis", "{0} (tolerance {1:g}, batch of {2}, float64)").format(verdict, self.tolerance, self.batch)])


def gradient_report(net, x: np.ndarray, t: np.ndarray, batch: int = 4, max_entries: int | None = 40,
                    seed: int = 0) -> GradientReport:
    """Check `net`'s gradients (on a float64 copy; `net` is not touched) on the first `batch` samples."""
    check = copy_network(net, np.float64)
    x, t = np.asarray(x[:batch], np.float64), np.asarray(t[:batch])
    counts: dict = {}
    errors = check_network(check, x, t, inputs=True, max_entries=max_entries, seed=seed, floor=FLOOR, counts=counts)
    layers = [LayerCheck(i, layer.kind) for i, layer in enumerate(check.layers)]
    for key, e in errors.items():
        i, name = key.split(".", 1)
        layers[int(i)].errors[name] = e
        layers[int(i)].checked[name] = counts[key]
    for c in layers:  # the input first, then the parameters: the order a reader follows backward
        c.errors = dict(sorted(c.errors.items(), key=lambda kv: kv[0] != "x"))
    return GradientReport(layers, len(x), max_entries)
