"""Every sweep run into the run store, grouped under its sweep.

Results come back to this process as plain data, from local workers or from a Dask cluster, and
are recorded here by one writer, through the store's own Recorder, so a swept run is kept like one
trained with `netbuilder train` or in the window: the network document, its settings, the data
SPEC and fingerprint, per-epoch metrics, the per-batch loss, test results with per-class accuracy
and the confusion matrix, the final weights, and the sweep id that groups them. A store that
cannot be used never stops the sweep: it is said once and the sweep folder stays the record.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import sys
from types import SimpleNamespace


def stored_definition(definition, runs, folder) -> dict:
    """What the store keeps about a sweep: where its folder is, what varied, and every planned run
    (so the Runs panel can regroup the recorded runs into configurations: runs/sweep_stored.py)."""
    from netbuilder.runs.sweep_plan import varied_names
    from netbuilder.runs.sweep_stored import members_of
    return {"folder": str(folder), "varied": varied_names(definition), "seeds": definition.seeds,
            "runs": [r.key for r in runs], "members": members_of(runs)}


class SweepRecorder:
    def __init__(self, store, sweep_id: str):
        self.store = store
        self.sweep_id = sweep_id
        self.broken: str | None = None

    @classmethod
    def open(cls, path, sweep_id: str, name: str, definition: dict):
        """A recorder for this sweep, or None (the store cannot be used: said on stderr)."""
        from netbuilder.runs import RunStore, StoreError
        try:
            store = RunStore(path)
            if store.sweep(sweep_id) is None:
                store.add_sweep(sweep_id, name=name, definition=definition)
        except StoreError as e:
            print(translate("Runs", "netbuilder: not recording this sweep in the run history: {0}").format(e), file=sys.stderr)
            return None
        return cls(store, sweep_id)

    def __call__(self, run, result) -> int | None:
        if self.broken:
            return None
        try:
            run_id = record_run(self.store, self.sweep_id, run, result)
        except Exception as e:  # the sweep folder keeps the run; the history says once that it stopped
            self.broken = f"{e.__class__.__name__}: {e}"
            print(translate("Runs", "netbuilder: no longer recording into the run history: {0}").format(self.broken), file=sys.stderr)
            return None
        result["run_id"] = run_id
        return run_id

    def close(self) -> None:
        self.store.close()


def record_run(store, sweep_id: str, run, result: dict) -> int:
    from netbuilder.engine.network import Network
    from netbuilder.engine.spec import parse_spec
    from netbuilder.io.network_file import to_json
    from netbuilder.runs import EpochRow, Recorder

    run_id = store.start_run(network_json=to_json(run.doc), settings=result.get("settings") or run.doc.get("training"),
                             data_spec=run.data, data_fingerprint=result.get("fingerprint"),
                             params=result.get("param_count"), macs=result.get("macs"), sweep_id=sweep_id,
                             started=result.get("started"))
    rec = Recorder(store, run_id, dataset=SimpleNamespace(class_names=result.get("class_names") or []))
    for loss in result.get("batch_losses") or []:
        rec.on_batch(SimpleNamespace(loss=loss))
    for h in result.get("history") or []:
        store.add_epoch(run_id, EpochRow(h["epoch"] + 1, h["train_loss"], h["train_accuracy"], h["val_loss"],
                                         h["val_accuracy"], h["seconds"], h["lr"]))
    net = None
    if result.get("weights") is not None:
        net = Network(parse_spec(run.doc), seed=run.seed)
        net.load_state_dict(result["weights"])
    test = result.get("test")
    test_result = (test["loss"], test["accuracy"], test["outputs"], test["labels"]) if test and net else None
    trainer = SimpleNamespace(**result["trainer"]) if result.get("trainer") else None
    rec.finish(result["status"], net=net, trainer=trainer, test_result=test_result, message=result.get("error"))
    from netbuilder.runs.sweep_stored import DEAD_TAG
    from netbuilder.runs.sweep_summary import is_dead
    if is_dead(result):
        store.add_tags([run_id], [DEAD_TAG])
    return run_id
