"""Per-layer forward/backward times of the benchmark nets (our engine), to see where a step goes.

    OPENBLAS_NUM_THREADS=1 python scripts/profile_layers.py [net ...] [--steps N]

Each layer's forward and backward is timed on its own in CPU time of this thread (median over steps;
CPU time, not wall time, so a busy machine inflates it less) with the network's real
activations, plus the optimizer update (SGD and Adam). Medians survive a shared machine better
than means.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from netbuilder import bench
from netbuilder.engine import Network
from netbuilder.engine.optim import make_optimizer


def profile(name: str, steps: int) -> list[tuple[str, float, float]]:
    batch = bench.NETS[name][3]
    net = Network.from_spec(bench.spec_for(name), seed=0)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((batch, *net.input_shape), dtype=np.float32)
    t = rng.integers(0, 10, batch)
    body = net.layers[:-1] if net.fused else net.layers
    fwd = [[] for _ in body]
    bwd = [[] for _ in body]
    opt_times = {"sgd": [], "adam": []}
    opts = {k: make_optimizer({"type": k}) for k in opt_times}
    for _ in range(steps):
        a = x
        for i, layer in enumerate(body):
            s = time.thread_time()
            a = layer.forward(a, True)
            fwd[i].append(time.thread_time() - s)
        _, d = net.loss(a, t)
        for i in reversed(range(len(body))):
            s = time.thread_time()
            d = body[i].backward(d)
            bwd[i].append(time.thread_time() - s)
        for k, opt in opts.items():
            s = time.thread_time()
            opt.step(net.layers, lr=1e-6)
            opt_times[k].append(time.thread_time() - s)
    med = lambda v: sorted(v)[len(v) // 2] * 1e3  # noqa: E731
    rows = [(f"{i:2d} {layer.kind}{tuple(layer.output_shape)}", med(fwd[i]), med(bwd[i]))
            for i, layer in enumerate(body)]
    rows += [(f"   update {k}", med(v), 0.0) for k, v in opt_times.items()]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("nets", nargs="*", default=list(bench.NETS))
    parser.add_argument("--steps", type=int, default=15)
    args = parser.parse_args()
    for name in args.nets:
        rows = profile(name, args.steps)
        total = sum(f + b for label, f, b in rows if "update" not in label)
        print(f"\n{bench.NETS[name][0]} (batch {bench.NETS[name][3]}): forward+backward {total:.1f} ms")
        print(f"{'layer':<40}{'fwd ms':>9}{'bwd ms':>9}{'share':>8}")
        for label, f, b in rows:
            print(f"{label:<40}{f:>9.2f}{b:>9.2f}{(f + b) / total:>8.0%}")


if __name__ == "__main__":
    main()
