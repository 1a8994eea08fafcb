"""Weights files that are not ours: each is refused with a message, and the network is untouched."""

import io
import json
import zipfile

import numpy as np
import pytest

from netbuilder.cli import main
from netbuilder.engine import Network
from netbuilder.io.weights import META_KEY, WeightsFileError, load_weights, save_weights
from netbuilder.paths import resource

DOC = {"name": "t", "input": {"shape": [4]},
       "layers": [{"type": "Dense", "units": 3}, {"type": "ReLU"}, {"type": "Dense", "units": 2}, {"type": "Softmax"}],
       "loss": {"type": "cross_entropy"}}


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.npz"
    save_weights(path, Network.from_spec(DOC, seed=5))
    with np.load(path) as z:
        return {k: z[k] for k in z.files}


def _npz(path, arrays):
    np.savez(path, **arrays)
    return path


def _zip_with_header(path, name, header: dict, payload: bytes):
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, header)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(name + ".npy", buf.getvalue() + payload)
    return path


def _variants(good, tmp_path):
    """(name, path, words the message must contain) for each class of file that is not ours."""
    out = []

    def add(name, arrays, *words):
        out.append((name, _npz(tmp_path / f"{name}.npz", arrays), words))

    # The LAST layer is broken, so a loader that assigned as it went would already have changed layer 0.
    add("strings", {**good, "2.W": np.array([["a", "b"]] * 3)}, "2.W", "text")
    add("bytes", {**good, "2.b": np.array([b"x", b"y"])}, "2.b", "not numbers")
    add("bools", {**good, "2.b": np.array([True, False])}, "2.b", "not numbers")
    add("complex", {**good, "2.W": good["2.W"].astype(np.complex64)}, "2.W", "not numbers")
    add("records", {**good, "2.b": np.zeros(2, dtype=[("a", "f4")])}, "2.b", "records")
    nan = {**good, "2.W": good["2.W"].copy()}
    nan["2.W"][1, 1] = np.nan
    add("nan", nan, "layer 3 (Dense) W", "NaN")
    inf = {**good, "2.b": np.array([1.0, np.inf], np.float32)}
    add("inf", inf, "layer 3 (Dense) b", "infinite")
    add("float64_overflow", {**good, "2.W": good["2.W"].astype(np.float64) * 1e300}, "float32 range")
    add("shape", {**good, "2.W": np.zeros((2, 3), np.float32)}, "has shape (2, 3)")
    add("missing", {k: v for k, v in good.items() if k != "2.b"}, "missing layer 3 (Dense) b")
    add("extra", {**good, "9.W": np.zeros(1)}, "unexpected", "9.W")
    add("meta_nested", {**good, META_KEY: np.array(json.dumps({"layers": [{"a": [1]}]}))}, "description block")
    add("meta_list", {**good, META_KEY: np.array(json.dumps([1, 2]))}, "description block")
    add("meta_json", {**good, META_KEY: np.array("{not json")}, "description block")
    add("meta_number", {**good, META_KEY: np.arange(3)}, "__netbuilder__", "text block")
    add("meta_other_net", {**good, META_KEY: np.array(json.dumps({"layers": ["Conv2D"]}))}, "saved for layers")
    out.append(("terabytes", _zip_with_header(tmp_path / "tb.npz", "2.W",
                                              {"descr": "<f4", "fortran_order": False, "shape": (10**6, 10**6)},
                                              b"\0" * 64), ("2.W", "4,000,000,000,000 bytes")))
    out.append(("huge_and_stored", _zip_with_header(tmp_path / "bad_shape.npz", "2.W",
                                                    {"descr": "<f4", "fortran_order": False, "shape": (-1, 3)},
                                                    b""), ("2.W",)))
    out.append(("object", _zip_with_header(tmp_path / "obj.npz", "2.W",
                                           {"descr": "|O", "fortran_order": False, "shape": (2,)}, b"\0" * 16),
                ("2.W", "objects")))
    np.save(tmp_path / "single.npy", good["0.W"])
    out.append(("npy", tmp_path / "single.npy", (".npy",)))
    (tmp_path / "text.npz").write_text("hello")
    out.append(("text", tmp_path / "text.npz", ("not a readable weights file",)))
    with zipfile.ZipFile(tmp_path / "zip.npz", "w") as z:
        z.writestr("readme.txt", "hi")
    out.append(("plain_zip", tmp_path / "zip.npz", ("readme.txt",)))
    (tmp_path / "folder.npz").mkdir()
    out.append(("folder", tmp_path / "folder.npz", ("folder",)))
    return out


def test_each_class_is_refused_and_the_network_is_untouched(good, tmp_path):
    for name, path, words in _variants(good, tmp_path):
        net = Network.from_spec(DOC, seed=1)
        before = net.state_dict()
        with pytest.raises(WeightsFileError) as info:
            load_weights(path, net)
        message = str(info.value)
        assert str(path) in message and all(w in message for w in words), (name, message)
        after = net.state_dict()
        assert all(np.array_equal(before[k], after[k]) for k in before), name


def test_eval_exits_2_with_one_line_for_each_class(capsys, good, tmp_path):
    (tmp_path / "net.json").write_text(json.dumps(DOC))
    for name, path, _ in _variants(good, tmp_path)[:6]:
        code = main(["eval", str(tmp_path / "net.json"), "--data", "builtin:blobs?classes=2", "--weights", str(path)])
        err = capsys.readouterr().err
        assert code in (2,) and err.count("\n") == 1 and "Traceback" not in err, (name, err)


def test_our_own_weights_still_load(good, tmp_path):
    net = Network.from_spec(DOC, seed=9)
    load_weights(_npz(tmp_path / "ok.npz", good), net)
    assert all(np.array_equal(v, good[k]) for k, v in net.state_dict().items())


def test_float64_and_integer_weights_from_elsewhere_are_accepted(good, tmp_path):
    arrays = {k: v.astype(np.float64) for k, v in good.items() if k != META_KEY}
    arrays["0.b"] = np.array([1, 2, 3], np.int32)
    net = Network.from_spec(DOC, seed=9)
    load_weights(_npz(tmp_path / "f64.npz", arrays), net)
    assert net.state_dict()["0.b"].tolist() == [1, 2, 3] and net.state_dict()["0.W"].dtype == np.float32


def test_real_example_weights_round_trip(tmp_path):
    net = Network.from_spec(json.loads(resource("examples", "lenet5.json").read_text()))
    save_weights(tmp_path / "w.npz", net)
    other = Network.from_spec(json.loads(resource("examples", "lenet5.json").read_text()), seed=3)
    load_weights(tmp_path / "w.npz", other)
    assert all(np.array_equal(v, other.state_dict()[k]) for k, v in net.state_dict().items())
