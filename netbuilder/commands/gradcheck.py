"""`netbuilder gradcheck NET.json`: every layer's analytic gradient (parameters and input) against
central differences in float64, on a few samples of the network's data. Exit 0 when all match, 1
when some layer's backward does not match its forward."""

from __future__ import annotations

from netbuilder.i18n import translate
from netbuilder.commands.common import EXIT_OK, EXIT_PROBLEMS
from netbuilder.commands.lab_inputs import add_model_arguments, load_inputs


def add_parser(sub):
    p = sub.add_parser("gradcheck", help=translate("Cli", "check every layer's backward pass against numerical gradients"))
    add_model_arguments(p, batch=4)
    p.add_argument("--entries", type=int, default=40, metavar="N",
                   help=translate("Cli", "entries checked per array (largest gradients plus random ones; 0 = all)"))
    p.set_defaults(run=run)


def run(args) -> int:
    from netbuilder.analysis.gradcheck_report import gradient_report

    inputs, code = load_inputs(args)
    if inputs is None:
        return code
    report = gradient_report(inputs.net, inputs.x, inputs.y, batch=args.batch, max_entries=args.entries or None)
    print(report.text())
    return EXIT_OK if report.passed else EXIT_PROBLEMS
