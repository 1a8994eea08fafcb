"""`netbuilder runs ...`: list, show, diff, compare, export, tag, note, rename and delete recorded runs.

Unknown ids and a damaged or newer-version store give one clear message and exit 2, with nothing
changed (ids are all checked before anything is written).
"""

from __future__ import annotations

import argparse
import json
import sys

from netbuilder.i18n import translate
from netbuilder.commands.common import EXIT_BAD_INPUT, EXIT_OK, fail


def add_store_option(p, at_top: bool = False) -> None:
    p.add_argument("--runs", dest="runs_path", metavar="PATH", default=None if at_top else argparse.SUPPRESS,
                   help=translate("Cli", "run store database (default: $NETBUILDER_RUNS or ~/.local/share/NetBuilder/runs.sqlite)"))


def add_parser(sub):
    from netbuilder.commands import runs_show

    p = sub.add_parser("runs", help=translate("Cli", "list, show, compare and manage recorded training runs"))
    add_store_option(p, at_top=True)
    rs = p.add_subparsers(dest="runs_command", metavar="ACTION", required=True)

    def action(name, help_, fn):
        a = rs.add_parser(name, help=help_)
        add_store_option(a)
        a.set_defaults(run=_guarded(fn))
        return a

    a = action("list", translate("Cli", "recorded runs, newest first"), cmd_list)
    a.add_argument("--json", action="store_true", help=translate("Cli", "one JSON object per run, as a list"))
    a.add_argument("--status", choices=("running", "finished", "stopped", "diverged", "failed", "interrupted"))
    a.add_argument("--tag")
    a.add_argument("--name", metavar="TEXT", help=translate("Cli", "only runs whose name contains TEXT"))
    a.add_argument("--limit", type=int, metavar="N")
    a = action("show", translate("Cli", "one run: settings, metrics per epoch, confusion matrix"), runs_show.cmd_show)
    a.add_argument("id")
    a = action("diff", translate("Cli", "what differs between two runs, then their outcomes side by side"), runs_show.cmd_diff)
    a.add_argument("ids", nargs=2, metavar="ID")
    a = action("compare", translate("Cli", "loss and accuracy per epoch of several runs in one PNG"), cmd_compare)
    a.add_argument("ids", nargs="+", metavar="ID")
    a.add_argument("--out", required=True, metavar="FILE.png")
    a = action("export", translate("Cli", "write a run's network JSON, weights and metrics JSON to a folder"), runs_show.cmd_export)
    a.add_argument("id")
    a.add_argument("--out", required=True, metavar="DIR")
    a = action("tag", translate("Cli", "add tags to runs (or remove them with --remove)"), cmd_tag)
    a.add_argument("id", nargs="+", metavar="ID", help=translate("Cli", "run ids followed by --tags"))
    a.add_argument("--tags", "-t", nargs="+", required=True, metavar="TAG")
    a.add_argument("--remove", action="store_true")
    a = action("note", translate("Cli", "set (or --append to) a run's notes"), cmd_note)
    a.add_argument("id")
    a.add_argument("text")
    a.add_argument("--append", action="store_true")
    a = action("rename", translate("Cli", "give a run a name of your own (an empty name restores the automatic one)"), cmd_rename)
    a.add_argument("id")
    a.add_argument("name")
    a = action("delete", translate("Cli", "delete runs with their files"), cmd_delete)
    a.add_argument("ids", nargs="+", metavar="ID")


def _guarded(fn):
    """Open the store for the action; StoreError (unknown id, damaged, newer) -> one line, exit 2."""
    def run(args) -> int:
        from netbuilder.runs import RunStore, StoreError

        try:
            store = RunStore(args.runs_path, create=False)
        except StoreError as e:
            if "no run store here yet" in str(e) and fn is cmd_list:
                print(translate("Cli", "No runs recorded yet ({0}).").format(e.args[0].split(':')[0]))
                return EXIT_OK
            return fail(str(e))
        try:
            return fn(store, args)
        except StoreError as e:
            return fail(str(e))
        finally:
            store.close()
    return run


