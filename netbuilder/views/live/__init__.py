"""Live training views (pyqtgraph): stat cards, curves, feature maps, gradients, filters, decision
boundary, confusion matrix and mistakes, assembled by `LivePanel`."""

