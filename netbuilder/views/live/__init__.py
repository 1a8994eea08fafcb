"""Live training views (pyqtgraph): stat cards, curves, feature maps, gradients, filters, decision
boundary, confusion matrix and mistakes, assembled by `LivePanel`."""

from netbuilder.training.qt_workarounds import protect_singletons

protect_singletons()  # every pyqtgraph redraw emits signals: see qt_workarounds for why this is needed
