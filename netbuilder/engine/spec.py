"""The network format, version 1: validation with every problem reported, and migrations.

`parse_spec(doc)` turns a parsed JSON document into a frozen `NetworkSpec` or raises one `SpecError`
listing every problem with its JSON path. `analyze_layers` is the per-layer half of that, which the
builder window runs on every edit to show shapes, parameter counts and errors on each card.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from netbuilder.i18n import translate
from netbuilder.engine.errors import Problem, SpecError, did_you_mean, join_path
from netbuilder.engine.init import INIT_PARAMS  # noqa: F401  (re-exported for docs)
from netbuilder.engine.losses import make_loss
from netbuilder.engine.optim import make_optimizer, make_schedule
from netbuilder.engine.params import Param, configure, type_name
from netbuilder.engine.registry import layer_class

FORMAT = "netbuilder.network"
VERSION = 1
TOP_KEYS = ("format", "version", "name", "description", "input", "layers", "loss", "training", "data")
AUGMENTATIONS = ("shift", "flip", "noise")

TRAINING_PARAMS = (
    Param("batch_size", "int", 32, "samples per mini-batch", min=1, max=100_000),
    Param("epochs", "int", 5, "passes over the training data", min=1, max=100_000),
    Param("seed", "int", 0, "seed for weights, shuffling, dropout and augmentation", min=0, max=2**32 - 1),
    Param("val_fraction", "float", 0.1, "share of the training data held out for validation", min=0, max=0.9),
    Param("clip_norm", "float", None, "clip the global gradient norm to this (null: no clipping)",
          min=0, min_exclusive=True, nullable=True, advanced=True),
    Param("early_stopping", "int", None, "stop after this many epochs without a better validation loss",
          min=1, nullable=True),
    Param("restore_best", "bool", True, "when early stopping ends training, put back the weights of the epoch "
          "with the lowest validation loss"),
)
DEFAULT_OPTIMIZER = {"type": "adam", "lr": 0.001}
DEFAULT_SCHEDULE = {"type": "constant"}
DEFAULT_LOSS = {"type": "cross_entropy"}

# version n -> function that turns a version-n document into a version-(n+1) one.
MIGRATIONS: dict = {}


@dataclass
class LayerReport:
    """What the builder needs to know about one layer without running anything."""
    index: int
    kind: str
    config: dict | None  # full config with defaults, None when the layer could not be configured
    input_shape: tuple | None
    output_shape: tuple | None
    param_count: int = 0
    macs: int = 0
    problems: list[Problem] = field(default_factory=list)  # paths relative to layers[index]


@dataclass(frozen=True)
class NetworkSpec:
    name: str
    input_shape: tuple
    layers: tuple  # of LayerReport, all valid
    loss: dict
    training: dict
    data: str | None
    doc: dict  # the migrated document as given (what gets saved back)

    @property
    def output_shapes(self) -> list[tuple]:
        return [r.output_shape for r in self.layers]

    @property
    def param_count(self) -> int:
        return sum(r.param_count for r in self.layers)

    @property
    def macs(self) -> int:
        return sum(r.macs for r in self.layers)


def migrate(doc: dict) -> dict:
    """Bring an older document up to VERSION; refuse a newer one."""
    version = doc.get("version", VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SpecError("version", translate("Engine", "must be a whole number ≥ 1, not {0!r}").format(version))
    if version > VERSION:
        from netbuilder import __version__
        raise SpecError("version", translate("Engine", "this file is format version {0}, written by a newer NetBuilder; this is NetBuilder {1}, which reads versions up to {2}").format(version, __version__, VERSION))
    doc = copy.deepcopy(doc)
    while version < VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
        doc["version"] = version
    return doc


def analyze_layers(input_shape: tuple | None, raw_layers: list) -> list[LayerReport]:
    """Configure each layer and infer shapes in order; a broken layer leaves later shapes unknown."""
    reports = []
    shape = tuple(input_shape) if input_shape is not None else None
    for i, raw in enumerate(raw_layers):
        report = LayerReport(i, "?", None, shape, None)
        reports.append(report)
        if not isinstance(raw, dict):
            report.problems.append(Problem("", translate("Engine", "each layer must be an object with a \"type\"")))
            shape = None
            continue
        kind = raw.get("type")
        report.kind = str(kind)
        try:
            cls = layer_class(kind)
        except SpecError as e:
            report.problems.extend(e.problems)
            shape = None
            continue
        params = {k: v for k, v in raw.items() if k != "type"}
        try:
            config = configure(cls.PARAMS, params)
        except SpecError as e:
            report.problems.extend(e.problems)
            shape = None
            continue
        report.config = config
        if shape is None:
            continue
        try:
            layer = cls(shape, **config)
        except SpecError as e:
            report.problems.extend(e.problems)
            shape = None
            continue
        shape = layer.output_shape
        report.output_shape = shape
        report.param_count = layer.param_count()
        report.macs = layer.macs()
    return reports


def _input_shape(doc: dict, problems: list[Problem]) -> tuple | None:
    inp = doc.get("input")
    if not isinstance(inp, dict) or "shape" not in inp:
        problems.append(Problem("input", translate("Engine", 'is required, e.g. {"shape": [1, 28, 28]}')))
        return None
    for key in inp:
        if key != "shape":
            problems.append(Problem(f"input.{key}", translate("Engine", "unknown setting{0}").format(did_you_mean(key, ['shape']))))
    shape = inp["shape"]
    ok = (isinstance(shape, list) and len(shape) in (1, 3)
          and all(isinstance(d, int) and not isinstance(d, bool) and 1 <= d <= 100_000 for d in shape))
    if not ok:
        problems.append(Problem("input.shape", translate("Engine", "must be [features] or [channels, height, width] of positive whole numbers, not {0!r}").format(shape)))
        return None
    return tuple(shape)


def _sub(problems: list[Problem], prefix: str, fn, *args):
    try:
        return fn(*args)
    except SpecError as e:
        problems.extend(e.prefixed(prefix).problems)
        return None


def _training(raw, problems: list[Problem]) -> dict:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        problems.append(Problem("training", translate("Engine", "must be an object")))
        raw = {}
    own = {k: v for k, v in raw.items() if k not in ("optimizer", "schedule", "augment")}
    training = _sub(problems, "training", configure, TRAINING_PARAMS, own, ()) or {}
    for key, default, make in (("optimizer", DEFAULT_OPTIMIZER, make_optimizer),
                               ("schedule", DEFAULT_SCHEDULE, make_schedule)):
        value = raw.get(key, default)
        if not isinstance(value, dict):
            problems.append(Problem(f"training.{key}", translate("Engine", 'must be an object with a "type"')))
            continue
        made = _sub(problems, f"training.{key}", make, value)
        if made is not None:
            training[key] = {"type": value["type"], **made.config}
    augment = raw.get("augment", [])
    if not isinstance(augment, list):
        problems.append(Problem("training.augment", translate("Engine", "must be a list drawn from {0}").format(list(AUGMENTATIONS))))
        augment = []
    for j, name in enumerate(augment):
        if not isinstance(name, str):
            problems.append(Problem(f"training.augment[{j}]", translate("Engine", "must be the name of an augmentation ({0}), not {1}").format(', '.join(AUGMENTATIONS), type_name(name))))
        elif name not in AUGMENTATIONS:
            problems.append(Problem(f"training.augment[{j}]", translate("Engine", 'unknown augmentation "{0}"{1}; choose from {2}').format(name, did_you_mean(name, AUGMENTATIONS), ', '.join(AUGMENTATIONS))))
    training["augment"] = [a for a in augment if isinstance(a, str) and a in AUGMENTATIONS]
    return training


def parse_spec(doc) -> NetworkSpec:
    """Validate a whole document; SpecError with every problem found, or the frozen spec."""
    if isinstance(doc, NetworkSpec):
        return doc
    if not isinstance(doc, dict):
        raise SpecError("", translate("Engine", "a network file must hold a JSON object"))
    problems: list[Problem] = []
    fmt = doc.get("format", FORMAT)
    if fmt != FORMAT:
        raise SpecError("format", translate("Engine", 'is {0!r}, expected "{1}" — is this a NetBuilder network file?').format(fmt, FORMAT))
    doc = migrate(doc)
    for key in doc:
        if key not in TOP_KEYS:
            problems.append(Problem(str(key), translate("Engine", "unknown setting{0}").format(did_you_mean(key, TOP_KEYS))))
    name = doc.get("name", "untitled")
    for key in ("name", "description"):
        if key in doc and not isinstance(doc[key], str):
            problems.append(Problem(key, translate("Engine", "must be text, not {0}").format(type_name(doc[key]))))
    input_shape = _input_shape(doc, problems)
    raw_layers = doc.get("layers")
    if not isinstance(raw_layers, list) or not raw_layers:
        problems.append(Problem("layers", translate("Engine", "must be a non-empty list of layers")))
        raw_layers = []
    reports = analyze_layers(input_shape, raw_layers)
    for r in reports:
        problems.extend(Problem(join_path(f"layers[{r.index}]", p.path), p.message) for p in r.problems)
    raw_loss = doc.get("loss", DEFAULT_LOSS)
    loss = None
    if not isinstance(raw_loss, dict):
        problems.append(Problem("loss", translate("Engine", 'must be an object with a "type"')))
    else:
        made = _sub(problems, "loss", make_loss, raw_loss)
        if made is not None:
            loss = {"type": raw_loss["type"], **made.config}
            if reports and reports[-1].output_shape is not None:
                _sub(problems, "loss", made.check_output, reports[-1].output_shape)
    training = _training(doc.get("training"), problems)
    data = doc.get("data")
    if data is not None and not isinstance(data, str):
        problems.append(Problem("data", translate("Engine", 'must be a data source string such as "builtin:shapes"')))
    if problems:
        error = SpecError(problems)
        error.reports = reports  # the shapes that could be worked out: the builder still shows them
        raise error
    return NetworkSpec(name=name, input_shape=input_shape, layers=tuple(reports), loss=loss,
                       training=training, data=data, doc=doc)
