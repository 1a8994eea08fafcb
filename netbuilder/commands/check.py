"""`netbuilder check NET.json`: validate and show what the network is, without any data."""

from __future__ import annotations

from netbuilder.commands.common import EXIT_OK, human, load_spec_or_exit
from netbuilder.engine.layers.base import shape_text


def add_parser(sub):
    p = sub.add_parser("check", help="validate a network file and print its layer table")
    p.add_argument("network", help="network file (.json)")
    p.set_defaults(run=run)


def summary_table(spec) -> str:
    rows = [("#", "layer", "output shape", "parameters", "mult-adds")]
    rows.append(("", "Input", shape_text(spec.input_shape), "", ""))
    for r in spec.layers:
        settings = ", ".join(f"{k}={v}" for k, v in r.config.items() if k not in ("init", "std"))
        name = f"{r.kind}({settings})" if settings else r.kind
        rows.append((str(r.index), name, shape_text(r.output_shape), f"{r.param_count:,}", human(r.macs)))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    for j, row in enumerate(rows):
        cells = [row[0].rjust(widths[0]), row[1].ljust(widths[1]), row[2].ljust(widths[2]),
                 row[3].rjust(widths[3]), row[4].rjust(widths[4])]
        lines.append("  ".join(cells).rstrip())
        if j == 0:
            lines.append("  ".join("-" * w for w in widths))
    weights_mb = spec.param_count * 4 / 1e6
    lines.append("")
    lines.append(f"{spec.name}: {spec.param_count:,} parameters ({weights_mb:.2f} MB as float32), "
                 f"{human(spec.macs)} multiply-adds per sample, loss {spec.loss['type']}")
    return "\n".join(lines)


def run(args) -> int:
    spec, code = load_spec_or_exit(args.network)
    if spec is None:
        return code
    print(summary_table(spec))
    return EXIT_OK
