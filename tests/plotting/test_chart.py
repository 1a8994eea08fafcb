"""Charts drawn with Pillow: series land where their data says, in their colour, with a legend."""

import numpy as np
import pytest
from PIL import Image, ImageFont

from netbuilder.plotting import Chart, compose, save_grid
from netbuilder.plotting.fonts import font
from netbuilder.plotting.legend import best_corner
from netbuilder.plotting.palette import OKABE_ITO

RED = (255, 0, 0)


def _mask(img, color, tol=40):
    a = np.asarray(img.convert("RGB")).astype(int)
    return (np.abs(a - np.array(color)).sum(axis=2) < tol)


def test_render_has_the_requested_size_and_draws_the_line_in_its_colour():
    c = Chart(400, 300, title="t", xlabel="x", ylabel="y", legend="none")
    c.line([0, 1, 2], [0, 1, 2], color=RED)
    img = c.render()
    assert img.size == (400, 300)
    red = _mask(img, RED)
    assert red.sum() > 100
    ys, xs = np.nonzero(red)
    # y = x goes up to the right: the leftmost red pixels are the lowest ones
    left, right = xs < np.percentile(xs, 20), xs > np.percentile(xs, 80)
    assert ys[left].mean() > ys[right].mean() + 100


def test_series_take_successive_palette_colours_and_can_share_one():
    c = Chart(300, 200)
    first = c.line([0, 1], [0, 1])
    second = c.line([0, 1], [1, 0])
    shared = c.line([0, 1], [0.5, 0.5], color=first, dashed=True)
    assert (first, second) == (OKABE_ITO[0], OKABE_ITO[1])
    assert shared == first


def test_dashed_line_leaves_gaps():
    def count(dashed):
        c = Chart(400, 200, legend="none")
        c.line([0, 1], [0.5, 0.5], color=RED, dashed=dashed)
        return _mask(c.render(), RED).sum()
    solid, dashed = count(False), count(True)
    assert 0.4 * solid < dashed < 0.85 * solid


def test_log_axis_spaces_decades_evenly():
    c = Chart(400, 300, ylog=True)
    c.line([0, 1, 2], [1, 10, 100])
    c.render()
    layer = Image.new("RGBA", (100, 101))
    from netbuilder.plotting.chart import PlotArea
    from PIL import ImageDraw
    area = PlotArea(layer, ImageDraw.Draw(layer), c.x, c.y, 1)
    _, py = area.px([0, 1, 2], [1, 10, 100])
    assert py[0] - py[1] == pytest.approx(py[1] - py[2])
    assert [label for _, label in c.y.ticks()] == ["1", "2", "5", "10", "20", "50", "100"]


def test_log_axis_drops_non_positive_values_instead_of_failing():
    c = Chart(300, 200, ylog=True)
    c.line([0, 1, 2, 3], [1.0, 0.0, -1.0, 10.0])
    assert c.render().size == (300, 200)
    assert c.y.lo < 0.0 < 1.0 < c.y.hi   # log10 limits cover 1 .. 10 only


def test_nan_breaks_a_line_and_empty_chart_still_renders():
    c = Chart(300, 200)
    c.line([0, 1, 2, 3], [1, np.nan, 2, 3])
    assert c.render().size == (300, 200)
    assert Chart(300, 200, title="empty").render().size == (300, 200)


def test_band_is_shaded_lighter_than_its_line():
    c = Chart(400, 300, legend="none")
    col = c.band([0, 1, 2], [0, 0, 0], [2, 2, 2], color=RED, alpha=0.2)
    c.line([0, 1, 2], [1, 1, 1], color=col)
    a = np.asarray(c.render()).astype(int)
    tint = (np.abs(a - np.array([255, 204, 204])).sum(axis=2) < 30).sum()
    assert tint > 0.3 * 400 * 300 * 0.5


def test_errorbars_span_the_error():
    c = Chart(300, 400, legend="none", ylim=(0, 10))
    c.errorbars([0], [5], [2], color=RED, marker=False)
    ys, _ = np.nonzero(_mask(c.render(), RED))
    span = ys.max() - ys.min()
    plot_height = 400 - 80   # roughly: 4 of the 10 units are drawn
    assert 0.3 * plot_height < span < 0.5 * plot_height


