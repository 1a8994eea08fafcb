"""End to end: seconds per epoch of `netbuilder train` against the same epoch in PyTorch.

    python scripts/bench_cifar_epoch.py [--data DIR] [--network FILE] [--rounds N] [--threads T]

The task of issue 15: CIFAR-10 airplane vs ship with resources/examples/cifar_airplane_ship_cnn.json.
Each round runs one epoch of `netbuilder train` (a child process; its metrics give the epoch's
seconds, validation included) and then one epoch of the PyTorch twin (a child process running this
file with --torch): the same training/validation split, batches, augmentation (our numpy
augment_batch, so both sides pay the same), Adam settings, and validation in batches of 500.
Rounds alternate, so load from other processes falls on both sides; medians are reported.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = "/work/shared/data/cifar10-airplane-ship"
NETWORK = ROOT / "resources" / "examples" / "cifar_airplane_ship_cnn.json"


def data_spec(directory: str) -> str:
    return f"cifar10:{directory}?classes=airplane,ship"


def torch_epoch(network: str, directory: str, threads: int) -> float:
    """One epoch of the PyTorch twin; its seconds (training + validation)."""
    import numpy as np
    import torch
    import torch.nn.functional as F

    from netbuilder.bench import torch_model
    from netbuilder.data import augment_batch, load_dataset, split_validation
    from netbuilder.engine import Network
    from netbuilder.engine.train import training_settings
    from netbuilder.io.network_file import load_network

    torch.set_num_threads(threads)
    spec = load_network(network)
    settings = training_settings(spec.training)
    dataset = load_dataset(data_spec(directory), seed=settings["seed"])
    x, y, x_val, y_val = split_validation(dataset.x_train, dataset.y_train, settings["val_fraction"], settings["seed"])
    model = torch_model(Network(spec, seed=settings["seed"]))
    opt_settings = {k: v for k, v in settings["optimizer"].items() if k != "type"}
    assert settings["optimizer"]["type"] == "adam", "this comparison is written for Adam"
    opt = torch.optim.Adam(model.parameters(), lr=opt_settings.get("lr", 1e-3))
    rng = np.random.default_rng([settings["seed"], 0x5EED])
    bs = settings["batch_size"]
    start = time.perf_counter()
    perm = rng.permutation(len(x))
    for i in range(-(-len(x) // bs)):
        idx = perm[i * bs:(i + 1) * bs]
        xb = augment_batch(x[idx], settings["augment"], rng) if settings["augment"] else x[idx]
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(torch.from_numpy(np.asarray(xb, np.float32))), torch.from_numpy(y[idx].astype(np.int64)))
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        for i in range(0, len(x_val), 500):
            F.cross_entropy(model(torch.from_numpy(np.asarray(x_val[i:i + 500], np.float32))),
                            torch.from_numpy(y_val[i:i + 500].astype(np.int64)))
    return time.perf_counter() - start


def ours_epoch(network: str, directory: str, threads: int | None) -> float:
    """One epoch of `netbuilder train` in a child process; the epoch's seconds from its metrics."""
    with tempfile.TemporaryDirectory() as tmp:
        metrics = pathlib.Path(tmp) / "metrics.json"
        cmd = [sys.executable, "-m", "netbuilder", "train", str(network), "--data", data_spec(directory),
               "--epochs", "1", "--metrics", str(metrics)]
        if threads:
            cmd += ["--threads", str(threads)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return json.loads(metrics.read_text())["epochs"][0]["seconds"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=DATA, help=f"CIFAR-10 directory in the official format (default {DATA})")
    parser.add_argument("--network", default=str(NETWORK))
    parser.add_argument("--rounds", type=int, default=2, help="epochs per side, alternating (default 2)")
    parser.add_argument("--threads", type=int, default=None, help="threads for both (default: the cores)")
    parser.add_argument("--torch", action="store_true", help=argparse.SUPPRESS)  # the child's role
    args = parser.parse_args()
    from netbuilder.engine.threads import threads as default_threads
    threads = args.threads or default_threads()
    if args.torch:
        print(torch_epoch(args.network, args.data, threads))
        return 0
    ours, theirs = [], []
    for r in range(args.rounds):
        ours.append(ours_epoch(args.network, args.data, args.threads))
        done = subprocess.run([sys.executable, __file__, "--torch", "--data", args.data, "--network", args.network,
                               "--threads", str(threads)], check=True, capture_output=True, text=True)
        theirs.append(float(done.stdout.split()[-1]))
        print(f"round {r + 1}: netbuilder train {ours[-1]:.1f} s/epoch, PyTorch {theirs[-1]:.1f} s/epoch", flush=True)
    med = lambda v: sorted(v)[len(v) // 2]  # noqa: E731
    print(f"median: ours {med(ours):.1f} s, PyTorch {med(theirs):.1f} s per epoch "
          f"({threads} threads, load average {os.getloadavg()[0]:.1f}): "
          f"ours/torch speed {med(theirs) / med(ours):.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
