"""What a recorded run looks like to callers, and the small pure helpers that fill it: the automatic
name, the network hash, the data fingerprint and the down-sampled per-batch loss."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

import numpy as np

MAX_BATCH_POINTS = 2000
FULL_HASH_BYTES = 64 << 20     # data sets up to this size are hashed whole
FINGERPRINT_ROWS = 4096        # samples per split hashed for larger ones


@dataclass
class EpochRow:
    epoch: int            # 1-based, as people count
    train_loss: float | None
    train_accuracy: float | None
    val_loss: float | None
    val_accuracy: float | None
    seconds: float | None
    lr: float | None


@dataclass
class Run:
    id: int
    name: str
    auto_name: str
    status: str
    started: float
    ended: float | None
    network_json: str
    network_hash: str
    data_spec: str | None
    data_fingerprint: dict | None
    settings: dict
    seed: int | None
    version: str
    test_loss: float | None = None
    test_accuracy: float | None = None
    params: int | None = None
    macs: int | None = None
    images_per_second: float | None = None
    train_seconds: float | None = None
    message: str | None = None
    notes: str = ""
    per_class: dict | None = None
    parent_id: int | None = None
    sweep_id: str | None = None
    early_stopped: bool = False
    host: str | None = None
    pid: int | None = None
    tags: list[str] = field(default_factory=list)
    epochs: list[EpochRow] = field(default_factory=list)
    artifacts: dict[str, dict] = field(default_factory=dict)   # name -> {path, sha256, bytes}

    @property
    def network(self) -> dict:
        return json.loads(self.network_json)

    @property
    def seconds(self) -> float | None:
        return None if self.ended is None else self.ended - self.started

    @property
    def epochs_done(self) -> int:
        return len(self.epochs)


def network_hash(text: str) -> str:
    """SHA-256 of the document's canonical JSON: the same network hashes the same however it was spaced."""
    try:
        canonical = json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"))
    except json.JSONDecodeError:
        canonical = text
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def data_fingerprint(dataset) -> dict:
    """Sizes, shapes and a hash of the loaded arrays, so 'trained on the same data' can be checked.

    SHA-256 (hardware-accelerated on current CPUs) over every byte of sets up to FULL_HASH_BYTES; of
    larger ones over FINGERPRINT_ROWS evenly spaced samples per split plus all sizes, so full MNIST
    costs milliseconds, not a second. Computed once per loaded dataset (the window and sweeps train
    many runs on the same arrays).
    """
    cached = getattr(dataset, "_netbuilder_fingerprint", None)
    if cached is not None:
        return dict(cached)
    h = hashlib.sha256()
    parts = [getattr(dataset, p) for p in ("x_train", "y_train", "x_test", "y_test")]
    sampled = sum(a.nbytes for a in parts) > FULL_HASH_BYTES
    for part, a in zip(("x_train", "y_train", "x_test", "y_test"), parts):
        h.update(f"{part}{a.dtype}{a.shape}".encode())
        if sampled and len(a) > FINGERPRINT_ROWS:
            a = a[np.linspace(0, len(a) - 1, FINGERPRINT_ROWS).astype(np.int64)]
        if hasattr(a, "batches"):  # uint8 pixels read as float32 (data/pixels.py): hashed a chunk at a
            for _, chunk in a.batches():  # time, the same bytes as the whole float32 array, no copy of it
                h.update(memoryview(np.ascontiguousarray(chunk)).cast("B"))
            continue
        a = np.ascontiguousarray(a)
        h.update(memoryview(a).cast("B"))
    fp = {"train": len(dataset.x_train), "test": len(dataset.x_test),
          "sample_shape": list(dataset.x_train.shape[1:]), "classes": len(dataset.class_names),
          "hash": h.hexdigest()[:32], "hashed": "sampled" if sampled else "all"}
    try:
        dataset._netbuilder_fingerprint = dict(fp)
    except AttributeError:   # a frozen or slotted dataset: just compute it again next time
        pass
    return fp


WEIGHT_KINDS = ("Conv2D", "Dense")


def auto_name(doc: dict, settings: dict) -> str:
    """'CNN 4 layers, adam lr 0.002, seed 0': kind of network, weight layers, optimizer, seed."""
    kinds = [layer.get("type") for layer in doc.get("layers", []) if isinstance(layer, dict)]
    weights = sum(k in WEIGHT_KINDS for k in kinds)
    family = "CNN" if "Conv2D" in kinds else "MLP" if "Dense" in kinds else "Net"
    opt = settings.get("optimizer") or {}
    parts = [f"{family} {weights} layer{'s' if weights != 1 else ''}"]
    if opt.get("type"):
        lr = opt.get("lr")
        parts.append(f"{opt['type']} lr {lr:g}" if isinstance(lr, (int, float)) else str(opt["type"]))
    if settings.get("seed") is not None:
        parts.append(f"seed {settings['seed']}")
    return ", ".join(parts)


class BatchSeries:
    """Per-batch loss kept to at most MAX_BATCH_POINTS points however long the run.

    Consecutive batches are averaged into buckets; when the buckets fill up, neighbours merge and the
    bucket doubles, so the points stay evenly spread over the whole run in O(1) memory.
    """

    def __init__(self, limit: int = MAX_BATCH_POINTS):
        self.limit = limit - limit % 2
        self.bucket = 1
        self.steps: list[float] = []     # mean global batch index of each point
        self.losses: list[float] = []
        self._acc = [0.0, 0.0, 0]         # sum of steps, sum of losses, count in the open bucket

    def add(self, step: int, loss: float) -> None:
        a = self._acc
        a[0] += step
        a[1] += loss
        a[2] += 1
        if a[2] == self.bucket:
            self.steps.append(a[0] / a[2])
            self.losses.append(a[1] / a[2])
            self._acc = [0.0, 0.0, 0]
            if len(self.steps) >= self.limit:
                self._merge()

    def _merge(self) -> None:
        s, l = np.asarray(self.steps), np.asarray(self.losses)
        self.steps = list((s[0::2] + s[1::2]) / 2)
        self.losses = list((l[0::2] + l[1::2]) / 2)
        self.bucket *= 2

    def arrays(self) -> dict[str, np.ndarray]:
        steps, losses = list(self.steps), list(self.losses)
        a = self._acc
        if a[2]:
            steps.append(a[0] / a[2])
            losses.append(a[1] / a[2])
        return {"step": np.asarray(steps, dtype=np.float64), "loss": np.asarray(losses, dtype=np.float64)}
