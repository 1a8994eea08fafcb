"""The `netbuilder` command: gui (the default), check, train, eval, predict, export, layers, data."""

from __future__ import annotations

import argparse
import sys

from netbuilder import __version__
from netbuilder.commands import (check, data, evaluate, explain, export, gradcheck, landscape, layers, predict, runs,
                                 screenshot, sweep, templates, train)
from netbuilder.commands.common import EXIT_INTERRUPTED, fail

COMMANDS = [check, train, evaluate, predict, export, layers, data, screenshot, templates, sweep, runs, landscape,
            gradcheck, explain]


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
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add NetBuilder to the desktop's menu and open network files with it "
                             "(for pip/pipx installs; writes under ~/.local/share)")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="remove what --install-desktop-entry wrote")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    g = sub.add_parser("gui", help="open the builder window (the default)")
    g.add_argument("network", nargs="?", help="network file to open")
    g.set_defaults(run=_gui)
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def main(argv=None) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except KeyboardInterrupt:
        return interrupted()
    if args.self_test:
        from netbuilder.selftest import run_self_test
        return run_self_test()
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from netbuilder.desktop_entry import main as desktop_main
        return desktop_main("install" if args.install_desktop_entry else "uninstall")
    if args.command is None:
        args = parser.parse_args(["gui", *([] if argv is None else argv)])
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return interrupted()
    except MemoryError:
        if args.debug:
            raise
        return fail("ran out of memory; `netbuilder check NET.json` shows how much training needs "
                    "(reduce batch_size or the largest layers)")
    except OSError as e:  # a file or folder the command touched; name it
        if args.debug:
            raise
        where = f"{e.filename}: " if getattr(e, "filename", None) else ""
        return fail(f"{where}{e.strerror or e}")
    except Exception as e:  # a bug, not bad input: say so, one line, unless --debug
        if args.debug:
            raise
        return fail(f"internal error, please report it: {e.__class__.__name__}: {e} "
                    "(run with --debug for the details)")


def interrupted() -> int:
    print("\nnetbuilder: interrupted", file=sys.stderr)
    return EXIT_INTERRUPTED
