"""MNIST / Fashion-MNIST from IDX files: generated files in the real format, the real data when the
shared folder has it, and every kind of broken file."""

import gzip
import pathlib

import numpy as np
import pytest

from netbuilder.data import DataError, load_dataset
from netbuilder.data.idx import read_idx
from tests.data.formats import idx_bytes, load_error, make_mnist

SHARED = pathlib.Path("/work/shared/data")


@pytest.mark.parametrize("gz", [True, False])
def test_generated_idx_files_load_as_scaled_images(tmp_path, gz):
    arrays = make_mnist(tmp_path, gz=gz)
    d = load_dataset(f"mnist:{tmp_path}")
    assert d.x_train.shape == (30, 1, 28, 28) and d.x_test.shape == (10, 1, 28, 28)
    assert d.x_train.dtype == np.float32 and d.y_train.dtype == np.int64
    np.testing.assert_allclose(d.x_train[:, 0], arrays["train-images-idx3-ubyte"] / 255, rtol=1e-6)
    np.testing.assert_array_equal(d.y_test, arrays["t10k-labels-idx1-ubyte"])
    assert d.input_shape == (1, 28, 28) and d.is_image and d.num_classes == 10
    assert d.class_names == [str(i) for i in range(10)]
    assert d.name == f"mnist:{tmp_path}"


def test_fashion_mnist_has_its_class_names(tmp_path):
    make_mnist(tmp_path)
    d = load_dataset(f"fashion-mnist:{tmp_path}")
    assert d.class_names[0] == "T-shirt/top" and d.class_names[9] == "Ankle boot"


def test_dotted_file_names_from_other_mirrors_are_accepted(tmp_path):
    arrays = make_mnist(tmp_path, gz=False)
    for path in tmp_path.iterdir():
        path.rename(path.with_name(path.name.replace("-idx", ".idx")))
    d = load_dataset(f"mnist:{tmp_path}")
    np.testing.assert_array_equal(d.y_train, arrays["train-labels-idx1-ubyte"])


def test_standardize_uses_training_statistics(tmp_path):
    make_mnist(tmp_path)
    plain = load_dataset(f"mnist:{tmp_path}")
    d = load_dataset(f"mnist:{tmp_path}?standardize=1")
    assert abs(d.x_train.mean()) < 1e-5 and abs(d.x_train.std() - 1) < 1e-4
    mean, std = plain.x_train.mean(), plain.x_train.std()
    np.testing.assert_allclose(d.x_test, (plain.x_test - mean) / std, atol=1e-4)


def test_empty_folder_means_the_download_folder(tmp_path, monkeypatch):
    make_mnist(tmp_path / "mnist")
    monkeypatch.setenv("NETBUILDER_DATA", str(tmp_path))
    assert load_dataset("mnist:").x_train.shape == (30, 1, 28, 28)


@pytest.mark.parametrize("folder, n_train, n_test", [("mnist-5k", 4000, 1000), ("mnist", 60000, 10000)])
def test_real_mnist(folder, n_train, n_test):
    path = SHARED / folder
    if not (path / "train-images-idx3-ubyte.gz").exists():
        pytest.skip(f"real MNIST files not present in {path}")
    d = load_dataset(f"mnist:{path}")
    assert d.x_train.shape == (n_train, 1, 28, 28) and d.x_test.shape == (n_test, 1, 28, 28)
    assert set(np.unique(d.y_train)) == set(range(10))
    assert d.x_train.min() == 0.0 and d.x_train.max() == 1.0
    # Real digits: dark background, ink in the middle, and about a fifth of the pixels lit.
    assert d.x_train[:, 0, :3, :].mean() < 0.01
    assert 0.1 < d.x_train.mean() < 0.2


# ---- bad input -----------------------------------------------------------------------------------

def test_missing_folder(tmp_path):
    msg = load_error(f"mnist:{tmp_path / 'nowhere'}")
    assert str(tmp_path / "nowhere") in msg and "does not exist" in msg


