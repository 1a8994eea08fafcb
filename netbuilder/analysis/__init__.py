"""Looking at *why* a network trains or does not (Qt-free): the loss along one weight, loss
landscapes along a line and over a plane (with the training trajectory), one unit's computation
with its actual numbers, a per-layer gradient check report, and saturated/dead units.

Every function works on a network it may change while it runs (weights are swept in place and put
back when it returns, also on Cancel), so callers in another thread pass their own copy
(`copy_network`). Long computations take `progress(done, total)` and `should_stop()` callbacks and
raise `Cancelled` when asked to stop.
"""

from netbuilder.analysis.common import Cancelled, copy_network, evaluation_batch

__all__ = ["Cancelled", "copy_network", "evaluation_batch"]
