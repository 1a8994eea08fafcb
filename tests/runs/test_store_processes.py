"""Real processes: a killed recorder leaves an `interrupted` run with its epochs, two recorders at once
both succeed, and kill -9 in the middle of writing never leaves the database unreadable."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from netbuilder.runs import RunStore
from netbuilder.runs.store import StoreError

RECORD = """
import json, sys, time
from netbuilder.runs import RunStore, EpochRow
store = RunStore(sys.argv[1])
runs, epochs, pause = int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
for r in range(runs):
    rid = store.start_run(network_json=json.dumps({"layers": []}), settings={"seed": r})
    for e in range(1, epochs + 1):
        store.add_epoch(rid, EpochRow(e, 1.0 / e, 0.1 * e, None, None, 0.01, 0.1))
        store.save_arrays(rid, "batch_loss", {"loss": [1.0 / e] * 50})
        print(rid, e, flush=True)
        time.sleep(pause)
    store.finish_run(rid, "finished", test_accuracy=0.5)
print("done", flush=True)
"""


def _recorder(path, runs, epochs, pause):
    return subprocess.Popen([sys.executable, "-c", RECORD, str(path), str(runs), str(epochs), str(pause)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ)


def test_a_killed_recorder_leaves_an_interrupted_run_with_its_epochs(tmp_path):
    path = tmp_path / "runs.sqlite"
    proc = _recorder(path, 1, 1000, 0.05)
    try:
        seen = [proc.stdout.readline() for _ in range(3)]
        run_id = int(seen[0].split()[0])
        with RunStore(path) as store:      # while the owner lives, the run stays `running`
            assert store.get(run_id).status == "running"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    with RunStore(path) as store:
        run = store.get(run_id)
        assert run.status == "interrupted" and run_id in store.recovered
        assert len(run.epochs) >= 3 and run.ended is not None
        assert "ended without finishing" in run.message


def test_two_processes_record_at_once_and_both_succeed(tmp_path):
    path = tmp_path / "runs.sqlite"
    procs = [_recorder(path, 3, 15, 0.0) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1] for o in outs]
    with RunStore(path) as store:
        runs = store.list(with_epochs=True)
        assert len(runs) == 6 and len(store.ids()) == 6
        assert all(r.status == "finished" and len(r.epochs) == 15 for r in runs)
        owners = {line.split()[0] for out, _ in outs for line in out.splitlines() if line != "done"}
        assert owners == {str(r.id) for r in runs}


def test_kill_9_while_writing_never_leaves_the_database_unreadable(tmp_path):
    path = tmp_path / "runs.sqlite"
    for delay in (0.3, 0.6, 0.9):
        procs = [_recorder(path, 50, 40, 0.0) for _ in range(2)]
        time.sleep(delay)
        for p in procs:
            p.kill()
            p.wait(timeout=30)
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with RunStore(path) as store:   # recovery marks the killed runs, reading works
            assert not store.list(status="running")
            for run in store.list(with_epochs=True):
                assert [e.epoch for e in run.epochs] == list(range(1, len(run.epochs) + 1))


def test_a_store_busy_while_opening_is_waited_for_not_called_damaged(tmp_path, monkeypatch):
    """Two processes creating one store under load: one got "database is locked" from its migration
    and was told the store was damaged (seen in CI). Busy is retried until the timeout."""
    import netbuilder.runs.store as store_module
    real, calls = store_module.migrate, []

    def busy_twice(conn):
        calls.append(1)
        if len(calls) <= 2:
            raise sqlite3.OperationalError("database is locked")
        return real(conn)

    monkeypatch.setattr(store_module, "migrate", busy_twice)
    with RunStore(tmp_path / "runs.sqlite", timeout=5) as store:
        assert len(calls) == 3 and not store.ids()


def test_a_store_locked_past_the_timeout_says_locked_and_try_again(tmp_path):
    path = tmp_path / "runs.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t(i)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as caught:
            RunStore(path, timeout=0.3)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = str(caught.value)
    assert "locked" in message and "Try again" in message and "damaged" not in message
    assert "not a readable" not in message
