"""Fuzzing trained-model files (.nbmodel zips and ONNX models): either they load (and the network then
holds finite float32 weights of the right shapes) or they are refused with ModelFileError naming the
file, never another exception. The .nbmodel cases are hostile zips: members missing, extra or
replaced, declared sizes that lie, damaged or hostile JSON inside, weights of the wrong type or
not finite, and the whole file damaged byte by byte."""

import io
import json
import struct
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from netbuilder.engine import Network
from netbuilder.io.nbmodel import MEMBERS, ModelFileError, TrainedModel, load_nbmodel, save_nbmodel
from netbuilder.io.weights import META_KEY
from tests.fuzz.strategies import JSON_VALUES, MUTATIONS, budget, byte_mutations, mutate, mutate_bytes
from tests.fuzz.test_fuzz_weights import ARRAYS, DOC, KEYS

MODEL = TrainedModel(Network.from_spec(DOC, seed=3).spec, Network.from_spec(DOC, seed=3), ["a", "b"],
                     {"input": "vector", "features": 2}, {"test_accuracy": 0.5})


def _good_model() -> bytes:
    with tempfile.TemporaryDirectory() as d:
        save_nbmodel(Path(d) / "m.nbmodel", MODEL)
        return (Path(d) / "m.nbmodel").read_bytes()


GOOD = _good_model()
with zipfile.ZipFile(io.BytesIO(GOOD)) as _z:
    GOOD_MEMBERS = {n: _z.read(n) for n in _z.namelist()}
GOOD_META = json.loads(GOOD_MEMBERS["nbmodel.json"])
GOOD_DOC = json.loads(GOOD_MEMBERS["network.json"])


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _npz(arrays: dict) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def assert_loads_or_refuses(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "m.nbmodel"
        path.write_bytes(data)
        try:
            model = load_nbmodel(path)
        except ModelFileError as e:
            assert str(path) in str(e)
            return
    assert isinstance(model.class_names, list) and all(isinstance(n, str) for n in model.class_names)
    assert isinstance(model.preprocessing, dict) and isinstance(model.metrics, dict)
    assert isinstance(model.labels, list)
    for v in model.net.state_dict().values():
        assert v.dtype == np.float32 and np.isfinite(v).all()


CONTENT = st.one_of(st.sampled_from(sorted(GOOD_MEMBERS)).map(GOOD_MEMBERS.get), st.binary(max_size=64),
                    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
                    st.sampled_from([b"", b"{}", b"[]", b"\xff\xfe", b'{"a": ' * 200, b"1" * 5000,
                                     b'{"format": "netbuilder.model", "version": "\\ud800"}']))


@budget(80, long=2500)
@given(st.dictionaries(st.one_of(st.sampled_from(MEMBERS + ("x.npy", "../evil", "weights.npz/")),
                                 st.text(min_size=1, max_size=6).filter(lambda n: "\x00" not in n)), CONTENT,
                       max_size=5),
       st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
def test_zips_with_any_members(members, compression):
    assert_loads_or_refuses(_zip(members, compression))


@budget(80, long=2500)
@given(st.sampled_from(["nbmodel.json", "network.json"]), MUTATIONS)
def test_the_json_inside_mutated(member, mutations):
    doc = json.loads(json.dumps(GOOD_META if member == "nbmodel.json" else GOOD_DOC))
    doc = mutate(doc, mutations)
    assert_loads_or_refuses(_zip({**GOOD_MEMBERS, member: json.dumps(doc).encode("utf-8", "surrogatepass")}))


@budget(80, long=2000)
@given(st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(min_size=1, max_size=4)), ARRAYS, max_size=8),
       st.booleans(), st.one_of(st.none(), JSON_VALUES))
def test_the_weights_inside_replaced(arrays, keep_good, meta):
    good = dict(np.load(io.BytesIO(GOOD_MEMBERS["weights.npz"])))
    arrays = {k.replace("/", "_"): v for k, v in arrays.items()}
    arrays = {**good, **arrays} if keep_good else arrays
    if meta is not None:
        arrays[META_KEY] = np.array(json.dumps(meta))
    assert_loads_or_refuses(_zip({**GOOD_MEMBERS, "weights.npz": _npz(arrays)}))


@budget(80, long=2000)
@given(byte_mutations())
def test_good_models_damaged_as_bytes(edits):
    assert_loads_or_refuses(mutate_bytes(GOOD, edits))


def _declare_size(data: bytes, member: str, size: int) -> bytes:
    """The zip with `member`'s uncompressed size in the central directory (and local header) set to `size`."""
    data = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo(member)
    struct.pack_into("<I", data, info.header_offset + 22, size)  # local header: uncompressed size
    cd = data.find(b"PK\x01\x02")
    while cd != -1:
        name_len = struct.unpack_from("<H", data, cd + 28)[0]
        if data[cd + 46:cd + 46 + name_len] == member.encode():
            struct.pack_into("<I", data, cd + 24, size)  # central directory: uncompressed size
            break
        cd = data.find(b"PK\x01\x02", cd + 4)
    return bytes(data)


