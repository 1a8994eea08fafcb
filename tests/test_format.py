"""netbuilder/format.py: the one way shapes, counts, sizes, durations and values are written."""

import math

import pytest

from netbuilder.format import (NONE_TEXT, clock_text, count_text, duration_text, number_text, percent_text,
                               shape_text, size_text, value_text)


def test_shapes_compact_spaced_and_unknown():
    assert shape_text((8, 28, 28)) == "8×28×28"
    assert shape_text([1, 28, 28], spaced=True) == "1 × 28 × 28"
    assert shape_text((784,)) == "784"
    assert shape_text(None) == "?"


@pytest.mark.parametrize("n, text", [(812, "812"), (12_345, "12,345"), (1_234_567, "1.23 M"), (4_500_000_000, "4.5 G"),
                                     (250_000, "250 k"), (123_456_789, "123 M")])
def test_counts(n, text):
    assert count_text(n) == text


@pytest.mark.parametrize("n, text", [(512, "512 bytes"), (4_500_000, "4.5 MB"), (1_200_000_000, "1.2 GB"), (999, "999 bytes")])
def test_sizes(n, text):
    assert size_text(n) == text


def test_clock_and_duration():
    assert clock_text(7) == "0:07" and clock_text(3723) == "1:02:03" and clock_text(math.inf) == NONE_TEXT
    assert duration_text(0.44) == "0.4s" and duration_text(0.0) == "0.0s" and duration_text(9.96) == "10s"
    assert duration_text(17) == "17s" and duration_text(185) == "3m05s" and duration_text(2 * 3600 + 14 * 60) == "2h14m"
    assert duration_text(None) == NONE_TEXT


def test_numbers_percent_and_values():
    assert number_text(0.123456) == "0.1235" and number_text(1e-5, 3) == "1.00e-05" and number_text(None) == NONE_TEXT
    assert percent_text(0.9731) == "97.3 %" and percent_text(float("nan")) == NONE_TEXT
    assert value_text(2.0) == "2" and value_text(0.001) == "0.001" and value_text([1, 2.5]) == "[1, 2.5]"
    assert value_text("relu") == "relu"


def test_range_text_tells_the_ends_apart():
    """A deep sigmoid net's first-layer weight moves the loss by 3e-6: '0.6961 … 0.6961' hid it."""
    from netbuilder.format import range_text
    lo, hi = range_text(0.69606253, 0.69606553)
    assert lo != hi and float(lo) == pytest.approx(0.69606253, abs=1e-9)
    assert range_text(0.1875, 0.1911) == ("0.1875", "0.1911")   # four digits when they suffice
    assert range_text(2.0, 2.0) == ("2", "2")
