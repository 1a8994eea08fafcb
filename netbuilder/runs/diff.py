"""What differs between runs: layers added, removed or changed, training settings, data, and outcomes.

Also the columns a table of many runs needs: only the settings that vary between them, and a short
label per run built from those values (the legend of a comparison chart).
"""

from __future__ import annotations

from netbuilder.i18n import QT_TRANSLATE_NOOP, translate
import difflib
import hashlib
import json
from dataclasses import dataclass, field

from netbuilder.format import value_text

MISSING = object()


@dataclass
class RunDiff:
    layers: list[tuple[str, str]] = field(default_factory=list)     # (sign, text): "+", "-", "~"
    settings: list[tuple[str, object, object]] = field(default_factory=list)   # (key, a, b)
    data: list[tuple[str, object, object]] = field(default_factory=list)
    outcomes: list[tuple[str, object, object]] = field(default_factory=list)   # every outcome, side by side

    @property
    def same_network(self) -> bool:
        return not self.layers


def flatten(value, prefix: str = "") -> dict:
    """{'optimizer': {'lr': 1}} -> {'optimizer.lr': 1}; lists stay whole (they are one setting)."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            out.update(flatten(v, f"{prefix}{k}."))
        return out
    return {prefix[:-1]: value}


def _changes(a: dict, b: dict) -> list[tuple[str, object, object]]:
    keys = list(dict.fromkeys([*a, *b]))
    return [(k, a.get(k, MISSING), b.get(k, MISSING)) for k in keys if a.get(k, MISSING) != b.get(k, MISSING)]


def layer_configs(doc: dict) -> list[dict]:
    """Each layer with its defaults filled when the document still parses, else as written."""
    try:
        from netbuilder.engine.spec import parse_spec
        spec = parse_spec(doc)
        return [{"type": r.kind, **(r.config or {})} for r in spec.layers]
    except Exception:   # an old or now-invalid document: compare what was written
        return [dict(layer) for layer in doc.get("layers", []) if isinstance(layer, dict)]


def describe_layer(layer: dict) -> str:
    params = ", ".join(f"{k}={_fmt(v)}" for k, v in layer.items() if k != "type")
    return f"{layer.get('type', '?')}({params})" if params else str(layer.get("type", "?"))


def diff_layers(a: list[dict], b: list[dict]) -> list[tuple[str, str]]:
    """Layer changes from a to b, aligned by layer kind so one inserted layer shows as one '+' line."""
    out = []
    matcher = difflib.SequenceMatcher(a=[x.get("type") for x in a], b=[x.get("type") for x in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2)):
                changes = _changes({k: v for k, v in a[i].items() if k != "type"},
                                   {k: v for k, v in b[j].items() if k != "type"})
                if changes:
                    what = ", ".join(f"{k} {_fmt(x)} → {_fmt(y)}" for k, x, y in changes)
                    out.append(("~", translate("Runs", "layer {0} → {1} {2}: {3}").format(i + 1, j + 1, a[i]['type'], what)))
            continue
        if op in ("delete", "replace"):
            out += [("-", translate("Runs", "layer {0} {1}").format(i + 1, describe_layer(a[i]))) for i in range(i1, i2)]
        if op in ("insert", "replace"):
            out += [("+", translate("Runs", "layer {0} {1}").format(j + 1, describe_layer(b[j]))) for j in range(j1, j2)]
    return out


# The labels are translated where they are shown (runs/report.py), compared as written.
OUTCOMES = ((QT_TRANSLATE_NOOP("Runs", "status"), "status"), (QT_TRANSLATE_NOOP("Runs", "test accuracy"), "test_accuracy"), (QT_TRANSLATE_NOOP("Runs", "test loss"), "test_loss"),
            (QT_TRANSLATE_NOOP("Runs", "epochs"), "epochs_done"), (QT_TRANSLATE_NOOP("Runs", "seconds"), "seconds"), (QT_TRANSLATE_NOOP("Runs", "images/s"), "images_per_second"),
            (QT_TRANSLATE_NOOP("Runs", "parameters"), "params"), (QT_TRANSLATE_NOOP("Runs", "multiply-adds"), "macs"))


def diff_runs(a, b) -> RunDiff:
    """Everything that differs between runs a and b (records.Run), and their outcomes side by side."""
    doc_a, doc_b = a.network, b.network
    d = RunDiff()
    d.layers = diff_layers(layer_configs(doc_a), layer_configs(doc_b))
    for key in ("input", "loss"):
        for k, x, y in _changes(flatten(doc_a.get(key, {}), f"{key}."), flatten(doc_b.get(key, {}), f"{key}.")):
            d.layers.append(("~", f"{k}: {_fmt(x)} → {_fmt(y)}"))
    d.settings = _changes(flatten(a.settings), flatten(b.settings))
    fa, fb = a.data_fingerprint or {}, b.data_fingerprint or {}
    d.data = _changes({"spec": a.data_spec, **{f"loaded.{k}": v for k, v in fa.items()}},
                      {"spec": b.data_spec, **{f"loaded.{k}": v for k, v in fb.items()}})
    d.outcomes = [(label, getattr(a, attr), getattr(b, attr)) for label, attr in OUTCOMES]
    return d


def varying_settings(runs) -> list[str]:
    """Keys (flattened settings, 'data', 'network') whose value is not the same in every run."""
    if len(runs) < 2:
        return []
    rows = [run_facts(r) for r in runs]
    keys = list(dict.fromkeys(k for row in rows for k in row))
    return [k for k in keys if len({repr(row.get(k, MISSING)) for row in rows}) > 1]


def table_columns(runs) -> list[str]:
    """The varying keys worth a column: a key that only some runs have, with one value wherever it is
    present (Adam's beta1 beside an SGD run, a schedule's min_lr beside no schedule), is told apart
    by its parent setting's column (optimizer, schedule) already."""
    rows = [run_facts(r) for r in runs]

    def only_absent(key):
        present = {repr(row[key]) for row in rows if key in row}
        return len(present) == 1 and any(key not in row for row in rows)
    return [k for k in varying_settings(runs) if not only_absent(k)]


