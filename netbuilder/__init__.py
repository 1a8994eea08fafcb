"""NetBuilder: design, train and see inside neural networks.

The version lives here and only here; pyproject.toml and the packaging read it.
"""

__version__ = "0.1.0"
