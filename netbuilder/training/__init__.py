"""Training in the background, the Qt adapter around the Qt-free run core (netbuilder.run): a
worker object in a QThread (throttling, back-pressure) and the controller the window owns (thread
lifetime, state signal, commands routed to whoever owns the network)."""

from netbuilder.training.qt_workarounds import protect_singletons

protect_singletons()  # before any signal is emitted: see qt_workarounds for the PySide6 6.12 bug
