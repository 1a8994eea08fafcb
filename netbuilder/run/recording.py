"""The window's runs go into the run history like the command line's: one `SessionRecording` per run
of a Session, fed by the training thread between batches.

Qt-free, and never in the way of training: the store is opened in the worker thread (opening it
marks runs of dead processes `interrupted`, which takes a moment), every call is guarded, and a
store that fails (a full disk, a database another NetBuilder damaged) stops the recording with a
sentence for the status bar instead of stopping the run.

    rec, problem = SessionRecording.begin(session, data_spec)       # or resume=<run id>
    rec.on_batch(report); rec.on_epoch(epoch_report)                # from the worker's loop
    rec.end("finished", results)                                    # run.probes.Results or None
"""

from __future__ import annotations

from netbuilder.i18n import translate
import json
import sqlite3

# The worker's loop outcomes -> the store's statuses. "aborted" is the window closing mid-run.
_OUTCOMES = {"finished": "finished", "early_stopped": "early_stopped", "stopped": "stopped",
             "aborted": "stopped", "failed": "failed", "diverged": "diverged"}


def data_spec_of(session, data) -> str | None:
    """The data SPEC the run used: the one asked for, else the network file's own."""
    if isinstance(data, str) and data:
        return data
    own = session.spec.doc.get("data") if isinstance(getattr(session.spec, "doc", None), dict) else None
    return own if isinstance(own, str) else getattr(session.dataset, "name", None)


class SessionRecording:
    def __init__(self, store, recorder):
        self.store = store
        self.recorder = recorder
        self.problem: str | None = None   # why recording stopped (said once)

    @property
    def run_id(self) -> int:
        return self.recorder.run_id

    @classmethod
    def begin(cls, session, data=None, *, resume: int | None = None, parent: int | None = None,
              store_path=None) -> tuple["SessionRecording | None", str | None]:
        """Start (or, with `resume`, continue) recording the session's run; `parent`: the stored run
        this one trains on from (opened from the run history). (recording, None), or (None, why
        not) when the store cannot be used: the run then trains unrecorded."""
        from netbuilder.runs import Recorder, RunStore, StoreError
        store = None
        try:
            store = RunStore(store_path)
            if resume is not None and resume in store.ids():
                recorder = Recorder.resume(store, resume, session.dataset)
            else:
                net = session.net
                recorder = Recorder.start(store, network_json=json.dumps(session.spec.doc, indent=1),
                                          settings=dict(session.trainer.settings), dataset=session.dataset,
                                          data_spec=data_spec_of(session, data), params=net.param_count,
                                          macs=getattr(net, "macs", None), parent_id=parent)
        except (StoreError, OSError, sqlite3.Error) as e:
            if store is not None:
                store.close()
            return None, translate("Run", "This run is not recorded in the run history: {0}").format(e)
        return cls(store, recorder), None

    # ---- during training ------------------------------------------------------------------------
    def on_batch(self, report) -> None:
        if self.problem is None:
            self.recorder.on_batch(report)   # two list appends: nothing to fail

    def on_epoch(self, report) -> str | None:
        """Record a finished epoch; the problem (once) if the store failed."""
        return self._guard(lambda: self.recorder.on_epoch(report))

    # ---- at the end -----------------------------------------------------------------------------
    def end(self, outcome: str, results=None, message: str = "", session=None) -> str | None:
        """Close the run with the worker's outcome. `results`: the test (or validation) evaluation the
        window shows, recorded as the run's test outcome. Returns a problem, or None."""
        status = _OUTCOMES.get(outcome, "failed")
        if outcome == "aborted" and not message:
            message = translate("Run", "the window was closed during training")
        evaluated = None
        if results is not None:
            evaluated = (results.loss, results.accuracy, results.confusion, list(results.class_names))
        net = session.net if session is not None else None
        trainer = session.trainer if session is not None else None
        problem = self._guard(lambda: self.recorder.finish(status, net=net, trainer=trainer, evaluated=evaluated,
                                                           message=message or None))
        self.close()
        return problem

    def close(self) -> None:
        try:
            self.store.close()
        except sqlite3.Error:
            pass

    def _guard(self, write) -> str | None:
        if self.problem is not None:
            return None
        from netbuilder.runs import StoreError
        try:
            write()
        except (StoreError, OSError, sqlite3.Error) as e:
            self.problem = translate("Run", "Recording run {0} stopped: {1}").format(self.run_id, e)
            return self.problem
        return None
