"""`.nbmodel`: a trained network in one file, so nothing that made it work is left behind.

A zip holding `nbmodel.json` (format, version, class names, preprocessing, metrics), `network.json`
(the network file) and `weights.npz` (io/weights.py's format). Keeping the preprocessing with the
weights is the point: an image given to the model later is decoded and normalised exactly as the
training images were. Written atomically; read with messages that name the file and the part.
"""

from __future__ import annotations

import io
import json
import pathlib
import zipfile
from dataclasses import dataclass, field

import numpy as np

from netbuilder.engine.errors import SpecError
from netbuilder.engine.network import Network, WeightsMismatch
from netbuilder.engine.spec import NetworkSpec, parse_spec
from netbuilder.io.atomic import atomic_open
from netbuilder.io.network_file import to_json
from netbuilder.io.weights import META_KEY

FORMAT = "netbuilder.model"
VERSION = 1
SUFFIX = ".nbmodel"


class ModelFileError(Exception):
    """A .nbmodel that cannot be used; the message names the file and what is wrong."""


@dataclass
class TrainedModel:
    """A network with its weights and everything needed to feed it new inputs."""
    spec: NetworkSpec
    net: Network
    class_names: list[str] = field(default_factory=list)
    preprocessing: dict = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)

    @property
    def labels(self) -> list[str]:
        """Class names, or "class i" when the model came without them."""
        k = int(np.prod(self.net.layers[-1].output_shape))
        k = 2 if k == 1 else k
        names = list(self.class_names)
        return names if len(names) == k else [f"class {i}" for i in range(k)]


def save_nbmodel(path, model: TrainedModel) -> None:
    meta = {"format": FORMAT, "version": VERSION, "name": model.spec.name, "class_names": list(model.class_names),
            "preprocessing": model.preprocessing, "metrics": model.metrics,
            "layers": [layer.kind for layer in model.net.layers], "input_shape": list(model.net.input_shape)}
    weights = io.BytesIO()
    np.savez(weights, **model.net.state_dict(), **{META_KEY: np.array(json.dumps(
        {"layers": meta["layers"], "input_shape": meta["input_shape"]}))})
    with atomic_open(path, "wb") as f:
        with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("nbmodel.json", json.dumps(meta, indent=2))
            z.writestr("network.json", to_json(model.spec.doc))
            z.writestr("weights.npz", weights.getvalue())


def load_nbmodel(path) -> TrainedModel:
    path = pathlib.Path(path)
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            missing = [n for n in ("nbmodel.json", "network.json", "weights.npz") if n not in names]
            if missing:
                raise ModelFileError(f"{path}: not a NetBuilder model (it lacks {', '.join(missing)})")
            meta = json.loads(z.read("nbmodel.json"))
            doc = json.loads(z.read("network.json"))
            weights = z.read("weights.npz")
    except FileNotFoundError:
        raise ModelFileError(f"{path}: no such file") from None
    except (zipfile.BadZipFile, OSError) as e:
        raise ModelFileError(f"{path}: not a NetBuilder model file (not a readable zip: {e})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ModelFileError(f"{path}: its description is damaged ({e})") from None
    if meta.get("format") != FORMAT:
        raise ModelFileError(f'{path}: format is "{meta.get("format")}", expected "{FORMAT}"')
    if not isinstance(meta.get("version"), int) or meta["version"] > VERSION:
        raise ModelFileError(f"{path}: model format version {meta.get('version')!r}; this NetBuilder reads up to {VERSION}")
    try:
        spec = parse_spec(doc)
    except SpecError as e:
        raise ModelFileError(f"{path}: network.json: " + "; ".join(map(str, e.problems))) from None
    net = Network(spec, seed=spec.training.get("seed", 0))
    try:
        with np.load(io.BytesIO(weights), allow_pickle=False) as arrays:
            state = {k: arrays[k] for k in arrays.files if k != META_KEY}
        net.load_state_dict(state)
    except WeightsMismatch as e:
        raise ModelFileError(f"{path}: weights.npz: {e}") from None
    except (ValueError, OSError, zipfile.BadZipFile) as e:
        raise ModelFileError(f"{path}: weights.npz is damaged ({e})") from None
    return TrainedModel(spec, net, list(meta.get("class_names") or []), dict(meta.get("preprocessing") or {}),
                        dict(meta.get("metrics") or {}))
