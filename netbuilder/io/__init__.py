"""Reading and writing network files and weights, atomically and with clear messages."""
