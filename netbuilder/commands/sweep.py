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
    p = sub.add_parser("sweep", help="train a network over several seeds and settings, with mean ± std",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("networks", nargs="*", metavar="NET.json", help="network files (several: compared)")
    p.add_argument("--study", metavar="NAME", help="run a study from resources/studies "
                                                   "(depth-activation, targets, seed-spread)")
    p.add_argument("--data", metavar="SPEC", help="data source for every run (default: each file's own)")
    seeds = p.add_mutually_exclusive_group()
    seeds.add_argument("--seeds", type=int, metavar="N", help="seeds 0..N-1 (default 3, or the study's)")
    seeds.add_argument("--seed-list", metavar="S,S,...", help="exactly these seeds, e.g. 0,1,7")
    p.add_argument("--vary", action="append", default=[], metavar="PATH=V1,V2",
                   help="a setting and its values, e.g. training.optimizer.lr=0.01,0.001 or "
                        "layers[0].filters=8,16 or data.standardize=0,1 (repeatable)")
    p.add_argument("--swap-activation", metavar="KINDS", help="replace every hidden activation with each "
                                                              "kind in turn, e.g. ReLU,Sigmoid,Tanh")
    p.add_argument("--epochs", type=int, help="epochs for every run (default: each file's own)")
    p.add_argument("--jobs", type=int, metavar="J", help="worker processes (default: one per core)")
    p.add_argument("--executor", default="local", metavar="local|dask://HOST:PORT",
                   help="where runs execute (default local); dask:// needs pip install 'netbuilder[cluster]'")
    p.add_argument("--out", metavar="DIR", help="sweep folder (default: sweeps/<sweep id>)")
    p.add_argument("--resume", action="store_true", help="continue the sweep in DIR: skip its finished runs")
    p.add_argument("--no-plots", action="store_true", help="write the tables only")
    runs_record.add_record_options(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from netbuilder.runs.sweep_plan import SweepError
    try:
        return _run(args)
    except SweepError as e:
        for problem in e.problems:
            print(f"netbuilder: {problem}", file=sys.stderr)
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
    print(f"sweep {sweep_id}: {len(runs)} runs ({configs} configuration{'s' if configs != 1 else ''} × "
          f"{len(definition.seeds)} seed{'s' if len(definition.seeds) != 1 else ''}) on {executor.describe()}; "
          f"folder {folder}", file=sys.stderr)
    if study is not None and study.get("scaling"):
        print(f"inputs: {study['scaling']}", file=sys.stderr)
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
    print(f"{len(outcome.results)} of {len(runs)} runs done ({statuses.count('diverged')} diverged, "
          f"{statuses.count('failed')} failed)"
          f"{f', {missing} not run' if missing else ''}. Results in {folder}", file=sys.stderr)
    if outcome.interrupted:
        print(f"Resume with the same arguments and --resume{'' if args.out else f' (or --out {folder})'}.",
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
            raise plan.SweepError("give network files or --study, not both")
        definition, study = load_study(args.study)
        definition.data = study_data(study, args.data)
        definition.epochs = study_epochs(study, definition.data)
    else:
        if not args.networks:
            raise plan.SweepError("name at least one network file, or a --study")
        definition = plan.SweepDefinition([plan.network_from_file(p) for p in args.networks], data=args.data)
        labels = [n.label for n in definition.networks]
        if len(set(labels)) != len(labels):
            for i, net in enumerate(definition.networks):
                net.label = f"{i + 1}:{net.label}"
    for text in args.vary:
        path, eq, values = text.partition("=")
        if not eq or not path.strip() or not values.strip():
            raise plan.SweepError(f'--vary "{text}": write PATH=V1,V2,..., e.g. training.optimizer.lr=0.01,0.001')
        definition.vary.append(plan.Variation(path.strip(), tuple(paths.parse_value(v) for v in values.split(","))))
    if args.swap_activation:
        definition.activations = [k.strip() for k in args.swap_activation.split(",") if k.strip()]
    if args.seeds is not None:
        if args.seeds < 1:
            raise plan.SweepError(f"--seeds {args.seeds}: at least 1")
        definition.seeds = list(range(args.seeds))
    elif args.seed_list:
        try:
            definition.seeds = [int(s) for s in args.seed_list.split(",") if s.strip()]
        except ValueError:
            raise plan.SweepError(f'--seed-list "{args.seed_list}": whole numbers separated by commas') from None
        if any(s < 0 for s in definition.seeds):
            raise plan.SweepError(f'--seed-list "{args.seed_list}": seeds are ≥ 0')
    if args.epochs is not None:
        if args.epochs < 1:
            raise plan.SweepError(f"--epochs {args.epochs}: at least 1")
        definition.epochs = args.epochs
    if args.jobs is not None and args.jobs < 1:
        raise plan.SweepError(f"--jobs {args.jobs}: at least 1")
    if not args.study:
        definition.name = "-".join(n.label for n in definition.networks)[:40]
    return definition, study


def _plots(folder, runs, results, varied, title) -> None:
    try:
        from netbuilder.plotting.spread import write_sweep_plots
    except ImportError:  # the plotting package lands separately; the tables are the record
        return
    write_sweep_plots(folder, runs, results, varied, title)
