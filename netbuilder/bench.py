"""Training-speed benchmark: `python -m netbuilder.bench [--steps N] [--nets a,b] [--optimizers sgd,adam]
[--threads T] [--no-torch] [--no-memory] [--no-cores] [--no-load]`.

Speed is a headline feature, so it is measured the way users feel it: images per second through a
whole training step (forward, backward, optimizer update) in float32, on random data of MNIST/CIFAR
shape, for the nets of issue 15 (the ones users train). When PyTorch is installed the same
networks are trained there in the same run with the same thread count, which turns a noisy
absolute figure on a shared machine into a ratio that means something. The tables:

1. per net and optimizer: ours, torch, the ratio, and our share of the machine's matmul peak (a
   large float32 matmul timed in the same run; a training step is about 6 × the forward MACs);
2. cores: ours on one engine thread against ours on all of them;
3. under load: ours while a child process runs numpy matmuls with numpy's default threads (a second
   training, a notebook), against ours quiet; the child is paused and resumed between rounds, so
   the two alternate too.

numpy is imported only after the arguments are read: the BLAS thread count can only be set through
environment variables read when numpy loads.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time

BATCH = 100
CLASSES = 10
ROUNDS = 5

# name -> (title, input shape, layers, batch): the nets of issue 15, the ones users train.
NETS = {
    "mlp": ("MLP 784-100-100-10", [784], [
        {"type": "Dense", "units": 100}, {"type": "ReLU"},
        {"type": "Dense", "units": 100}, {"type": "ReLU"},
        {"type": "Dense", "units": 10}, {"type": "Softmax"}], 100),
    "mnist_cnn": ("MNIST conv 30@5x5", [1, 28, 28], [
        {"type": "Conv2D", "filters": 30, "kernel_size": 5}, {"type": "ReLU"},
        {"type": "MaxPool2D", "pool_size": 2},
        {"type": "Dense", "units": 100}, {"type": "ReLU"},
        {"type": "Dense", "units": 10}, {"type": "Softmax"}], 100),
    "cifar_cnn": ("CIFAR conv 32-64", [3, 32, 32], [
        {"type": "Conv2D", "filters": 32, "kernel_size": 3, "padding": "same"}, {"type": "ReLU"},
        {"type": "MaxPool2D", "pool_size": 2},
        {"type": "Conv2D", "filters": 64, "kernel_size": 3, "padding": "same"}, {"type": "ReLU"},
        {"type": "MaxPool2D", "pool_size": 2},
        {"type": "Dense", "units": 256}, {"type": "ReLU"},
        {"type": "Dense", "units": 10}, {"type": "Softmax"}], 100),
    "bn_cnn": ("BatchNorm conv 32-32-64-64", [3, 32, 32], [
        {"type": "Conv2D", "filters": 32, "kernel_size": 3, "padding": "same"}, {"type": "BatchNorm"},
        {"type": "ReLU"},
        {"type": "Conv2D", "filters": 32, "kernel_size": 3, "padding": "same"}, {"type": "BatchNorm"},
        {"type": "ReLU"}, {"type": "MaxPool2D", "pool_size": 2}, {"type": "Dropout", "rate": 0.25},
        {"type": "Conv2D", "filters": 64, "kernel_size": 3, "padding": "same"}, {"type": "BatchNorm"},
        {"type": "ReLU"},
        {"type": "Conv2D", "filters": 64, "kernel_size": 3, "padding": "same"}, {"type": "BatchNorm"},
        {"type": "ReLU"}, {"type": "MaxPool2D", "pool_size": 2}, {"type": "Dropout", "rate": 0.25},
        {"type": "Dense", "units": 10}, {"type": "Softmax"}], 64),
    "sigmoid_mlp": ("sigmoid MLP 150-100-50-30-15", [3, 32, 32], [
        {"type": "Dense", "units": 150}, {"type": "Sigmoid"},
        {"type": "Dense", "units": 100}, {"type": "Sigmoid"},
        {"type": "Dense", "units": 50}, {"type": "Sigmoid"},
        {"type": "Dense", "units": 30}, {"type": "Sigmoid"},
        {"type": "Dense", "units": 15}, {"type": "Sigmoid"},
        {"type": "Dense", "units": 10}, {"type": "Softmax"}], 100),
}
OPTIMIZERS = {"sgd": {"type": "sgd", "lr": 0.01}, "adam": {"type": "adam", "lr": 1e-3}}
CONV_NETS = ("mnist_cnn", "cifar_cnn", "bn_cnn")

# The neighbour of the under-load pass: numpy matmuls with numpy's default threads, as a second
# training or a notebook would run them. It ends by itself after ten minutes if never told to.
LOAD_CODE = ("import time, numpy as np\n"
             "a = np.random.default_rng(0).random((1000, 1000))\n"
             "end = time.time() + 600\n"
             "while time.time() < end:\n"
             "    a @ a\n")


def spec_for(name: str) -> dict:
    _, shape, layers, _ = NETS[name]
    return {"input": {"shape": shape}, "layers": layers, "loss": {"type": "cross_entropy"}}


def batch_of(name: str) -> int:
    return NETS[name][3]


def limit_threads(threads: int | None) -> None:
    """Apply --threads: the BLAS default (environment, before numpy loads) and the engine's threads."""
    if threads is not None and "numpy" not in sys.modules:
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[var] = str(threads)
    from netbuilder.engine import threads as engine_threads
    engine_threads.set_threads(threads)


