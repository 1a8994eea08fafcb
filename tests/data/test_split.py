"""split_validation and the Dataset container."""

import numpy as np
import pytest

from netbuilder.data import Dataset, split_validation


def data(n_per_class=(60, 30, 10), shape=(3, 4, 4)):
    y = np.concatenate([np.full(n, c) for c, n in enumerate(n_per_class)]).astype(np.int64)
    x = np.arange(len(y) * int(np.prod(shape)), dtype=np.float32).reshape(len(y), *shape)
    return x, y


def test_split_is_stratified_and_a_partition():
    x, y = data()
    x_tr, y_tr, x_val, y_val = split_validation(x, y, 0.2, seed=0)
    assert np.bincount(y_val).tolist() == [12, 6, 2]
    assert np.bincount(y_tr).tolist() == [48, 24, 8]
    ids = np.concatenate([x_tr[:, 0, 0, 0], x_val[:, 0, 0, 0]])
    assert sorted(ids.tolist()) == sorted(x[:, 0, 0, 0].tolist())
    # Each sample keeps its own label.
    np.testing.assert_array_equal(y_val, y[(x_val[:, 0, 0, 0] / 48).astype(int)])


def test_split_is_seeded():
    x, y = data()
    a = split_validation(x, y, 0.25, seed=7)
    b = split_validation(x, y, 0.25, seed=7)
    c = split_validation(x, y, 0.25, seed=8)
    for u, v in zip(a, b):
        np.testing.assert_array_equal(u, v)
    assert not np.array_equal(a[2], c[2])


def test_total_held_out_is_rounded_fraction_even_with_uneven_classes():
    x, y = data((7, 7, 7))
    _, _, _, y_val = split_validation(x, y, 0.1, seed=0)
    assert len(y_val) == 2


def test_a_class_is_never_held_out_entirely():
    x, y = data((50, 1))
    _, y_tr, _, y_val = split_validation(x, y, 0.5, seed=0)
    assert 1 in y_tr and 1 not in y_val


def test_fraction_zero_gives_empty_validation_with_the_sample_shape():
    x, y = data()
    x_tr, y_tr, x_val, y_val = split_validation(x, y, 0.0, seed=0)
    assert x_val.shape == (0, 3, 4, 4) and x_val.dtype == np.float32
    assert y_val.shape == (0,) and y_val.dtype == np.int64
    np.testing.assert_array_equal(x_tr, x)


@pytest.mark.parametrize("fraction", [-0.1, 1.0, 1.5])
def test_bad_fraction(fraction):
    x, y = data()
    with pytest.raises(ValueError):
        split_validation(x, y, fraction, seed=0)


def test_dataset_properties():
    x, y = data()
    d = Dataset("t", x, y, x[:5], y[:5], ["a", "b", "c"])
    assert d.input_shape == (3, 4, 4) and d.num_classes == 3 and d.is_image
    v = Dataset("v", np.zeros((4, 2), np.float32), np.zeros(4, np.int64), np.zeros((0, 2), np.float32),
                np.zeros(0, np.int64), ["a", "b"])
    assert v.input_shape == (2,) and not v.is_image


def test_dataset_refuses_wrong_dtypes():
    x, y = data()
    with pytest.raises(ValueError):
        Dataset("t", x.astype(np.float64), y, x, y, ["a"])
    with pytest.raises(ValueError):
        Dataset("t", x, y.astype(np.int32), x, y, ["a"])
