"""The exported MNIST conv net trains under `torchrun --nproc_per_node 2` on CPU (gloo) to within
2 points of NetBuilder's own accuracy for the same settings (1 epoch on mnist-5k)."""

import json
import os
import pathlib
import re
import subprocess
import sys

import pytest

from netbuilder.cli import main
from netbuilder.paths import resource

REPO = pathlib.Path(__file__).resolve().parents[2]
CANDIDATES = [os.environ.get("NETBUILDER_MNIST_5K", ""), REPO.parent / "shared/data/mnist-5k", "/work/shared/data/mnist-5k"]
DATA = next((pathlib.Path(c) for c in CANDIDATES if c and (pathlib.Path(c) / "train-images-idx3-ubyte.gz").exists()),
            REPO.parent / "shared/data/mnist-5k")


@pytest.mark.skipif(not (DATA / "train-images-idx3-ubyte.gz").exists(), reason=f"MNIST-5k is not at {DATA}")
def test_torchrun_on_two_cpu_processes_matches_netbuilders_accuracy(tmp_path):
    pytest.importorskip("torch", reason="torch is not installed (pip install 'netbuilder[check-exports]')")
    out = tmp_path / "netbuilder"
    assert main(["train", str(resource("examples", "mnist_cnn.json")), "--data", f"mnist:{DATA}", "--epochs", "1",
                 "--out", str(out)]) == 0
    ours = json.loads((out / "metrics.json").read_text())["test_accuracy"]
    # train.py starts from NetBuilder's initial weights for the seed (init.npz), not the trained ones
    assert main(["export", str(out / "model.nbmodel"), "--format", "pytorch", "--out", str(tmp_path)]) == 0
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": ""}
    run = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
                          "train.py", "--epochs", "1"], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    theirs = float(re.search(r"test accuracy ([0-9.]+)", run.stdout).group(1))
    print(f"NetBuilder {ours:.4f}, torchrun 2×CPU {theirs:.4f}")
    assert abs(theirs - ours) <= 0.02, (ours, theirs)
    assert (tmp_path / "checkpoint.pt").exists() and (tmp_path / "trained" / "weights.npz").exists()