def test_a_damaged_compressed_member_is_refused(tmp_path):
    """Found by the long fuzz: one flipped byte in the deflated data made zlib raise zlib.error."""
    data = bytearray(GOOD)
    with zipfile.ZipFile(io.BytesIO(GOOD)) as z:
        info = z.getinfo("network.json")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start, start + info.compress_size):
        data[i] ^= 0x55
    path = tmp_path / "m.nbmodel"
    path.write_bytes(bytes(data))
    with pytest.raises(ModelFileError, match="not a readable"):
        load_nbmodel(path)


@budget(60, long=1000)
@given(st.sampled_from(MEMBERS), st.one_of(st.integers(0, 2**32 - 1), st.sampled_from([0, 1, 2**31, 2**32 - 1])))
def test_declared_sizes_that_lie(member, size):
    assert_loads_or_refuses(_declare_size(GOOD, member, size))


@pytest.mark.parametrize("member", ["nbmodel.json", "network.json"])
def test_a_json_member_declaring_gigabytes_is_refused_before_it_is_read(tmp_path, member):
    path = tmp_path / "m.nbmodel"
    path.write_bytes(_declare_size(GOOD, member, 2**32 - 2))  # (all ones would mean "see the zip64 field")
    with pytest.raises(ModelFileError, match=f"{member} declares 4.3 GB"):
        load_nbmodel(path)


def test_non_finite_weights_in_a_model_are_refused_and_named(tmp_path):
    good = dict(np.load(io.BytesIO(GOOD_MEMBERS["weights.npz"])))
    good["0.W"] = good["0.W"].copy()
    good["0.W"][0, 0] = np.nan
    path = tmp_path / "m.nbmodel"
    path.write_bytes(_zip({**GOOD_MEMBERS, "weights.npz": _npz(good)}))
    with pytest.raises(ModelFileError, match=r"weights.npz: layer 1 \(Dense\) W holds 1 NaN or infinite value"):
        load_nbmodel(path)


def test_a_weights_member_declaring_a_terabyte_array_is_refused_by_its_header(tmp_path):
    header = np.lib.format.header_data_from_array_1_0(np.zeros(1, np.float32))
    header["shape"] = (10**12,)
    npy = io.BytesIO()
    np.lib.format.write_array_header_1_0(npy, header)
    path = tmp_path / "m.nbmodel"
    path.write_bytes(_zip({**GOOD_MEMBERS, "weights.npz": _zip({"0.W.npy": npy.getvalue()})}))
    with pytest.raises(ModelFileError, match=r"weights.npz: entry '0.W' declares 1,000,000,000,000 values"):
        load_nbmodel(path)


@budget(80, long=2000)
@given(st.one_of(JSON_VALUES, st.fixed_dictionaries({"input": st.sampled_from(["image", "table", "vector", "x"])},
                                                   optional={k: JSON_VALUES for k in (
                                                       "colour", "height", "width", "scale", "mean", "std",
                                                       "columns", "fill", "shift", "features")})))
def test_hostile_preprocessing_is_refused_or_usable_by_predict(pre):
    """A model that loads must be usable: its preprocessing is applied by predict to new inputs."""
    from netbuilder.export.inputs import InputError, prepare_table

    data = _zip({**GOOD_MEMBERS, "nbmodel.json": json.dumps({**GOOD_META, "preprocessing": pre}).encode()})
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "m.nbmodel"
        path.write_bytes(data)
        try:
            model = load_nbmodel(path)
        except ModelFileError as e:
            assert str(path) in str(e)
            return
    if model.preprocessing.get("input") == "table":
        try:
            x = prepare_table(np.array([[1.0, np.nan]]), model.preprocessing, path)
        except InputError:
            return
        assert x.shape == (1, 2)


def test_preprocessing_that_does_not_fit_the_network_is_refused(tmp_path):
    path = tmp_path / "m.nbmodel"
    pre = {"input": "table", "columns": ["a"], "shift": [0, 0], "scale": [1, 0]}
    path.write_bytes(_zip({**GOOD_MEMBERS, "nbmodel.json": json.dumps({**GOOD_META, "preprocessing": pre}).encode()}))
    with pytest.raises(ModelFileError, match="preprocessing: columns should be a list of the 2 column names"):
        load_nbmodel(path)


def test_the_model_fuzz_covers_loadable_models():
    """The strategies above reach files that load, not only refusals: the good file is one of them."""
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "m.nbmodel"
        path.write_bytes(_zip(GOOD_MEMBERS))
        assert load_nbmodel(path).class_names == ["a", "b"]


# --- ONNX ----------------------------------------------------------------------------------------------
onnx = pytest.importorskip("onnx", reason="onnx is not installed (pip install 'netbuilder[export]')")

from netbuilder.export.onnx_export import onnx_model  # noqa: E402
from netbuilder.export.onnx_import import import_onnx  # noqa: E402

