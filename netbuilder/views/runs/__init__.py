"""The window's run history: the Runs panel (table + Compare view), recording, opening a run."""
