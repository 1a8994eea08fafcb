"""Text views of recorded runs for `runs show`, `runs diff`, and the files `runs export` writes."""

from __future__ import annotations

import json
import pathlib

import numpy as np

from netbuilder.i18n import translate
from netbuilder.commands.common import EXIT_OK
from netbuilder.runs.diff import describe_layer, flatten, fmt, layer_configs
from netbuilder.format import count_text, duration_text, percent_text, time_text
from netbuilder.runs.report import diff_report


def _num(x, digits: int = 4) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def cmd_show(store, args) -> int:
    from netbuilder.commands.evaluate import format_confusion

    run = store.get(store.require([args.id])[0])
    doc = run.network
    lines = [translate("Cli", "Run {0}: {1}").format(run.id, run.name) + (translate("Cli", "   (automatic name: {0})").format(run.auto_name) if run.name != run.auto_name else ""),
             translate("Cli", "  status      {0}").format(run.status) + (translate("Cli", " — stopped early") if run.early_stopped else "")
             + (translate("Cli", "\n  message     {0}").format(run.message) if run.message else ""),
             translate("Cli", "  started     {0}   ended {1}   took {2}").format(time_text(run.started), time_text(run.ended), duration_text(run.seconds)),
             translate("Cli", "  network     {0}  (hash {1})  {2} parameters, {3} multiply-adds").format(doc.get('name', '?'), run.network_hash[:12], count_text(run.params or 0), count_text(run.macs or 0)),
             translate("Cli", "  data        {0}").format(run.data_spec or '-') + (_fingerprint(run.data_fingerprint)),
             translate("Cli", "  version     NetBuilder {0}").format(run.version) + (translate("Cli", "   continues run {0}").format(run.parent_id) if run.parent_id else "")
             + (translate("Cli", "   sweep {0}").format(run.sweep_id) if run.sweep_id else "")]
    if run.tags:
        lines.append(translate("Cli", "  tags        {0}").format(', '.join(run.tags)))
    if run.notes:
        lines.append(translate("Cli", "  notes       ") + run.notes.replace("\n", "\n              "))
    lines.append("Layers:")
    lines += [f"  {i + 1:2d}. {describe_layer(layer)}" for i, layer in enumerate(layer_configs(doc))]
    lines.append(translate("Cli", "Training settings:"))
    lines += [f"  {k:22s} {fmt(v)}" for k, v in flatten(run.settings).items()]
    lines.append("Epochs:")
    lines.append(translate("Cli", "  epoch  train loss  train acc   val loss    val acc   seconds        lr"))
    for e in run.epochs:
        lr = "-" if e.lr is None else f"{e.lr:.3g}"
        lines.append(f"  {e.epoch:5d}  {_num(e.train_loss):>10}  {percent_text(e.train_accuracy):>9}  {_num(e.val_loss):>9}  "
                     f"{percent_text(e.val_accuracy):>9}  {_num(e.seconds, 1):>8}  {lr:>8}")
    if not run.epochs:
        lines.append(translate("Cli", "  (no epoch finished)"))
    lines.append(translate("Cli", "Test: loss {0}  accuracy {1}").format(_num(run.test_loss), percent_text(run.test_accuracy))
                 + (translate("Cli", "   {0:,.0f} images/s").format(run.images_per_second) if run.images_per_second else ""))
    if run.per_class:
        lines.append(translate("Cli", "Per-class accuracy: ") + ", ".join(f"{k} {percent_text(v)}" for k, v in run.per_class.items()))
    if "confusion" in run.artifacts:
        m = store.load_arrays(run.id, "confusion")["counts"]
        names = list(run.per_class) if run.per_class and len(run.per_class) == len(m) else [str(i) for i in range(len(m))]
        lines.append(translate("Cli", "Confusion matrix:"))
        lines += ["  " + row for row in format_confusion(m, names).splitlines()]
    print("\n".join(lines))
    return EXIT_OK


def _fingerprint(fp) -> str:
    if not fp:
        return ""
    return (translate("Cli", "  ({0} train + {1} test samples of {2}, {3} classes, hash {4})").format(fp.get('train'), fp.get('test'), fp.get('sample_shape'), fp.get('classes'), str(fp.get('hash'))[:12]))


def cmd_diff(store, args) -> int:
    a_id, b_id = store.require(args.ids)
    print(diff_report(store.get(a_id), store.get(b_id)))
    return EXIT_OK


def cmd_export(store, args) -> int:
    from netbuilder.io.atomic import atomic_write_text
    from netbuilder.io.network_file import to_json
    from netbuilder.io.weights import save_arrays

    run = store.get(store.require([args.id])[0])
    out = pathlib.Path(args.out)
    doc = {**run.network, "training": run.settings}
    if run.data_spec:
        doc["data"] = run.data_spec
    written = []
    arrays = {name: store.load_arrays(run.id, name) for name in ("weights", "best_weights", "confusion", "batch_loss")
              if name in run.artifacts}   # read (and checksum) everything before writing anything
    atomic_write_text(out / "network.json", to_json(doc))
    written.append("network.json")
    for name in ("weights", "best_weights"):
        if name in arrays:
            kinds = [layer["type"] for layer in layer_configs(run.network)]
            save_arrays(out / f"{name}.npz", arrays[name], {"layers": kinds,
                                                            "input_shape": run.network.get("input", {}).get("shape")})
            written.append(f"{name}.npz")
    metrics = {
        "run": run.id, "name": run.name, "status": run.status, "started": run.started, "ended": run.ended,
        "data": run.data_spec, "data_fingerprint": run.data_fingerprint, "seed": run.seed, "version": run.version,
        "epochs": [e.__dict__ for e in run.epochs], "test_loss": run.test_loss, "test_accuracy": run.test_accuracy,
        "per_class_accuracy": run.per_class, "images_per_second": run.images_per_second,
        "train_seconds": run.train_seconds, "params": run.params, "macs": run.macs, "tags": run.tags,
        "notes": run.notes,
        "confusion_matrix": arrays["confusion"]["counts"].tolist() if "confusion" in arrays else None,
        "batch_loss": {k: np.asarray(v).tolist() for k, v in arrays["batch_loss"].items()} if "batch_loss" in arrays else None,
    }
    atomic_write_text(out / "metrics.json", json.dumps(metrics, indent=2))
    written.append("metrics.json")
    print(translate("Cli", "Wrote {0} to {1}").format(', '.join(written), out))
    return EXIT_OK
