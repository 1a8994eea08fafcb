"""`netbuilder sweep NET.json ... | --study NAME`: the same network over several seeds, settings,
activations and files, in parallel worker processes or on a Dask cluster, with honest statistics.

Everything that can be wrong is found before the first run starts: a path that does not exist or
a value its declaration refuses (exit 1, like an invalid network file), data that does not load
or does not fit (exit 2), an executor that cannot be used (exit 2). Ctrl-C keeps the finished runs
and exits 130; `--resume` with the same arguments runs the rest.
"""

from __future__ import annotations

import pathlib
import sys

from netbuilder.i18n import translate
from netbuilder.commands import runs_record
from netbuilder.commands.common import EXIT_INTERRUPTED, EXIT_OK

EPILOG = """\
examples:
  netbuilder sweep net.json --seeds 10
  netbuilder sweep net.json --vary training.optimizer.lr=0.01,0.001 --vary training.batch_size=32,128
  netbuilder sweep a.json b.json --swap-activation ReLU,Sigmoid --seeds 5 --jobs 2
  netbuilder sweep --study depth-activation --data cifar10:DIR
  netbuilder sweep net.json --executor dask://10.0.0.5:8786"""


def add_parser(sub):
    import argparse
    p = sub.add_parser("sweep", help=translate("Cli", "train a network over several seeds and settings, with mean ± std"),
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("networks", nargs="*", metavar="NET.json", help=translate("Cli", "network files (several: compared)"))
    p.add_argument("--study", metavar="NAME", help=translate("Cli", "run a study from resources/studies "
                                                   "(depth-activation, targets, seed-spread)"))
    p.add_argument("--data", metavar="SPEC", help=translate("Cli", "data source for every run (default: each file's own)"))
    seeds = p.add_mutually_exclusive_group()
    seeds.add_argument("--seeds", type=int, metavar="N", help=translate("Cli", "seeds 0..N-1 (default 3, or the study's)"))
    seeds.add_argument("--seed-list", metavar="S,S,...", help=translate("Cli", "exactly these seeds, e.g. 0,1,7"))
    p.add_argument("--vary", action="append", default=[], metavar="PATH=V1,V2",
                   help=translate("Cli", "a setting and its values, e.g. training.optimizer.lr=0.01,0.001 or "
                        "layers[0].filters=8,16 or data.standardize=0,1 (repeatable)"))
    p.add_argument("--swap-activation", metavar="KINDS", help=translate("Cli", "replace every hidden activation with each "
                                                              "kind in turn, e.g. ReLU,Sigmoid,Tanh"))
    p.add_argument("--epochs", type=int, help=translate("Cli", "epochs for every run (default: each file's own)"))
    p.add_argument("--jobs", type=int, metavar="J", help=translate("Cli", "worker processes (default: one per core)"))
    p.add_argument("--executor", default="local", metavar="local|dask://HOST:PORT",
                   help=translate("Cli", "where runs execute (default local); dask:// needs pip install 'netbuilder[cluster]'"))
    p.add_argument("--out", metavar="DIR", help=translate("Cli", "sweep folder (default: sweeps/<sweep id>)"))
    p.add_argument("--resume", action="store_true", help=translate("Cli", "continue the sweep in DIR: skip its finished runs"))
    p.add_argument("--no-plots", action="store_true", help=translate("Cli", "write the tables only"))
    runs_record.add_record_options(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from netbuilder.runs.sweep_plan import SweepError
    try:
        return _run(args)
    except SweepError as e:
        for problem in e.problems:
            print(translate("Cli", "netbuilder: {0}").format(problem), file=sys.stderr)
        return e.code


def _run(args) -> int:
    from netbuilder.runs import sweep_plan as plan
    from netbuilder.runs.executors import make_executor
    from netbuilder.runs.sweep import run_sweep
    from netbuilder.runs.sweep_record import SweepRecorder, stored_definition
    from netbuilder.runs.sweep_summary import markdown_table, write_tables

    definition, study = definition_from(args)
    plan.check(definition)
    plan.check_data(definition)
    runs = plan.expand(definition)
    sweep_id = plan.sweep_id(definition, runs)
    folder = pathlib.Path(args.out or pathlib.Path("sweeps") / sweep_id)
    executor = make_executor(args.executor, args.jobs)
    configs = len({r.config for r in runs})
    count = len(definition.seeds)  # a plain name: pyside6-lupdate reads no expression as the count
    print(translate("Cli", "sweep {0}: {1} runs ({2} × {3}) on {4}; folder {5}").format(sweep_id, len(runs), translate("Cli", "%n configuration(s)", None, configs), translate("Cli", "%n seed(s)", None, count), executor.describe(), folder), file=sys.stderr)
    if study is not None and study.get("scaling"):
        print(translate("Cli", "inputs: {0}").format(study['scaling']), file=sys.stderr)
    from netbuilder.commands.sweep_progress import SweepProgress
    progress = SweepProgress()
    recorder = None if args.no_record else SweepRecorder.open(
        args.runs_path, sweep_id, definition.name, stored_definition(definition, runs, folder.resolve()))
    try:
        outcome = run_sweep(definition, runs, executor, folder, sweep_id, resume=args.resume,
                            progress=progress, recorder=recorder)
    finally:
        if recorder is not None:
            recorder.close()
    progress.finish()
    varied = plan.varied_names(definition)
    manifest = {"id": sweep_id, "name": definition.name, "seeds": definition.seeds}
    table = write_tables(folder, manifest, runs, outcome.results, varied)
    if not args.no_plots:
        _plots(folder, runs, outcome.results, varied, definition.name)
    print(markdown_table(table, varied))
    missing = len(runs) - len(outcome.results)
    statuses = [r["status"] for r in outcome.results.values()]
    print(translate("Cli", "{0} of {1} runs done ({2} diverged, {3} failed){4}. Results in {5}").format(len(outcome.results), len(runs), statuses.count('diverged'), statuses.count('failed'), f', {missing} not run' if missing else '', folder), file=sys.stderr)
    if outcome.interrupted:
        print(translate("Cli", "Resume with the same arguments and --resume{0}.").format('' if args.out else f' (or --out {folder})'),
              file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_OK


def definition_from(args):
    """The SweepDefinition the arguments describe, and the study document if one was named."""
    from netbuilder.runs import sweep_paths as paths
    from netbuilder.runs import sweep_plan as plan
    from netbuilder.runs.sweep_study import load_study, study_data, study_epochs

    study = None
    if args.study:
        if args.networks:
            raise plan.SweepError(translate("Cli", "give network files or --study, not both"))
        definition, study = load_study(args.study)
        definition.data = study_data(study, args.data)
        definition.epochs = study_epochs(study, definition.data)
    else:
        if not args.networks:
            raise plan.SweepError(translate("Cli", "name at least one network file, or a --study"))
        definition = plan.SweepDefinition([plan.network_from_file(p) for p in args.networks], data=args.data)
        labels = [n.label for n in definition.networks]
        if len(set(labels)) != len(labels):
            for i, net in enumerate(definition.networks):
                net.label = f"{i + 1}:{net.label}"
    for text in args.vary:
        path, eq, values = text.partition("=")
        if not eq or not path.strip() or not values.strip():
            raise plan.SweepError(translate("Cli", "--vary \"{0}\": write PATH=V1,V2,..., e.g. training.optimizer.lr=0.01,0.001").format(text))
        definition.vary.append(plan.Variation(path.strip(), tuple(paths.parse_value(v) for v in values.split(","))))
    if args.swap_activation:
        definition.activations = [k.strip() for k in args.swap_activation.split(",") if k.strip()]
    if args.seeds is not None:
        if args.seeds < 1:
            raise plan.SweepError(translate("Cli", "--seeds {0}: at least 1").format(args.seeds))
        definition.seeds = list(range(args.seeds))
    elif args.seed_list:
        try:
            definition.seeds = [int(s) for s in args.seed_list.split(",") if s.strip()]
        except ValueError:
            raise plan.SweepError(translate("Cli", "--seed-list \"{0}\": whole numbers separated by commas").format(args.seed_list)) from None
        if any(s < 0 for s in definition.seeds):
            raise plan.SweepError(translate("Cli", "--seed-list \"{0}\": seeds are ≥ 0").format(args.seed_list))
    if args.epochs is not None:
        if args.epochs < 1:
            raise plan.SweepError(translate("Cli", "--epochs {0}: at least 1").format(args.epochs))
        definition.epochs = args.epochs
    if args.jobs is not None and args.jobs < 1:
        raise plan.SweepError(translate("Cli", "--jobs {0}: at least 1").format(args.jobs))
    if not args.study:
        definition.name = "-".join(n.label for n in definition.networks)[:40]
    return definition, study


def _plots(folder, runs, results, varied, title) -> None:
    try:
        from netbuilder.plotting.spread import write_sweep_plots
    except ImportError:  # the plotting package lands separately; the tables are the record
        return
    write_sweep_plots(folder, runs, results, varied, title)
