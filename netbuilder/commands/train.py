"""`netbuilder train NET.json`: train from a terminal, with the same code path as the GUI.

Values in the file's `training`/`data` are defaults and flags override them. Ctrl-C stops after the
current batch and writes a checkpoint; `--resume` continues it bit-identically.
"""

from __future__ import annotations

import json
import pathlib
import signal
import sys
from dataclasses import asdict

import numpy as np

from netbuilder.i18n import translate
from netbuilder.commands import runs_record
from netbuilder.commands.common import (EXIT_BAD_INPUT, EXIT_DIVERGED, EXIT_INTERRUPTED, EXIT_OK, fail,
                                        load_spec_or_exit)
from netbuilder.commands.progress import ProgressBar
from netbuilder.engine.errors import SpecError, did_you_mean
from netbuilder.engine.spec import AUGMENTATIONS, parse_spec
from netbuilder.export.source import model_from_run
from netbuilder.io.atomic import atomic_write_text
from netbuilder.io.checkpoint import CheckpointError, checkpoint_problem, read_checkpoint, save_checkpoint
from netbuilder.io.nbmodel import save_nbmodel
from netbuilder.io.network_file import save_network
from netbuilder.io.outputs import fallback_dir, output_problem
from netbuilder.io.weights import save_weights
from netbuilder.model.memory import too_big


