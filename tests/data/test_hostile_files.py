"""Dataset files built to break loaders: each class gives one DataError naming the file and the place."""

import gzip
import pickle
import time

import numpy as np
import pytest

from netbuilder.data import load_dataset
from netbuilder.data.idx import read_idx
from netbuilder.data.errors import DataError
from tests.data.formats import idx_bytes, load_error, make_cifar, make_mnist


def _idx_header(dims, type_code=0x08) -> bytes:
    return bytes([0, 0, type_code, len(dims)]) + np.array(dims, ">u4").tobytes()


# --- IDX ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("dims", [(2**32 - 1, 2**32 - 1, 2**32 - 1), (65536, 65536, 65536, 65536),
                                  (2**31, 2**31, 4), (0xFFFFFFFF, 16, 16)])
@pytest.mark.parametrize("gz", [False, True])
def test_idx_dimensions_whose_product_overflows(tmp_path, dims, gz):
    path = tmp_path / "x-idx"
    data = _idx_header(dims) + b"\0" * 64
    path.write_bytes(gzip.compress(data) if gz else data)
    with pytest.raises(DataError) as info:
        read_idx(path)
    assert str(path) in str(info.value) and " × ".join(map(str, dims)) in str(info.value)


def test_a_gzip_bomb_is_read_only_as_far_as_its_header_allows(tmp_path):
    """1 GB of zeros compressed to ~1 MB, behind a header promising 10 bytes: refused without inflating it."""
    path = tmp_path / "bomb-idx1-ubyte.gz"
    z = gzip.compress(_idx_header((10,)) + bytes(10))
    with gzip.open(path, "wb", compresslevel=1) as f:
        f.write(_idx_header((10,)) + bytes(10))
        chunk = bytes(1 << 20)
        for _ in range(200):
            f.write(chunk)
    assert len(z) < path.stat().st_size < 2_000_000
    start = time.perf_counter()
    with pytest.raises(DataError, match="unexpected bytes"):
        read_idx(path)
    assert time.perf_counter() - start < 30  # generous: it stops after 64 MB of the 200 MB


@pytest.mark.parametrize("part", ["train-images-idx3-ubyte", "t10k-images-idx3-ubyte"])
def test_idx_files_with_zero_samples(tmp_path, part):
    make_mnist(tmp_path, gz=False)
    (tmp_path / part).write_bytes(idx_bytes(np.zeros((0, 28, 28), np.uint8)))
    label_part = part.replace("images-idx3", "labels-idx1")
    (tmp_path / label_part).write_bytes(idx_bytes(np.zeros(0, np.uint8)))
    msg = load_error(f"mnist:{tmp_path}")
    assert str(tmp_path / part) in msg and "is empty" in msg and "0 × 28 × 28" in msg


def test_idx_header_size_mismatch_in_a_gzip_file(tmp_path):
    make_mnist(tmp_path, gz=True)
    path = tmp_path / "train-labels-idx1-ubyte.gz"
    path.write_bytes(gzip.compress(_idx_header((30,)) + bytes(10)))
    msg = load_error(f"mnist:{tmp_path}")
    assert "truncated" in msg and str(path) in msg


# --- CSV ---------------------------------------------------------------------------------------------
HEADER = "a,b,label\n"


def _csv(tmp_path, text, name="t.csv"):
    path = tmp_path / name
    path.write_text(text)
    return path


@pytest.mark.parametrize("value", ["1e39", "-3.5e38", "1e308", "9" * 50])
def test_csv_values_beyond_float32_name_row_and_column(tmp_path, value):
    path = _csv(tmp_path, f"a,b,label\n1,2,0\n3,{value},1\n5,6,0\n7,8,1\n")
    msg = load_error(f"csv:{path}")
    assert str(path) in msg and 'Column "b"' in msg and "line 3" in msg and "32-bit" in msg


@pytest.mark.parametrize("labels", [["12345678901234567890", "-5"], ["99999999999999999999999", "1"],
                                    ["3000000000", "7"], ["1e30", "2"]])
def test_labels_that_are_not_small_integers_are_class_names(tmp_path, labels):
    rows = "".join(f"{i},{i % 3},{labels[i % 2]}\n" for i in range(20))
    ds = load_dataset(f"csv:{_csv(tmp_path, HEADER + rows)}")
    assert sorted(ds.class_names) == sorted(labels)
    assert ds.y_train.min() >= 0 and ds.y_train.max() == 1


def test_small_negative_integer_labels_sort_numerically(tmp_path):
    rows = "".join(f"{i},{i % 3},{[-1, 1][i % 2]}\n" for i in range(20))
    ds = load_dataset(f"csv:{_csv(tmp_path, HEADER + rows)}")
    assert ds.class_names == ["-1", "1"]


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_given_as_csv_is_refused_at_once(target):
    start = time.perf_counter()
    msg = load_error(f"csv:{target}")
    assert target in msg and "not a regular file" in msg and "not a CSV" in msg
    assert time.perf_counter() - start < 1


def test_a_binary_file_given_as_csv_is_not_a_text_file(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 4000)
    start = time.perf_counter()
    msg = load_error(f"csv:{path}")
    assert str(path) in msg and "not a text file" in msg
    assert time.perf_counter() - start < 1


# --- CIFAR -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("protocol", [2, 4, 5])
def test_an_empty_cifar_batch_is_reported_as_empty(tmp_path, protocol):
    make_cifar(tmp_path)
    empty = {b"batch_label": b"", b"labels": [], b"data": np.zeros((0, 3072), np.uint8), b"filenames": []}
    (tmp_path / "data_batch_3").write_bytes(pickle.dumps(empty, protocol=protocol))
    msg = load_error(f"cifar10:{tmp_path}")
    assert str(tmp_path / "data_batch_3") in msg and "empty" in msg and "0 images" in msg


def test_the_unpickler_still_refuses_bytes_of_a_size(tmp_path):
    """bytes(n) would allocate n bytes: only bytes() and bytes(list) are allowed."""
    make_cifar(tmp_path)
    evil = b"\x80\x02c__builtin__\nbytes\nJ\x00\x00\x00\x7f\x85R."  # bytes(2**31 - ...)
    (tmp_path / "data_batch_2").write_bytes(evil)
    msg = load_error(f"cifar10:{tmp_path}")
    assert str(tmp_path / "data_batch_2") in msg
