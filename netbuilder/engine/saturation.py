"""What "saturated" means, defined once for the whole program.

An output is saturated where the activation's local derivative f'(x) is under SLOPE: a sigmoid or
tanh near its bounds (a ReLU at zero is the same thing seen from the other side). Backpropagation
multiplies the gradient by f'(x) there, so almost nothing reaches the layers below. The pipeline
cards (Layer.saturated_share, run/probes.py), the Lab's saturation view and `netbuilder` analyses
(analysis/saturation.py) all read this module, so the card and the Lab cannot disagree.
"""

from __future__ import annotations

import numpy as np

SLOPE = 0.05


def saturated(slope: np.ndarray) -> np.ndarray:
    """True where a local derivative is too small to pass a useful gradient."""
    return np.abs(slope) < SLOPE


def saturated_share(slope: np.ndarray) -> float:
    """The share of the values of `slope` that are saturated (nan for an empty array)."""
    return float(np.mean(saturated(slope))) if slope.size else float("nan")
