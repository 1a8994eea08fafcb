"""Entry script of the frozen app (PyInstaller needs a script file, not a console-script entry).

It does exactly what the `netbuilder` console script does, so the installed program and
`pip install`ed one behave alike.
"""

import multiprocessing
import sys

from netbuilder.__main__ import main

if __name__ == "__main__":
    # A frozen program re-executes itself for multiprocessing workers (pyqtgraph's helpers, or
    # any future data loader); without this such a child would start a second NetBuilder.
    multiprocessing.freeze_support()
    sys.exit(main())
