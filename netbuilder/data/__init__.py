"""Dataset sources, all behind one SPEC string (Qt-free)."""
