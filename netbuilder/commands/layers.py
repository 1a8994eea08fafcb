"""`netbuilder layers [--markdown]`: the layer reference, generated from the registry so it cannot drift."""

from __future__ import annotations

from netbuilder.i18n import translate
from netbuilder.engine.losses import LOSSES
from netbuilder.engine.optim import OPTIMIZERS, SCHEDULES
from netbuilder.engine.registry import layer_kinds


def add_parser(sub):
    p = sub.add_parser("layers", help=translate("Cli", "list every layer kind, loss and optimizer with its parameters"))
    p.add_argument("--markdown", action="store_true", help=translate("Cli", "print the reference as Markdown (for README)"))
    p.set_defaults(run=run)


def _section(title, items, markdown):
    out = [f"### {title}" if markdown else title.upper(), ""]
    for kind, cls in items:
        params = [p.describe() for p in cls.PARAMS]
        doc = translate("Layers", cls.doc) if cls.doc else ""
        if markdown:
            out.append(f"- **`{kind}`** — {doc}" + (f"<br>`{'`, `'.join(params)}`" if params else ""))
        else:
            out.append(f"  {kind:<20} {doc}")
            out.extend(f"  {'':<20}   {p}" for p in params)
    out.append("")
    return out


def reference(markdown: bool = False) -> str:
    lines = []
    by_category = {}
    for kind, cls in layer_kinds().items():
        by_category.setdefault(cls.category, []).append((kind, cls))
    for category, items in by_category.items():
        lines += _section(translate("Cli", "{0} layers").format(translate("Layers", category)), items, markdown)
    lines += _section(translate("Cli", "Losses"), LOSSES.items(), markdown)
    lines += _section(translate("Cli", "Optimizers"), OPTIMIZERS.items(), markdown)
    lines += _section(translate("Cli", "Learning-rate schedules"), SCHEDULES.items(), markdown)
    return "\n".join(lines).rstrip() + "\n"


def run(args) -> int:
    print(reference(args.markdown), end="")
    return 0
