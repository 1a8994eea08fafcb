"""`netbuilder templates [--path NAME]`: the bundled example networks, wherever the install put them.

A pip or pipx user has no checkout to find `resources/examples/` in; this lists each template's name,
the data it trains on and its path, or prints one path so that `netbuilder check "$(netbuilder
templates --path mnist_cnn)"` works from any folder.
"""

from __future__ import annotations

import json
import sys

from netbuilder.i18n import translate
from netbuilder import paths


def add_parser(sub):
    p = sub.add_parser("templates", help=translate("Cli", "list the bundled example networks and where they are"))
    p.add_argument("--path", metavar="NAME", help=translate("Cli", "print only the path of template NAME (file name without .json)"))
    p.set_defaults(run=run)


def _describe(path) -> tuple[str, str]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return translate("Cli", "(unreadable)"), ""
    if not isinstance(doc, dict):
        return translate("Cli", "(not a network)"), ""
    data = doc.get("data")
    return str(doc.get("name") or path.stem), data if isinstance(data, str) else translate("Cli", "(choose data)")


def run(args) -> int:
    examples = paths.examples()
    if args.path is not None:
        wanted = args.path.removesuffix(".json")
        for path in examples:
            if path.stem == wanted:
                print(path)
                return 0
        names = ", ".join(p.stem for p in examples) or translate("Cli", "none (the resources folder is missing)")
        print(translate("Cli", "netbuilder: no template named {0!r}; the templates are: {1}").format(wanted, names), file=sys.stderr)
        return 2
    width = max((len(p.stem) for p in examples), default=4)
    for path in examples:
        title, data = _describe(path)
        print(f"{path.stem:<{width}}  {title}  [{data}]")
    print(translate("Cli", "\n{0} templates in {1}").format(len(examples), paths.resource('examples')))
    return 0
