"""What the lab works on: a private copy of the trained network, a fixed evaluation batch, the
samples the feature-map view shows, and the weights stored at each epoch (when the run kept them)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from netbuilder.analysis import copy_network, evaluation_batch

EVAL_SAMPLES = 1000


@dataclass
class LabSource:
    name: str
    net: object                      # a copy: jobs may sweep its weights
    x: np.ndarray                    # evaluation batch
    y: np.ndarray
    samples: np.ndarray              # what the feature-map view numbers its samples by
    sample_labels: np.ndarray
    class_names: list[str] = field(default_factory=list)
    states: list[dict] = field(default_factory=list)   # weights at each stored epoch
    epochs: list[int] = field(default_factory=list)
    paused_at: int | None = None     # optimizer steps, for a copy of a paused run (None: it had ended)

    def fresh_net(self):
        """Another independent copy, one per job, so a cancelled job cannot leave a half-swept weight."""
        return copy_network(self.net)


def source_from_session(session, name: str = "", paused: bool = False) -> LabSource | None:
    """From a training session that nobody trains at this moment: one the GUI thread owns
    (training finished or stopped), or, with `paused`, one the worker thread copies between two
    batches (views/lab/follow.py). Everything the source holds is a copy or data training never
    writes (the dataset's arrays; the stored epochs' weights, each recorded once as a copy)."""
    if session is None:
        return None
    d = session.dataset
    x, y = (d.x_test, d.y_test) if len(d.x_test) else (d.x_train, d.y_train)
    x, y = evaluation_batch(x, y, EVAL_SAMPLES)
    trajectory = getattr(session, "trajectory", None)
    name = name or getattr(session.spec, "name", "") or "network"
    return LabSource(name, copy_network(session.net),
                     x, y, session.samples, session.sample_labels, list(d.class_names),
                     list(trajectory.states) if trajectory else [], list(trajectory.epochs) if trajectory else [],
                     session.trainer.optimizer.steps if paused else None)