def random_batches(shape, count: int, seed: int = 0, batch: int = BATCH):
    import numpy as np
    rng = np.random.default_rng(seed)
    return [(rng.standard_normal((batch, *shape), dtype=np.float32), rng.integers(0, CLASSES, batch))
            for _ in range(count)]


def ours_step(name: str, optimizer: str = "adam"):
    import numpy as np

    from netbuilder.engine import Network
    from netbuilder.engine.optim import make_optimizer
    net = Network.from_spec(spec_for(name), seed=0, dtype=np.float32)
    opt = make_optimizer(dict(OPTIMIZERS[optimizer]))

    def step(x, t):
        loss = net.loss_and_gradients(x, t)
        opt.step(net.layers)
        return loss
    return step, net


def torch_model(net):
    """The same architecture in PyTorch (train mode), built from our network's inferred shapes."""
    import torch
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
        elif kind == "BatchNorm":
            norm = torch.nn.BatchNorm2d if len(layer.input_shape) == 3 else torch.nn.BatchNorm1d
            modules.append(norm(layer.channels, eps=cfg["eps"], momentum=1 - cfg["momentum"]))
        elif kind == "MaxPool2D":
            modules.append(torch.nn.MaxPool2d(cfg["pool_size"], cfg["stride"]))
        elif kind == "Dropout":
            modules.append(torch.nn.Dropout(cfg["rate"]))
        elif kind in ("ReLU", "Sigmoid") and layer is not net.layers[-1]:
            modules.append(getattr(torch.nn, kind)())
        elif kind == "Softmax" and layer is net.layers[-1]:
            pass  # fused into cross_entropy, as in our engine
        else:
            raise ValueError(f"no PyTorch twin for {kind}")
    torch.manual_seed(0)
    return torch.nn.Sequential(*modules).train()


def torch_step(name: str, net, optimizer: str = "adam"):
    """A PyTorch training step of the same network, with the same optimizer settings."""
    import torch
    import torch.nn.functional as F
    model = torch_model(net)
    settings = {k: v for k, v in OPTIMIZERS[optimizer].items() if k != "type"}
    opt = (torch.optim.SGD if optimizer == "sgd" else torch.optim.Adam)(model.parameters(), **settings)

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
    batches = random_batches(tuple(net.input_shape), 8, batch=batch_of(name))
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


