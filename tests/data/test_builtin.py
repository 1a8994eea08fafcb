"""Generated sets: shapes, reproducibility, options, and that shapes is not a linear problem."""

import numpy as np
import pytest

from netbuilder.data import DataError, load_dataset

POINT_SETS = ["spirals", "circles", "xor", "blobs"]


@pytest.mark.parametrize("name", POINT_SETS + ["shapes"])
def test_same_spec_and_seed_give_identical_arrays_and_another_seed_does_not(name):
    spec = f"builtin:{name}?n=200"
    a, b, c = load_dataset(spec, seed=5), load_dataset(spec, seed=5), load_dataset(spec, seed=6)
    for part in ("x_train", "y_train", "x_test", "y_test"):
        np.testing.assert_array_equal(getattr(a, part), getattr(b, part))
    assert not np.array_equal(a.x_train, c.x_train)


def test_seed_option_overrides_the_run_seed():
    a = load_dataset("builtin:xor?seed=9", seed=1)
    b = load_dataset("builtin:xor?seed=9", seed=2)
    np.testing.assert_array_equal(a.x_train, b.x_train)


@pytest.mark.parametrize("name, classes", [("spirals", 2), ("circles", 2), ("xor", 2), ("blobs", 3)])
def test_point_sets_are_balanced_2d_with_an_80_20_split(name, classes):
    d = load_dataset(f"builtin:{name}")
    assert d.input_shape == (2,) and not d.is_image and d.num_classes == classes
    assert len(d.x_train) == 800 and len(d.x_test) == 200
    counts = np.bincount(np.concatenate([d.y_train, d.y_test]))
    assert counts.max() - counts.min() <= 1
    assert np.abs(d.x_train).max() < 2.0


def test_circles_and_xor_have_the_geometry_their_names_promise():
    c = load_dataset("builtin:circles?noise=0")
    radius = np.linalg.norm(c.x_train, axis=1)
    assert radius[c.y_train == 0].max() <= 0.5 + 1e-6 and radius[c.y_train == 1].min() >= 0.7 - 1e-6
    x = load_dataset("builtin:xor?noise=0")
    same_sign = x.x_train[:, 0] * x.x_train[:, 1] > 0
    np.testing.assert_array_equal(x.y_train, (~same_sign).astype(int))


def test_blobs_classes_option():
    d = load_dataset("builtin:blobs?classes=5&n=500")
    assert d.num_classes == 5 and set(np.unique(d.y_train)) == set(range(5))


def test_shapes_are_28x28_grey_images_of_four_balanced_classes():
    d = load_dataset("builtin:shapes")
    assert d.input_shape == (1, 28, 28) and d.is_image
    assert d.class_names == ["circle", "square", "triangle", "cross"]
    assert len(d.x_train) + len(d.x_test) == 6000 and len(d.x_test) == 1200
    assert np.bincount(d.y_train).tolist() == [1200] * 4
    assert d.x_train.min() >= 0 and d.x_train.max() <= 1
    # Each image has a shape brighter than its background: its brightest pixels stand out.
    bright = np.percentile(d.x_train[:, 0].reshape(len(d.x_train), -1), 97, axis=1)
    dark = np.median(d.x_train[:, 0].reshape(len(d.x_train), -1), axis=1)
    assert (bright - dark > 0.2).mean() > 0.97


def test_shapes_are_not_linearly_separable_on_raw_pixels_but_not_noise_either():
    """A least-squares linear classifier on pixels must do clearly better than chance (there is
    signal) and clearly worse than the >90 % a small CNN reaches (position and size vary)."""
    d = load_dataset("builtin:shapes?n=4000")
    def features(x):
        return np.hstack([x.reshape(len(x), -1), np.ones((len(x), 1), np.float32)]).astype(np.float64)
    a = features(d.x_train)
    targets = np.eye(4)[d.y_train]
    w = np.linalg.solve(a.T @ a + 1.0 * np.eye(a.shape[1]), a.T @ targets)
    accuracy = (np.argmax(features(d.x_test) @ w, axis=1) == d.y_test).mean()
    assert 0.4 < accuracy < 0.85


def test_shapes_standardize():
    d = load_dataset("builtin:shapes?n=400&standardize=1")
    assert abs(d.x_train.mean()) < 1e-4 and abs(d.x_train.std() - 1) < 1e-3


def test_noise_option_changes_the_images():
    clean = load_dataset("builtin:shapes?n=100&noise=0")
    noisy = load_dataset("builtin:shapes?n=100&noise=0.3")
    # Same seed, same shapes; only the grain differs, so the pixel-to-pixel roughness grows.
    rough = [np.abs(np.diff(d.x_train, axis=3)).mean() for d in (clean, noisy)]
    assert rough[1] > 2 * rough[0]


@pytest.mark.parametrize("spec, fragment", [
    ("builtin:spiral", 'did you mean "spirals"'),
    ("builtin:xor?n=abc", "whole number"),
    ("builtin:xor?n=2", "between 8"),
    ("builtin:xor?noise=-1", "noise"),
    ("builtin:xor?classes=3", 'unknown option "classes"'),
    ("builtin:shapes?colour=1", 'unknown option "colour"'),
    ("builtin:blobs?classes=1", "classes"),
])
def test_bad_builtin_specs(spec, fragment):
    with pytest.raises(DataError, match=None) as info:
        load_dataset(spec)
    assert fragment in str(info.value)
