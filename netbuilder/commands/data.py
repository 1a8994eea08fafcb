"""`netbuilder data download mnist|fashion-mnist|cifar10 [--dir DIR]`."""

from __future__ import annotations

import sys

from netbuilder.i18n import translate
from netbuilder.commands.common import EXIT_OK, fail
from netbuilder.data.download import SOURCES  # the downloadable sets, declared once


def add_parser(sub):
    p = sub.add_parser("data", help=translate("Cli", "fetch standard datasets"))
    dsub = p.add_subparsers(dest="data_command", required=True)
    d = dsub.add_parser("download", help=translate("Cli", "download, verify (SHA-256) and unpack a dataset"))
    d.add_argument("name", choices=tuple(SOURCES))
    d.add_argument("--dir", metavar="DIR", help=translate("Cli", "target folder (default: the user data folder)"))
    d.add_argument("--base-url", help=argparse_suppress())
    p.set_defaults(run=run)


def argparse_suppress():
    import argparse
    return argparse.SUPPRESS


def run(args) -> int:
    import pathlib

    from netbuilder.data import DataError, download

    def progress(done: int, total: int) -> None:
        if total:
            width = 30
            filled = int(width * done / total)
            sys.stderr.write(f"\r{args.name}: {'█' * filled}{'·' * (width - filled)} "
                             f"{done / 1e6:.1f}/{total / 1e6:.1f} MB")
        else:
            sys.stderr.write(f"\r{args.name}: {done / 1e6:.1f} MB")
        sys.stderr.flush()

    try:
        where = download(args.name, pathlib.Path(args.dir) if args.dir else None, progress, args.base_url)
    except DataError as e:
        return fail(str(e))
    print(translate("Cli", "\n{0} is in {1}; use it as --data {2}:{3}").format(args.name, where, args.name, where), file=sys.stderr)  # name = scheme
    return EXIT_OK
