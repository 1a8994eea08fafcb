"""The `netbuilder` command: gui (default), check, train, eval, layers, data, screenshot."""

from __future__ import annotations

import argparse
import sys

from netbuilder import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="netbuilder", description="Design, train and see inside neural networks.")
    parser.add_argument("--version", action="version", version=f"netbuilder {__version__}")
    parser.add_subparsers(dest="command")
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        print("The builder window is not built yet; see the open issues.", file=sys.stderr)
        return 1
    return 0
