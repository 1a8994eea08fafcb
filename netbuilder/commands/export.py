"""`netbuilder export MODEL --format pytorch|onnx --out PATH`: take a network elsewhere."""

from __future__ import annotations

import sys

from netbuilder.i18n import translate
from netbuilder.commands.common import EXIT_OK, fail, load_model_or_exit


def add_parser(sub):
    p = sub.add_parser("export", help=translate("Cli", "write a model as a PyTorch project (trains with torchrun) or an ONNX file"))
    p.add_argument("model", help=translate("Cli", "a .nbmodel, an ONNX file, or a network file (with --weights, or untrained)"))
    p.add_argument("--format", required=True, choices=("pytorch", "onnx"))
    p.add_argument("--out", required=True, metavar="PATH", help=translate("Cli", "folder for pytorch, FILE.onnx for onnx"))
    p.add_argument("--weights", metavar="W.npz", help=translate("Cli", "trained weights for a network file"))
    p.set_defaults(run=run)


def run(args) -> int:
    from netbuilder.export.naming import UnsupportedLayer
    from netbuilder.export.onnx_common import OnnxUnavailable

    model, code = load_model_or_exit(args.model, args.weights, need_weights=False)
    if model is None:
        return code
    if args.model.lower().endswith(".json") and not args.weights:
        print(translate("Cli", "netbuilder: note: no --weights given, so the export holds the network's initial weights"),
              file=sys.stderr)
    try:
        if args.format == "pytorch":
            from netbuilder.export.pytorch_project import write_pytorch_project
            files = write_pytorch_project(args.out, model)
            print(translate("Cli", "wrote {0} files to {1}: {2}").format(len(files), args.out, ', '.join(f.name for f in files)))
            print(translate("Cli", "next: cd {0} && python check_parity.py && torchrun --nproc_per_node 2 train.py").format(args.out))
        else:
            from netbuilder.export.onnx_export import save_onnx
            save_onnx(args.out, model.net, model.class_names, model.preprocessing)
            print(translate("Cli", "wrote {0} (ONNX opset 17, input NCHW with a dynamic batch)").format(args.out))
    except (UnsupportedLayer, OnnxUnavailable) as e:
        return fail(f"{args.model}: {e}")
    except OSError as e:
        return fail(translate("Cli", "{0}: cannot write ({1})").format(args.out, e.strerror or e))
    return EXIT_OK
