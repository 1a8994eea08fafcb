"""`netbuilder eval MODEL.nbmodel` or `netbuilder eval NET.json --weights W.npz --data SPEC`: loss, accuracy,
per-class accuracy, confusion matrix."""

from __future__ import annotations

import json

import numpy as np

from netbuilder.i18n import translate
from netbuilder.commands.common import EXIT_OK, fail, load_model_or_exit
from netbuilder.engine.losses import labels_of, predictions
from netbuilder.io.atomic import atomic_write_text
from netbuilder.io.outputs import output_problem


def add_parser(sub):
    p = sub.add_parser("eval", help=translate("Cli", "evaluate trained weights on a data source's test split"))
    p.add_argument("network", help=translate("Cli", "a .nbmodel, an ONNX file, or a network file with --weights"))
    p.add_argument("--weights", metavar="W.npz", help=translate("Cli", "trained weights for a network file"))
    p.add_argument("--data", metavar="SPEC", help=translate("Cli", "default: the file's data source"))
    p.add_argument("--metrics", metavar="FILE", help=translate("Cli", "write the results as JSON"))
    p.set_defaults(run=run)


def confusion_matrix(true: np.ndarray, pred: np.ndarray, k: int) -> np.ndarray:
    m = np.zeros((k, k), dtype=np.int64)
    np.add.at(m, (true, pred), 1)
    return m


def format_confusion(m: np.ndarray, names: list[str]) -> str:
    width = max(6, max(len(n) for n in names) + 1, len(str(m.max())) + 1)
    head = "true \\ predicted".ljust(width + 2) + "".join(n[:width].rjust(width) for n in names)
    rows = [head] + [names[i][:width].ljust(width + 2) + "".join(str(v).rjust(width) for v in m[i]) for i in range(len(m))]
    return "\n".join(rows)


def run(args) -> int:
    from netbuilder.data import DataError
    from netbuilder.run import data_fit_problems, load_run_data

    model, code = load_model_or_exit(args.network, args.weights)
    if model is None:
        return code
    spec, net = model.spec, model.net
    data_spec = args.data or spec.data
    if not data_spec:
        return fail(translate("Cli", "{0}: no data source; give --data SPEC").format(args.network))
    problem = args.metrics and output_problem(args.metrics, folder=False)
    if problem:
        return fail(translate("Cli", "--metrics: {0}").format(problem))
    try:
        dataset = load_run_data(spec, data_spec)
    except DataError as e:
        return fail(str(e))
    problems = data_fit_problems(spec, dataset.input_shape, dataset.num_classes)
    if problems:
        return fail(translate("Cli", "{0} with {1}: ").format(args.network, data_spec) + "; ".join(map(str, problems)))
    loss, acc, out = net.evaluate(dataset.x_test, dataset.y_test)
    k = dataset.num_classes
    true = labels_of(dataset.y_test, out)
    pred = predictions(out, net.threshold)
    m = confusion_matrix(true, pred, k)
    per_class = [float(m[i, i] / m[i].sum()) if m[i].sum() else None for i in range(k)]
    print(translate("Cli", "{0} test samples  loss {1:.4f}  accuracy {2:.4f}").format(len(true), loss, acc))
    print(translate("Cli", "per-class accuracy: ") + ", ".join(f"{n} {a:.3f}" if a is not None else f"{n} -"
                                             for n, a in zip(dataset.class_names, per_class)))
    print(format_confusion(m, dataset.class_names))
    if args.metrics:
        atomic_write_text(args.metrics, json.dumps({
            "test_loss": loss, "test_accuracy": acc, "class_names": dataset.class_names,
            "per_class_accuracy": per_class, "confusion_matrix": m.tolist()}, indent=2))
    return EXIT_OK
