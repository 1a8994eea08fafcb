"""The engine, the pipeline model, the data sources, file I/O and the run core must run without Qt.

Two checks: a static walk of every import statement in those packages (catches imports hidden in
functions), and a fresh interpreter importing every module in them and then looking at sys.modules
(catches imports pulled in indirectly).
"""

import ast
import pathlib
import subprocess
import sys

import netbuilder

ROOT = pathlib.Path(netbuilder.__file__).parent
QT_FREE = ["engine", "model", "io", "data", "analysis", "export", "runs", "plotting", "run"]
FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6", "netbuilder.document", "netbuilder.training",
             "netbuilder.views", "netbuilder.app")


def _imports(path: pathlib.Path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_no_qt_import_statement_in_qt_free_packages():
    offenders = []
    for pkg in QT_FREE:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            for name in _imports(path):
                if name.startswith(FORBIDDEN):
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not offenders, offenders


def test_importing_every_qt_free_module_loads_no_qt():
    code = f"""
import importlib, pkgutil, sys
import netbuilder
for pkg in {QT_FREE!r}:
    mod = importlib.import_module('netbuilder.' + pkg)
    for info in pkgutil.walk_packages(mod.__path__, mod.__name__ + '.'):
        importlib.import_module(info.name)
bad = sorted(m for m in sys.modules if m.startswith({FORBIDDEN!r}))
print(','.join(bad))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"Qt modules loaded: {out.stdout.strip()}"


def test_the_walk_covers_real_modules():
    """Guard against the check passing vacuously because the packages are empty."""
    found = [p for pkg in QT_FREE for p in (ROOT / pkg).rglob("*.py")]
    assert len(found) >= 10


def test_the_format_module_is_a_leaf():
    """netbuilder/format.py writes numbers for every layer, the engine included, so it imports nothing
    of NetBuilder (an import here could make the engine depend on a higher package)."""
    names = list(_imports(ROOT / "format.py"))
    assert names and not [n for n in names if n.startswith("netbuilder") or n.startswith(FORBIDDEN)], names
