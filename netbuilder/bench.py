"""Training-speed benchmark: `python -m netbuilder.bench [--steps N] [--nets a,b] [--threads T] [--no-torch] [--no-memory]`.

Speed is a headline feature, so it is measured the way users feel it: images per second through a
whole training step (forward, backward, Adam update) at batch 100 in float32, on random data of
MNIST/CIFAR shape. When PyTorch is installed the same networks are trained there in the same run
with the same thread count, which turns a noisy absolute figure on a shared machine into a ratio
that means something.

numpy is imported only after the arguments are read: without threadpoolctl, the BLAS thread count
can only be set through environment variables read when numpy loads.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

BATCH = 100
CLASSES = 10
ROUNDS = 5

NETS = {
    "mlp": ("MLP 784-100-100-10", [784], [
        {"type": "Dense", "units": 100}, {"type": "ReLU"},
        {"type": "Dense", "units": 100}, {"type": "ReLU"},
        {"type": "Dense", "units": 10}, {"type": "Softmax"}]),
    "mnist_cnn": ("MNIST conv 30@5x5", [1, 28, 28], [
        {"type": "Conv2D", "filters": 30, "kernel_size": 5}, {"type": "ReLU"},
        {"type": "MaxPool2D", "pool_size": 2},
        {"type": "Dense", "units": 100}, {"type": "ReLU"},
        {"type": "Dense", "units": 10}, {"type": "Softmax"}]),
    "cifar_cnn": ("CIFAR conv 32-64", [3, 32, 32], [
        {"type": "Conv2D", "filters": 32, "kernel_size": 3, "padding": "same"}, {"type": "ReLU"},
        {"type": "MaxPool2D", "pool_size": 2},
        {"type": "Conv2D", "filters": 64, "kernel_size": 3, "padding": "same"}, {"type": "ReLU"},
        {"type": "MaxPool2D", "pool_size": 2},
        {"type": "Dense", "units": 256}, {"type": "ReLU"},
        {"type": "Dense", "units": 10}, {"type": "Softmax"}]),
}


def spec_for(name: str) -> dict:
    _, shape, layers = NETS[name]
    return {"input": {"shape": shape}, "layers": layers, "loss": {"type": "cross_entropy"}}


def blas_threads() -> tuple[int, str]:
    """numpy's BLAS thread count and where the figure comes from."""
    try:
        from threadpoolctl import threadpool_info
        blas = [i for i in threadpool_info() if i.get("user_api") == "blas"]
        if blas:
            return int(blas[0]["num_threads"]), f"threadpoolctl, {blas[0].get('internal_api', 'blas')}"
    except ImportError:
        pass
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        if os.environ.get(var, "").isdigit():
            return int(os.environ[var]), f"${var}"
    return os.cpu_count() or 1, "assumed from os.cpu_count; threadpoolctl not installed"


def limit_threads(threads: int | None):
    """Apply --threads to numpy's BLAS; returns a context to keep alive (or None).

    The environment variables only work before numpy loads; threadpoolctl only limits libraries
    already loaded, so numpy is imported in between.
    """
    if threads is None:
        return None
    preloaded = "numpy" in sys.modules
    if not preloaded:
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[var] = str(threads)
    import numpy  # noqa: F401
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        if preloaded:
            print("warning: numpy was already loaded and threadpoolctl is not installed; "
                  "--threads does not apply to numpy", file=sys.stderr)
        return None
    return threadpool_limits(threads, user_api="blas")


def random_batches(shape, count: int, seed: int = 0):
    import numpy as np
    rng = np.random.default_rng(seed)
    return [(rng.standard_normal((BATCH, *shape), dtype=np.float32), rng.integers(0, CLASSES, BATCH))
            for _ in range(count)]


def ours_step(name: str):
    import numpy as np

    from netbuilder.engine import Network
    from netbuilder.engine.optim import make_optimizer
    net = Network.from_spec(spec_for(name), seed=0, dtype=np.float32)
    opt = make_optimizer({"type": "adam", "lr": 1e-3})

    def step(x, t):
        loss = net.loss_and_gradients(x, t)
        opt.step(net.layers)
        return loss
    return step, net


def torch_step(name: str, net):
    """The same architecture in PyTorch, built from our network's inferred shapes."""
    import torch
    import torch.nn.functional as F
    modules = []
    for layer in net.layers:
        kind, cfg = layer.kind, layer.config
        if kind == "Dense":
            if len(layer.input_shape) > 1:
                modules.append(torch.nn.Flatten())
            modules.append(torch.nn.Linear(layer.n_in, cfg["units"], bias=cfg["use_bias"]))
        elif kind == "Conv2D":
            top, bottom, left, right = layer.pads
            if top != bottom or left != right:
                modules.append(torch.nn.ZeroPad2d((left, right, top, bottom)))
                top = left = 0
            modules.append(torch.nn.Conv2d(layer.in_channels, cfg["filters"], cfg["kernel_size"],
                                           stride=cfg["stride"], padding=(top, left), bias=cfg["use_bias"]))
        elif kind == "MaxPool2D":
            modules.append(torch.nn.MaxPool2d(cfg["pool_size"], cfg["stride"]))
        elif kind == "ReLU":
            modules.append(torch.nn.ReLU())
        elif kind == "Softmax" and layer is net.layers[-1]:
            pass  # fused into cross_entropy, as in our engine
        else:
            raise ValueError(f"no PyTorch twin for {kind}")
    torch.manual_seed(0)
    model = torch.nn.Sequential(*modules).train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def step(x, t):
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(x), t)
        loss.backward()
        opt.step()
        return loss
    return step, model


