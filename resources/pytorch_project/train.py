"""Train the exported network with PyTorch, on one process or many.

    python train.py                                   one process (CPU, or the first GPU)
    torchrun --standalone --nproc_per_node G train.py G processes on this machine
    torchrun --nnodes N --nproc_per_node G --rdzv-backend c10d --rdzv-endpoint HOST:PORT train.py

Settings come from config.json (written by `netbuilder export`): the same optimizer and update rule,
learning-rate schedule, weight decay (on weight matrices only), gradient clipping, batch size,
epochs, label smoothing, augmentation, data SPEC and preprocessing as the NetBuilder network file.
Flags override them. Under torchrun, DistributedDataParallel averages gradients across processes
(nccl on GPUs, gloo on CPUs), each process reads 1/world of every batch (the global batch stays
--batch-size), and only rank 0 writes checkpoints and results.
"""

import argparse
import json
import math
import os
import pathlib
import time

import numpy as np
import torch
import torch.distributed as dist

import data
from model import Net, load_netbuilder_weights, loss_fn, netbuilder_state

HERE = pathlib.Path(__file__).resolve().parent
CONFIG = json.loads((HERE / "config.json").read_text())
DECAYED = ("weight",)  # NetBuilder decays W of Conv2D/Dense only, never biases or BatchNorm's γ/β


def arguments():
    t = CONFIG["training"]
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default=CONFIG["data"], help="data SPEC (default: %(default)s)")
    p.add_argument("--epochs", type=int, default=t["epochs"])
    p.add_argument("--lr", type=float, default=t["optimizer"]["lr"], help="learning rate")
    p.add_argument("--batch-size", type=int, default=t["batch_size"], help="global batch size, split across processes")
    p.add_argument("--seed", type=int, default=t["seed"])
    p.add_argument("--init", choices=("netbuilder", "weights", "torch"), default="netbuilder",
                   help="starting weights: NetBuilder's initial draw for this seed (init.npz), the exported "
                        "weights (weights.npz: fine-tune) or PyTorch's default initialisation")
    p.add_argument("--checkpoint", default=str(HERE / "checkpoint.pt"), help="written by rank 0 after every epoch")
    p.add_argument("--resume", action="store_true", help="continue from --checkpoint")
    p.add_argument("--out", default=str(HERE / "trained"), help="folder for weights.npz (NetBuilder's format) and metrics.json")
    return p.parse_args()


