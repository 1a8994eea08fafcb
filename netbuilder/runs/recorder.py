"""Record one training run into the store as it happens: the run core, the command line, the window's
worker and sweep workers all feed a Recorder the same way, so every run is kept alike.

    rec = Recorder.start(store, network_json=text, dataset=ds, data_spec="mnist:DIR",
                         settings=trainer.settings, params=net.param_count, macs=net.macs)
    trainer.run(rec.on_batch, rec.on_epoch, should_stop)      # or call them from your own loop
    rec.finish(status, net=net, trainer=trainer, test=(x_test, y_test))

Costs per batch: two additions. Per epoch: one short transaction (and, at most every 30 s, the
per-batch series, ~30 KB). At the end: the test evaluation (when asked), the weights file and one
transaction. `python -m netbuilder.runs.bench_recording` measures it.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import time

import numpy as np

BATCH_SAVE_INTERVAL = 30.0   # s: the per-batch series is rewritten at most this often while training

from netbuilder.runs.records import BatchSeries, EpochRow, data_fingerprint

# Trainer.run outcomes and the store's statuses
_STATUS = {"finished": "finished", "early_stopped": "finished", "stopped": "stopped", "diverged": "diverged",
           "failed": "failed", "interrupted": "interrupted"}


def confusion_matrix(labels: np.ndarray, predicted: np.ndarray, classes: int) -> np.ndarray:
    """counts[true, predicted]."""
    m = np.zeros((classes, classes), dtype=np.int64)
    np.add.at(m, (labels.astype(np.int64), predicted.astype(np.int64)), 1)
    return m


def per_class_accuracy(confusion: np.ndarray, class_names=None) -> dict:
    totals = confusion.sum(axis=1)
    names = list(class_names) if class_names is not None else [str(i) for i in range(len(confusion))]
    return {str(names[i]): (float(confusion[i, i] / totals[i]) if totals[i] else None) for i in range(len(confusion))}


def weights_meta(net) -> dict:
    """The same description block netbuilder.io.weights writes, so a run's weights open as a weights file."""
    return {"layers": [layer.kind for layer in net.layers], "input_shape": list(net.input_shape)}


class Recorder:
    def __init__(self, store, run_id: int, dataset=None, step_offset: int = 0):
        self.store = store
        self.run_id = run_id
        self.dataset = dataset
        self.series = BatchSeries()
        self._step = step_offset
        self._saved_batches_at = time.monotonic()
        self.finished = False

    @classmethod
    def start(cls, store, *, network_json: str, settings: dict, dataset=None, data_spec: str | None = None,
              name: str | None = None, params: int | None = None, macs: int | None = None,
              parent_id: int | None = None, sweep_id: str | None = None) -> "Recorder":
        fingerprint = data_fingerprint(dataset) if dataset is not None else None
        run_id = store.start_run(network_json=network_json, settings=settings, data_spec=data_spec,
                                 data_fingerprint=fingerprint, name=name, params=params, macs=macs,
                                 parent_id=parent_id, sweep_id=sweep_id)
        return cls(store, run_id, dataset)

    @classmethod
    def resume(cls, store, run_id: int, dataset=None) -> "Recorder":
        """Continue recording an existing run (Continue training, a resumed checkpoint)."""
        store.require([run_id])
        store.reopen_run(run_id)
        rec = cls(store, run_id, dataset)
        try:
            old = store.load_arrays(run_id, "batch_loss")
            for step, loss in zip(old["step"], old["loss"]):
                rec.series.steps.append(float(step))
                rec.series.losses.append(float(loss))
            rec._step = int(old["step"][-1]) + 1 if len(old["step"]) else 0
            while len(rec.series.steps) >= rec.series.limit:
                rec.series._merge()
        except Exception:   # no per-batch series yet: start a fresh one
            pass
        return rec

    # ---- during training ----------------------------------------------------------------------
    def on_batch(self, report) -> None:
        self.series.add(self._step, report.loss)
        self._step += 1

    def on_epoch(self, report) -> None:
        self.store.add_epoch(self.run_id, EpochRow(report.epoch + 1, report.train_loss, report.train_accuracy,
                                                   report.val_loss, report.val_accuracy, report.seconds, report.lr))
        if time.monotonic() - self._saved_batches_at >= BATCH_SAVE_INTERVAL:   # kept if the process dies
            self.store.save_arrays(self.run_id, "batch_loss", self.series.arrays())
            self._saved_batches_at = time.monotonic()

    # ---- at the end ---------------------------------------------------------------------------
    def finish(self, status: str, *, net=None, trainer=None, test=None, test_result=None, evaluated=None,
               message: str | None = None, best_weights: dict | None = None) -> dict:
        """Close the run. The test outcome comes from one of: `test` = (x_test, y_test) to evaluate here,
        `test_result` = (loss, acc, outputs, labels) when the caller evaluated already, or `evaluated` =
        (loss, acc, confusion counts, class names) when a confusion matrix exists already (the window's
        Results). Returns the outcome fields recorded."""
        outcome: dict = {}
        if status not in _STATUS:
            raise ValueError(f"unknown run outcome {status!r}")
        if net is not None and test_result is None and test is not None and len(test[0]):
            loss, acc, out = net.evaluate(test[0], test[1])
            test_result = (loss, acc, out, test[1])
        if test_result is not None and net is not None:
            from netbuilder.engine.losses import labels_of, predictions
            loss, acc, out, y = test_result
            names = list(getattr(self.dataset, "class_names", None) or [])
            classes = max(len(names), out.shape[1] if out.ndim == 2 and out.shape[1] > 1 else 2)
            cm = confusion_matrix(labels_of(y, out), predictions(out, net.threshold), classes)
            evaluated = (loss, acc, cm, names)
        if evaluated is not None:
            loss, acc, cm, names = evaluated
            cm = np.asarray(cm, dtype=np.int64)
            outcome.update(test_loss=float(loss), test_accuracy=float(acc),
                           per_class=per_class_accuracy(cm, names if names and len(names) == len(cm) else None))
            self.store.save_arrays(self.run_id, "confusion", {"counts": cm})
        if trainer is not None and best_weights is None and getattr(trainer, "restored_best", False):
            best_weights = trainer.best_state
            message = message or translate("Runs", "early stopping restored the weights of epoch {0}").format(trainer.best_epoch + 1)
        if trainer is not None:
            outcome.update(train_seconds=trainer.train_seconds,
                           images_per_second=trainer.images_seen / max(trainer.train_seconds, 1e-9)
                           if trainer.images_seen else None,
                           early_stopped=bool(getattr(trainer, "stopped_early", False)))
        if net is not None:
            self.store.save_arrays(self.run_id, "weights", net.state_dict(), weights_meta(net))
        if best_weights is not None:
            self.store.save_arrays(self.run_id, "best_weights", best_weights,
                                   weights_meta(net) if net is not None else {})
        self.store.save_arrays(self.run_id, "batch_loss", self.series.arrays())
        self.store.finish_run(self.run_id, _STATUS[status], message=message, ended=time.time(), **outcome)
        self.finished = True
        return outcome
