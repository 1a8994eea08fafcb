"""The progress bars and stat cards say where a run really is: a 10 000-epoch run moves off "0 %"
after its first batches, and a paused run says it is paused instead of showing a speed and a time
left that are not running."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from netbuilder.format import progress_text  # noqa: E402
from netbuilder.run.snapshots import BatchProgress  # noqa: E402
from netbuilder.views.live.stats import StatsView  # noqa: E402


def progress(epoch, batch, batches=100, epochs=10_000):
    return BatchProgress(epoch=epoch, batch=batch, batches=batches, epochs=epochs,
                         x=np.array([epoch + (batch + 1) / batches]), loss=np.array([0.5]),
                         accuracy=np.array([0.8]), lr=0.01, images_per_second=1234.0, eta_seconds=3600.0,
                         elapsed_seconds=12.0, steps=epoch * batches + batch + 1)


@pytest.mark.parametrize("fraction, text", [(0, "0"), (1, "100"), (0.37, "37"), (0.0123, "1.2"),
                                            (0.004, "0.40"), (1e-4, "0.010"), (0.99999, "99.9")])
def test_progress_text_has_the_precision_it_needs(fraction, text):
    assert progress_text(fraction) == text


def test_progress_text_never_says_zero_once_begun():
    for fraction in (1e-9, 1e-7, 1 / (10_000 * 162)):
        assert float(progress_text(fraction)) > 0


@pytest.fixture
def stats(qtbot):
    view = StatsView()
    qtbot.addWidget(view)
    view.resize(900, 150)
    view.show()
    return view


def test_a_huge_run_shows_progress_from_the_first_batches(stats):
    stats.show_progress(progress(0, 49))  # half an epoch of 10 000
    assert "run: 0 %" not in stats.run_bar.format()
    assert "0.0050 %" in stats.run_bar.format()
    assert stats.run_bar.value() > 0  # a sliver, not an empty bar


def test_paused_says_paused_and_resume_brings_the_live_values_back(stats):
    stats.show_progress(progress(3, 10, epochs=20))
    stats.set_paused(True)
    assert stats.cards["eta"].value.text() == "paused" and stats.cards["speed"].value.text() == "–"
    assert stats.run_bar.format().startswith("paused at 16 %")
    stats._timer.stop()
    stats.show_progress(progress(3, 11, epochs=20))  # a batch reported after the pause took effect
    assert stats.cards["eta"].value.text() == "paused"
    stats.set_paused(False)
    stats._timer.stop()
    stats.show_progress(progress(3, 12, epochs=20))
    assert stats.cards["eta"].value.text() == "1:00:00" and stats.cards["speed"].value.text() == "1,234"
    assert stats.run_bar.format().startswith("run: 16 %")
    stats.set_paused(True)
    stats.show_finished("stopped")
    assert stats.run_bar.format().startswith("stopped at 16 %") and stats.cards["eta"].value.text() == "stopped"