def train_alone(name: str, steps: int) -> None:
    """Train `name` with our engine only; run in a child process by peak_memory_mb."""
    step, net = ours_step(name)
    batches = random_batches(tuple(net.input_shape), 8)
    for i in range(steps):
        step(*batches[i % len(batches)])


def peak_memory_mb(name: str, steps: int = 10) -> float:
    """Peak resident memory of a fresh process training `name` with our engine alone.

    A child process, because this one also holds PyTorch and the other nets, and the peak of a
    process never goes down. On Linux the child reads VmHWM: getrusage's ru_maxrss survives exec
    and would report this (larger) process's peak instead.
    """
    code = ("import resource, sys\n"
            "from netbuilder.bench import train_alone\n"
            "train_alone(sys.argv[1], int(sys.argv[2]))\n"
            "try:\n"
            "    status = open('/proc/self/status').read()\n"
            "    print(int(status.split('VmHWM:')[1].split()[0]) / 1024)\n"
            "except OSError:\n"
            "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20)  # macOS: bytes\n")
    done = subprocess.run([sys.executable, "-c", code, name, str(steps)],
                          capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def images_per_second(contenders: dict, steps: int, warmup: int, rounds: int = ROUNDS) -> dict:
    """Training throughput of each contender (name -> (step, batches)).

    The timed steps are split into rounds that alternate between contenders, and each one's median
    round is kept: on a machine shared with other work, a burst of load then skews one round of
    each rather than the whole run of one, and the ratio stays fair.
    """
    for step, batches in contenders.values():
        for i in range(warmup):
            step(*batches[i % len(batches)])
    per_round = max(1, steps // rounds)
    rates: dict = {name: [] for name in contenders}
    for r in range(rounds):
        for name, (step, batches) in contenders.items():
            start = time.perf_counter()
            for i in range(per_round):
                step(*batches[(r * per_round + i) % len(batches)])
            rates[name].append(per_round * BATCH / (time.perf_counter() - start))
    return {name: sorted(v)[len(v) // 2] for name, v in rates.items()}


def run(steps: int = 60, nets=tuple(NETS), threads: int | None = None, use_torch: bool = True,
        warmup: int = 5, out=print, memory: bool = True) -> list[dict]:
    """Benchmark `nets`; prints a table through `out` and returns one dict per net.

    `memory` adds each net's peak resident memory while training alone (a child process each).
    """
    keep = limit_threads(threads)  # noqa: F841  (the limit lasts while this object lives)
    import numpy as np
    n_threads, source = blas_threads()
    torch = None
    if use_torch:
        try:
            import torch
        except ImportError:
            out("PyTorch not installed: no comparison (pip install -e '.[bench]' to get it)")
        else:
            torch.set_num_threads(n_threads)
    timed = max(1, steps // ROUNDS) * ROUNDS
    out(f"NetBuilder training speed: batch {BATCH}, float32, Adam, {timed} timed steps after {warmup} warm-up "
        f"(median of {ROUNDS} rounds{', alternating with torch' if torch is not None else ''})")
    out(f"numpy {np.__version__}: {n_threads} BLAS threads ({source})")
    if torch is not None:
        out(f"torch {torch.__version__}: {torch.get_num_threads()} threads")
    header = f"{'net':<22}{'MMAC/img':>9}{'ours img/s':>12}"
    if torch is not None:
        header += f"{'torch img/s':>13}{'ours/torch':>12}"
    if memory:
        header += f"{'ours peak MB':>14}"
    out("")
    out(header)
    out("-" * len(header))
    results = []
    for name in nets:
        title, shape, _ = NETS[name]
        batches = random_batches(shape, 8)
        step, net = ours_step(name)
        contenders = {"ours": (step, batches)}
        if torch is not None:
            tbatches = [(torch.from_numpy(x), torch.from_numpy(t)) for x, t in batches]
            contenders["torch"] = (torch_step(name, net)[0], tbatches)
        rates = images_per_second(contenders, steps, warmup)
        row = {"net": name, "threads": n_threads, **rates}
        line = f"{title:<22}{net.macs / 1e6:>9.2f}{row['ours']:>12.0f}"
        if torch is not None:
            row["ratio"] = row["ours"] / row["torch"]
            line += f"{row['torch']:>13.0f}{row['ratio']:>12.2f}"
        if memory:
            row["peak_mb"] = peak_memory_mb(name)
            line += f"{row['peak_mb']:>14.0f}"
        out(line)
        results.append(row)
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m netbuilder.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=60, help="timed training steps per net (default 60)")
    parser.add_argument("--nets", default=",".join(NETS), help=f"comma-separated subset of {','.join(NETS)}")
    parser.add_argument("--threads", type=int, default=None, help="BLAS/torch threads (default: numpy's own)")
    parser.add_argument("--no-torch", action="store_true", help="skip the PyTorch comparison")
    parser.add_argument("--no-memory", action="store_true",
                        help="skip the peak-memory column (a child process per net)")
    args = parser.parse_args(argv)
    nets = [n.strip() for n in args.nets.split(",") if n.strip()]
    unknown = [n for n in nets if n not in NETS]
    if unknown or not nets:
        parser.error(f"unknown net(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(NETS)}")
    if args.steps < 1 or (args.threads is not None and args.threads < 1):
        parser.error("--steps and --threads must be at least 1")
    run(args.steps, nets, args.threads, not args.no_torch, memory=not args.no_memory)
    return 0


if __name__ == "__main__":
    sys.exit(main())
