"""Qt-free: runs kept and compared, sweeps over seeds and settings, and where they execute."""