def test_missing_file(tmp_path):
    make_mnist(tmp_path)
    (tmp_path / "t10k-labels-idx1-ubyte.gz").unlink()
    msg = load_error(f"mnist:{tmp_path}")
    assert str(tmp_path / "t10k-labels-idx1-ubyte") in msg and "does not exist" in msg


def test_truncated_gzip(tmp_path):
    make_mnist(tmp_path)
    path = tmp_path / "train-images-idx3-ubyte.gz"
    path.write_bytes(path.read_bytes()[:200])
    msg = load_error(f"mnist:{tmp_path}")
    assert str(path) in msg and "truncated gzip" in msg


def test_corrupt_gzip(tmp_path):
    make_mnist(tmp_path)
    path = tmp_path / "train-labels-idx1-ubyte.gz"
    raw = bytearray(path.read_bytes())
    raw[12:40] = b"\xff" * 28  # garbage inside the deflate stream, gzip header intact
    path.write_bytes(bytes(raw))
    msg = load_error(f"mnist:{tmp_path}")
    assert str(path) in msg and "gzip" in msg


def test_truncated_idx(tmp_path):
    make_mnist(tmp_path, gz=False)
    path = tmp_path / "train-images-idx3-ubyte"
    path.write_bytes(path.read_bytes()[:-100])
    msg = load_error(f"mnist:{tmp_path}")
    assert str(path) in msg and "truncated" in msg and "30 × 28 × 28" in msg


def test_wrong_magic_number_labels_swapped_for_images(tmp_path):
    arrays = make_mnist(tmp_path, gz=False)
    path = tmp_path / "train-images-idx3-ubyte"
    path.write_bytes(idx_bytes(arrays["train-labels-idx1-ubyte"]))
    msg = load_error(f"mnist:{tmp_path}")
    assert str(path) in msg and "2049" in msg and "2051" in msg


def test_not_an_idx_file_at_all(tmp_path):
    make_mnist(tmp_path, gz=False)
    path = tmp_path / "t10k-images-idx3-ubyte"
    path.write_bytes(b"<html>404 not found</html>")
    msg = load_error(f"mnist:{tmp_path}")
    assert str(path) in msg and "not an IDX file" in msg


def test_image_and_label_counts_disagree(tmp_path):
    make_mnist(tmp_path, gz=False)
    (tmp_path / "train-labels-idx1-ubyte").write_bytes(idx_bytes(np.zeros(29, np.uint8)))
    msg = load_error(f"mnist:{tmp_path}")
    assert "30 images" in msg and "29 labels" in msg and str(tmp_path / "train-labels-idx1-ubyte") in msg


def test_label_out_of_range(tmp_path):
    make_mnist(tmp_path, gz=False)
    labels = np.zeros(30, np.uint8)
    labels[7] = 12
    (tmp_path / "train-labels-idx1-ubyte").write_bytes(idx_bytes(labels))
    msg = load_error(f"mnist:{tmp_path}")
    assert "label 12 at position 7" in msg


def test_read_idx_rejects_trailing_bytes(tmp_path):
    path = tmp_path / "x-idx1-ubyte"
    path.write_bytes(idx_bytes(np.arange(5, dtype=np.uint8)) + b"\0\0")
    with pytest.raises(DataError, match="2 unexpected bytes"):
        read_idx(path)


def test_read_idx_reads_gzip_by_content_not_name(tmp_path):
    path = tmp_path / "labels-without-gz-suffix"
    path.write_bytes(gzip.compress(idx_bytes(np.arange(5, dtype=np.uint8))))
    np.testing.assert_array_equal(read_idx(path), np.arange(5))


def test_unknown_option(tmp_path):
    make_mnist(tmp_path)
    msg = load_error(f"mnist:{tmp_path}?standardise=1")
    assert '"standardise"' in msg and 'did you mean "standardize"' in msg