def add_parser(sub):
    import argparse

    from netbuilder.data import describe_spec_syntax  # generated from the sources' declarations
    p = sub.add_parser("train", help=translate("Cli", "train a network file on a data source"),
                       epilog=translate("Cli", "data SPEC forms (--data):\n") + describe_spec_syntax(),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("network", help=translate("Cli", "network file (.json), or an ONNX model to train further"))
    p.add_argument("--data", metavar="SPEC", help=translate("Cli", "data source, e.g. builtin:shapes, mnist:DIR, csv:FILE (default: the file's)"))
    p.add_argument("--epochs", type=int)
    p.add_argument("--batch-size", type=int)
    p.add_argument("--lr", type=float, help=translate("Cli", "learning rate"))
    p.add_argument("--optimizer", help=translate("Cli", "sgd, momentum, nesterov, adagrad, rmsprop or adam"))
    p.add_argument("--seed", type=int)
    p.add_argument("--val-fraction", type=float)
    p.add_argument("--augment", metavar="LIST", help=translate("Cli", "comma-separated: ") + ",".join(AUGMENTATIONS))
    p.add_argument("--out", metavar="DIR", help=translate("Cli", "write model.nbmodel, weights.npz, network.json and metrics.json here"))
    p.add_argument("--metrics", metavar="FILE", help=translate("Cli", "write the metrics JSON here"))
    p.add_argument("--resume", metavar="CKPT", help=translate("Cli", "continue from a checkpoint written by Ctrl-C"))
    p.add_argument("--checkpoint", metavar="FILE", help=translate("Cli", "where Ctrl-C writes its checkpoint "
                                                        "(default: DIR/checkpoint.npz or NAME.checkpoint.npz)"))
    p.add_argument("--trajectory", metavar="FILE", help=translate("Cli", "keep the weights at the start and after every epoch "
                                                       "here (for `netbuilder landscape --trajectory`)"))
    p.add_argument("--threads", type=int, metavar="N",
                   help=translate("Cli", "engine threads (default: one per core this process may use, or $NETBUILDER_THREADS); "
                        "BLAS always runs one thread each, so a busy neighbour process does not stall training"))
    p.add_argument("--stop-after", type=int, metavar="N", help=translate("Cli", "behave as if Ctrl-C came after N batches (for scripts/tests)"))
    runs_record.add_record_options(p)
    p.set_defaults(run=run)


def overrides_from(args) -> dict:
    """The flags that change the file's training settings; ValueError for an unknown augmentation."""
    o = {"epochs": args.epochs, "batch_size": args.batch_size, "seed": args.seed, "val_fraction": args.val_fraction}
    if args.augment is not None:
        o["augment"] = [a.strip() for a in args.augment.split(",") if a.strip()]
        for name in o["augment"]:
            if name not in AUGMENTATIONS:
                raise ValueError(translate("Cli", '--augment: unknown augmentation "{0}"{1}; choose from {2}').format(name, did_you_mean(name, AUGMENTATIONS), ', '.join(AUGMENTATIONS)))
    opt = {}
    if args.optimizer:
        opt["type"] = args.optimizer
    if args.lr is not None:
        opt["lr"] = args.lr
    if opt:
        o["optimizer"] = opt
    return {k: v for k, v in o.items() if v is not None}


def metrics_of(trainer, test_loss, test_acc) -> dict:
    return {
        "epochs": [{k: v for k, v in asdict(h).items() if k != "lr"} | {"epoch": h.epoch + 1} for h in trainer.history],
        "test_loss": test_loss, "test_accuracy": test_acc,
        "train_seconds": trainer.train_seconds,
        "images_per_second": trainer.images_seen / max(trainer.train_seconds, 1e-9),
    }


def output_paths(args) -> tuple[pathlib.Path | None, pathlib.Path]:
    out = pathlib.Path(args.out) if args.out else None
    ckpt = pathlib.Path(args.checkpoint or (out / "checkpoint.npz" if out else
                                            f"{pathlib.Path(args.network).stem}.checkpoint.npz"))
    return out, ckpt


def outputs_problem(args, out, ckpt_path) -> str | None:
    """Every place this run will write, tried before training starts."""
    checks = [(out, True, "--out")] if out else []
    checks += [(ckpt_path, False, "--checkpoint")]
    if args.metrics:
        checks.append((args.metrics, False, "--metrics"))
    for path, folder, flag in checks:
        problem = output_problem(path, folder)
        if problem:
            return translate("Cli", "{0}: {1}; nothing was trained").format(flag, problem)
    return None


def run(args) -> int:
    from netbuilder.data import DataError
    from netbuilder.run import DataMismatch, build_run, load_run_data

    spec, code = load_spec_or_exit(args.network)
    if spec is None:
        return code
    if args.threads is not None and args.threads < 1:
        return fail(translate("Cli", "--threads must be at least 1, not {0}").format(args.threads))
    from netbuilder.run.blas import threads_for_training
    threads_for_training(args.threads)  # the engine's threads on the cores, one BLAS thread (run/blas.py)
    try:
        overrides = overrides_from(args)
    except ValueError as e:
        return fail(str(e))
    out, ckpt_path = output_paths(args)
    problem = outputs_problem(args, out, ckpt_path)
    if problem:
        return fail(problem)
    checkpoint = None
    data_spec = args.data or spec.data
    if args.resume:
        try:
            checkpoint = read_checkpoint(args.resume)
        except CheckpointError as e:
            return fail(str(e))
        if overrides or (args.data and args.data != checkpoint.data):
            print(translate("Cli", "netbuilder: --resume continues with the checkpoint's own data and settings; "
                  "other flags are ignored"), file=sys.stderr)
        overrides, data_spec = checkpoint.overrides, checkpoint.data
    if not data_spec:
        return fail(translate("Cli", '{0}: no data source; give --data SPEC or add "data": "builtin:shapes" to the file').format(args.network))
    opt = overrides.get("optimizer", {})
    too_big_problem = too_big(spec, overrides.get("batch_size"), opt.get("type") if isinstance(opt, dict) else None)
    if too_big_problem:
        return fail(too_big_problem)
    try:
        dataset = load_run_data(spec, data_spec, overrides)
        exp = build_run(spec, dataset, overrides)
    except DataError as e:
        return fail(str(e))
    except (DataMismatch, SpecError, ValueError, TypeError) as e:
        return fail(translate("Cli", "{0} with {1}: {2}").format(args.network, data_spec, e))
    trainer = exp.trainer
    if pathlib.Path(args.network).suffix.lower() == ".onnx":  # start from the imported weights
        from netbuilder.export.onnx_import import import_onnx
        exp.net.load_state_dict(import_onnx(args.network).net.state_dict())
    if checkpoint is not None:
        problem = checkpoint_problem(checkpoint, trainer)
        if problem:
            return fail(translate("Cli", "{0}: cannot resume {1}: {2}").format(args.resume, args.network, problem))
        trainer.restore(checkpoint.arrays)

    rec = runs_record.start(args, spec, dataset, data_spec, exp, checkpoint.run_id if checkpoint is not None else None)
    interrupted = {"flag": False}
    previous = signal.signal(signal.SIGINT, lambda *_: interrupted.__setitem__("flag", True))
    budget = {"left": args.stop_after}

    def should_stop() -> bool:
        if budget["left"] is not None:
            if budget["left"] <= 0:
                return True
            budget["left"] -= 1
        return interrupted["flag"]

    def stop_here() -> int:
        """Write the checkpoint (Ctrl-C ignored meanwhile, so it is never cut short) and say how to resume."""
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            save_checkpoint(ckpt_path, trainer, data_spec, overrides, rec and rec.run_id)
        except OSError as e:
            return fail(translate("Cli", "stopped, but the checkpoint could not be written to {0} ({1})").format(ckpt_path, e.strerror or e))
        finally:
            signal.signal(signal.SIGINT, previous)
        print(translate("Cli", "\nStopped at epoch {0}, batch {1}. Checkpoint: {2}\nResume with: netbuilder train {3} --resume {4}").format(trainer.epoch + 1, trainer.batch, ckpt_path, args.network, ckpt_path), file=sys.stderr)
        return EXIT_INTERRUPTED

    bar = ProgressBar(trainer.settings["epochs"], len(trainer.x))
    on_epoch = bar.epoch
    if args.trajectory:
        from netbuilder.analysis.trajectory import Trajectory

        trajectory = Trajectory()
        trajectory.record(trainer.net, trainer.epoch)

        def on_epoch(report):
            bar.epoch(report)
            trajectory.record(trainer.net, report.epoch + 1)
            trajectory.save(args.trajectory)  # after every epoch: an interrupted run keeps its path so far
    try:
        status = trainer.run(runs_record.both(bar.batch, rec and rec.on_batch),
                             runs_record.both(on_epoch, rec and rec.on_epoch), should_stop)
    except KeyboardInterrupt:  # a Ctrl-C that beat the handler above (e.g. during the first import)
        status = "stopped"
    except Exception as e:
        runs_record.finish(rec, "failed", exp, message=f"{e.__class__.__name__}: {e}")
        raise
    if status == "stopped":
        try:
            runs_record.finish(rec, "stopped", exp)
        except OSError as e:  # the checkpoint below is what keeps the work
            print(translate("Cli", "netbuilder: the run could not be recorded ({0})").format(e.strerror or e), file=sys.stderr)
        return stop_here()
    # From here a Ctrl-C interrupts the final evaluation or save at once; the atomic writes leave no
    # torn file, and the checkpoint keeps the finished training.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        if interrupted["flag"]:
            raise KeyboardInterrupt
        code = finish(args, spec, exp, dataset, data_spec, status, out, ckpt_path, rec)
        if code is None:  # nowhere to save the results: the checkpoint keeps the finished training
            stop_here()
            return EXIT_BAD_INPUT
        return code
    except KeyboardInterrupt:
        return stop_here()
    finally:
        signal.signal(signal.SIGINT, previous)


def finish(args, spec, exp, dataset, data_spec, status, out, ckpt_path, rec=None) -> int | None:
    """Evaluate on the test split and write the results (to a fallback folder if their own fails);
    the exit code, or None when neither place could be written."""
    trainer = exp.trainer
    if status == "diverged":
        print(translate("Cli", "\nnetbuilder: {0}").format(trainer.divergence), file=sys.stderr)
    test_loss, test_acc, test_out = exp.net.evaluate(dataset.x_test, dataset.y_test) if len(dataset.x_test) else (None, None, None)
    try:
        runs_record.finish(rec, status, exp, test_result=None if test_out is None else
                           (test_loss, test_acc, test_out, dataset.y_test), message=trainer.divergence)
    except OSError as e:  # the run store cannot be written (disk full?): the results below matter more
        print(translate("Cli", "netbuilder: the run could not be recorded ({0})").format(e.strerror or e), file=sys.stderr)
    metrics = metrics_of(trainer, test_loss, test_acc)
    if test_acc is not None:
        print(translate("Cli", "test loss {0:.4f}  test accuracy {1:.4f}  ({2:,.0f} images/s, {3:.1f}s training)").format(test_loss, test_acc, metrics['images_per_second'], metrics['train_seconds']), file=sys.stderr)
    text = json.dumps(metrics, indent=2)
    network_doc = {**spec.doc, "data": data_spec, "training": trainer.settings}
    code = EXIT_DIVERGED if status == "diverged" else EXIT_OK
    try:
        if out:
            write_results(out, exp, dataset, network_doc, metrics, text)
        if args.metrics:
            atomic_write_text(args.metrics, text)
    except OSError as e:
        failed = getattr(e, "filename", None) or (out or args.metrics)
        where = fallback_dir(pathlib.Path(args.network).stem)
        try:
            write_results(where, exp, dataset, network_doc, metrics, text)
        except OSError as e2:
            print(translate("Cli", "netbuilder: could not write {0} ({1}), nor the fallback {2} ({3}); keeping the work in a checkpoint instead").format(failed, e.strerror or e, where, e2.strerror or e2), file=sys.stderr)
            return None
        return fail(translate("Cli", "could not write {0} ({1}); the results (weights.npz, network.json, metrics.json, model.nbmodel) were saved to {2} instead").format(failed, e.strerror or e, where))
    if args.resume and ckpt_path.exists() and str(ckpt_path) == str(args.resume):
        ckpt_path.unlink()  # finished: the checkpoint has served its purpose
    return code


def write_results(folder: pathlib.Path, exp, dataset, network_doc: dict, metrics: dict, metrics_text: str) -> None:
    save_weights(folder / "weights.npz", exp.net)
    save_network(folder / "network.json", network_doc)
    atomic_write_text(folder / "metrics.json", metrics_text)
    save_nbmodel(folder / "model.nbmodel", model_from_run(parse_spec(network_doc), exp.net, dataset, metrics))
