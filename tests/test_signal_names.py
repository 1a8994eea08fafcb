"""Signals are named one way: every `Signal(...)` NetBuilder declares is snake_case (Qt's own, such as
`clicked` or `textChanged`, are Qt's business). A static walk, so it covers modules no test imports."""

import ast
import pathlib
import re

import netbuilder

ROOT = pathlib.Path(netbuilder.__file__).parent


def _declared_signals():
    for path in sorted(ROOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                func = node.value.func
                if (func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")) == "Signal":
                    for target in node.targets:
                        if isinstance(target, ast.Name):
                            yield f"{path.relative_to(ROOT)}:{node.lineno}", target.id


def test_every_declared_signal_is_snake_case():
    found = list(_declared_signals())
    assert len(found) >= 20  # the walk sees the real declarations, not nothing
    bad = [f"{where} {name}" for where, name in found if not re.fullmatch(r"[a-z][a-z0-9_]*", name)]
    assert not bad, bad
