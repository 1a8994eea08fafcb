"""Threads per process (run/blas.py on engine/threads.py): `netbuilder train` runs one BLAS thread
beside the engine's threads, a sweep job one engine thread and one BLAS thread, wherever it runs."""

import json
import os
import subprocess
import sys
import threading

import pytest

from netbuilder.engine import threads
from netbuilder.run.blas import BLAS_ENV, in_force, one_blas_thread_env, threads_for_job, threads_for_training
from tests.sweeps.helpers import TINY, write

OPENBLAS = threads.blas_threads() is not None  # numpy's wheels: yes; another BLAS cannot be asked


@pytest.fixture
def restored():
    """Put the process's engine and BLAS threads back as they were."""
    blas = threads.blas_threads()
    yield
    threads.set_threads(None)
    if blas is not None:
        threads.set_blas_threads(blas)


def clean_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in (*BLAS_ENV, "NETBUILDER_THREADS")}
    return {**env, "PYTHONPATH": os.getcwd(), **extra}


def test_threads_here_is_the_calling_threads_own_and_comes_back(restored):
    threads.set_threads(3)
    seen = {}

    def other():
        seen["other"] = threads.threads()

    with threads.threads_here(1):
        assert threads.threads() == 1
        with threads.threads_here(2):
            assert threads.threads() == 2
        assert threads.threads() == 1
        t = threading.Thread(target=other)
        t.start()
        t.join()
    assert seen["other"] == 3 and threads.threads() == 3
    with pytest.raises(ValueError), threads.threads_here(0):
        pass


@pytest.mark.skipif(not OPENBLAS, reason="this BLAS has no thread setter to ask")
def test_blas_threads_can_be_set_for_the_process_and_read_back(restored):
    assert threads.set_blas_threads(1) and threads.blas_threads() == 1
    assert threads.set_blas_threads(2) and threads.blas_threads() == 2
    with pytest.raises(ValueError):
        threads.set_blas_threads(0)


def test_training_process_policy_keeps_the_engine_threads_and_one_blas_thread(restored):
    assert threads_for_training(2) == {"engine": 2, "blas": 1 if OPENBLAS else None}
    assert in_force()["engine"] == 2


def test_netbuilder_train_runs_one_blas_thread_beside_the_engines_threads(tmp_path):
    """A fresh `netbuilder train` process, no thread variables set (numpy's default: one BLAS thread
    per core): after training, the BLAS says one thread and the engine kept one per core or --threads."""
    net = write(tmp_path / "net.json")
    code = ("import json, sys\n"
            "from netbuilder.cli import main\n"
            "code = main(sys.argv[1:])\n"
            "from netbuilder.engine import threads\n"
            "print(json.dumps({'code': code, 'blas': threads.blas_threads(), 'engine': threads.threads(),\n"
            "                  'cores': threads.available_cores()}))\n")
    for extra, engine in (([], None), (["--threads", "1"], 1)):
        done = subprocess.run([sys.executable, "-c", code, "train", net, "--no-record", "--out", str(tmp_path / "o"),
                               *extra], capture_output=True, text=True, timeout=180, env=clean_env())
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout.strip().splitlines()[-1])
        assert report["code"] == 0
        assert report["engine"] == (engine or report["cores"])
        assert report["blas"] == (1 if OPENBLAS else None)


def test_a_job_in_a_thread_trains_on_one_thread_and_leaves_the_process_as_it_was(restored):
    """As in a Dask worker that runs jobs in its threads: the job's count is its own."""
    from netbuilder.runs.sweep_task import run_task
    threads.set_threads(None)
    if OPENBLAS:
        threads.set_blas_threads(2)
    out = {}
    t = threading.Thread(target=lambda: out.update(run_task({"key": "k", "doc": TINY, "data": TINY["data"],
                                                             "seed": 0})))
    t.start()
    t.join()
    assert out["status"] == "finished", out.get("error")
    assert out["threads"] == {"engine": 1, "blas": 1 if OPENBLAS else None}
    assert threads.threads() == threads.available_cores()
    if OPENBLAS:
        assert threads.blas_threads() == 2


def test_threads_for_job_puts_the_blas_setting_back(restored):
    if OPENBLAS:
        threads.set_blas_threads(2)
    with threads_for_job(1) as now:
        assert now["engine"] == 1 and threads.threads() == 1
        assert now["blas"] == (1 if OPENBLAS else None)
    if OPENBLAS:
        assert threads.blas_threads() == 2


def test_local_sweep_workers_report_one_engine_and_one_blas_thread_per_job(monkeypatch):
    """Each job of a two-worker sweep says, from its own process, what it trained with."""
    from netbuilder.runs.executors import LocalExecutor
    for var in (*BLAS_ENV, "NETBUILDER_THREADS"):
        monkeypatch.delenv(var, raising=False)
    ex = LocalExecutor(2)
    try:
        results = list(ex.results([{"key": f"k{i}", "doc": TINY, "data": TINY["data"], "seed": i} for i in range(2)]))
    finally:
        ex.close()
    assert [r["status"] for r in results] == ["finished", "finished"], [r.get("error") for r in results]
    for r in results:
        assert r["threads"] == {"engine": 1, "blas": 1 if OPENBLAS else None}
    assert all(var not in os.environ for var in BLAS_ENV)  # the parent's environment is put back


def test_the_job_environment_is_set_only_while_a_worker_starts(monkeypatch):
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    monkeypatch.delenv("MKL_NUM_THREADS", raising=False)
    with one_blas_thread_env():
        assert all(os.environ[k] == "1" for k in BLAS_ENV)
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4" and "MKL_NUM_THREADS" not in os.environ
