"""JSON paths into a network document (`training.optimizer.lr`, `layers[0].filters`), checked
against the parameter declarations before anything runs.

A sweep that only finds out at run 37 that `training.optimiser.lr` does not exist wastes the
36 runs before it, so every varied path is resolved against what the engine declares at that
place (the training settings, the optimizer's, the loss's, each layer kind's) and every value is
validated by the same `parse_spec` that loads a network file. Problems carry the path and a
"did you mean".

`data.OPTION` (e.g. `data.standardize`) is the one path outside the network proper: the document's
`data` is a SPEC string, so the path sets an option of that SPEC (the input scaling is a setting a
study wants to vary).
"""

from __future__ import annotations

from netbuilder.i18n import translate
import copy
import re

from netbuilder.engine.errors import Problem, SpecError, did_you_mean
from netbuilder.engine.losses import LOSSES
from netbuilder.engine.optim import OPTIMIZERS, SCHEDULES
from netbuilder.engine.registry import layer_class, layer_kinds
from netbuilder.engine.spec import DEFAULT_LOSS, DEFAULT_OPTIMIZER, DEFAULT_SCHEDULE, TOP_KEYS, TRAINING_PARAMS

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|(\.)")
KINDED = {"optimizer": OPTIMIZERS, "schedule": SCHEDULES}  # objects under `training` whose keys depend on "type"
DEFAULTS = {"optimizer": DEFAULT_OPTIMIZER, "schedule": DEFAULT_SCHEDULE}


def split_path(path: str) -> list[str | int]:
    """`layers[0].filters` -> ["layers", 0, "filters"]; SpecError for anything else."""
    tokens: list[str | int] = []
    pos, expect_key = 0, True
    text = path.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise SpecError(path, translate("Runs", "is not a path like training.optimizer.lr or layers[0].filters (stuck at \"{0}\")").format(text[pos:]))
        key, index, dot = m.groups()
        if key is not None:
            if not expect_key:
                raise SpecError(path, translate("Runs", "needs a \".\" before \"{0}\"").format(key))
            tokens.append(key)
            expect_key = False
        elif index is not None:
            tokens.append(int(index))
            expect_key = False
        else:
            if expect_key:
                raise SpecError(path, translate("Runs", "has an empty part (two dots, or a leading dot)"))
            expect_key = True
        pos = m.end()
    if not tokens or expect_key:
        raise SpecError(path, translate("Runs", "is empty or ends with a dot"))
    return tokens


def _keys_here(doc: dict, tokens: list) -> tuple[list[str], str]:
    """The keys allowed after `tokens` in `doc`, and a phrase naming that place (for messages)."""
    if not tokens:
        return list(TOP_KEYS), translate("Runs", "the network document")
    head = tokens[0]
    if head == "training":
        training = doc.get("training") or {}
        if len(tokens) == 1:
            return [p.name for p in TRAINING_PARAMS] + ["optimizer", "schedule", "augment"], "training"
        if len(tokens) == 2 and tokens[1] in KINDED:
            obj = training.get(tokens[1]) or DEFAULTS[tokens[1]]
            cls = KINDED[tokens[1]].get(obj.get("type"))
            names = [p.name for p in cls.PARAMS] if cls else []
            return ["type", *names], translate("Runs", "training.{0} (\"{1}\")").format(tokens[1], obj.get("type"))
    if head == "loss" and len(tokens) == 1:
        obj = doc.get("loss") or DEFAULT_LOSS
        cls = LOSSES.get(obj.get("type"))
        return ["type", *([p.name for p in cls.PARAMS] if cls else [])], translate("Runs", "loss (\"{0}\")").format(obj.get("type"))
    if head == "layers" and len(tokens) == 2 and isinstance(tokens[1], int):
        layer = doc["layers"][tokens[1]]
        cls = layer_class(layer.get("type"))
        return ["type", *[p.name for p in cls.PARAMS]], translate("Runs", "layers[{0}] ({1})").format(tokens[1], cls.kind)
    if head == "input" and len(tokens) == 1:
        return ["shape"], "input"
    return [], ""


def check_path(doc: dict, path: str) -> list[str | int]:
    """The path's tokens if it names a declared setting of `doc`, else SpecError with a hint."""
    tokens = split_path(path)
    if tokens[0] == "data":
        if len(tokens) != 2 or not isinstance(tokens[1], str):
            raise SpecError(path, translate("Runs", "data options are written data.OPTION, e.g. data.standardize"))
        return tokens
    for depth, token in enumerate(tokens):
        where = tokens[:depth]
        if isinstance(token, int):
            if where != ["layers"]:
                raise SpecError(path, translate("Runs", "[{0}]: only layers are numbered").format(token))
            count = len(doc.get("layers") or [])
            if token >= count:
                raise SpecError(path, translate("Runs", "there is no layers[{0}]: the network has {1} layers (layers[0] to layers[{2}])").format(token, count, count - 1))
            continue
        if where == ["layers"]:
            raise SpecError(path, translate("Runs", 'pick a layer by number, e.g. layers[0].filters'))
        keys, place = _keys_here(doc, where)
        if not keys:
            raise SpecError(path, translate("Runs", "\"{0}\" cannot be varied: nothing is declared under {1}").format(token, ".".join(map(str, where))))
        if token not in keys:
            raise SpecError(path, translate("Runs", "{0} has no setting \"{1}\"{2}{3}; it has: {4}").format(place, token, did_you_mean(token, keys), _elsewhere(doc, where, token), ', '.join(keys)))
    if tokens[0] == "layers" and len(tokens) != 3:
        raise SpecError(path, translate("Runs", "name one setting of one layer, e.g. layers[0].filters"))
    return tokens


