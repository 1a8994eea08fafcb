"""--executor dask://HOST:PORT against a LocalCluster on loopback; clear exit 2 without the extra
or without a scheduler."""

import json
import socket
import sys

import numpy as np
import pytest

from netbuilder.cli import main
from netbuilder.runs import executor_dask
from tests.sweeps.helpers import TINY, write


def test_runs_on_a_local_dask_cluster_and_are_recorded_here(tmp_path, capsys):
    distributed = pytest.importorskip("distributed", reason="needs dask.distributed (netbuilder[cluster])")
    net = write(tmp_path / "net.json", TINY)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, host="127.0.0.1",
                                  protocol="tcp", dashboard_address=None) as cluster:
        address = cluster.scheduler_address.removeprefix("tcp://")
        code = main(["sweep", net, "--seeds", "3", "--executor", f"dask://{address}", "--out", str(tmp_path / "d"),
                     "--no-plots"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert f"Dask cluster at {address} (1 worker)" in err
    results = [json.loads(p.read_text()) for p in (tmp_path / "d").glob("runs/*/result.json")]
    assert sorted(r["seed"] for r in results) == [0, 1, 2]
    assert all(r["status"] == "finished" and 0 <= r["metrics"]["test_accuracy"] <= 1 for r in results)
    from netbuilder.runs import RunStore
    sweep = json.loads((tmp_path / "d" / "manifest.json").read_text())["id"]
    with RunStore() as store:  # recorded here, in the local store, not on the cluster
        assert sorted(r.id for r in store.list(sweep_id=sweep)) == sorted(r["run_id"] for r in results)
    # the same run trained locally lands on the same weights (up to BLAS summation order)
    code = main(["sweep", net, "--seeds", "3", "--jobs", "1", "--out", str(tmp_path / "l"), "--no-plots"])
    assert code == 0
    for path in (tmp_path / "d").glob("runs/*/weights.npz"):
        local = np.load(tmp_path / "l" / "runs" / path.parent.name / "weights.npz")
        remote = np.load(path)
        for k in local.files:
            if not k.startswith("__"):
                np.testing.assert_allclose(remote[k], local[k], rtol=1e-4, atol=1e-6, err_msg=k)


def test_unreachable_scheduler_is_one_message_and_exit_2(tmp_path, capsys, monkeypatch):
    pytest.importorskip("distributed", reason="needs dask.distributed (netbuilder[cluster])")
    monkeypatch.setattr(executor_dask, "CONNECT_TIMEOUT", "1s")
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    net = write(tmp_path / "net.json", TINY)
    code = main(["sweep", net, "--executor", f"dask://127.0.0.1:{port}", "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and f"cannot reach the Dask scheduler at 127.0.0.1:{port}" in err[0]
    assert not (tmp_path / "o").exists()


def test_missing_extra_is_one_message_and_exit_2(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    net = write(tmp_path / "net.json", TINY)
    code = main(["sweep", net, "--executor", "dask://127.0.0.1:8786", "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "pip install 'netbuilder[cluster]'" in err[0]


def test_unknown_executor_is_exit_2(tmp_path, capsys):
    net = write(tmp_path / "net.json", TINY)
    assert main(["sweep", net, "--executor", "slurm", "--out", str(tmp_path / "o")]) == 2
    assert "dask://HOST:PORT" in capsys.readouterr().err