class NetBuilderOptimizer(torch.optim.Optimizer):
    """NetBuilder's update rules, step for step (engine/optim.py): weight decay is added to the
    gradient of weight matrices before the rule; Adam's bias correction counts global steps."""

    def __init__(self, groups, kind, **hp):
        super().__init__(groups, dict(lr=hp["lr"]))
        self.kind, self.hp, self.steps = kind, hp, 0

    @torch.no_grad()
    def step(self, closure=None):
        self.steps += 1
        h, t = self.hp, self.steps
        for group in self.param_groups:
            lr, wd = group["lr"], group["weight_decay"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = p.grad + wd * p if wd else p.grad
                s = self.state[p]
                if self.kind == "sgd":
                    p.sub_(lr * g)
                elif self.kind == "momentum":
                    v = s.setdefault("v", torch.zeros_like(p))
                    v.mul_(h["momentum"]).sub_(lr * g)
                    p.add_(v)
                elif self.kind == "nesterov":
                    v = s.setdefault("v", torch.zeros_like(p))
                    v.mul_(h["momentum"]).add_(g)
                    p.sub_(lr * (g + h["momentum"] * v))
                elif self.kind == "adagrad":
                    acc = s.setdefault("h", torch.zeros_like(p))
                    acc.add_(g * g)
                    p.sub_(lr * g / (acc.sqrt() + h["eps"]))
                elif self.kind == "rmsprop":
                    acc = s.setdefault("h", torch.zeros_like(p))
                    acc.mul_(h["rho"]).add_((1 - h["rho"]) * g * g)
                    p.sub_(lr * g / (acc.sqrt() + h["eps"]))
                elif self.kind == "adam":
                    m = s.setdefault("m", torch.zeros_like(p))
                    v = s.setdefault("v", torch.zeros_like(p))
                    m.mul_(h["beta1"]).add_((1 - h["beta1"]) * g)
                    v.mul_(h["beta2"]).add_((1 - h["beta2"]) * g * g)
                    m_hat = m / (1 - h["beta1"] ** t)
                    v_hat = v / (1 - h["beta2"] ** t)
                    p.sub_(lr * m_hat / (v_hat.sqrt() + h["eps"]))
                else:
                    raise ValueError(f"unknown optimizer {self.kind}")

    def state_dict(self):
        return {"base": super().state_dict(), "steps": self.steps}

    def load_state_dict(self, state):
        super().load_state_dict(state["base"])
        self.steps = state["steps"]


def make_optimizer(model, lr):
    o = dict(CONFIG["training"]["optimizer"])
    kind, wd = o.pop("type"), o.pop("weight_decay", 0.0)
    o["lr"] = lr
    named = list(model.named_parameters())
    decay = [p for n, p in named if n.rsplit(".", 1)[-1] in DECAYED and p.ndim > 1]
    rest = [p for n, p in named if not (n.rsplit(".", 1)[-1] in DECAYED and p.ndim > 1)]
    groups = [{"params": decay, "weight_decay": wd}, {"params": rest, "weight_decay": 0.0}]
    return NetBuilderOptimizer([g for g in groups if g["params"]], kind, **o)


def scheduled_lr(base, progress, epochs):
    """NetBuilder's schedules, evaluated every batch at `progress` epochs into the run."""
    s = CONFIG["training"]["schedule"]
    if s["type"] == "step":
        return base * s["gamma"] ** (int(progress) // s["step_size"])
    if s["type"] == "cosine":
        frac = min(1.0, progress / max(epochs, 1))
        return s["min_lr"] + 0.5 * (base - s["min_lr"]) * (1 + math.cos(math.pi * frac))
    return base


def clip_gradients(params, max_norm):
    """NetBuilder's clipping: scale all gradients together when their global L2 norm exceeds max_norm."""
    grads = [p.grad for p in params if p.grad is not None]
    total = math.sqrt(sum(float((g * g).sum()) for g in grads))
    if max_norm and total > max_norm:
        for g in grads:
            g.mul_(max_norm / (total + 1e-12))


def predictions(out):
    return out.argmax(1) if out.ndim == 2 and out.shape[1] > 1 else (out.reshape(-1) > CONFIG["threshold"]).long()


@torch.no_grad()
def evaluate(model, x, y, device, batch=500):
    model.eval()
    total, correct = 0.0, 0
    for i in range(0, len(x), batch):
        xb, yb = torch.from_numpy(x[i:i + batch]).to(device), torch.from_numpy(y[i:i + batch]).to(device)
        out = model.forward(xb)
        total += float(loss_fn(out, yb)) * len(xb)
        correct += int((predictions(model.predict(xb)) == yb).sum())
    model.train()
    return total / max(len(x), 1), correct / max(len(x), 1)


def main():
    args = arguments()
    world = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    if world > 1:
        dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
    local = int(os.environ.get("LOCAL_RANK", "0"))
    device = torch.device(f"cuda:{local}" if torch.cuda.is_available() else "cpu")
    if device.type == "cuda":
        torch.cuda.set_device(device)
    torch.manual_seed(args.seed + rank)
    t = CONFIG["training"]

    x, y, x_test, y_test = data.load(args.data, args.seed, CONFIG.get("preprocessing"), CONFIG.get("class_names"))
    x_train, y_train, x_val, y_val = data.split_validation(x, y, t["val_fraction"], args.seed)

    model = Net().to(device)
    if args.init != "torch":
        load_netbuilder_weights(model, HERE / ("init.npz" if args.init == "netbuilder" else "weights.npz"))
    optimizer = make_optimizer(model, args.lr)
    start = 0
    if args.resume and pathlib.Path(args.checkpoint).exists():
        state = torch.load(args.checkpoint, map_location=device)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        start = state["epoch"]
        if rank == 0:
            print(f"resumed from {args.checkpoint} after epoch {start}")
    net = torch.nn.parallel.DistributedDataParallel(model) if world > 1 else model

    per_rank = max(1, math.ceil(args.batch_size / world))
    train_set = torch.utils.data.TensorDataset(torch.from_numpy(x_train), torch.from_numpy(y_train))
    sampler = torch.utils.data.DistributedSampler(train_set, world, rank, shuffle=True, seed=args.seed) if world > 1 \
        else torch.utils.data.RandomSampler(train_set, generator=torch.Generator().manual_seed(args.seed))
    loader = torch.utils.data.DataLoader(train_set, batch_size=per_rank, sampler=sampler)
    rng = np.random.default_rng([args.seed, rank])
    history = []
    for epoch in range(start, args.epochs):
        if world > 1:
            sampler.set_epoch(epoch)
        started, seen, loss_sum = time.time(), 0, 0.0
        batches = len(loader)
        for b, (xb, yb) in enumerate(loader):
            if t["augment"]:
                xb = torch.from_numpy(data.augment_batch(xb.numpy(), t["augment"], rng))
            xb, yb = xb.to(device), yb.to(device)
            lr = scheduled_lr(args.lr, epoch + b / batches, args.epochs)
            for group in optimizer.param_groups:
                group["lr"] = lr
            optimizer.zero_grad(set_to_none=True)
            loss = loss_fn(net(xb), yb)
            loss.backward()
            if t.get("clip_norm"):
                clip_gradients(model.parameters(), t["clip_norm"])
            optimizer.step()
            seen += len(xb)
            loss_sum += float(loss.detach()) * len(xb)
        val = evaluate(model, x_val, y_val, device) if len(x_val) else (None, None)
        history.append({"epoch": epoch + 1, "train_loss": loss_sum / max(seen, 1), "val_loss": val[0],
                        "val_accuracy": val[1], "seconds": time.time() - started})
        if rank == 0:
            shown = f"  val accuracy {val[1]:.4f}" if val[1] is not None else ""
            print(f"epoch {epoch + 1}/{args.epochs}  train loss {history[-1]['train_loss']:.4f}{shown}", flush=True)
            tmp = pathlib.Path(args.checkpoint + ".tmp")
            torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "epoch": epoch + 1}, tmp)
            os.replace(tmp, args.checkpoint)
    if rank == 0:
        test_loss, test_acc = evaluate(model, x_test, y_test, device) if len(x_test) else (None, None)
        if test_acc is not None:
            print(f"test loss {test_loss:.4f}  test accuracy {test_acc:.4f}")
        out = pathlib.Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        np.savez(out / "weights.npz", **netbuilder_state(model))
        (out / "metrics.json").write_text(json.dumps({"epochs": history, "test_loss": test_loss,
                                                      "test_accuracy": test_acc, "world_size": world}, indent=2))
    if world > 1:
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