def _elsewhere(doc: dict, where: list, token: str) -> str:
    """For a layer that lacks the setting: which layers do have it."""
    if len(where) != 2 or where[0] != "layers":
        return ""
    having = [translate("Runs", "layers[{0}] ({1})").format(i, layer.get('type')) for i, layer in enumerate(doc.get("layers") or [])
              if isinstance(layer, dict) and layer.get("type") in layer_kinds()
              and token in {p.name for p in layer_class(layer["type"]).PARAMS}]
    return translate("Runs", " (layers with {0}: {1})").format(token, ', '.join(having[:4])) if having else ""


def set_value(doc: dict, tokens: list, value) -> dict:
    """A copy of `doc` with the setting at `tokens` replaced. Changing a `type` drops the settings
    the new kind does not declare (an sgd's momentum means nothing to adam); `lr` carries over."""
    doc = copy.deepcopy(doc)
    if tokens[0] == "data":
        doc["data"] = set_data_option(doc.get("data") or "", tokens[1], value)
        return doc
    node = doc
    for depth, token in enumerate(tokens[:-1]):
        nxt = tokens[depth + 1]
        if isinstance(token, str) and token not in node:
            node[token] = copy.deepcopy(DEFAULTS[token]) if token in DEFAULTS else ({} if isinstance(nxt, str) else [])
        node = node[token]
    last = tokens[-1]
    node[last] = value
    if last == "type" and len(tokens) >= 2:
        table = _kind_table(tokens)
        cls = table(value) if table else None
        if cls is not None:
            allowed = {p.name for p in cls.PARAMS} | {"type"}
            for key in [k for k in node if k not in allowed]:
                del node[key]
    return doc


def _kind_table(tokens):
    if tokens[0] == "training" and tokens[1] in KINDED:
        return KINDED[tokens[1]].get
    if tokens[0] == "loss":
        return LOSSES.get
    if tokens[0] == "layers":
        return lambda kind: layer_kinds().get(kind)
    return None


def set_data_option(spec_text: str, option: str, value) -> str:
    """`cifar10:DIR?classes=a,b` with standardize=1 -> `cifar10:DIR?classes=a,b&standardize=1`."""
    base, _, query = spec_text.partition("?")
    parts = [p for p in query.split("&") if p and p.split("=", 1)[0].strip().lower() != option.lower()]
    text = {True: "1", False: "0"}.get(value, str(value)) if isinstance(value, bool) else str(value)
    return f"{base}?{'&'.join([*parts, f'{option}={text}'])}"


def parse_value(text: str):
    """A command-line value as JSON when it is JSON (0.01, 64, true, null, "adam"), else the bare text."""
    import json
    try:
        return json.loads(text)
    except ValueError:
        return text.strip()


def hidden_activations(doc: dict) -> list[int]:
    """Indices of activation layers that are not the network's final output layer."""
    layers = doc.get("layers") or []
    kinds = layer_kinds()
    found = [i for i, layer in enumerate(layers)
             if isinstance(layer, dict) and layer.get("type") in kinds
             and kinds[layer["type"]].category == "Activation"]
    return [i for i in found if i != len(layers) - 1]


def swap_activations(doc: dict, kind: str) -> dict:
    doc = copy.deepcopy(doc)
    for i in hidden_activations(doc):
        doc["layers"][i] = {"type": kind}
    return doc


def check_activation_kind(kind: str) -> Problem | None:
    kinds = {k: cls for k, cls in layer_kinds().items() if cls.category == "Activation" and k != "Softmax"}
    if kind in kinds:
        return None
    return Problem("--swap-activation", translate("Runs", "\"{0}\" is not a hidden activation{1}; choose from {2}").format(kind, did_you_mean(kind, kinds), ', '.join(kinds)))


def sweepable_settings(doc: dict) -> list[tuple[str, str, object]]:
    """(path, label, current value) of every declared setting a sweep can vary in `doc`: the
    training settings, the optimizer's, the loss's, then each layer's, as the inspector shows them."""
    from netbuilder.engine.train import training_settings
    out = []
    training = training_settings(doc.get("training"))
    for p in TRAINING_PARAMS:
        if p.type in ("int", "float"):
            out.append((f"training.{p.name}", translate("Runs", "Training · {0}").format(p.name), training.get(p.name)))
    opt = training["optimizer"]
    cls = OPTIMIZERS.get(opt.get("type"))
    out.append(("training.optimizer.type", translate("Runs", "Optimizer · type"), opt.get("type")))
    for p in cls.PARAMS if cls else ():
        out.append((f"training.optimizer.{p.name}", translate("Runs", "Optimizer · {0}").format(p.name), opt.get(p.name, p.default)))
    loss = doc.get("loss") or DEFAULT_LOSS
    cls = LOSSES.get(loss.get("type"))
    for p in cls.PARAMS if cls else ():
        out.append((f"loss.{p.name}", translate("Runs", "Loss · {0}").format(p.name), loss.get(p.name, p.default)))
    kinds = layer_kinds()
    for i, layer in enumerate(doc.get("layers") or []):
        cls = kinds.get(layer.get("type")) if isinstance(layer, dict) else None
        for p in cls.PARAMS if cls else ():
            if p.type in ("int", "float", "choice") and not p.advanced:
                out.append((f"layers[{i}].{p.name}", f"{i + 1} {cls.kind} · {p.name}", layer.get(p.name, p.default)))
    return out
