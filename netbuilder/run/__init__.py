"""A training run, free of Qt: build it from a spec, data and a seed (`build`), its one command
table (`control`), the session that owns a run's network and applies the commands (`session`),
what crosses to the views (`snapshots`, made by `probes`), and BLAS thread control (`blas`).

The command line, the GUI's worker thread and any batch runner use exactly this code, so the same
file, data and seed give the same numbers everywhere. `netbuilder.training` only adds a Qt thread
around it.
"""

from netbuilder.run.build import (DataMismatch, Run, build_run, check_data_fits, data_fit_problems, load_run_data,
                                  merged_training, run_seed)
from netbuilder.run.control import ACTIVE, ALLOWED, Command, State, allowed
from netbuilder.run.session import Session, SessionError, open_session

__all__ = ["ACTIVE", "ALLOWED", "Command", "DataMismatch", "Run", "Session", "SessionError", "State", "allowed",
           "build_run", "check_data_fits", "data_fit_problems", "load_run_data", "merged_training", "open_session",
           "run_seed"]
