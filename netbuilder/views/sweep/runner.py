"""The sweep in a background thread: the same `run_sweep` as the command line, with worker
processes doing the training, so the window only waits on a pipe. Progress and the final table
cross to the GUI thread by queued signals carrying plain copies; Cancel asks the executor to stop
the runs in progress after their current batch and keeps the finished ones. Every run is recorded
in the run store (the Runs panel's), grouped under the sweep's id."""

from __future__ import annotations

import pathlib

from PySide6.QtCore import QThread, Signal

from netbuilder.runs import sweep_plan as plan


class SweepThread(QThread):
    progressed = Signal(int, int, str)      # done, total, line about the run that just finished
    sweep_started = Signal(str)             # sweep id: its runs are being recorded in the run store
    completed = Signal(object)              # dict: table, view, varied, folder, plots, interrupted, error

    def __init__(self, definition, base_folder, jobs: int | None = None, parent=None):
        """The sweep's folder is base_folder/<sweep id>: the same sweep again resumes there."""
        super().__init__(parent)
        self.definition = definition
        self.base_folder = pathlib.Path(base_folder)
        self.folder: pathlib.Path | None = None
        self.jobs = jobs
        self.executor = None
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True
        if self.executor is not None:
            self.executor.request_stop()

    def run(self) -> None:
        from netbuilder.commands.sweep_progress import describe
        from netbuilder.runs.executors import LocalExecutor
        from netbuilder.runs.sweep import run_sweep
        from netbuilder.runs.sweep_record import SweepRecorder, stored_definition
        from netbuilder.runs.sweep_stored import build_view
        from netbuilder.runs.sweep_summary import write_tables

        report = {"table": [], "varied": plan.varied_names(self.definition), "folder": "",
                  "plots": [], "interrupted": False, "error": None, "failed": 0, "first_error": None}
        try:
            plan.check_data(self.definition)  # loads the data once: a wrong folder is said before any run
            runs = plan.expand(self.definition)
            sweep_id = plan.sweep_id(self.definition, runs)
            self.folder = self.base_folder / sweep_id
            report["folder"] = str(self.folder)
            self.executor = LocalExecutor(self.jobs)
            if self._cancelled:
                self.executor.request_stop()

            def progress(event, run, result, outcome):
                if event == "run":
                    self.progressed.emit(len(outcome.results), len(runs), describe(run, result))
                elif event == "start":
                    self.progressed.emit(len(outcome.results), len(runs), "")

            recorder = SweepRecorder.open(None, sweep_id, self.definition.name,
                                          stored_definition(self.definition, runs, self.folder))
            if recorder is not None:
                self.sweep_started.emit(sweep_id)
            try:
                outcome = run_sweep(self.definition, runs, self.executor, self.folder, sweep_id, resume=True,
                                    progress=progress, recorder=recorder)
            finally:
                if recorder is not None:
                    recorder.close()
            report["sweep_id"] = sweep_id
            manifest = {"id": sweep_id, "name": self.definition.name, "seeds": self.definition.seeds}
            report["table"] = write_tables(self.folder, manifest, runs, outcome.results, report["varied"])
            report["view"] = build_view(sweep_id, self.definition.name, report["varied"], runs, outcome.results)
            report["interrupted"] = outcome.interrupted or self._cancelled
            failed = [r for r in outcome.results.values() if r["status"] == "failed"]
            report["failed"] = len(failed)
            report["first_error"] = failed[0].get("error") if failed else None
            try:
                from netbuilder.plotting.spread import write_sweep_plots
                report["plots"] = [str(p) for p in write_sweep_plots(self.folder, runs, outcome.results,
                                                                     report["varied"], self.definition.name)]
            except ImportError:
                pass
        except plan.SweepError as e:
            report["error"] = "; ".join(str(p) for p in e.problems)
        except Exception as e:  # shown in the dialog; the finished runs stay in the folder
            report["error"] = f"{e.__class__.__name__}: {e}"
        self.completed.emit(report)
