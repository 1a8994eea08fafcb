"""augment_batch: what each augmentation does, that it never mutates its input, and that all its
randomness comes from the generator passed in."""

import numpy as np
import pytest

from netbuilder.data import augment_batch


def images(n=16, c=2, h=12, w=10, seed=0):
    return np.random.default_rng(seed).random((n, c, h, w)).astype(np.float32)


@pytest.mark.parametrize("names", [["shift"], ["flip"], ["noise"], ["shift", "flip", "noise"]])
def test_input_is_not_mutated_and_shape_dtype_kept(names):
    x = images()
    before = x.copy()
    out = augment_batch(x, names, np.random.default_rng(0))
    np.testing.assert_array_equal(x, before)
    assert out.shape == x.shape and out.dtype == np.float32
    assert not np.shares_memory(out, x)


@pytest.mark.parametrize("names", [["shift"], ["flip"], ["noise"], ["flip", "shift", "noise"]])
def test_same_generator_state_gives_identical_output(names):
    x = images()
    a = augment_batch(x, names, np.random.default_rng(42))
    b = augment_batch(x, names, np.random.default_rng(42))
    c = augment_batch(x, names, np.random.default_rng(43))
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, c)


def test_no_hidden_global_randomness():
    x = images()
    np.random.seed(1)
    a = augment_batch(x, ["shift", "flip", "noise"], np.random.default_rng(5))
    np.random.seed(2)
    b = augment_batch(x, ["shift", "flip", "noise"], np.random.default_rng(5))
    np.testing.assert_array_equal(a, b)


def test_shift_moves_each_image_by_at_most_4_pixels_filling_with_zeros():
    x = np.zeros((50, 1, 12, 12), np.float32)
    x[:, 0, 6, 5] = 1.0  # one lit pixel per image
    out = augment_batch(x, ["shift"], np.random.default_rng(0))
    moves = set()
    for img in out[:, 0]:
        assert img.sum() == 1.0  # the pixel stays on the canvas (4 px from a 12 px edge at most)
        r, c = np.argwhere(img == 1.0)[0]
        assert abs(r - 6) <= 4 and abs(c - 5) <= 4
        moves.add((r - 6, c - 5))
    assert len(moves) > 10  # offsets really vary per image


def test_shift_keeps_channels_together():
    x = images(n=8, c=3)
    x[:, 1] = x[:, 0] * 2
    out = augment_batch(x, ["shift"], np.random.default_rng(0))
    np.testing.assert_allclose(out[:, 1], out[:, 0] * 2)


def test_flip_mirrors_about_half_the_images_left_to_right():
    x = images(n=200)
    out = augment_batch(x, ["flip"], np.random.default_rng(0))
    flipped = np.array([np.array_equal(o, i[:, :, ::-1]) for o, i in zip(out, x)])
    same = np.array([np.array_equal(o, i) for o, i in zip(out, x)])
    assert (flipped | same).all()
    assert 60 < flipped.sum() < 140


def test_noise_is_gaussian_with_small_std():
    x = np.zeros((100, 1, 10, 10), np.float32)
    delta = augment_batch(x, ["noise"], np.random.default_rng(0))
    assert abs(delta.mean()) < 0.01 and 0.04 < delta.std() < 0.06


def test_vectors_accept_noise_only():
    x = np.zeros((10, 3), np.float32)
    out = augment_batch(x, ["noise"], np.random.default_rng(0))
    assert out.shape == (10, 3) and out.std() > 0
    for name in ("shift", "flip"):
        with pytest.raises(ValueError, match=f'"{name}" needs images'):
            augment_batch(x, [name], np.random.default_rng(0))


def test_unknown_augmentation():
    with pytest.raises(ValueError, match='did you mean "flip"'):
        augment_batch(images(), ["flp"], np.random.default_rng(0))


def test_no_augmentations_returns_an_equal_copy():
    x = images()
    out = augment_batch(x, [], np.random.default_rng(0))
    np.testing.assert_array_equal(out, x)
    assert out is not x