def test_categorical_ticks_and_outside_legend():
    c = Chart(500, 300, legend="outside")
    c.scatter([0, 1, 2], [1, 2, 3], label="dots")
    c.set_xticks([0, 1, 2], ["relu", "sigmoid", "tanh"])
    c.render()
    assert [s for _, s in c.x.ticks()] == ["relu", "sigmoid", "tanh"]


def test_legend_goes_to_the_emptiest_corner():
    # data crowd the upper right corner (small y pixel = top)
    pts = [np.array([[390.0, 380.0, 395.0], [5.0, 10.0, 20.0]])]
    corner, covered = best_corner(pts, 100, 50, 400, 300, 5)
    assert corner != (400 - 100 - 5, 5) and covered == 0


def test_a_flat_line_between_two_vertices_counts_as_covered():
    pts = [np.array([[0.0, 400.0], [20.0, 20.0]])]   # one segment across the top, no vertex in a corner box
    (_, y), covered = best_corner(pts, 100, 50, 400, 300, 5)
    assert y > 100 and covered == 0
    both = pts + [np.array([[0.0, 400.0], [280.0, 280.0]])]
    assert best_corner(both, 100, 50, 400, 300, 5)[1] > 0


def test_legend_never_hides_a_curve_when_every_corner_has_data():
    """Two flat curves along the top and the bottom (the sigmoid and ReLU nets' loss along a first-layer
    weight): the legend goes above the plot and both curves stay visible over their whole width."""
    c = Chart(600, 360, legend="best", supersample=1)
    x = np.linspace(-1, 1, 41)
    c.line(x, np.full_like(x, 0.70), label="a long label for the sigmoid network's curve", color=(200, 0, 0))
    c.line(x, np.full_like(x, 0.55), label="a long label for the ReLU network's curve", color=(0, 0, 200))
    img = np.asarray(c.render()).astype(int)
    for colour in ((200, 0, 0), (0, 0, 200)):
        hit = (np.abs(img - np.array(colour)).sum(axis=2) < 60)
        cols = np.flatnonzero(hit.any(axis=0))
        assert cols.size and (cols.max() - cols.min() + 1) * 0.97 <= hit.any(axis=0).sum() + 2
        assert cols.max() - cols.min() > 450, "the curve is hidden over part of its width"


def test_text_uses_a_scalable_font():
    f = font(20)
    assert isinstance(f, ImageFont.FreeTypeFont), "Pillow without FreeType draws unreadably small text"
    assert f.getbbox("Hg")[3] >= 14


def test_too_small_chart_is_refused_clearly():
    c = Chart(60, 40, title="long title", ylabel="y")
    with pytest.raises(ValueError, match="too small"):
        c.render()


def test_compose_and_save_grid_write_a_png(tmp_path):
    charts = [Chart(200, 150, title=str(i)) for i in range(3)]
    img = compose(charts, columns=2, title="all")
    assert img.width == 400 and img.height > 300
    out = tmp_path / "grid.png"
    save_grid(charts, out)
    assert Image.open(out).format == "PNG"


def test_integer_axis_ticks_whole_numbers_only():
    c = Chart(400, 300, xinteger=True)
    c.line([1, 2, 3, 4], [1, 2, 3, 4])
    c.render()
    assert [v for v, _ in c.x.ticks()] == [1, 2, 3, 4]
    assert [s for _, s in c.x.ticks()] == ["1", "2", "3", "4"]



def test_a_white_line_has_a_visible_swatch_in_the_legend():
    """The plane chart draws the training path in white over the dark map; its legend swatch was
    white on the white legend box."""
    from PIL import Image, ImageDraw
    from netbuilder.plotting.legend import LegendEntry, draw_legend
    img = Image.new("RGB", (300, 60), (255, 255, 255))
    draw_legend(ImageDraw.Draw(img), [LegendEntry("training path", (255, 255, 255))], 0, 0, font(13), 1)
    swatch = np.asarray(img).astype(int)[2:30, 4:34]   # the swatch column, left of the label
    assert (swatch.sum(axis=2) < 400).mean() > 0.3, "the white line's swatch is invisible on white"
