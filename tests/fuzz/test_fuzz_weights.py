"""Fuzzing weights files and checkpoints: either they load (and the network then holds finite float32
weights of the right shapes, or the trainer resumes and can take a step), or they are refused with
our own error and nothing has changed."""

import json
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from netbuilder.data import load_dataset
from netbuilder.engine import Network
from netbuilder.run import build_run as build_experiment
from netbuilder.io.checkpoint import CheckpointError, checkpoint_problem, read_checkpoint, save_checkpoint
from netbuilder.io.weights import META_KEY, WeightsFileError, load_weights, save_weights
from tests.fuzz.strategies import JSON_VALUES, MUTATIONS, budget, byte_mutations, mutate, mutate_bytes

DOC = {"name": "t", "input": {"shape": [2]},
       "layers": [{"type": "Dense", "units": 3}, {"type": "BatchNorm"}, {"type": "ReLU"}, {"type": "Dense", "units": 2},
                  {"type": "Softmax"}],
       "loss": {"type": "cross_entropy"}, "training": {"batch_size": 16, "epochs": 2}}
KEYS = list(Network.from_spec(DOC).state_dict())


def _good_file() -> bytes:
    with tempfile.TemporaryDirectory() as d:
        save_weights(Path(d) / "w.npz", Network.from_spec(DOC, seed=3))
        return (Path(d) / "w.npz").read_bytes()


GOOD = _good_file()

DTYPES = st.sampled_from(["<f4", ">f4", "<f8", "<f2", "<i4", "<u1", "?", "<c8", "<U3", "|S2", "<M8[s]", "<m8[s]"])
SHAPES = st.lists(st.integers(0, 4), max_size=3).map(tuple)


def _array(dtype, shape, fill):
    a = np.zeros(shape, dtype=np.dtype(dtype))
    if a.dtype.kind == "f" and a.size:
        with np.errstate(over="ignore"):
            a.flat[0] = fill
    return a


ARRAYS = st.builds(_array, DTYPES, SHAPES, st.sampled_from([0.0, 1.0, np.nan, np.inf, 1e300, -1e-300]))


def assert_loads_or_refuses(path: Path) -> None:
    net = Network.from_spec(DOC, seed=1)
    before = net.state_dict()
    try:
        load_weights(path, net)
    except WeightsFileError as e:
        assert str(path) in str(e)
        after = net.state_dict()
        assert all(np.array_equal(before[k], after[k], equal_nan=True) for k in before)
        return
    for k, v in net.state_dict().items():
        assert v.dtype == np.float32 and v.shape == before[k].shape and np.isfinite(v).all()


@budget(100, long=4000)
@given(st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(min_size=1, max_size=4)), ARRAYS, max_size=8),
       st.one_of(st.none(), JSON_VALUES))
def test_generated_weights_files(arrays, meta):
    arrays = {k.replace("/", "_"): v for k, v in arrays.items()}
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "w.npz"
        if meta is not None:
            arrays[META_KEY] = np.array(json.dumps(meta))
        np.savez(path, **arrays)
        assert_loads_or_refuses(path)


@budget(100, long=3000)
@given(st.sampled_from(KEYS), ARRAYS, st.one_of(st.none(), JSON_VALUES))
def test_one_array_of_a_good_file_replaced(key, array, meta):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "w.npz"
        path.write_bytes(GOOD)
        with np.load(path) as z:
            arrays = {k: z[k] for k in z.files}
        arrays[key] = array
        if meta is not None:
            arrays[META_KEY] = np.array(json.dumps(meta))
        np.savez(path, **arrays)
        assert_loads_or_refuses(path)


@budget(100, long=3000)
@given(byte_mutations())
def test_good_files_damaged_as_bytes(edits):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "w.npz"
        path.write_bytes(mutate_bytes(GOOD, edits))
        assert_loads_or_refuses(path)


