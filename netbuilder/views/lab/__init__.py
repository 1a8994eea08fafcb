"""The Lab tab: why a network trains or does not (loss along a weight, loss landscapes, explained
units, gradient checks, saturation). The numbers come from netbuilder.analysis; these widgets only
start the computations in the background and draw their results."""

from netbuilder.views.lab.panel import LabPanel

__all__ = ["LabPanel"]
