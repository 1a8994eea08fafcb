"""Qt-free: runs kept and compared, sweeps over seeds and settings, and where they execute.

Run history: every training run kept in an SQLite store beside .npz array files.

    from netbuilder.runs import RunStore, Recorder
    with RunStore() as store:                 # $NETBUILDER_RUNS or ~/.local/share/NetBuilder/runs.sqlite
        for run in store.list(limit=10):
            print(run.id, run.name, run.status, run.test_accuracy)
"""

from netbuilder.runs.location import default_store_path
from netbuilder.runs.records import MAX_BATCH_POINTS, BatchSeries, EpochRow, Run, auto_name, data_fingerprint
from netbuilder.runs.recorder import Recorder
from netbuilder.runs.schema import SCHEMA_VERSION, STATUSES
from netbuilder.runs.store import RunStore, StoreError, UnknownRun, open_store

__all__ = ["RunStore", "StoreError", "UnknownRun", "open_store", "Recorder", "Run", "EpochRow", "BatchSeries",
           "auto_name", "data_fingerprint", "default_store_path", "MAX_BATCH_POINTS", "SCHEMA_VERSION", "STATUSES"]
