"""A sweep definition and its expansion into runs: files × varied values × activation swaps × seeds.

Expansion is pure (no data, no processes), so what a sweep will run can be checked, counted and
tested before a single weight is drawn. Each run is a complete network document (seed and epochs
written into its `training`, the data SPEC into its `data`): the worker needs nothing else, which
is what lets the same run go to a local process or to a Dask worker on another machine, and what
lets `netbuilder train` on that document reproduce it bit for bit.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import copy
import hashlib
import itertools
import json
import pathlib
from dataclasses import dataclass, field

from netbuilder.engine.errors import Problem, SpecError
from netbuilder.engine.spec import parse_spec
from netbuilder.runs import sweep_paths as paths


class SweepError(ValueError):
    """A sweep that cannot start; `problems` lists every reason, `code` is the exit code to use."""

    def __init__(self, problems: list[Problem] | str, code: int = 2):
        self.problems = [Problem("", problems)] if isinstance(problems, str) else list(problems)
        self.code = code
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Variation:
    path: str
    values: tuple


@dataclass
class Network:
    label: str   # what the tables call it: the file's stem
    doc: dict


@dataclass
class SweepDefinition:
    networks: list[Network]
    vary: list[Variation] = field(default_factory=list)
    activations: list[str] = field(default_factory=list)
    seeds: list[int] = field(default_factory=lambda: [0, 1, 2])
    data: str | None = None          # overrides every file's own data
    epochs: int | None = None        # overrides every file's own epochs
    name: str = "sweep"
    fit_to_data: bool = False        # studies: set input shape and output units from the data


@dataclass(frozen=True)
class Run:
    key: str           # stable id of (document, data, seed): what --resume matches
    config: int        # index of the configuration (everything but the seed)
    labels: dict       # varied name -> value, e.g. {"network": "relu_3", "activation": "ReLU"}
    seed: int
    doc: dict
    data: str

    def task(self) -> dict:
        """What a worker needs, as plain data (picklable, JSON-able)."""
        return {"key": self.key, "doc": self.doc, "data": self.data, "seed": self.seed}


def varied_names(definition: SweepDefinition) -> list[str]:
    """Column names of what varies, in a fixed order: network, the paths, activation."""
    names = ["network"] if len(definition.networks) > 1 else []
    names += [v.path for v in definition.vary]
    return names + (["activation"] if definition.activations else [])


def check(definition: SweepDefinition) -> None:
    """Every path exists in every file and every value passes its declaration: else SweepError
    (exit 1, like an invalid network file) listing all problems."""
    problems: list[Problem] = []
    if not definition.networks:
        problems.append(Problem("", translate("Runs", "no network files given")))
    if not definition.seeds:
        problems.append(Problem("--seeds", translate("Runs", "at least one seed is needed")))
    if len(set(definition.seeds)) != len(definition.seeds):
        problems.append(Problem("--seed-list", translate("Runs", "a seed is listed twice")))
    problems += [p for kind in definition.activations if (p := paths.check_activation_kind(kind))]
    for net in definition.networks:
        for v in definition.vary:
            if not v.values:
                problems.append(Problem(v.path, translate("Runs", "no values given (write PATH=V1,V2)")))
            try:
                paths.check_path(_with_data(net.doc, definition.data), v.path)
            except SpecError as e:
                problems += [Problem(f"{net.label}: {p.path}", p.message) for p in e.problems]
        if definition.activations and not paths.hidden_activations(net.doc):
            problems.append(Problem(net.label, translate("Runs", "has no hidden activation layer to swap")))
    if problems:
        raise SweepError(problems, code=1)
    seen = set()
    for run in expand(definition):  # every value on every file, once per configuration
        if run.config in seen:
            continue
        seen.add(run.config)
        try:
            parse_spec(run.doc)
        except SpecError as e:
            where = ", ".join(f"{k}={v}" for k, v in run.labels.items())
            problems += [Problem(p.path, translate("Runs", "{0} (in {1})").format(p.message, where) if where else p.message) for p in e.problems]
    if problems:
        raise SweepError(problems, code=1)


def check_data(definition: SweepDefinition) -> None:
    """Load each distinct data SPEC once (first seed) and check every configuration fits it, so a
    wrong folder or a 10-output net on 2 classes stops the sweep before it starts (SweepError, exit 2).
    Studies with `fit_to_data` first take their networks' input shape and outputs from the data."""
    from netbuilder.data import DataError, load_dataset
    from netbuilder.run import data_fit_problems

    loaded = {}

    def dataset(spec_text):
        if spec_text not in loaded:
            try:
                loaded[spec_text] = load_dataset(spec_text, seed=definition.seeds[0])
            except DataError as e:
                raise SweepError(str(e)) from None
        return loaded[spec_text]

    if definition.fit_to_data and definition.data:
        data = dataset(definition.data)
        for net in definition.networks:
            net.doc = fit_to_data(net.doc, data.input_shape, data.num_classes)
    problems = []
    for labels, doc in configurations(definition):
        where = ", ".join(f"{k}={v}" for k, v in labels.items())
        if not doc.get("data"):
            problems.append(Problem(where, translate("Runs", 'no data source: give --data SPEC or add "data" to the file')))
            continue
        data = dataset(doc["data"])
        problems += [Problem(f"{where}: {p.path}" if where else p.path, p.message)
                     for p in data_fit_problems(parse_spec(doc), data.input_shape, data.num_classes)]
    if problems:
        raise SweepError(problems, code=2)


