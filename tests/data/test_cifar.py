"""CIFAR-10 from generated batches in the official pickle format, and pickles that must be refused."""

import os
import pickle

import numpy as np
import pytest

from netbuilder.data import DataError, load_dataset
from netbuilder.data.safe_pickle import ForbiddenGlobal, restricted_loads
from tests.data.formats import cifar_batch_bytes, make_cifar


def test_batches_load_in_file_order_scaled(tmp_path):
    x_train, y_train, x_test, y_test = make_cifar(tmp_path)
    d = load_dataset(f"cifar10:{tmp_path}")
    assert d.x_train.shape == (100, 3, 32, 32) and d.x_test.shape == (20, 3, 32, 32)
    np.testing.assert_allclose(d.x_train, x_train / 255, rtol=1e-6)
    np.testing.assert_array_equal(d.y_train, y_train)
    np.testing.assert_array_equal(d.y_test, y_test)
    assert d.class_names[0] == "airplane" and d.num_classes == 10 and d.is_image


def test_parent_folder_of_the_batches_works(tmp_path):
    make_cifar(tmp_path / "cifar-10-batches-py")
    assert load_dataset(f"cifar10:{tmp_path}").x_train.shape == (100, 3, 32, 32)


def test_class_subset_is_renumbered_in_the_order_given(tmp_path):
    x_train, y_train, _, y_test = make_cifar(tmp_path)
    d = load_dataset(f"cifar10:{tmp_path}?classes=ship,airplane")
    assert d.class_names == ["ship", "airplane"]
    keep = (y_train == 8) | (y_train == 0)
    np.testing.assert_array_equal(d.y_train, np.where(y_train[keep] == 8, 0, 1))
    np.testing.assert_allclose(d.x_train, x_train[keep] / 255, rtol=1e-6)
    assert len(d.y_test) == np.isin(y_test, [0, 8]).sum()


def test_unknown_class_suggests_the_near_one(tmp_path):
    make_cifar(tmp_path)
    with pytest.raises(DataError, match='"airplan".*did you mean "airplane"'):
        load_dataset(f"cifar10:{tmp_path}?classes=airplan,ship")


def test_standardize_per_channel(tmp_path):
    make_cifar(tmp_path)
    d = load_dataset(f"cifar10:{tmp_path}?standardize=1")
    means = d.x_train.mean(axis=(0, 2, 3))
    stds = d.x_train.std(axis=(0, 2, 3))
    np.testing.assert_allclose(means, 0, atol=1e-5)
    np.testing.assert_allclose(stds, 1, atol=1e-4)


def test_protocol_5_arrays_load_too(tmp_path):
    make_cifar(tmp_path)
    data = np.full((4, 3072), 7, np.uint8)
    (tmp_path / "test_batch").write_bytes(pickle.dumps({b"data": data, b"labels": [1, 2, 3, 4]}, protocol=5))
    d = load_dataset(f"cifar10:{tmp_path}")
    assert d.x_test.shape == (4, 3, 32, 32) and d.x_test.max() == pytest.approx(7 / 255)


# ---- bad input -----------------------------------------------------------------------------------

def test_missing_batch(tmp_path):
    make_cifar(tmp_path)
    (tmp_path / "data_batch_3").unlink()
    with pytest.raises(DataError) as info:
        load_dataset(f"cifar10:{tmp_path}")
    assert str(tmp_path / "data_batch_3") in str(info.value) and "does not exist" in str(info.value)


def test_missing_folder(tmp_path):
    with pytest.raises(DataError, match="does not exist"):
        load_dataset(f"cifar10:{tmp_path / 'nope'}")


def test_truncated_pickle(tmp_path):
    make_cifar(tmp_path)
    path = tmp_path / "data_batch_2"
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(DataError) as info:
        load_dataset(f"cifar10:{tmp_path}")
    assert str(path) in str(info.value) and "truncated or corrupt" in str(info.value)


def test_garbage_instead_of_a_pickle(tmp_path):
    make_cifar(tmp_path)
    path = tmp_path / "test_batch"
    path.write_bytes(os.urandom(3000))
    with pytest.raises(DataError) as info:
        load_dataset(f"cifar10:{tmp_path}")
    assert str(path) in str(info.value)


class _Payload:
    """Unpickling this calls os.system: exactly what a malicious batch would do."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_pickle_with_a_forbidden_class_is_refused_without_running_it(tmp_path):
    make_cifar(tmp_path)
    marker = tmp_path / "pwned"
    path = tmp_path / "data_batch_1"
    path.write_bytes(pickle.dumps({b"data": _Payload(marker), b"labels": []}, protocol=2))
    with pytest.raises(DataError) as info:
        load_dataset(f"cifar10:{tmp_path}")
    msg = str(info.value)
    assert str(path) in msg and "system" in msg and "refusing" in msg
    assert not marker.exists()


@pytest.mark.parametrize("obj", [pickle.loads, eval, getattr, pickle.Unpickler, np.load, np.frombuffer])
def test_restricted_unpickler_allows_no_other_globals(obj):
    with pytest.raises(ForbiddenGlobal):
        restricted_loads(pickle.dumps(obj, protocol=2))


def test_restricted_unpickler_still_reads_plain_data():
    data = {b"k": [1, 2.5, b"x", "y", (3, None)], b"a": np.arange(6, dtype=np.uint8).reshape(2, 3)}
    out = restricted_loads(pickle.dumps(data, protocol=2))
    assert out[b"k"] == data[b"k"]
    np.testing.assert_array_equal(out[b"a"], data[b"a"])


def test_batch_with_wrong_data_shape(tmp_path):
    make_cifar(tmp_path)
    (tmp_path / "data_batch_1").write_bytes(cifar_batch_bytes(np.zeros((2, 100), np.uint8), [0, 1]))
    with pytest.raises(DataError, match="N x 3072"):
        load_dataset(f"cifar10:{tmp_path}")


def test_batch_with_label_count_mismatch(tmp_path):
    make_cifar(tmp_path)
    (tmp_path / "data_batch_4").write_bytes(cifar_batch_bytes(np.zeros((3, 3072), np.uint8), [0, 1]))
    with pytest.raises(DataError, match="3 images but 2 labels"):
        load_dataset(f"cifar10:{tmp_path}")


def test_cifar100_batch_is_named_as_such(tmp_path):
    make_cifar(tmp_path)
    (tmp_path / "test_batch").write_bytes(
        pickle.dumps({b"data": np.zeros((1, 3072), np.uint8), b"fine_labels": [3]}, protocol=2))
    with pytest.raises(DataError, match="CIFAR-100"):
        load_dataset(f"cifar10:{tmp_path}")
