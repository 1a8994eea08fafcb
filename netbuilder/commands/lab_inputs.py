"""What the learning-lab commands (landscape, gradcheck, explain) share: a model — a network file
(with --weights, or its seed's initial weights), a .nbmodel that `netbuilder train --out` or the
window wrote, or an ONNX file — and its data, turned into a network and a fixed evaluation batch,
or one clear error line naming the file (exit 1 for an invalid network file, 2 for other bad
input, as for predict and evaluate: commands/common.py)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from netbuilder.i18n import translate
from netbuilder.commands.common import EXIT_BAD_INPUT, fail, load_model_or_exit


@dataclass
class LabInputs:
    spec: object
    net: object
    x: np.ndarray        # the evaluation batch
    y: np.ndarray
    split: str           # "test" or "train": where the batch came from
    trained: bool = True  # False: a network file without --weights (its seed's initial weights)


def add_model_arguments(p, batch: int) -> None:
    p.add_argument("network", metavar="MODEL", help=translate("Cli", "a trained model (.nbmodel) or a network file (.json)"))
    p.add_argument("--weights", metavar="W.npz", help=translate("Cli", "trained weights for a network file (default: a .nbmodel's own weights, a network file's initial weights)"))
    p.add_argument("--data", metavar="SPEC", help=translate("Cli", "data source (default: the file's)"))
    p.add_argument("--batch", type=int, default=batch, metavar="N", help=translate("Cli", "evaluation samples (default {0})").format(batch))


def load_inputs(args) -> tuple[LabInputs | None, int]:
    """(inputs, 0) or (None, exit code) after printing what is wrong."""
    from netbuilder.data import DataError, load_dataset
    from netbuilder.run import data_fit_problems
    from netbuilder.analysis import evaluation_batch

    model, code = load_model_or_exit(args.network, args.weights, need_weights=False)
    if model is None:
        return None, code
    spec, net = model.spec, model.net
    if args.batch < 1:
        return None, fail(translate("Cli", "--batch must be at least 1, not {0}").format(args.batch))
    data_spec = args.data or spec.data
    if not data_spec:
        return None, fail(translate("Cli", "{0}: no data source; give --data SPEC").format(args.network))
    try:
        dataset = load_dataset(data_spec, seed=spec.training["seed"])
    except DataError as e:
        return None, fail(str(e))
    problems = data_fit_problems(spec, dataset.input_shape, dataset.num_classes)
    if problems:
        return None, fail(translate("Cli", "{0} with {1}: ").format(args.network, data_spec) + "; ".join(map(str, problems)))
    split = "test" if len(dataset.x_test) else "train"
    x, y = (dataset.x_test, dataset.y_test) if split == "test" else (dataset.x_train, dataset.y_train)
    x, y = evaluation_batch(x, y, args.batch)
    from netbuilder.io.nbmodel import SUFFIX
    trained = args.weights is not None or str(args.network).lower().endswith((SUFFIX, ".onnx"))
    return LabInputs(spec, net, x, y, split, trained), 0


def parse_weight(text: str) -> tuple[int, str, tuple[int, ...]] | None:
    """"LAYER:INDEX" or "LAYER:PARAM:INDEX" (layers numbered from 1 as on the cards; INDEX flat or
    comma-separated) -> (0-based layer, param, index); None for "largest". ValueError when malformed."""
    if text == "largest":
        return None
    parts = text.split(":")
    if len(parts) not in (2, 3):
        raise ValueError(translate("Cli", '--weight {0!r}: expected LAYER:INDEX, LAYER:PARAM:INDEX or "largest"').format(text))
    try:
        layer = int(parts[0]) - 1
        index = tuple(int(v) for v in parts[-1].split(","))
    except ValueError:
        raise ValueError(translate("Cli", "--weight {0!r}: LAYER and INDEX must be whole numbers (e.g. 1:17 or 1:W:0,0,2,3)").format(text)) from None
    if layer < 0:
        raise ValueError(translate("Cli", "--weight {0!r}: layers are numbered from 1, as on the cards").format(text))
    return layer, (parts[1] if len(parts) == 3 else "W"), index


def bad_input(message: str) -> int:
    return fail(message, EXIT_BAD_INPUT)
