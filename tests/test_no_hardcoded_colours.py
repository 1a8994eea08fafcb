"""Every colour lives in netbuilder/views/theme.py: a view with its own "#C0392B", QColor("white"),
mkPen("w") or (236, 238, 241) would stay light in the dark theme (or clash with the palette), so
this scan fails on any colour literal in the views and in the stylesheet template.

Static (AST) so it needs no Qt and sees code that tests never run.
"""

import ast
import pathlib
import re

import netbuilder

ROOT = pathlib.Path(netbuilder.__file__).parent
VIEWS = ROOT / "views"
THEME = VIEWS / "theme.py"
QSS = ROOT.parent / "resources" / "styles" / "app.qss"

HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}(?:[0-9a-fA-F]{2})?\b")
NAMED = ("white|black|red|green|blue|gr[ae]y|yellow|orange|cyan|magenta|silver|navy|maroon|purple|"
         "teal|olive|lime|darkgr[ae]y|lightgr[ae]y")
CSS_COLOUR = re.compile(rf"\b(?:color|background(?:-color)?|border(?:-[a-z]+)?)\s*:[^;{{}}'\"]*?"
                        rf"(?:#[0-9a-fA-F]|\brgba?\(|\b(?:{NAMED})\b)", re.IGNORECASE)
COLOUR_CALLS = {"QColor", "QBrush", "QPen", "mkPen", "mkBrush", "mkColor", "intColor", "setBackground",
                "setForeground", "setBrush", "setPen", "setSymbolBrush", "setSymbolPen", "fill",
                "setLabelTextColor", "setColor"}
COLOUR_MAKERS = {"QColor", "QBrush", "mkPen", "mkBrush", "mkColor"}  # their first argument is a colour
COLOUR_KEYWORDS = {"color", "background", "brush", "pen", "symbolBrush", "symbolPen", "labelTextColor",
                   "foreground", "fillBrush"}
QT_NAMED = {"white", "black", "red", "darkRed", "green", "darkGreen", "blue", "darkBlue", "cyan", "darkCyan",
            "magenta", "darkMagenta", "yellow", "darkYellow", "gray", "darkGray", "lightGray"}


def _literal_colour(node: ast.AST) -> bool:
    """A constant that can only mean a colour: a colour string, a grey level or an RGB(A) tuple."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) or (isinstance(node.value, int) and not isinstance(node.value, bool))
    if isinstance(node, ast.Tuple | ast.List):
        return bool(node.elts) and all(_literal_colour(e) for e in node.elts)
    return False


def _rgb_tuple(node: ast.AST) -> bool:
    """(r, g, b) or (r, g, b, a) of integer constants that look like colour channels (not a shape:
    shapes are small or repeat, channels spread over 0..255)."""
    if not isinstance(node, ast.Tuple) or len(node.elts) not in (3, 4):
        return False
    values = [e.value for e in node.elts if isinstance(e, ast.Constant) and type(e.value) is int]
    return len(values) == len(node.elts) and all(0 <= v <= 255 for v in values) and sum(v > 40 for v in values) >= 2


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def colour_literals(source: str, name: str = "<string>") -> list[str]:
    """Every hard-coded colour in Python source, as "line: what"."""
    tree = ast.parse(source, filename=name)
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            for pattern in (HEX, CSS_COLOUR):
                match = pattern.search(node.value)
                if match:
                    found.append(f"{line}: {match.group(0)!r} in a string")
        elif isinstance(node, ast.Call):
            func = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            strings = any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            numbers = func in COLOUR_MAKERS and node.args and _literal_colour(node.args[0])
            if func in COLOUR_CALLS and (strings or numbers):
                found.append(f"{line}: {func}(…) with a literal colour")
            for kw in node.keywords:
                if kw.arg in COLOUR_KEYWORDS and _literal_colour(kw.value):
                    found.append(f"{line}: {kw.arg}= a literal colour")
        elif isinstance(node, ast.Attribute) and node.attr in QT_NAMED:
            base = node.value
            if (isinstance(base, ast.Name) and base.id in ("Qt", "GlobalColor")) or \
                    (isinstance(base, ast.Attribute) and base.attr in ("Qt", "GlobalColor")):
                found.append(f"{line}: Qt colour {node.attr}")
        elif _rgb_tuple(node):
            found.append(f"{line}: RGB tuple {ast.unparse(node)}")
    return sorted(set(found), key=lambda s: int(s.split(":")[0]))


def test_the_scan_finds_each_kind_of_colour_literal():
    bad = '''
a = "#C0392B"
b = QColor("white")
c = pg.mkPen("w", width=2)
d = w.setBackground("k")
e = label.setStyleSheet("color: #6B7280;")
f = label.setStyleSheet("QListWidget { background: white; }")
g = pg.ScatterPlotItem(brush=(255, 0, 0))
h = Qt.GlobalColor.white
i = np.array((49, 104, 170))
j = pg.PlotWidget(background="w")
k = QColor(30, 30, 30)
'''
    lines = {int(s.split(":")[0]) for s in colour_literals(bad)}
    assert lines == set(range(2, 13)), colour_literals(bad)


def test_the_scan_lets_palette_reads_and_shapes_through():
    good = '''
"""A docstring may say #FFFFFF or white."""
pal = theme.palette()
a = QColor(pal.error)
b = pg.mkPen(pal.train, width=2, style=Qt.PenStyle.DashLine)
c = f"color: {pal.muted}; font-weight: 600;"
d = label.setObjectName("muted")
shape = (1, 28, 28)
kernel = (3, 3, 3)
e = theme.rgba(pal.train, 55)
'''
    assert colour_literals(good) == []


def test_no_view_keeps_a_hard_coded_colour():
    offenders = []
    for path in sorted(VIEWS.rglob("*.py")):
        if path == THEME:
            continue
        for hit in colour_literals(path.read_text(encoding="utf-8"), str(path)):
            offenders.append(f"{path.relative_to(ROOT.parent)}:{hit}")
    assert not offenders, "colours belong in netbuilder/views/theme.py:\n" + "\n".join(offenders)


def test_the_stylesheet_template_names_roles_not_colours():
    text = re.sub(r"/\*.*?\*/", "", QSS.read_text(encoding="utf-8"), flags=re.DOTALL)
    hits = [m.group(0) for m in HEX.finditer(text)] + [m.group(0) for m in CSS_COLOUR.finditer(text)]
    assert not hits, f"app.qss must use $roles of theme.Palette, found {hits}"
