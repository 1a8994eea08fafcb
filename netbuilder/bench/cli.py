"""The command line of `python -m netbuilder.bench`."""

from __future__ import annotations

import argparse

from netbuilder.bench.measure import ROUNDS
from netbuilder.bench.nets import NETS, OPTIMIZERS


def parser() -> argparse.ArgumentParser:
    import netbuilder.bench
    p = argparse.ArgumentParser(prog="python -m netbuilder.bench",
                                description=netbuilder.bench.__doc__.split("\n\n")[0])
    p.add_argument("--steps", type=int, default=30, help="timed training steps per net (default 30)")
    p.add_argument("--rounds", type=int, default=ROUNDS,
                   help=f"alternating rounds the timed steps are split into; medians are kept (default {ROUNDS})")
    p.add_argument("--nets", default=",".join(NETS), help=f"comma-separated subset of {','.join(NETS)}")
    p.add_argument("--optimizers", default=",".join(OPTIMIZERS),
                   help=f"comma-separated subset of {','.join(OPTIMIZERS)}")
    p.add_argument("--threads", type=int, default=None,
                   help="engine (and torch) threads (default: one per available core)")
    p.add_argument("--no-torch", action="store_true", help="skip the PyTorch comparison")
    p.add_argument("--no-memory", action="store_true",
                   help="skip the peak-memory column (a child process per net)")
    p.add_argument("--no-cores", action="store_true", help="skip the one-thread against all-threads table")
    p.add_argument("--no-load", action="store_true", help="skip the under-load table")
    p.add_argument("--under-load", action="store_true",
                   help="only the under-load table: each net quiet and beside a busy neighbour process")
    return p


def main(argv=None) -> int:
    from netbuilder.bench.tables import run
    p = parser()
    args = p.parse_args(argv)
    nets = [n.strip() for n in args.nets.split(",") if n.strip()]
    unknown = [n for n in nets if n not in NETS]
    if unknown or not nets:
        p.error(f"unknown net(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(NETS)}")
    optimizers = [o.strip() for o in args.optimizers.split(",") if o.strip()]
    if not optimizers or any(o not in OPTIMIZERS for o in optimizers):
        p.error(f"--optimizers: choose from {', '.join(OPTIMIZERS)}")
    if args.steps < 1 or args.rounds < 1 or (args.threads is not None and args.threads < 1):
        p.error("--steps, --rounds and --threads must be at least 1")
    if args.under_load and args.no_load:
        p.error("--under-load and --no-load contradict each other")
    only_load = args.under_load
    run(args.steps, nets, args.threads, not args.no_torch, memory=not (args.no_memory or only_load),
        optimizers=optimizers, cores=not (args.no_cores or only_load), load=not args.no_load,
        rounds=args.rounds, speed=not only_load)
    return 0
