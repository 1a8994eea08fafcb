"""Writers for small files in the real on-disk formats, so loaders are tested on the bytes they will
meet rather than on mocks; and `load_error`, the message a loader gives when they are broken."""

from __future__ import annotations

import gzip
import pathlib
import pickle

import numpy as np
import pytest

from netbuilder.data import DataError, load_dataset

def load_error(spec: str) -> str:
    """The DataError message for `spec` (the test fails if loading succeeds)."""
    with pytest.raises(DataError) as info:
        load_dataset(spec)
    return str(info.value)


CIFAR_NAMES = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]


def idx_bytes(array: np.ndarray) -> bytes:
    """IDX encoding of a uint8 array: 0, 0, type 0x08, ndim, big-endian sizes, data."""
    array = np.ascontiguousarray(array, dtype=np.uint8)
    header = bytes([0, 0, 0x08, array.ndim]) + np.array(array.shape, ">u4").tobytes()
    return header + array.tobytes()


def write_idx(path: pathlib.Path, array: np.ndarray, gz: bool) -> pathlib.Path:
    data = idx_bytes(array)
    if gz:
        path = path.with_name(path.name + ".gz")
        data = gzip.compress(data)
    path.write_bytes(data)
    return path


def make_mnist(folder: pathlib.Path, n_train=30, n_test=10, gz=True, seed=0, side=28):
    """Four IDX files with random digits; returns the arrays written."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    arrays = {
        "train-images-idx3-ubyte": rng.integers(0, 256, (n_train, side, side), dtype=np.uint8),
        "train-labels-idx1-ubyte": rng.integers(0, 10, n_train, dtype=np.uint8),
        "t10k-images-idx3-ubyte": rng.integers(0, 256, (n_test, side, side), dtype=np.uint8),
        "t10k-labels-idx1-ubyte": rng.integers(0, 10, n_test, dtype=np.uint8),
    }
    for name, array in arrays.items():
        write_idx(folder / name, array, gz)
    return arrays


def cifar_batch_bytes(data: np.ndarray, labels: list[int], label: bytes = b"batch") -> bytes:
    """A batch as the official files load with encoding="bytes": bytes keys, uint8 data (N, 3072),
    a list of int labels. Protocol 2, as the originals."""
    return pickle.dumps({b"batch_label": label, b"labels": list(labels), b"data": data,
                         b"filenames": [b"x.png"] * len(labels)}, protocol=2)


def make_cifar(folder: pathlib.Path, per_batch=20, n_test=20, seed=0):
    """data_batch_1..5, test_batch and batches.meta; returns (x_train, y_train, x_test, y_test) as
    uint8 (N, 3, 32, 32) and int arrays, in file order."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    xs, ys = [], []
    for i in range(1, 6):
        data = rng.integers(0, 256, (per_batch, 3072), dtype=np.uint8)
        labels = rng.integers(0, 10, per_batch).tolist()
        (folder / f"data_batch_{i}").write_bytes(cifar_batch_bytes(data, labels))
        xs.append(data)
        ys.extend(labels)
    test = rng.integers(0, 256, (n_test, 3072), dtype=np.uint8)
    test_labels = rng.integers(0, 10, n_test).tolist()
    (folder / "test_batch").write_bytes(cifar_batch_bytes(test, test_labels))
    meta = {b"label_names": [n.encode() for n in CIFAR_NAMES], b"num_cases_per_batch": per_batch,
            b"num_vis": 3072}
    (folder / "batches.meta").write_bytes(pickle.dumps(meta, protocol=2))
    return (np.concatenate(xs).reshape(-1, 3, 32, 32), np.array(ys),
            test.reshape(-1, 3, 32, 32), np.array(test_labels))


def write_png(path: pathlib.Path, array: np.ndarray, fmt: str = "PNG") -> None:
    from PIL import Image
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.asarray(array, dtype=np.uint8)).save(path, format=fmt)