def images_per_second(contenders: dict, steps: int, warmup: int, rounds: int = ROUNDS,
                      between=None) -> dict:
    """Training throughput of each contender (name -> (step, batches[, before])).

    The timed steps are split into rounds that alternate between contenders, and each one's median
    round is kept: on a machine shared with other work, a burst of load then skews one round of
    each rather than the whole run of one, and the ratio stays fair. `before`, if given, is
    called before each of that contender's rounds (to set threads, or pause a neighbour).
    """
    for entry in contenders.values():
        step, batches = entry[:2]
        if len(entry) > 2:
            entry[2]()
        for i in range(warmup):
            step(*batches[i % len(batches)])
    per_round = max(1, steps // rounds)
    rates: dict = {name: [] for name in contenders}
    for r in range(rounds):
        for name, entry in contenders.items():
            step, batches = entry[:2]
            if len(entry) > 2:
                entry[2]()
            start = time.perf_counter()
            for i in range(per_round):
                step(*batches[(r * per_round + i) % len(batches)])
            rates[name].append(per_round * len(batches[0][0]) / (time.perf_counter() - start))
    return {name: sorted(v)[len(v) // 2] for name, v in rates.items()}


def matmul_peak_gflops(threads: int, size: int = 1536, repeats: int = 3) -> float:
    """The machine's float32 matmul rate on `threads` engine threads, each multiplying its own
    pair of large matrices with one BLAS thread (how the engine uses the cores): best of `repeats`."""
    import numpy as np

    from netbuilder.engine import threads as engine_threads
    a = np.random.default_rng(0).random((size, size), dtype=np.float32)
    previous = engine_threads.threads()
    engine_threads.set_threads(threads)
    try:
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            engine_threads.for_chunks(threads, 1, lambda lo, hi: a @ a)
            best = min(best, time.perf_counter() - start)
    finally:
        engine_threads.set_threads(previous)
    return threads * 2 * size ** 3 / best / 1e9


def training_gflop_per_image(net) -> float:
    """A training step's work per image: forward, weight gradient and input gradient, each about
    the forward's multiply-adds (2 flops each)."""
    return 6 * net.macs / 1e9


class Neighbour:
    """The under-load child process, paused and resumed between rounds (SIGSTOP/SIGCONT)."""

    def __init__(self):
        env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}  # numpy's defaults
        self.proc = subprocess.Popen([sys.executable, "-c", LOAD_CODE], env=env)
        time.sleep(1.0)  # numpy loaded, matmuls running

    def busy(self):
        os.kill(self.proc.pid, signal.SIGCONT)
        time.sleep(0.05)

    def quiet(self):
        os.kill(self.proc.pid, signal.SIGSTOP)

    def close(self):
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGCONT)
            self.proc.kill()
        self.proc.wait()


def run(steps: int = 30, nets=tuple(NETS), threads: int | None = None, use_torch: bool = True,
        warmup: int = 3, out=print, memory: bool = True, optimizers=tuple(OPTIMIZERS),
        cores: bool = True, load: bool = True) -> list[dict]:
    """Benchmark `nets`; prints the tables through `out` and returns one dict per net and optimizer.

    `memory` adds each net's peak resident memory while training alone (a child process each);
    `cores` compares one engine thread with all; `load` runs each net beside a busy neighbour.
    """
    limit_threads(threads)
    import numpy as np

    from netbuilder.engine import threads as engine_threads
    n_threads = engine_threads.threads()
    torch = None
    if use_torch:
        try:
            import torch
        except ImportError:
            out("PyTorch not installed: no comparison (pip install -e '.[bench]' to get it)")
        else:
            torch.set_num_threads(n_threads)
    peak = matmul_peak_gflops(n_threads)
    timed = max(1, steps // ROUNDS) * ROUNDS
    out(f"NetBuilder training speed: float32, {timed} timed steps after {warmup} warm-up "
        f"(median of {ROUNDS} rounds{', alternating with torch' if torch is not None else ''})")
    out(f"numpy {np.__version__}: {n_threads} engine threads, 1 BLAS threads each; "
        f"matmul peak {peak:.0f} GFLOP/s on {n_threads} threads")
    if torch is not None:
        out(f"torch {torch.__version__}: {torch.get_num_threads()} threads")
    header = f"{'net':<30}{'batch':>6}{'opt':>6}{'MMAC/img':>9}{'ours img/s':>12}{'% peak':>8}"
    if torch is not None:
        header += f"{'torch img/s':>13}{'ours/torch':>12}"
    if memory:
        header += f"{'ours peak MB':>14}"
    out("")
    out(header)
    out("-" * len(header))
    results = []
    for name in nets:
        title, shape, _, batch = NETS[name]
        batches = random_batches(shape, 8, batch=batch)
        for k, optimizer in enumerate(optimizers):
            step, net = ours_step(name, optimizer)
            contenders = {"ours": (step, batches)}
            if torch is not None:
                tbatches = [(torch.from_numpy(x), torch.from_numpy(t)) for x, t in batches]
                contenders["torch"] = (torch_step(name, net, optimizer)[0], tbatches)
            rates = images_per_second(contenders, steps, warmup)
            row = {"net": name, "optimizer": optimizer, "threads": n_threads, "batch": batch, **rates,
                   "share_of_peak": rates["ours"] * training_gflop_per_image(net) / peak}
            line = (f"{title if k == 0 else '':<30}{batch:>6}{optimizer:>6}{net.macs / 1e6:>9.2f}"
                    f"{row['ours']:>12.0f}{row['share_of_peak']:>8.1%}")
            if torch is not None:
                row["ratio"] = row["ours"] / row["torch"]
                line += f"{row['torch']:>13.0f}{row['ratio']:>12.2f}"
            if memory and k == 0:
                row["peak_mb"] = peak_memory_mb(name)
                line += f"{row['peak_mb']:>14.0f}"
            out(line)
            results.append(row)
    if cores and n_threads > 1:
        out("")
        out(f"Cores (SGD): ours on 1 engine thread against {n_threads}, alternating")
        for name in nets:
            step, net = ours_step(name, "sgd")
            batches = random_batches(NETS[name][1], 8, batch=batch_of(name))
            rates = images_per_second({
                "one": (step, batches, lambda: engine_threads.set_threads(1)),
                "all": (step, batches, lambda: engine_threads.set_threads(n_threads))}, steps, warmup)
            engine_threads.set_threads(threads)
            gain = rates["all"] / rates["one"]
            out(f"  {NETS[name][0]:<30}{rates['one']:>8.0f} img/s on 1, {rates['all']:>6.0f} on {n_threads}: "
                f"{gain:.2f}×")
            _row(results, name)["cores_gain"] = gain
    if load:
        out("")
        out("Under load (SGD): a neighbour process runs numpy matmuls with numpy's default threads; "
            "paused and resumed between rounds")
        neighbour = Neighbour()
        try:
            for name in nets:
                step, net = ours_step(name, "sgd")
                batches = random_batches(NETS[name][1], 8, batch=batch_of(name))
                rates = images_per_second({"quiet": (step, batches, neighbour.quiet),
                                           "busy": (step, batches, neighbour.busy)}, steps, warmup)
                ratio = rates["busy"] / rates["quiet"]
                out(f"  {NETS[name][0]:<30}{rates['quiet']:>8.0f} img/s quiet, {rates['busy']:>6.0f} under load: "
                    f"{ratio:.2f}× of quiet")
                _row(results, name)["load_ratio"] = ratio
        finally:
            neighbour.close()
    return results


def _row(results: list[dict], name: str) -> dict:
    return next(r for r in results if r["net"] == name)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m netbuilder.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=30, help="timed training steps per net (default 30)")
    parser.add_argument("--nets", default=",".join(NETS), help=f"comma-separated subset of {','.join(NETS)}")
    parser.add_argument("--optimizers", default=",".join(OPTIMIZERS),
                        help=f"comma-separated subset of {','.join(OPTIMIZERS)}")
    parser.add_argument("--threads", type=int, default=None,
                        help="engine (and torch) threads (default: one per available core)")
    parser.add_argument("--no-torch", action="store_true", help="skip the PyTorch comparison")
    parser.add_argument("--no-memory", action="store_true",
                        help="skip the peak-memory column (a child process per net)")
    parser.add_argument("--no-cores", action="store_true", help="skip the one-thread against all-threads table")
    parser.add_argument("--no-load", action="store_true", help="skip the under-load table")
    args = parser.parse_args(argv)
    nets = [n.strip() for n in args.nets.split(",") if n.strip()]
    unknown = [n for n in nets if n not in NETS]
    if unknown or not nets:
        parser.error(f"unknown net(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(NETS)}")
    optimizers = [o.strip() for o in args.optimizers.split(",") if o.strip()]
    if not optimizers or any(o not in OPTIMIZERS for o in optimizers):
        parser.error(f"--optimizers: choose from {', '.join(OPTIMIZERS)}")
    if args.steps < 1 or (args.threads is not None and args.threads < 1):
        parser.error("--steps and --threads must be at least 1")
    run(args.steps, nets, args.threads, not args.no_torch, memory=not args.no_memory, optimizers=optimizers,
        cores=not args.no_cores, load=not args.no_load)
    return 0


if __name__ == "__main__":
    sys.exit(main())
