"""The `netbuilder` command: gui (the default), check, train, eval, layers, data."""

from __future__ import annotations

import argparse
import sys

from netbuilder import __version__
from netbuilder.commands import check, data, evaluate, layers, screenshot, train

COMMANDS = [check, train, evaluate, layers, data, screenshot]


def _gui(args) -> int:
    from netbuilder.app import run_gui
    return run_gui(args.network)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netbuilder", description="Design, train and see inside neural networks. "
                                       "With no command, opens the builder window.")
    parser.add_argument("--version", action="version", version=f"netbuilder {__version__}")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    parser.add_argument("--self-test", action="store_true",
                        help="train a tiny network offscreen through the real training worker, exit 0 if all is well")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    g = sub.add_parser("gui", help="open the builder window (the default)")
    g.add_argument("network", nargs="?", help="network file to open")
    g.set_defaults(run=_gui)
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from netbuilder.selftest import run_self_test
        return run_self_test()
    if args.command is None:
        args = parser.parse_args(["gui", *([] if argv is None else argv)])
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("\nnetbuilder: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # the last net: one line, unless --debug
        if args.debug:
            raise
        print(f"netbuilder: unexpected error: {e.__class__.__name__}: {e} (run with --debug for details)",
              file=sys.stderr)
        return 1
