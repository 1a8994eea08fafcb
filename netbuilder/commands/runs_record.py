"""Recording `netbuilder train` into the run store: the few calls train.py makes, kept here so the
command stays about training. A store that cannot be opened never stops the training: it is said
once and the run goes unrecorded."""

from __future__ import annotations

import pathlib
import sys

from netbuilder.i18n import translate


def add_record_options(p) -> None:
    p.add_argument("--runs", dest="runs_path", metavar="PATH",
                   help=translate("Cli", "run store to record into (default: $NETBUILDER_RUNS or ~/.local/share/NetBuilder/runs.sqlite)"))
    p.add_argument("--no-record", action="store_true", help=translate("Cli", "do not record this run in the run history"))


def start(args, spec, dataset, data_spec, exp, resume_run_id=None):
    """A Recorder for this run, or None (--no-record, or the store cannot be used: said on stderr)."""
    if getattr(args, "no_record", False):
        return None
    from netbuilder.runs import Recorder, RunStore, StoreError

    try:
        store = RunStore(getattr(args, "runs_path", None))
    except StoreError as e:
        print(translate("Cli", "netbuilder: not recording this run: {0}").format(e), file=sys.stderr)
        return None
    try:
        if resume_run_id is not None and resume_run_id in store.ids():
            rec = Recorder.resume(store, resume_run_id, dataset)
        else:
            text = _verbatim(args.network, spec)
            rec = Recorder.start(store, network_json=text, settings=exp.trainer.settings, dataset=dataset,
                                 data_spec=data_spec, params=exp.net.param_count, macs=exp.net.macs)
    except StoreError as e:
        store.close()
        print(translate("Cli", "netbuilder: not recording this run: {0}").format(e), file=sys.stderr)
        return None
    return rec


def _verbatim(path, spec) -> str:
    """The network document exactly as the file holds it (its hash then matches the file's)."""
    try:
        return pathlib.Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):  # gone, or not a text file (an imported ONNX model)
        import json
        return json.dumps(spec.doc)


def both(first, second):
    """One callback calling two (progress bar and recorder)."""
    if second is None:
        return first
    return lambda report: (first(report), second(report))


def finish(rec, status, exp, test_result=None, message=None) -> None:
    if rec is None:
        return
    try:
        rec.finish(status, net=exp.net, trainer=exp.trainer, message=message,
                   test_result=test_result)
        print(translate("Cli", "Recorded as run {0} (netbuilder runs show {1})").format(rec.run_id, rec.run_id), file=sys.stderr)
    finally:
        rec.store.close()