def run_facts(run) -> dict:
    """The values a run is distinguished by: its network (name/shape), data and every training setting."""
    facts = {"network": _network_label(run), "data": run.data_spec}
    facts.update(flatten(run.settings))
    return facts


KEEP_WITH_KIND = {"optimizer.lr"}   # every optimizer has one, and it matters as much as the kind
PRIORITY = ("network", "data", "optimizer.type", "optimizer.lr", "batch_size", "epochs", "schedule.type")


def distinguishing_labels(runs, max_keys: int = 3) -> dict[int, str]:
    """run id -> '#4 lr 0.01, seed 2': the values that vary between these runs, or the run's name.

    Sub-settings of a varied kind are left out (schedule.min_lr says little when schedule.type differs);
    the network, data and optimizer come first, the seed last.
    """
    keys = varying_settings(runs)
    kinds = {k[:-len(".type")] for k in keys if k.endswith(".type")}
    keys = [k for k in keys if k.endswith(".type") or k in KEEP_WITH_KIND or k.split(".")[0] not in kinds]
    keys = sorted(keys, key=lambda k: (k == "seed", PRIORITY.index(k) if k in PRIORITY else len(PRIORITY)))[:max_keys]
    names = {r.id: r.network.get("name", "?") for r in runs}
    by_name = len(set(names.values())) == len({_network_label(r) for r in runs})   # names tell the networks apart
    labels = {}
    for run in runs:
        facts = run_facts(run)
        if by_name:
            facts["network"] = names[run.id]
        parts = [_fmt(facts.get(k, MISSING)) if k == "network" else f"{short_key(k)} {_fmt(facts.get(k, MISSING))}"
                 for k in keys]
        labels[run.id] = f"#{run.id} " + (", ".join(parts) if parts else run.name)
    return labels


def short_key(key: str) -> str:
    return {"optimizer.lr": "lr", "optimizer.type": "optimizer", "batch_size": "batch", "schedule.type": "schedule",
            "val_fraction": "val"}.get(key, key)


def _network_label(run) -> str:
    """Name and a hash of the architecture only (input, layers, loss): the training settings have
    columns of their own, so two runs of one network at two learning rates are the same network."""
    doc = run.network
    arch = json.dumps({k: doc.get(k) for k in ("input", "layers", "loss")}, sort_keys=True, separators=(",", ":"))
    return f"{doc.get('name', '?')} ({hashlib.sha256(arch.encode('utf-8')).hexdigest()[:6]})"


def _fmt(v) -> str:
    """A setting's value in a diff; a setting one run lacks is "(none)"."""
    return translate("Runs", "(none)") if v is MISSING else value_text(v)


fmt = _fmt
