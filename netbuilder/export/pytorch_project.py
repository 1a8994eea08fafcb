"""`netbuilder export --format pytorch`: a folder that trains the network with PyTorch anywhere.

    model.py          the network as a torch.nn.Module (export/pytorch_model.py)
    weights.npz       the weights as they are now (NetBuilder's format; model.py loads it)
    init.npz          NetBuilder's initial weights for the network's seed, where train.py starts
    train.py          training on one process or under torchrun (DDP)
    data.py           the data SPECs, read and prepared as NetBuilder does
    config.json       training settings, data SPEC, preprocessing, class names
    check_parity.py   compares model.py with reference.npz (inputs and NetBuilder's outputs)
    README.md         how to run each file

The templates in resources/pytorch_project/ are copied as they are; data.py gets NetBuilder's own stratified
split and augmentation functions appended from their source, so they cannot drift apart.
Nothing here imports torch.
"""

from __future__ import annotations

import inspect
import json
import pathlib

import numpy as np

from netbuilder.engine.network import Network
from netbuilder.engine.train import training_settings
from netbuilder.export.pytorch_model import model_source
from netbuilder.io.atomic import atomic_open, atomic_write_text
from netbuilder.io.weights import save_arrays, save_weights
from netbuilder.paths import resource

PROJECT = resource("pytorch_project")
REFERENCE_SAMPLES = 8


def shared_source() -> str:
    """NetBuilder's split and augmentation code, for data.py: one definition, copied at export."""
    from netbuilder.data import augment
    from netbuilder.data.dataset import stratified_indices

    parts = [f"SHIFT = {augment.SHIFT!r}\nNOISE_STD = {augment.NOISE_STD!r}\n"]
    parts += [inspect.getsource(f) for f in (stratified_indices, augment.shift, augment.flip, augment.noise)]
    return "\n\n".join(parts)


def reference_inputs(net, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).random((REFERENCE_SAMPLES, *net.input_shape)).astype(np.float32)


README = """# {name} — exported from NetBuilder

A plain PyTorch project: the network, its weights, and a training script with the same settings as
the NetBuilder network file.

| file | what it is |
|---|---|
| `model.py` | `Net`, a `torch.nn.Module` whose submodules are named after the layers; `load_netbuilder_weights(model)` reads `weights.npz` |
| `train.py` | trains on one process or many (DistributedDataParallel under `torchrun`) |
| `data.py` | reads the data SPEC (`{data}`) and prepares it exactly as NetBuilder did |
| `check_parity.py` | checks that `model.py` reproduces NetBuilder's outputs (`reference.npz`) within 1e-4 |
| `config.json` | the training settings, data SPEC, preprocessing and class names |
| `weights.npz`, `init.npz` | the exported weights; NetBuilder's initial weights for seed {seed} |

## Run

    pip install torch numpy pillow
    python check_parity.py                     # exit 0: PyTorch computes what NetBuilder computed
    python train.py                            # one process: CPU, or the first GPU
    torchrun --standalone --nproc_per_node 4 train.py   # 4 processes on this machine (GPUs: nccl, CPUs: gloo)
    torchrun --nnodes 2 --nproc_per_node 8 --rdzv-backend c10d --rdzv-endpoint HOST:29500 train.py
    python train.py --resume                   # continue from checkpoint.pt (written by rank 0 each epoch)

Flags: `--epochs`, `--lr`, `--batch-size` (global: each of W processes takes 1/W of every batch),
`--data SPEC`, `--seed`, `--init netbuilder|weights|torch` (start from NetBuilder's initial weights
— the default — from `weights.npz` to fine-tune, or from PyTorch's own initialisation).
Results go to `trained/weights.npz` (NetBuilder's weights format: `netbuilder eval network.json
--weights trained/weights.npz`) and `trained/metrics.json`.

## Settings carried over

Optimizer `{optimizer}` with NetBuilder's update rule (weight decay on weight matrices only),
schedule `{schedule}` evaluated every batch, batch size {batch_size}, {epochs} epochs, gradient
clipping {clip}, loss `{loss}`, augmentation {augment}, validation fraction {val_fraction}.
`forward` returns {forward}; `predict` returns the network's outputs as NetBuilder gives them.
BatchNorm under DDP uses each process's own batch statistics (as in plain PyTorch DDP); convert with
`torch.nn.SyncBatchNorm.convert_sync_batchnorm` on GPUs for statistics over the global batch.
"""


def write_pytorch_project(out, model) -> list[pathlib.Path]:
    """Write the project for `model` (a TrainedModel) into folder `out`; the files written."""
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    net, spec = model.net, model.spec
    training = training_settings(spec.training)
    atomic_write_text(out / "model.py", model_source(net, model.class_names))
    save_weights(out / "weights.npz", net)
    fresh = Network(spec, seed=training["seed"])
    save_arrays(out / "init.npz", fresh.state_dict(), {"kind": "initial weights", "seed": training["seed"]})
    x = reference_inputs(net)
    with atomic_open(out / "reference.npz", "wb") as f:
        np.savez(f, inputs=x, outputs=net.forward(x))
    config = {"name": spec.name, "data": spec.data, "training": training, "loss": dict(spec.loss),
              "threshold": net.threshold, "class_names": list(model.class_names),
              "preprocessing": model.preprocessing, "input_shape": list(net.input_shape)}
    atomic_write_text(out / "config.json", json.dumps(config, indent=2))
    for name in ("train.py", "check_parity.py"):
        atomic_write_text(out / name, (PROJECT / name).read_text())
    atomic_write_text(out / "data.py", (PROJECT / "data.py").read_text().replace("# @NETBUILDER_SHARED@", shared_source()))
    fused = net.fused
    atomic_write_text(out / "README.md", README.format(
        name=spec.name, data=spec.data or "none: give --data", seed=training["seed"],
        optimizer=json.dumps(training["optimizer"]), schedule=json.dumps(training["schedule"]),
        batch_size=training["batch_size"], epochs=training["epochs"],
        clip=f"to norm {training['clip_norm']}" if training["clip_norm"] else "off",
        loss=json.dumps(dict(spec.loss)), augment=", ".join(training["augment"]) or "none",
        val_fraction=training["val_fraction"],
        forward=f"logits (the final {net.layers[-1].kind} is fused into the loss)" if fused else "the network's outputs"))
    return sorted(p for p in out.iterdir() if p.is_file())
