"""`.nbmodel`: a trained network in one file, so nothing that made it work is left behind.

A zip holding `nbmodel.json` (format, version, class names, preprocessing, metrics), `network.json`
(the network file) and `weights.npz` (io/weights.py's format). Keeping the preprocessing with the
weights is the point: an image given to the model later is decoded and normalised exactly as the
training images were. Written atomically; read with messages that name the file and the part.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import io
import json
import pathlib
import zipfile
import zlib
from dataclasses import dataclass, field

import numpy as np

from netbuilder.io.regular_file import stat_regular
from netbuilder.data.preprocessing import preprocessing_problem
from netbuilder.engine.errors import SpecError
from netbuilder.engine.network import Network
from netbuilder.engine.spec import NetworkSpec, parse_spec
from netbuilder.io.atomic import atomic_open
from netbuilder.io.json_limits import parse_json
from netbuilder.io.network_file import to_json
from netbuilder.io.npz import NpzError, read_npz
from netbuilder.io.weights import META_KEY, TEXT_MEMBERS, WeightsFileError, check_state_arrays
from netbuilder.format import size_text
from netbuilder.model.memory import available_memory, estimate

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


MEMBERS = ("nbmodel.json", "network.json", "weights.npz")
MAX_JSON_BYTES = 16 * 2**20   # the two JSON members are a few KB each
MAX_ENTRIES = 64              # ours has three; a zip with thousands of entries is something else


def _read_members(path: pathlib.Path) -> dict[str, bytes]:
    """The three members' bytes, each declared size checked before anything is decompressed (a
    member cannot inflate beyond its declared size: zipfile stops there and checks the CRC)."""
    stat_regular(path, translate("Io", "a NetBuilder model file"), ModelFileError)
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            if len(infos) > MAX_ENTRIES:
                raise ModelFileError(translate("Io", "{0}: holds {1:,} entries; a NetBuilder model holds {2}").format(path, len(infos), ', '.join(MEMBERS)))
            by_name = {i.filename: i for i in infos}
            missing = [n for n in MEMBERS if n not in by_name]
            if missing:
                raise ModelFileError(translate("Io", "{0}: not a NetBuilder model (it lacks {1})").format(path, ', '.join(missing)))
            room = available_memory()
            for name in MEMBERS:
                size = by_name[name].file_size
                limit = MAX_JSON_BYTES if name.endswith(".json") else room
                if limit is not None and size > limit:
                    raise ModelFileError(translate("Io", "{0}: {1} declares {2}, more than {3}; the file is damaged or not a NetBuilder model").format(path, name, size_text(size), size_text(limit)))
            return {name: z.read(by_name[name]) for name in MEMBERS}
    except ModelFileError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as e:
        raise ModelFileError(translate("Io", "{0}: not a NetBuilder model file (not a readable zip: {1})").format(path, e)) from None
    except MemoryError:
        raise ModelFileError(translate("Io", "{0}: its contents do not fit in memory").format(path)) from None
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError, OverflowError, zlib.error) as e:
        # zipfile raises these for damaged headers, unknown compression methods and encrypted entries;
        # zlib for a damaged compressed member
        raise ModelFileError(translate("Io", "{0}: not a readable NetBuilder model file ({1}: {2})").format(path, type(e).__name__, e)) from None


def _json_member(path, name: str, raw: bytes):
    """A JSON member parsed with the network file's limits (depth, giant integers, invalid text)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ModelFileError(translate("Io", "{0}: {1} is damaged (byte {2} is not UTF-8 text)").format(path, name, e.start)) from None
    doc, problems = parse_json(text)
    if problems:
        raise ModelFileError(f"{path}: {name}: " + "; ".join(map(str, problems[:5])))
    if not isinstance(doc, dict):
        raise ModelFileError(translate("Io", "{0}: {1} is damaged (not a JSON object)").format(path, name))
    return doc


def _checked_meta(path, meta: dict) -> tuple[list[str], dict, dict]:
    """(class names, preprocessing, metrics) from nbmodel.json, each of the type the file promises."""
    if meta.get("format") != FORMAT:
        raise ModelFileError(translate("Io", "{0}: nbmodel.json: format is {1!r}, expected {2!r}").format(path, meta.get('format'), FORMAT))
    version = meta.get("version")
    if type(version) is not int or not 1 <= version <= VERSION:
        raise ModelFileError(translate("Io", "{0}: nbmodel.json: model format version {1!r}; this NetBuilder reads versions 1 to {2}").format(path, version, VERSION))
    names = meta.get("class_names") or []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ModelFileError(translate("Io", "{0}: nbmodel.json: class_names is not a list of names").format(path))
    out = [names]
    for key in ("preprocessing", "metrics"):
        value = meta.get(key) or {}
        if not isinstance(value, dict):
            raise ModelFileError(translate("Io", "{0}: nbmodel.json: {1} is {2}, not an object").format(path, key, type(value).__name__))
        out.append(dict(value))
    return out[0], out[1], out[2]


def load_nbmodel(path) -> TrainedModel:
    """The model in a .nbmodel, or ModelFileError naming the file and the member at fault. Nothing
    is trusted: sizes are checked before reading, JSON is parsed with the network file's limits, the
    weights archive's headers (io/npz.py) and every array (io/weights.py) before one is assigned."""
    path = pathlib.Path(path)
    members = _read_members(path)
    meta = _json_member(path, "nbmodel.json", members["nbmodel.json"])
    doc = _json_member(path, "network.json", members["network.json"])
    class_names, preprocessing, metrics = _checked_meta(path, meta)
    try:
        spec = parse_spec(doc)
    except SpecError as e:
        raise ModelFileError(translate("Io", "{0}: network.json: ").format(path) + "; ".join(map(str, e.problems[:5]))) from None
    problem = preprocessing_problem(preprocessing, spec.input_shape)
    if problem:
        raise ModelFileError(translate("Io", "{0}: nbmodel.json: preprocessing: {1}").format(path, problem))
    need = estimate(spec).weights
    room = available_memory()
    if room is not None and need > room:
        raise ModelFileError(translate("Io", "{0}: network.json: its weights alone need {1}, more than the {2} of memory available").format(path, size_text(need), size_text(room)))
    where = translate("Io", "{0}: weights.npz").format(path)
    try:
        arrays = read_npz(io.BytesIO(members["weights.npz"]), TEXT_MEMBERS, where=where)
    except NpzError as e:
        raise ModelFileError(str(e)) from None
    for key in TEXT_MEMBERS:
        arrays.pop(key, None)
    net = Network(spec, seed=spec.training.get("seed", 0))
    try:
        check_state_arrays(where, net, arrays)
    except WeightsFileError as e:
        raise ModelFileError(str(e)) from None
    net.load_state_dict(arrays)
    return TrainedModel(spec, net, class_names, preprocessing, metrics)
