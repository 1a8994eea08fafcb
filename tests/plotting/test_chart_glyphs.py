"""The lab's PNG charts write only characters the bundled chart font can draw: the line chart's
axis title 'α: weights = (1 − α)·initial + α·final' came out as boxes (Pillow's face has no α, −)."""

from types import SimpleNamespace

import numpy as np
import pytest

from netbuilder.plotting.fonts import font, missing_glyphs
from netbuilder.plotting.landscape import line_chart, plane_chart, weight_sweep_chart


def test_missing_glyphs_finds_what_the_font_lacks():
    assert missing_glyphs("loss 0.5 … ·", font(13)) == ""
    assert "α" in missing_glyphs("α − x", font(13))


def _texts(chart) -> list[str]:
    return [chart.title or "", chart.xlabel or "", chart.ylabel or ""] + [e.label for e in chart._legend]


def _sweep(label):
    values = np.linspace(-1, 1, 9)
    return SimpleNamespace(label=label, values=values, losses=values ** 2 + 0.5, value=0.0, loss=0.5,
                           tangent=lambda xs: 0.5 + 0.0 * xs)


@pytest.mark.parametrize("directions", ["trajectory", "random"])
def test_every_lab_chart_text_has_its_glyphs(directions):
    grid = np.linspace(-1, 1, 5)
    plane = SimpleNamespace(alphas=grid, betas=grid, directions=directions, explained=(0.9, 0.1),
                            losses=np.add.outer(grid ** 2, grid ** 2) + 0.1,
                            trajectory=np.array([[-0.5, 0.2], [0.0, 0.0]]), epochs=[0, 1])
    line = SimpleNamespace(alphas=np.linspace(-0.5, 1.5, 9), losses=np.linspace(1.0, 0.5, 9))
    charts = [weight_sweep_chart([_sweep("net A: layer 2 Dense W[0, 5]"), _sweep("net B")]),
              line_chart(line), plane_chart(plane)]
    for chart in charts:
        chart.render()
        for text in _texts(chart):
            assert missing_glyphs(text, font(13)) == "", f"{text!r} draws boxes"