def test_a_compressed_weights_file_with_damaged_data_is_refused(tmp_path):
    """Found by the long fuzz of .nbmodel files: a damaged deflated member raised zlib.error, which
    read_npz did not turn into our error (savez_compressed files hit the same path)."""
    import io
    import zipfile

    buf = io.BytesIO()
    np.savez_compressed(buf, **Network.from_spec(DOC, seed=3).state_dict())
    data = bytearray(buf.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.infolist()[0]
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start, start + info.compress_size):
        data[i] ^= 0x55
    path = tmp_path / "w.npz"
    path.write_bytes(bytes(data))
    assert_loads_or_refuses(path)
    with pytest.raises(WeightsFileError, match="not a readable weights file"):
        load_weights(path, Network.from_spec(DOC, seed=1))


# --- checkpoints -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def dataset():
    return load_dataset("builtin:blobs?classes=2&n=64", seed=0)


_STOPPED: dict[int, bytes] = {}
SPEC = Network.from_spec(DOC).spec


def _stopped_checkpoint(dataset, path: Path, batches: int) -> None:
    """A real checkpoint after `batches` steps (made once per count, then copied)."""
    if batches not in _STOPPED:
        exp = build_experiment(SPEC, dataset, {"optimizer": {"type": "adam"}})
        for _ in range(batches):
            exp.trainer.step()
        save_checkpoint(path, exp.trainer, "builtin:blobs?classes=2&n=64", {"optimizer": {"type": "adam"}})
        _STOPPED[batches] = path.read_bytes()
    path.write_bytes(_STOPPED[batches])


def assert_resumes_or_refuses(path: Path, dataset) -> None:
    try:
        ckpt = read_checkpoint(path)
    except CheckpointError as e:
        assert str(path) in str(e)
        return
    exp = build_experiment(SPEC, dataset, ckpt.overrides if ckpt.overrides.get(
        "optimizer") == {"type": "adam"} else {"optimizer": {"type": "adam"}})
    problem = checkpoint_problem(ckpt, exp.trainer)
    if problem:
        assert isinstance(problem, str) and problem
        return
    exp.trainer.restore(ckpt.arrays)
    exp.trainer.step()  # a checkpoint that passed validation must be usable


@budget(120, long=6000)
@given(st.integers(0, 7), st.sampled_from(["trainer_meta", "run_meta"]), MUTATIONS)
def test_checkpoint_metadata_mutated(dataset, batches, block, mutations):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "c.npz"
        _stopped_checkpoint(dataset, path, batches)
        with np.load(path) as z:
            arrays = {k: z[k] for k in z.files}
        arrays[block] = np.array(json.dumps(mutate(json.loads(str(arrays[block])), mutations), allow_nan=True))
        np.savez(path, **arrays)
        assert_resumes_or_refuses(path, dataset)


@budget(80, long=4000)
@given(st.integers(0, 7), st.one_of(st.sampled_from(["perm", "opt/steps", "opt/0.W.m", "opt/3.b.v", "net/0.W",
                                                     "net/1.running_mean"]), st.text(min_size=1, max_size=6)),
       st.one_of(ARRAYS, st.none()))
def test_checkpoint_arrays_replaced_or_removed(dataset, batches, key, array):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "c.npz"
        _stopped_checkpoint(dataset, path, batches)
        with np.load(path) as z:
            arrays = {k: z[k] for k in z.files}
        key = key.replace("/", "_") if not key.startswith(("opt/", "net/")) else key
        if array is None:
            arrays.pop(key, None)
        else:
            arrays[key] = array
        np.savez(path, **arrays)
        assert_resumes_or_refuses(path, dataset)


def test_a_member_whose_name_is_cut_to_nothing_by_a_nul(tmp_path):
    """Found by the long fuzz run: zipfile cuts a name at NUL, and an empty name crashed its is_dir()."""
    np.savez(tmp_path / "w.npz", **{"0.W": np.zeros(()), "\x00": np.zeros(())})
    assert_loads_or_refuses(tmp_path / "w.npz")
