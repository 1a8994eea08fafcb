"""CIFAR batches unpickled with their pixels held once (data/safe_pickle.py): the original Python 2
files (bytes as BINSTRING) and Python 3 protocol-2 files (bytes as latin1 text, decoded piecewise)
load the same arrays as pickle itself, long real text still comes back as a str, and a truncated
long string is an error, not a short array."""

import io
import pickle
import struct
import tracemalloc

import numpy as np
import pytest

from netbuilder.data import DataError, load_dataset
from netbuilder.data.safe_pickle import LONG_TEXT, restricted_load, restricted_loads


class Py2Pickler(pickle._Pickler):
    """Writes bytes the way Python 2's cPickle wrote str, as the official CIFAR-10 batches hold them."""

    def save_bytes(self, obj):
        n = len(obj)
        self.write((pickle.SHORT_BINSTRING + bytes([n]) if n < 256 else pickle.BINSTRING + struct.pack("<i", n)) + obj)
        self.memoize(obj)

    dispatch = dict(pickle._Pickler.dispatch)
    dispatch[bytes] = save_bytes


def py2_dumps(obj) -> bytes:
    out = io.BytesIO()
    Py2Pickler(out, protocol=2).dump(obj)
    return out.getvalue()


def batch(n: int, seed: int = 0) -> dict:
    rng = np.random.default_rng(seed)
    return {b"batch_label": b"b", b"labels": rng.integers(0, 10, n).tolist(),
            b"data": rng.integers(0, 256, (n, 3072), dtype=np.uint8), b"filenames": [b"f.png"] * n}


@pytest.mark.parametrize("dumps", [py2_dumps, lambda o: pickle.dumps(o, protocol=2),
                                   lambda o: pickle.dumps(o, protocol=4)], ids=["python2", "protocol2", "protocol4"])
def test_batches_load_as_pickle_loads_them_costing_their_pixels_once(tmp_path, dumps):
    want = batch(1200)
    path = tmp_path / "data_batch_1"
    path.write_bytes(dumps(want))
    tracemalloc.start()
    try:
        with open(path, "rb") as f:
            got = restricted_load(f)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert got[b"labels"] == want[b"labels"] and got[b"filenames"] == want[b"filenames"]
    np.testing.assert_array_equal(got[b"data"], want[b"data"])
    assert peak < 1.5 * want[b"data"].nbytes, peak / want[b"data"].nbytes   # C pickle + bytes: ~4.5x


def test_python2_batches_load_as_a_data_set(tmp_path):
    for i, name in enumerate([f"data_batch_{k}" for k in range(1, 6)] + ["test_batch"]):
        (tmp_path / name).write_bytes(py2_dumps(batch(20, seed=i)))
    d = load_dataset(f"cifar10:{tmp_path}")
    first = batch(20, seed=0)[b"data"].reshape(-1, 3, 32, 32)
    np.testing.assert_array_equal(d.x_train[:20], first.astype(np.float32) * np.float32(1 / 255))
    assert d.x_train.shape == (100, 3, 32, 32) and d.x_test.shape == (20, 3, 32, 32)


def test_long_text_that_is_not_latin1_is_still_a_str():
    text = "pixels ☃ " * (LONG_TEXT // 8)
    latin = "é" * (LONG_TEXT + 3)
    got = restricted_loads(pickle.dumps({"t": text, "l": latin, "b": latin.encode("latin1")}, protocol=2))
    assert got == {"t": text, "l": latin, "b": latin.encode("latin1")}


def test_a_truncated_long_string_is_an_error(tmp_path):
    for name in [f"data_batch_{k}" for k in range(1, 6)] + ["test_batch"]:
        (tmp_path / name).write_bytes(pickle.dumps(batch(20), protocol=2))
    raw = pickle.dumps(batch(600), protocol=2)
    (tmp_path / "data_batch_3").write_bytes(raw[:len(raw) // 2])
    with pytest.raises(DataError, match="truncated or corrupt"):
        load_dataset(f"cifar10:{tmp_path}")
