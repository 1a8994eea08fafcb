"""Studies: sweep definitions kept as files in resources/studies/NAME.json.

A study names its networks (paths relative to the study file, with the label the tables use),
what it varies, its seeds and its data: a built-in set by default, so it runs anywhere, and the
options it adds when the user points it at real data (`--data cifar10:DIR` gets
`classes=airplane,ship`). With `fit_to_data` the networks take their input shape and number of
outputs from the data, so the same study runs on built-in 28×28 shapes and on 32×32 CIFAR images;
the study's `scaling` sentence says how the inputs were scaled.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import json
import pathlib

from netbuilder.engine.errors import Problem
from netbuilder.paths import resource
from netbuilder.runs import sweep_paths as paths
from netbuilder.runs.sweep_plan import SweepDefinition, SweepError, Variation, network_from_file

KEYS = ("format", "version", "name", "title", "description", "networks", "vary", "swap_activation", "seeds",
        "epochs", "data", "data_options", "fit_to_data", "scaling")


def studies_folder() -> pathlib.Path:
    return pathlib.Path(resource("studies"))


def study_names() -> list[str]:
    return sorted(p.stem for p in studies_folder().glob("*.json"))


def study_path(name: str) -> pathlib.Path:
    path = pathlib.Path(name)
    if path.suffix == ".json" and path.exists():
        return path
    found = studies_folder() / f"{name}.json"
    if not found.exists():
        from netbuilder.engine.errors import did_you_mean
        raise SweepError(translate("Runs", "no study \"{0}\"{1}; the studies are: {2}").format(name, did_you_mean(name, study_names()), ', '.join(study_names())))
    return found


def load_study(name: str) -> tuple[SweepDefinition, dict]:
    """(definition, the study document) — the caller applies --data/--epochs/--seeds over it."""
    path = study_path(name)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise SweepError(translate("Runs", "{0}: cannot be read as JSON ({1})").format(path, e), code=1) from None
    unknown = [k for k in doc if k not in KEYS]
    if unknown or doc.get("format") != "netbuilder.study":
        raise SweepError([Problem(f"{path}", translate("Runs", "not a study file (format \"netbuilder.study\"; unknown keys: {0})").format(', '.join(unknown) or 'none'))], code=1)
    nets = doc.get("networks") or {}
    if isinstance(nets, list):
        nets = {pathlib.Path(p).stem: p for p in nets}
    networks = []
    for label, rel in nets.items():
        net = network_from_file(path.parent / rel)
        net.label = label
        networks.append(net)
    seeds = doc.get("seeds", 5)
    definition = SweepDefinition(
        networks=networks,
        vary=[Variation(p, tuple(v)) for p, v in (doc.get("vary") or {}).items()],
        activations=list(doc.get("swap_activation") or []),
        seeds=list(range(seeds)) if isinstance(seeds, int) else list(seeds),
        data=doc.get("data"), epochs=None, name=doc.get("name", path.stem),
        fit_to_data=bool(doc.get("fit_to_data")))
    return definition, doc


def study_epochs(doc: dict, data: str) -> int | None:
    """The study's epochs for this kind of data: `{"builtin": 10}` shortens runs on a built-in set
    and leaves real data to the network files' own epochs; a plain number applies to all."""
    epochs = doc.get("epochs")
    if isinstance(epochs, dict):
        return epochs.get(data.split(":", 1)[0].strip().lower())
    return epochs


def study_data(doc: dict, given: str | None) -> str:
    """The study's data SPEC: its built-in default, or the user's with the options the study needs
    for that kind of data (`classes=airplane,ship` for cifar10) added when missing."""
    if not given:
        return doc.get("data")
    scheme = given.split(":", 1)[0].strip().lower()
    for option in (doc.get("data_options") or {}).get(scheme, "").split("&"):
        key, _, value = option.partition("=")
        if key and f"{key}=" not in given.partition("?")[2]:
            given = paths.set_data_option(given, key, value)
    return given
