"""`netbuilder check NET.json`: validate and show what the network is, without any data."""

from __future__ import annotations

from netbuilder.i18n import translate
from netbuilder.commands.common import EXIT_OK, load_spec_or_exit
from netbuilder.format import count_text, shape_text, size_text
from netbuilder.model.memory import estimate


def add_parser(sub):
    p = sub.add_parser("check", help=translate("Cli", "validate a network file and print its layer table"))
    p.add_argument("network", help=translate("Cli", "network file (.json)"))
    p.set_defaults(run=run)


def layer_label(kind: str, config: dict) -> str:
    """`Conv2D(filters=8, kernel_size=5, padding=same)`: the card's key settings plus any changed default."""
    from netbuilder.engine.registry import layer_class

    cls = layer_class(kind)
    shown = [p for p in cls.PARAMS if p.name in cls.SUMMARY or config.get(p.name, p.default) != p.default]
    shown = [p for p in shown if config.get(p.name) is not None]
    settings = ", ".join(f"{p.name}={config[p.name]}" for p in shown)
    return f"{kind}({settings})" if settings else kind


def summary_table(spec) -> str:
    """The layer table; # is the layer's number as its card shows it (from 1; the JSON index + 1)."""
    rows = [("#", "layer", translate("Cli", "output shape"), "parameters", "mult-adds")]
    rows.append(("", translate("Cli", "Input"), shape_text(spec.input_shape), "", ""))
    for r in spec.layers:
        rows.append((str(r.index + 1), layer_label(r.kind, r.config), shape_text(r.output_shape), f"{r.param_count:,}", count_text(r.macs)))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    for j, row in enumerate(rows):
        cells = [row[0].rjust(widths[0]), row[1].ljust(widths[1]), row[2].ljust(widths[2]),
                 row[3].rjust(widths[3]), row[4].rjust(widths[4])]
        lines.append("  ".join(cells).rstrip())
        if j == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append("")
    lines.append(translate("Cli", "{0}: {1:,} parameters ({2} as float32), {3} multiply-adds per sample, loss {4}").format(spec.name, spec.param_count, size_text(spec.param_count * 4), count_text(spec.macs), spec.loss['type']))
    lines.append(memory_line(spec))
    return "\n".join(lines)


def memory_line(spec) -> str:
    """"Memory: training needs about ...", with a warning when it exceeds what this machine has."""
    from netbuilder.model.memory import available_memory, too_big

    need = estimate(spec)
    text = translate("Cli", "Memory: {0}").format(need.describe())
    room = available_memory()
    if room is not None and too_big(spec, available=room):
        text += translate("Cli", "\n  more than the {0} available here: {1}").format(size_text(room), need.advice())
    return text


def run(args) -> int:
    spec, code = load_spec_or_exit(args.network)
    if spec is None:
        return code
    print(summary_table(spec))
    return EXIT_OK