def _with_data(doc: dict, data: str | None) -> dict:
    if data is None:
        return doc
    return {**doc, "data": data}


def configurations(definition: SweepDefinition) -> list[tuple[dict, dict]]:
    """(labels, document) per configuration, seeds not yet applied, in a stable order."""
    axes = [[(net.label, net.doc) for net in definition.networks]]
    axes += [[(v.path, value) for value in v.values] for v in definition.vary]
    axes.append([("activation", kind) for kind in definition.activations] or [None])
    several = len(definition.networks) > 1
    out = []
    for combo in itertools.product(*axes):
        (label, doc), *rest = combo
        doc = _with_data(copy.deepcopy(doc), definition.data)
        labels = {"network": label} if several else {}
        for item in rest:
            if item is None:
                continue
            name, value = item
            if name == "activation":
                doc = paths.swap_activations(doc, value)
            else:
                doc = paths.set_value(doc, paths.split_path(name), value)
            labels[name] = value
        if definition.epochs is not None:
            doc.setdefault("training", {})["epochs"] = definition.epochs
        out.append((labels, doc))
    return out


def expand(definition: SweepDefinition) -> list[Run]:
    """The cartesian product files × varied values × activations × seeds, as runs."""
    runs = []
    for config, (labels, doc) in enumerate(configurations(definition)):
        for seed in definition.seeds:
            run_doc = copy.deepcopy(doc)
            run_doc.setdefault("training", {})["seed"] = int(seed)
            data = run_doc.get("data") or ""
            runs.append(Run(run_key(run_doc, data), config, labels, int(seed), run_doc, data))
    return runs


def run_key(doc: dict, data: str) -> str:
    text = json.dumps({"doc": doc, "data": data}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def sweep_id(definition: SweepDefinition, runs: list[Run]) -> str:
    """Same arguments, same id: so `--resume` finds the same folder without being told."""
    digest = hashlib.sha256("".join(r.key for r in runs).encode()).hexdigest()[:8]
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in definition.name)[:40] or "sweep"
    return f"{safe}-{digest}"


def fit_to_data(doc: dict, input_shape: tuple, num_classes: int) -> dict:
    """The study networks on another data set: input shape from the data, and the last Dense's
    units from its class count. Only studies do this, and they say so."""
    doc = copy.deepcopy(doc)
    doc.setdefault("input", {})["shape"] = list(input_shape)
    dense = [i for i, layer in enumerate(doc.get("layers") or []) if layer.get("type") == "Dense"]
    if dense:
        doc["layers"][dense[-1]]["units"] = int(num_classes)
    return doc


def network_from_file(path) -> Network:
    """The raw document of a network file (the sweep validates it as a whole later)."""
    from netbuilder.io.network_file import NetworkFileError, load_network
    try:
        spec = load_network(path)
    except NetworkFileError as e:
        raise SweepError([Problem(f"{e.file}: {p.path}" if p.path else e.file, p.message) for p in e.problems],
                         code=1) from None
    return Network(pathlib.Path(path).stem, spec.doc)
