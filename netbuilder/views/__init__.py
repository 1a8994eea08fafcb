"""Qt widgets of the builder window; one job per module (see main_window.py for how they connect)."""
