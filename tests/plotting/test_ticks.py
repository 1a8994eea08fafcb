"""Tick positions are round numbers inside the range, labels are distinct and no longer than needed."""

import math

import pytest
from hypothesis import given, strategies as st

from netbuilder.plotting.ticks import format_ticks, linear_ticks, log_ticks, nice_step


def test_linear_ticks_on_unit_range():
    assert linear_ticks(0, 1) == pytest.approx([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    assert format_ticks(linear_ticks(0, 1)) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]


def test_labels_need_no_decimals_for_whole_steps():
    assert format_ticks(linear_ticks(0, 100)) == ["0", "20", "40", "60", "80", "100"]


@given(st.floats(-1e6, 1e6), st.floats(1e-3, 1e6))
def test_linear_ticks_are_round_and_inside(lo, span):
    hi = lo + span
    ticks = linear_ticks(lo, hi)
    assert 3 <= len(ticks) <= 13
    step = nice_step(span)
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert any(abs(mantissa - m) < 1e-6 for m in (1, 2, 2.5, 5, 10))
    for t in ticks:
        assert lo - step * 1e-6 <= t <= hi + step * 1e-6
        assert abs(t / step - round(t / step)) < 1e-6
    labels = format_ticks(ticks)
    assert len(set(labels)) == len(labels)


def test_log_ticks_are_decades_over_wide_ranges():
    assert log_ticks(1e-4, 10) == pytest.approx([1e-4, 1e-3, 1e-2, 1e-1, 1, 10])
    assert format_ticks([1e-4, 1e-3, 0.01, 1, 10, 1e5], log=True) == ["1e-4", "0.001", "0.01", "1", "10", "1e5"]


def test_log_ticks_on_a_short_range_still_give_several_labels():
    ticks = log_ticks(0.05, 2.3)
    assert ticks == pytest.approx([0.05, 0.1, 0.2, 0.5, 1, 2])
    assert len(log_ticks(3, 7)) >= 3


def test_log_ticks_refuse_non_positive_limits():
    with pytest.raises(ValueError):
        log_ticks(0, 1)
