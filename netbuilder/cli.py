"""The `netbuilder` command: gui (the default), check, train, eval, predict, export, layers, data."""

from __future__ import annotations

import argparse
import os
import sys

from netbuilder import __version__, i18n
from netbuilder.i18n import translate
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
        prog="netbuilder", description=translate("Cli", "Design, train and see inside neural networks. "
                                       "With no command, opens the builder window."))
    parser.add_argument("--version", action="version", version=f"netbuilder {__version__}")
    parser.add_argument("--language", choices=["system", *i18n.LANGUAGES], metavar="LANG",
                        help=translate("Cli", "language of messages and of the window: en, ja or system (default: "
                                              "$NETBUILDER_LANGUAGE, else the locale, e.g. LANG=ja_JP.UTF-8)"))
    parser.add_argument("--debug", action="store_true", help=translate("Cli", "show full tracebacks"))
    parser.add_argument("--self-test", action="store_true",
                        help=translate("Cli", "train a tiny network offscreen through the real training worker, exit 0 if all is well"))
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help=translate("Cli", "add NetBuilder to the desktop's menu and open network files with it "
                             "(for pip/pipx installs; writes under ~/.local/share)"))
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help=translate("Cli", "remove what --install-desktop-entry wrote"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    g = sub.add_parser("gui", help=translate("Cli", "open the builder window (the default)"))
    g.add_argument("network", nargs="?", help=translate("Cli", "network file to open"))
    g.set_defaults(run=_gui)
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def choose_language(argv) -> None:
    """--language, read before the parser is built (its help texts are translated), is passed on
    through NETBUILDER_LANGUAGE, so that the window and the processes a command starts use it too."""
    args = list(sys.argv[1:] if argv is None else argv)
    for i, arg in enumerate(args):
        value = arg.split("=", 1)[1] if arg.startswith("--language=") else (
            args[i + 1] if arg == "--language" and i + 1 < len(args) else None)
        if value is not None:
            os.environ[i18n.ENV] = value
    i18n.set_language(i18n.choose_language())
    from netbuilder.commands import argparse_text
    argparse_text.install()


def main(argv=None) -> int:
    choose_language(argv)
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
        rest = list(sys.argv[1:] if argv is None else argv)
        for flag in [a for a in rest if a.startswith("--language")]:  # chosen already (choose_language)
            i = rest.index(flag)
            del rest[i:i + (1 if "=" in flag else 2)]
        args = parser.parse_args(["gui", *rest])
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return interrupted()
    except MemoryError:
        if args.debug:
            raise
        return fail(translate("Cli", "ran out of memory; `netbuilder check NET.json` shows how much training needs "
                    "(reduce batch_size or the largest layers)"))
    except OSError as e:  # a file or folder the command touched; name it
        if args.debug:
            raise
        where = f"{e.filename}: " if getattr(e, "filename", None) else ""
        return fail(f"{where}{e.strerror or e}")
    except Exception as e:  # a bug, not bad input: say so, one line, unless --debug
        if args.debug:
            raise
        return fail(translate("Cli", "internal error, please report it: {0}: {1} (run with --debug for the details)").format(e.__class__.__name__, e))


def interrupted() -> int:
    print(translate("Cli", "\nnetbuilder: interrupted"), file=sys.stderr)
    return EXIT_INTERRUPTED
