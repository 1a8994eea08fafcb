"""One sweep run, start to finish, in whatever process it lands in (a local worker or a Dask worker).

It takes plain data (a network document, a data SPEC, a seed) and returns plain data (status,
metrics, final weights), so it can be pickled to another machine and back. The training itself is
exactly `netbuilder train`'s: load the data with the run's seed, build the experiment, run the
trainer, evaluate on the test set; hence the same numbers bit for bit.

A run never raises: a failure comes back as status "failed" with the error text, so one bad
configuration does not end the sweep. Each run trains on one engine thread with one BLAS thread
(J jobs on J cores), and its result says so under "threads".
"""

from __future__ import annotations

import math
import time
import traceback
from dataclasses import asdict

import numpy as np

from netbuilder.commands.train import metrics_of
from netbuilder.data import load_dataset
from netbuilder.engine.spec import parse_spec
from netbuilder.run import build_run
from netbuilder.run.blas import threads_for_job

MAX_BATCH_POINTS = 2000   # the per-batch loss is averaged down to at most this many points
DEAD_PROBE = 1000         # test samples used to find units that never fire


def run_task(task: dict, should_stop=None) -> dict:
    started = time.perf_counter()
    result = {"key": task["key"], "seed": task["seed"], "status": "failed", "error": None,
              "metrics": None, "weights": None, "dead_share": [], "first_grad_rms": None,
              "batch_loss": [], "seconds": 0.0, "started": time.time()}
    try:
        with threads_for_job(1) as in_force:  # one engine thread and one BLAS thread per job (run/blas.py)
            result["threads"] = in_force
            _train(task, result, should_stop or (lambda: False))
    except Exception as e:  # recorded, not raised: the sweep goes on
        result["status"] = "failed"
        result["error"] = f"{e.__class__.__name__}: {e}"
        result["traceback"] = traceback.format_exc(limit=8)
    result["seconds"] = time.perf_counter() - started
    return result


def _train(task: dict, result: dict, should_stop) -> None:
    spec = parse_spec(task["doc"])
    dataset = load_dataset(task["data"], seed=task["seed"])
    exp = build_run(spec, dataset)
    net, trainer = exp.net, exp.trainer
    first = next((layer for layer in net.layers if "W" in layer.grads), None)
    losses, grad_sq = [], []

    def on_batch(report):
        losses.append(report.loss)
        if first is not None:
            g = first.grads["W"].reshape(-1)
            grad_sq.append(float(np.dot(g, g)) / max(g.size, 1))

    result.update(settings=trainer.settings, class_names=list(dataset.class_names), macs=net.macs,
                  param_count=net.param_count, fingerprint=_fingerprint(dataset))
    status = trainer.run(on_batch, None, should_stop)
    result["status"] = status
    if status == "diverged":
        result["error"] = trainer.divergence
    # for the run store, which the sweep's own process writes: the whole story, not only the end
    result.update(history=[asdict(h) for h in trainer.history], batch_losses=losses,
                  trainer={"train_seconds": trainer.train_seconds, "images_seen": trainer.images_seen,
                           "stopped_early": trainer.stopped_early})
    if status == "stopped":
        return
    test_loss = test_acc = None
    if len(dataset.x_test):
        test_loss, test_acc, outputs = net.evaluate(dataset.x_test, dataset.y_test)
        result["test"] = {"loss": test_loss, "accuracy": test_acc, "outputs": outputs, "labels": dataset.y_test}
        result["dead_share"] = dead_shares(net, dataset.x_test[:DEAD_PROBE])
    result["metrics"] = metrics_of(trainer, test_loss, test_acc)
    result["weights"] = net.state_dict()
    result["first_grad_rms"] = math.sqrt(sum(grad_sq) / len(grad_sq)) if grad_sq else None
    result["batch_loss"] = downsample(losses, MAX_BATCH_POINTS)
    result["param_count"] = net.param_count


def _fingerprint(dataset) -> dict | None:
    """Sizes and a hash of the loaded arrays, as the run store keeps them for "same data" checks."""
    from netbuilder.runs.records import data_fingerprint
    return data_fingerprint(dataset)


def dead_shares(net, x) -> list[dict]:
    """Per activation layer at the end of training: the share of its units (conv: channels) whose
    derivative is ~0 for every sample of `x` (a ReLU that never fires, a sigmoid pinned at 0 or 1):
    units that pass no gradient and no longer learn. The measure is the learning lab's."""
    from netbuilder.analysis.saturation import activity
    return [{"layer": a.layer, "kind": a.kind, "dead": a.dead, "saturated": a.saturated} for a in activity(net, x)]


def downsample(values: list[float], limit: int) -> list[float]:
    """Means of equal consecutive chunks, so the curve keeps its shape in at most `limit` points."""
    if len(values) <= limit:
        return [float(v) for v in values]
    chunks = np.array_split(np.asarray(values, dtype=np.float64), limit)
    return [float(c.mean()) for c in chunks]
