"""Every layer kind, one module each; importing this package registers them all.

Modules are discovered rather than listed so that adding a layer kind is adding one file.
"""

import importlib
import pkgutil

for _info in pkgutil.iter_modules(__path__):
    if _info.name != "base":
        importlib.import_module(f"{__name__}.{_info.name}")
