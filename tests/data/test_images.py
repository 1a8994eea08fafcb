"""Image folders decoded with Pillow: classes from sub-folders, grey and colour, sizes, bad files."""

import numpy as np
import pytest

from netbuilder.data import DataError, load_dataset
from tests.data.formats import load_error, write_png

pytest.importorskip("PIL", reason="Pillow is needed to decode PNG/JPEG folders")


def make_folder(root, classes=("cats", "dogs"), per_class=5, size=(6, 4), colour=False, seed=0):
    """Each image's pixels all equal 10 * class + index, so a test can tell which file went where."""
    rng = np.random.default_rng(seed)
    w, h = size
    for c, name in enumerate(classes):
        for i in range(per_class):
            shape = (h, w, 3) if colour else (h, w)
            array = np.full(shape, 10 * c + i, np.uint8)
            if colour:
                array[..., 1] = 200
            write_png(root / name / f"{i:02d}.png", array)
    (root / classes[0] / "notes.txt").write_text("not an image")  # ignored
    return rng


def test_grey_pngs_load_with_classes_in_folder_order(tmp_path):
    make_folder(tmp_path)
    d = load_dataset(f"images:{tmp_path}?test_fraction=0.2")
    assert d.class_names == ["cats", "dogs"]
    assert d.x_train.shape == (8, 1, 4, 6) and d.x_test.shape == (2, 1, 4, 6)
    assert np.bincount(d.y_test).tolist() == [1, 1]
    x = np.concatenate([d.x_train, d.x_test])
    y = np.concatenate([d.y_train, d.y_test])
    value = np.round(x[:, 0, 0, 0] * 255).astype(int)
    np.testing.assert_array_equal(value // 10, y)  # every image kept its own class's label
    assert (x == x[:, :, :1, :1]).all()


def test_rgb_images_are_channel_first(tmp_path):
    make_folder(tmp_path, colour=True)
    d = load_dataset(f"images:{tmp_path}")
    assert d.input_shape == (3, 4, 6)
    np.testing.assert_allclose(d.x_train[:, 1], 200 / 255, rtol=1e-6)


def test_grey_and_colour_mixed_are_all_rgb(tmp_path):
    make_folder(tmp_path)
    write_png(tmp_path / "dogs" / "colour.png", np.full((4, 6, 3), 50, np.uint8))
    d = load_dataset(f"images:{tmp_path}")
    assert d.input_shape == (3, 4, 6) and d.notes


def test_jpeg_files_are_read(tmp_path):
    for c in ("a", "b"):
        for i in range(3):
            write_png(tmp_path / c / f"{i}.jpg", np.full((8, 8), 40 if c == "a" else 220, np.uint8), fmt="JPEG")
    d = load_dataset(f"images:{tmp_path}?test_fraction=0")
    means = d.x_train.mean(axis=(1, 2, 3))
    assert (np.abs(means[d.y_train == 0] - 40 / 255) < 0.03).all()
    assert (np.abs(means[d.y_train == 1] - 220 / 255) < 0.03).all()


def test_mixed_sizes_name_the_odd_file_and_both_sizes(tmp_path):
    make_folder(tmp_path)
    odd = tmp_path / "dogs" / "03.png"
    write_png(odd, np.zeros((5, 7), np.uint8))
    with pytest.raises(DataError) as info:
        load_dataset(f"images:{tmp_path}")
    msg = str(info.value)
    assert str(odd) in msg and "7x5" in msg and "6x4" in msg and "size=6x4" in msg


def test_size_option_resizes_everything(tmp_path):
    make_folder(tmp_path)
    write_png(tmp_path / "dogs" / "03.png", np.zeros((5, 7), np.uint8))
    d = load_dataset(f"images:{tmp_path}?size=3x2")
    assert d.input_shape == (1, 2, 3)


def test_standardize(tmp_path):
    make_folder(tmp_path, per_class=10)
    d = load_dataset(f"images:{tmp_path}?standardize=1")
    assert abs(d.x_train.mean()) < 1e-5 and abs(d.x_train.std() - 1) < 1e-4


def test_split_is_seeded(tmp_path):
    make_folder(tmp_path, per_class=10)
    a, b, c = (load_dataset(f"images:{tmp_path}", seed=s) for s in (3, 3, 4))
    np.testing.assert_array_equal(a.x_test, b.x_test)
    assert not np.array_equal(a.x_test, c.x_test)


# ---- bad input -----------------------------------------------------------------------------------

def test_corrupt_image_is_named(tmp_path):
    make_folder(tmp_path)
    bad = tmp_path / "cats" / "02.png"
    bad.write_bytes(bad.read_bytes()[:30])
    msg = load_error(f"images:{tmp_path}")
    assert str(bad) in msg and "not a readable" in msg


def test_text_file_with_an_image_extension(tmp_path):
    make_folder(tmp_path)
    bad = tmp_path / "dogs" / "fake.jpg"
    bad.write_text("hello")
    assert str(bad) in load_error(f"images:{tmp_path}")


def test_empty_class_folder(tmp_path):
    make_folder(tmp_path)
    (tmp_path / "birds").mkdir()
    msg = load_error(f"images:{tmp_path}")
    assert str(tmp_path / "birds") in msg and "no PNG or JPEG" in msg


def test_folder_without_class_folders(tmp_path):
    write_png(tmp_path / "x.png", np.zeros((2, 2), np.uint8))
    assert "no sub-folders" in load_error(f"images:{tmp_path}")


def test_missing_folder(tmp_path):
    msg = load_error(f"images:{tmp_path / 'gone'}")
    assert str(tmp_path / "gone") in msg and "does not exist" in msg


def test_bad_size_option(tmp_path):
    make_folder(tmp_path)
    assert "WIDTHxHEIGHT" in load_error(f"images:{tmp_path}?size=32")
