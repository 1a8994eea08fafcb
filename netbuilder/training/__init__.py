"""Training in the background (Qt): a worker in a QThread, the controller the window owns, and the
snapshot dataclasses that carry copies of the numbers to the live views."""

from netbuilder.training.qt_workarounds import protect_singletons

protect_singletons()  # before any signal is emitted: see qt_workarounds for the PySide6 6.12 bug
