"""The exported MNIST conv net trains under `torchrun --nproc_per_node 2` on CPU (gloo) to within
2 points of NetBuilder's own accuracy for the same settings (1 epoch on mnist-5k)."""

import os
import pathlib
import re
import subprocess
import sys

import pytest

from netbuilder.data import load_dataset
from netbuilder.engine.spec import parse_spec
from netbuilder.run import build_run
from netbuilder.export.pytorch_project import write_pytorch_project
from netbuilder.export.source import model_from_run
from netbuilder.io.network_file import load_network
from netbuilder.paths import resource

REPO = pathlib.Path(__file__).resolve().parents[2]
CANDIDATES = [os.environ.get("NETBUILDER_MNIST_5K", ""), REPO.parent / "shared/data/mnist-5k", "/work/shared/data/mnist-5k"]
DATA = next((pathlib.Path(c) for c in CANDIDATES if c and (pathlib.Path(c) / "train-images-idx3-ubyte.gz").exists()),
            REPO.parent / "shared/data/mnist-5k")


@pytest.mark.skipif(not (DATA / "train-images-idx3-ubyte.gz").exists(), reason=f"MNIST-5k is not at {DATA}")
def test_torchrun_on_two_cpu_processes_matches_netbuilders_accuracy(tmp_path):
    pytest.importorskip("torch", reason="torch is not installed (pip install 'netbuilder[check-exports]')")
    spec = load_network(resource("examples", "mnist_cnn.json"))
    dataset = load_dataset(f"mnist:{DATA}", seed=0)
    exp = build_run(spec, dataset, {"epochs": 1})
    exp.trainer.run()
    _, ours, _ = exp.net.evaluate(dataset.x_test, dataset.y_test)

    fresh = build_run(spec, dataset, {"epochs": 1})  # export the untrained design, as a user would
    model = model_from_run(parse_spec({**spec.doc, "data": f"mnist:{DATA}"}), fresh.net, dataset)
    write_pytorch_project(tmp_path, model)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": ""}
    run = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
                          "train.py", "--epochs", "1"], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    theirs = float(re.search(r"test accuracy ([0-9.]+)", run.stdout).group(1))
    print(f"NetBuilder {ours:.4f}, torchrun 2×CPU {theirs:.4f}")
    assert abs(theirs - ours) <= 0.02, (ours, theirs)
    assert (tmp_path / "checkpoint.pt").exists() and (tmp_path / "trained" / "weights.npz").exists()