def cmd_list(store, args) -> int:
    from netbuilder.format import duration_text, percent_text, time_text

    runs = store.list(status=args.status, tag=args.tag, name=args.name, limit=args.limit)
    if args.json:
        print(json.dumps([_summary(r) for r in runs], indent=2))
        return EXIT_OK
    if not runs:
        print(translate("Cli", "No runs match.") if any((args.status, args.tag, args.name)) else translate("Cli", "No runs recorded yet."))
        return EXIT_OK
    rows = [(str(r.id), r.name, time_text(r.started), r.data_spec or "-", percent_text(r.test_accuracy),
             duration_text(r.seconds), r.status + (translate("Cli", " (early stop)") if r.early_stopped else ""),
             ",".join(r.tags)) for r in runs]
    head = ("ID", "NAME", "STARTED", "DATA", translate("Cli", "TEST ACC"), "TIME", "STATUS", "TAGS")
    widths = [min(max(len(x[i]) for x in [head, *rows]), 48) for i in range(len(head))]
    right = {0, 4, 5}
    for row in [head, *rows]:
        cells = [_cell(c, w, i in right) for i, (c, w) in enumerate(zip(row, widths))]
        print("  ".join(cells).rstrip())
    return EXIT_OK


def _cell(text: str, width: int, right: bool) -> str:
    if len(text) > width:
        text = "…" + text[-(width - 1):] if width > 1 else text[:width]
    return text.rjust(width) if right else text.ljust(width)


def _summary(r) -> dict:
    return {"id": r.id, "name": r.name, "auto_name": r.auto_name, "status": r.status, "started": r.started,
            "ended": r.ended, "seconds": r.seconds, "data": r.data_spec, "test_accuracy": r.test_accuracy,
            "test_loss": r.test_loss, "seed": r.seed, "tags": r.tags, "network_hash": r.network_hash,
            "sweep_id": r.sweep_id, "parent_id": r.parent_id, "early_stopped": r.early_stopped}


def cmd_compare(store, args) -> int:
    from netbuilder.plotting import save_png
    from netbuilder.runs.compare import compare_image

    ids = store.require(args.ids)
    runs = [store.get(i) for i in ids]
    empty = [r.id for r in runs if not r.epochs]
    if len(empty) == len(runs):
        return fail(translate("Cli", "run {0} recorded no epochs; nothing to compare").format(', '.join(map(str, empty))), EXIT_BAD_INPUT)
    try:
        save_png(compare_image(runs, title=translate("Cli", "Runs ") + ", ".join(f"#{i}" for i in ids)), args.out)
    except OSError as e:
        return fail(translate("Cli", "{0}: cannot write ({1})").format(args.out, e.strerror or e))
    if empty:
        print(translate("Cli", "netbuilder: run {0} recorded no epochs (left out)").format(', '.join(map(str, empty))), file=sys.stderr)
    print(translate("Cli", "Wrote {0}").format(args.out))
    return EXIT_OK


def cmd_tag(store, args) -> int:
    ids = store.require(args.id)
    (store.remove_tags if args.remove else store.add_tags)(ids, args.tags)
    for i in ids:
        print(translate("Cli", "run {0}: tags {1}").format(i, ', '.join(store.tags(i)) or '(none)'))
    return EXIT_OK


def cmd_note(store, args) -> int:
    rid = store.require([args.id])[0]
    store.set_notes(rid, args.text, append=args.append)
    return EXIT_OK


def cmd_rename(store, args) -> int:
    rid = store.require([args.id])[0]
    store.rename(rid, args.name)
    print(translate("Cli", "run {0}: {1}").format(rid, store.get(rid).name))
    return EXIT_OK


def cmd_delete(store, args) -> int:
    ids = store.delete(args.ids)
    print(translate("Cli", "Deleted run{0} {1}.").format('s' if len(ids) != 1 else '', ', '.join(map(str, ids))))
    return EXIT_OK
