"""The GUI-load governor: busy GUI thread → longer redraw intervals; idle → back to nominal."""

import pytest

from netbuilder.views.live import budget as budget_mod
from netbuilder.views.live.budget import SHARE, DrawBudget


class FakeClocks:
    def __init__(self):
        self.cpu = self.wall = 0.0

    def run(self, seconds: float, busy_share: float) -> None:
        self.wall += seconds
        self.cpu += seconds * busy_share


@pytest.fixture
def clocks(monkeypatch, qapp):
    monkeypatch.setattr(budget_mod, "MAX_STRETCH", 8.0)
    return FakeClocks()


def make_budget(clocks) -> DrawBudget:
    b = DrawBudget(cpu_clock=lambda: clocks.cpu, wall_clock=lambda: clocks.wall)
    b._timer.stop()  # sampled by hand with the fake clocks
    return b


def test_a_busy_gui_thread_stretches_the_intervals_and_an_idle_one_relaxes_them(clocks):
    b = make_budget(clocks)
    stretches = []
    for _ in range(6):
        # Drawing costs 4 × the budget at nominal rates; stretching divides that cost.
        clocks.run(1.0, 4 * SHARE / b.stretch)
        b.sample()
        stretches.append(b.stretch)
    assert stretches[0] > 1.5
    assert stretches == sorted(stretches)
    assert stretches[-1] == pytest.approx(4.0, rel=0.1)  # settles where the share meets SHARE
    assert b.share == pytest.approx(SHARE, rel=0.2)
    for _ in range(12):
        clocks.run(1.0, 0.0)
        b.sample()
    assert b.stretch == 1.0


def test_the_stretch_is_bounded(clocks):
    b = make_budget(clocks)
    for _ in range(20):
        clocks.run(1.0, 1.0)  # a GUI thread busy all the time
        b.sample()
    assert b.stretch == budget_mod.MAX_STRETCH


def test_a_stretched_budget_delays_a_views_redraw(qtbot, clocks, monkeypatch):
    from netbuilder.views.live.curves import CurvesView
    view = CurvesView()
    qtbot.addWidget(view)
    view.show()
    b = make_budget(clocks)
    b.stretch = 4.0
    monkeypatch.setattr(budget_mod, "_budget", b)
    view._last_draw = view._clock()  # it has just drawn
    view.request_redraw()
    assert view._timer.isActive()
    assert view._timer.interval() > 3 * CurvesView.min_interval_ms