ONNX_DOC = {"name": "o", "input": {"shape": [1, 6, 6]},
            "layers": [{"type": "Conv2D", "filters": 2, "kernel_size": 3}, {"type": "BatchNorm"}, {"type": "ReLU"},
                       {"type": "MaxPool2D", "pool_size": 2}, {"type": "Flatten"}, {"type": "Dropout", "rate": 0.1},
                       {"type": "Dense", "units": 3}, {"type": "Softmax"}],
            "loss": {"type": "cross_entropy"}}
GOOD_ONNX = onnx_model(Network.from_spec(ONNX_DOC, seed=2), ["a", "b", "c"]).SerializeToString()


def assert_imports_or_refuses(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "m.onnx"
        path.write_bytes(data)
        try:
            model = import_onnx(path)
        except ModelFileError as e:
            assert str(path) in str(e)
            return
    for v in model.net.state_dict().values():
        assert v.dtype == np.float32 and np.isfinite(v).all()


@budget(80, long=4000)
@given(byte_mutations())
def test_onnx_models_damaged_as_bytes(edits):
    assert_imports_or_refuses(mutate_bytes(GOOD_ONNX, edits))


ATTR_VALUES = st.one_of(st.integers(-3, 10), st.sampled_from([0, -1, 2**40, 10**6]), st.floats(allow_nan=True),
                        st.lists(st.integers(-2, 9), min_size=1, max_size=5), st.sampled_from([b"SAME_LOWER", b"VALID", b"??"]))


@budget(80, long=6000)
@given(st.lists(st.tuples(st.sampled_from(["op", "attr", "drop_input", "dims", "raw", "meta", "drop_node"]),
                          st.integers(0, 1000), st.sampled_from(["kernel_shape", "strides", "pads", "axis", "alpha",
                                                                 "transB", "ratio", "size", "epsilon", "auto_pad"]),
                          ATTR_VALUES, st.binary(max_size=16)), min_size=1, max_size=4))
def test_onnx_graphs_mutated(edits):
    from onnx import helper

    model = onnx.load_from_string(GOOD_ONNX)
    g = model.graph
    for action, i, attr, value, blob in edits:
        if action == "op" and g.node:
            g.node[i % len(g.node)].op_type = ["Gemm", "Conv", "MatMul", "Add", "Reshape", "Softmax", "LRN",
                                               "BatchNormalization", "Flatten", "Foo"][i % 10]
        elif action == "attr" and g.node:
            node = g.node[i % len(g.node)]
            for a in list(node.attribute):
                if a.name == attr:
                    node.attribute.remove(a)
            if not (isinstance(value, float) and i % 2):
                node.attribute.append(helper.make_attribute(attr, value))
        elif action == "drop_input" and g.node and g.node[i % len(g.node)].input:
            del g.node[i % len(g.node)].input[-1]
        elif action == "dims" and g.initializer:
            t = g.initializer[i % len(g.initializer)]
            del t.dims[:]
            t.dims.extend([i % 7, 2**20 if i % 3 == 0 else 3])
        elif action == "raw" and g.initializer:
            g.initializer[i % len(g.initializer)].raw_data = blob
        elif action == "meta":
            model.metadata_props.add(key=["netbuilder.network", "netbuilder.class_names",
                                          "netbuilder.preprocessing"][i % 3],
                                     value=blob.decode("latin-1") if i % 2 else '{"a": ' * 300)
        elif action == "drop_node" and g.node:
            del g.node[i % len(g.node)]
    assert_imports_or_refuses(model.SerializeToString())


def test_onnx_weights_that_are_not_finite_are_refused(tmp_path):
    from onnx import numpy_helper

    model = onnx.load_from_string(GOOD_ONNX)
    t = model.graph.initializer[0]
    a = numpy_helper.to_array(t).copy()
    a.flat[0] = np.inf
    t.CopyFrom(numpy_helper.from_array(a, t.name))
    path = tmp_path / "m.onnx"
    path.write_bytes(model.SerializeToString())
    with pytest.raises(ModelFileError, match="NaN or infinite"):
        import_onnx(path)


def test_onnx_external_data_is_never_followed(tmp_path):
    model = onnx.load_from_string(GOOD_ONNX)
    t = model.graph.initializer[0]
    t.data_location = onnx.TensorProto.EXTERNAL
    t.ClearField("raw_data")
    t.external_data.add(key="location", value="/etc/passwd")
    path = tmp_path / "m.onnx"
    path.write_bytes(model.SerializeToString())
    with pytest.raises(ModelFileError, match="keeps its data in another file"):
        import_onnx(path)


def test_onnx_metadata_that_is_not_utf8_text_is_ignored(tmp_path):
    """Found by the fuzz: protobuf hands a string field holding invalid UTF-8 back as bytes, which
    the metadata reader then fed to the JSON parser (TypeError)."""
    model = onnx.load_from_string(GOOD_ONNX)
    data = model.SerializeToString()
    i = data.index(b'["a", "b", "c"]')
    path = tmp_path / "m.onnx"
    path.write_bytes(data[:i] + b"\x80" + data[i + 1:])
    assert import_onnx(path).class_names == []


def test_onnx_device_is_refused_without_reading_it():
    with pytest.raises(ModelFileError, match="not a regular file"):
        import_onnx("/dev/zero")
