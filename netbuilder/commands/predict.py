"""`netbuilder predict MODEL INPUT...`: ask a trained model about new images, CSV rows or arrays."""

from __future__ import annotations

import json
import sys

from netbuilder.i18n import translate
from netbuilder.commands.common import EXIT_OK, fail, load_model_or_exit


def add_parser(sub):
    p = sub.add_parser("predict", help=translate("Cli", "classify new inputs with a trained model"))
    p.add_argument("model", help=translate("Cli", "a .nbmodel, an ONNX file, or a network file with --weights"))
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=translate("Cli", "image files, .csv tables (one sample per row) or .npy arrays"))
    p.add_argument("--weights", metavar="W.npz", help=translate("Cli", "trained weights for a network file"))
    p.add_argument("--top", type=int, default=3, metavar="K", help=translate("Cli", "how many classes to show per input (default 3)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print the results as JSON"))
    p.set_defaults(run=run)


def run(args) -> int:
    from netbuilder.export.inputs import InputError, load_inputs
    from netbuilder.export.predict import probabilities, top_k

    if args.top < 1:
        return fail(translate("Cli", "--top must be at least 1, not {0}").format(args.top))
    model, code = load_model_or_exit(args.model, args.weights)
    if model is None:
        return code
    try:
        x, names, notes = load_inputs(args.inputs, model.preprocessing, model.net.input_shape)
    except InputError as e:
        return fail(str(e))
    for note in notes:
        print(translate("Cli", "netbuilder: note: {0}").format(note), file=sys.stderr)
    results = top_k(probabilities(model.net, model.net.predict(x)), model.labels, args.top)
    if args.json:
        print(json.dumps([{"input": n, "top": r} for n, r in zip(names, results)], indent=2))
    else:
        width = max(len(n) for n in names)
        for name, top in zip(names, results):
            shown = "  ".join(f"{t['class']} {t['probability']:.3f}" for t in top)
            print(f"{name.ljust(width)}  {shown}")
    return EXIT_OK
