"""The weights at the start and at the end of each epoch, kept for landscape trajectories and for
saturation over training. Only learned parameters are kept (a few MB per epoch for the MNIST conv
net); past `limit` epochs every other stored epoch is dropped, so memory stays bounded on long runs.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import numpy as np

from netbuilder.analysis.directions import Direction, learned
from netbuilder.io.weights import WeightsFileError, load_arrays, save_arrays


MEMORY_BUDGET = 200 * 2 ** 20  # bytes of stored weights a live run may keep


class Trajectory:
    def __init__(self, limit: int = 100):
        self.limit = max(2, limit)
        self.epochs: list[int] = []      # 0 = the initial weights, n = after epoch n
        self.states: list[Direction] = []

    @classmethod
    def for_network(cls, net, budget: int = MEMORY_BUDGET) -> "Trajectory":
        """As many epochs as fit the memory budget (at most 100, at least 2)."""
        per_epoch = max(1, sum(v.nbytes for layer in net.layers for v in layer.params.values()))
        return cls(limit=min(100, budget // per_epoch))

    def __len__(self) -> int:
        return len(self.states)

    def record(self, net, epoch: int) -> None:
        self.epochs.append(int(epoch))
        self.states.append(learned(net))
        if len(self.states) > self.limit:  # thin out, keeping the first and the newest
            keep = list(range(0, len(self.states) - 1, 2)) + [len(self.states) - 1]
            self.epochs = [self.epochs[k] for k in keep]
            self.states = [self.states[k] for k in keep]

    def save(self, path) -> None:
        arrays = {f"e{n}/{k}": v for n, s in zip(self.epochs, self.states) for k, v in s.items()}
        save_arrays(path, arrays, {"kind": "trajectory", "epochs": self.epochs})

    @classmethod
    def load(cls, path) -> "Trajectory":
        arrays, meta = load_arrays(path)
        if meta.get("kind") != "trajectory":
            raise WeightsFileError(translate("Analysis", "{0}: not a trajectory file (write one with `netbuilder train --trajectory`)").format(path))
        t = cls(limit=max(100, len(meta["epochs"])))
        for n in meta["epochs"]:
            prefix = f"e{n}/"
            t.epochs.append(int(n))
            t.states.append({k[len(prefix):]: np.asarray(v) for k, v in arrays.items() if k.startswith(prefix)})
        return t
