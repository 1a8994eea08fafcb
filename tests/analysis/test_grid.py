import numpy as np
import pytest

from netbuilder.analysis.grid import bilinear, iso_segments, levels_for, scaled


def test_iso_line_of_a_ramp_is_where_the_ramp_crosses_the_level():
    xs, ys = np.linspace(0, 1, 5), np.linspace(0, 2, 3)
    z = np.tile(xs, (3, 1))  # z = x on every row
    segments = iso_segments(xs, ys, z, 0.6)
    assert len(segments) == 2  # one per row of cells
    for (xa, ya), (xb, yb) in segments:
        assert xa == pytest.approx(0.6) and xb == pytest.approx(0.6) and abs(ya - yb) == pytest.approx(1.0)


def test_bilinear_keeps_the_corners_and_puts_row_zero_at_the_bottom():
    z = np.array([[0.0, 1.0], [2.0, 3.0]])
    img = bilinear(z, 5, 3)
    assert img[-1, 0] == 0 and img[-1, -1] == 1 and img[0, 0] == 2 and img[0, -1] == 3
    assert img[1, 2] == pytest.approx(1.5)


def test_levels_and_log_scaling():
    assert list(scaled(np.array([1.0, 100.0]), log=True)) == [0, 2]
    assert list(scaled(np.array([0.0, 1.0]), log=True)) == [0, 1]  # not all positive: left linear
    lv = levels_for(np.array([[0.0, 1.0]]), 3)
    assert list(lv) == pytest.approx([0.25, 0.5, 0.75])
    assert len(levels_for(np.ones((2, 2)))) == 0
