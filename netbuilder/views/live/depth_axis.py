"""The labels under the depth chart (one tick per weight layer), chosen to fit the chart's width.

Overlapping labels are unreadable, and the chart is narrow exactly when a person looks at it beside
the builder panels: the layer names when they fit side by side, else the card numbers alone, else
every k-th card number (the first always labelled, the tick marks still at every layer).
"""

from __future__ import annotations

import math
from typing import Callable

GAP_PX = 10  # at least this much air between two neighbouring labels


def depth_ticks(names: list[str], room_px: float, text_width: Callable[[str], float]):
    """(ticks, short): `ticks` as pyqtgraph's setTicks wants them, [major, minor], for a chart whose
    plot area is `room_px` wide with one slot per layer; `short` when card numbers replace names.
    `names` start with the card number ("5 Dense")."""
    n = len(names)
    if n == 0:
        return [[], []], False
    slot = room_px / n
    if max(text_width(name) for name in names) + GAP_PX <= slot:
        return [[(k, name) for k, name in enumerate(names)], []], False
    numbers = [name.split(" ")[0] for name in names]
    need = max(text_width(t) for t in numbers) + GAP_PX
    every = max(1, math.ceil(need / max(slot, 1e-6)))
    major = [(k, numbers[k]) for k in range(0, n, every)]
    minor = [(k, "") for k in range(n) if k % every]  # unlabelled tick marks for the layers skipped
    return [major, minor], True
