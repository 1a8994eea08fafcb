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
    run_id: int | None = None        # opened from the run history (source_from_run)

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


class RunSourceError(Exception):
    """A stored run that cannot be opened in the lab; the message names the run and why."""


def source_from_run(store, run_id: int) -> LabSource:
    """A run from the run history as a lab source: its network with the final weights the store
    kept, on an evaluation batch of its own data (the run's seed, so the same split). Slow (it loads
    the data): a lab job calls it. The store keeps only the final weights (and the best epoch's,
    after early stopping), not the weights at each epoch, so a stored run has no training path:
    the trajectory and saturation-over-training views show it as it ended."""
    from netbuilder.run.session import SessionError, open_session
    from netbuilder.runs import StoreError
    from netbuilder.views.translation import translate

    try:
        run = store.get(run_id)
        if run.status == "running":
            raise RunSourceError(translate("LabSource", "Run #{0} is still training: its weights are recorded when it ends.").format(run_id))
        if "weights" not in run.artifacts:
            raise RunSourceError(translate("LabSource", "Run #{0} recorded no weights ({1}).").format(run_id, run.status))
        store.load_arrays(run_id, "weights")  # checks the file against its checksum
        path = store.files_root / run.artifacts["weights"]["path"]
        session = open_session(run.network, run.data_spec, dict(run.settings), weights=str(path))
    except (StoreError, SessionError, ValueError) as e:
        raise RunSourceError(translate("LabSource", "Run #{0} cannot be opened in the lab: {1}").format(run_id, e)) from None
    source = source_from_session(session, name=f"#{run.id} {run.name}")
    source.states, source.epochs = [], []   # only the final weights were kept (see above)
    source.run_id = run.id
    return source
