"""Training in the background, the Qt adapter around the Qt-free run core (netbuilder.run): a
worker object in a QThread (throttling, back-pressure) and the controller the window owns (thread
lifetime, state signal, commands routed to whoever owns the network)."""
