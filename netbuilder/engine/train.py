"""The training loop, free of Qt and of printing: progress leaves through return values and
callbacks, stopping is a flag checked between batches, and the whole position (weights, optimizer
slots, random streams, where in the epoch) can be saved and restored so that a resumed run ends
bit-identical to an uninterrupted one.

Divergence guard: the weights that last produced a finite loss are kept; when the loss or a
gradient turns NaN/Inf they are put back and training stops with an explanation, instead of
silently continuing on garbage.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import asdict, dataclass

import numpy as np

from netbuilder.engine.losses import accuracy
from netbuilder.engine.optim import clip_gradients, make_optimizer, make_schedule
from netbuilder.engine.params import configure
from netbuilder.engine.spec import DEFAULT_OPTIMIZER, DEFAULT_SCHEDULE, TRAINING_PARAMS


@dataclass
class BatchReport:
    epoch: int            # 0-based
    batch: int            # 0-based index within the epoch
    batches: int          # batches per epoch
    loss: float
    accuracy: float
    lr: float
    images_per_second: float
    step: int             # optimizer steps so far


@dataclass
class EpochReport:
    epoch: int
    train_loss: float
    train_accuracy: float
    val_loss: float | None
    val_accuracy: float | None
    seconds: float
    lr: float


def training_settings(training: dict | None) -> dict:
    """A complete training dict (defaults filled) from a possibly partial one."""
    training = dict(training or {})
    own = configure(TRAINING_PARAMS, {k: v for k, v in training.items() if k in {p.name for p in TRAINING_PARAMS}}, ())
    own["optimizer"] = dict(training.get("optimizer") or DEFAULT_OPTIMIZER)
    own["schedule"] = dict(training.get("schedule") or DEFAULT_SCHEDULE)
    own["augment"] = list(training.get("augment") or [])
    return own


def divergence_advice(loss: float, epoch: int, batch: int, lr: float, clip_norm) -> str:
    what = "NaN" if math.isnan(loss) else "infinite"
    tips = [f"lower the learning rate (try {lr / 10:g})"]
    if not clip_norm:
        tips.append("turn on gradient clipping (training.clip_norm, e.g. 5)")
    tips.append("add BatchNorm after the weight layers, or normalise the inputs")
    return (f"The loss became {what} at epoch {epoch + 1}, batch {batch + 1} (learning rate {lr:g}). "
            f"The weights were put back to the last step with a finite loss. This usually means the "
            f"updates were too large and the weights blew up. Try: " + "; ".join(tips) + ".")


class Trainer:
    def __init__(self, net, x, y, x_val=None, y_val=None, training: dict | None = None, augment=None):
        self.net = net
        self.x, self.y = x, y
        self.x_val, self.y_val = x_val, y_val
        self.settings = training_settings(training)
        s = self.settings
        self.optimizer = make_optimizer(s["optimizer"])
        self.schedule = make_schedule(s["schedule"])
        self.augment = augment if s["augment"] else None
        self.rng = np.random.default_rng([s["seed"], 0x5EED])  # shuffling and augmentation
        self.epoch = 0
        self.batch = 0
        self.perm: np.ndarray | None = None
        self.history: list[EpochReport] = []
        self.best_val = math.inf
        self.bad_epochs = 0
        self.stopped_early = False
        self.best_state: dict | None = None   # weights of the best validation epoch (early stopping)
        self.best_epoch: int | None = None
        self.restored_best = False
        self.divergence: str | None = None
        self._sums = [0.0, 0.0, 0]  # loss·n, correct, seen in the current epoch
        self._epoch_seconds = 0.0
        self.train_seconds = 0.0  # time spent in training steps only (no validation), for images/s
        self.images_seen = 0
        self._backup = {f"{i}.{k}": np.empty_like(v) for i, layer in enumerate(net.layers) for k, v in layer.params.items()}

    # --- position ---------------------------------------------------------------------------
    @property
    def batches_per_epoch(self) -> int:
        return max(1, math.ceil(len(self.x) / self.settings["batch_size"]))

    @property
    def done(self) -> bool:
        return self.epoch >= self.settings["epochs"] or self.stopped_early or self.divergence is not None

    def current_lr(self) -> float:
        progress = self.epoch + self.batch / self.batches_per_epoch
        return self.schedule.lr(self.optimizer.lr, progress,
                                self.settings["epochs"])

    # --- one step ---------------------------------------------------------------------------
    def step(self) -> tuple[BatchReport | None, EpochReport | None]:
        """Train on one mini-batch; at the end of an epoch also validate. (None, None) when done."""
        if self.done:
            return None, None
        started = time.perf_counter()
        if self.perm is None:
            self.perm = self.rng.permutation(len(self.x))
            self._sums = [0.0, 0.0, 0]
            self._epoch_seconds = 0.0
        bs = self.settings["batch_size"]
        idx = self.perm[self.batch * bs:(self.batch + 1) * bs]
        xb, yb = self.x[idx], self.y[idx]
        if self.augment is not None:
            xb = self.augment(xb, self.settings["augment"], self.rng)
        lr = self.current_lr()
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # divergence is handled below
            loss = self.net.loss_and_gradients(xb, yb)
        grads_ok = all(np.isfinite(g).all() for layer in self.net.layers for g in layer.grads.values())
        if not math.isfinite(loss) or not grads_ok:
            self._diverged(loss if not math.isfinite(loss) else float("nan"), lr)
            return None, None
        self._keep_backup()
        if self.settings["clip_norm"]:
            clip_gradients(self.net.layers, self.settings["clip_norm"])
        self.optimizer.step(self.net.layers, lr)
        acc = accuracy(self.net.output, yb, self.net.threshold)
        n = len(idx)
        self._sums[0] += loss * n
        self._sums[1] += acc * n
        self._sums[2] += n
        spent = time.perf_counter() - started
        self._epoch_seconds += spent
        self.train_seconds += spent
        self.images_seen += n
        report = BatchReport(self.epoch, self.batch, self.batches_per_epoch, loss, acc, lr,
                             self._sums[2] / max(self._epoch_seconds, 1e-9), self.optimizer.steps)
        self.batch += 1
        epoch_report = self._end_epoch(lr) if self.batch >= self.batches_per_epoch else None
        return report, epoch_report

    def weights_before_last_step(self) -> dict[str, np.ndarray]:
        """Every parameter as it was before the last update ("3.W" -> array, owned by the trainer:
        read, never keep). The divergence guard keeps them anyway, so the size of the last update
        (for the update/weight ratio) costs no extra copy."""
        return self._backup

    def _keep_backup(self) -> None:
        for i, layer in enumerate(self.net.layers):
            for k, v in layer.params.items():
                np.copyto(self._backup[f"{i}.{k}"], v)

    def _diverged(self, loss: float, lr: float) -> None:
        if self.optimizer.steps:
            for i, layer in enumerate(self.net.layers):
                for k in layer.params:
                    np.copyto(layer.params[k], self._backup[f"{i}.{k}"])
        self.divergence = divergence_advice(loss, self.epoch, self.batch, lr, self.settings["clip_norm"])

    def _end_epoch(self, lr: float) -> EpochReport:
        loss_sum, correct, seen = self._sums
        val_loss = val_acc = None
        if self.x_val is not None and len(self.x_val):
            t0 = time.perf_counter()
            val_loss, val_acc, _ = self.net.evaluate(self.x_val, self.y_val)
            self._epoch_seconds += time.perf_counter() - t0
        report = EpochReport(self.epoch, loss_sum / seen, correct / seen, val_loss, val_acc,
                             self._epoch_seconds, lr)
        self.history.append(report)
        self.epoch += 1
        self.batch = 0
        self.perm = None
        patience = self.settings["early_stopping"]
        if patience and val_loss is not None:
            if val_loss < self.best_val:
                self.best_val, self.bad_epochs = val_loss, 0
                if self.settings["restore_best"]:
                    self.best_state, self.best_epoch = self.net.state_dict(), report.epoch
            else:
                self.bad_epochs += 1
                self.stopped_early = self.bad_epochs >= patience
                if self.stopped_early and self.best_state is not None:
                    self.net.load_state_dict(self.best_state)
                    self.restored_best = True
        return report

    # --- the whole run ----------------------------------------------------------------------
    def run(self, on_batch=None, on_epoch=None, should_stop=lambda: False) -> str:
        """Train until done; 'finished', 'stopped', 'early_stopped' or 'diverged'."""
        while not self.done:
            if should_stop():
                return "stopped"
            report, epoch_report = self.step()
            if report is not None and on_batch:
                on_batch(report)
            if epoch_report is not None and on_epoch:
                on_epoch(epoch_report)
        if self.divergence:
            return "diverged"
        return "early_stopped" if self.stopped_early else "finished"

    # --- checkpoints ------------------------------------------------------------------------
    def checkpoint(self) -> dict[str, np.ndarray]:
        """Everything needed to continue exactly here, as arrays (the meta block is JSON text)."""
        arrays = {f"net/{k}": v for k, v in self.net.state_dict().items()}
        arrays.update({f"opt/{k}": v for k, v in self.optimizer.state_dict().items()})
        if self.perm is not None:
            arrays["perm"] = self.perm
        meta = {
            "epoch": self.epoch, "batch": self.batch, "sums": self._sums, "epoch_seconds": self._epoch_seconds,
            "rng": self.rng.bit_generator.state,
            "layer_rngs": [layer.rng.bit_generator.state for layer in self.net.layers],
            "history": [asdict(h) for h in self.history], "best_val": self.best_val,
            "bad_epochs": self.bad_epochs, "settings": self.settings, "best_epoch": self.best_epoch,
            "train_seconds": self.train_seconds, "images_seen": self.images_seen,
        }
        if self.best_state is not None:
            arrays.update({f"best/{k}": v for k, v in self.best_state.items()})
        arrays["trainer_meta"] = np.array(json.dumps(meta))
        return arrays

    def restore(self, arrays: dict[str, np.ndarray]) -> None:
        meta = json.loads(str(arrays["trainer_meta"]))
        self.net.load_state_dict({k[4:]: v for k, v in arrays.items() if k.startswith("net/")})
        self.optimizer.load_state_dict({k[4:]: v for k, v in arrays.items() if k.startswith("opt/")})
        self.perm = np.array(arrays["perm"]) if "perm" in arrays else None
        self.epoch, self.batch = meta["epoch"], meta["batch"]
        self._sums, self._epoch_seconds = meta["sums"], meta["epoch_seconds"]
        self.rng.bit_generator.state = meta["rng"]
        for layer, state in zip(self.net.layers, meta["layer_rngs"]):
            layer.rng.bit_generator.state = state
        self.history = [EpochReport(**h) for h in meta["history"]]
        self.best_val, self.bad_epochs = meta["best_val"], meta["bad_epochs"]
        self.best_epoch = meta.get("best_epoch")
        best = {k[5:]: np.array(v) for k, v in arrays.items() if k.startswith("best/")}
        self.best_state = best or None
        self.train_seconds, self.images_seen = meta["train_seconds"], meta["images_seen"]
