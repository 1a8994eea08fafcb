"""Qt-free PNG charts drawn with Pillow: lines, dots, error bars, bands, log axes, legends.

Used by the command line (`runs compare`, sweeps' spread plots) and anywhere a chart must be written
without a display. Typical use:

    from netbuilder.plotting import Chart, save_grid
    c = Chart(640, 400, title="Loss", xlabel="epoch", ylabel="loss", ylog=True)
    col = c.line(epochs, train_loss, dashed=True)          # next palette colour
    c.line(epochs, val_loss, color=col, label="run 3")     # same colour, solid
    c.save("loss.png")
"""

from netbuilder.plotting.chart import Chart, PlotArea, save_png
from netbuilder.plotting.figure import compose, save_grid
from netbuilder.plotting.palette import OKABE_ITO, series_color
from netbuilder.plotting.ticks import format_ticks, linear_ticks, log_ticks, nice_step

__all__ = ["Chart", "PlotArea", "save_png", "compose", "save_grid", "OKABE_ITO", "series_color",
           "format_ticks", "linear_ticks", "log_ticks", "nice_step"]
