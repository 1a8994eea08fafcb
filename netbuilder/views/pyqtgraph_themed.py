"""pyqtgraph, imported on first use with the theme's plot colours already set.

Every view imports `pg` from here, never pyqtgraph directly: importing pyqtgraph costs about 0.2 s
and the builder view shown at start has no plot, so it is loaded when the first plot is made. The
theme (views/theme.py) sets the colours again whenever it changes, once pyqtgraph is loaded.
"""

import pyqtgraph as pg

from netbuilder.views import theme

theme.configure_plots(pg)

__all__ = ["pg"]
