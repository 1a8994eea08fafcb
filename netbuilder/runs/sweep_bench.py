"""Sweep throughput: the same sweep with 1 job and with J jobs, alternated, wall time each.

    python -m netbuilder.runs.sweep_bench [--jobs 2] [--rounds 3] [--runs 8] [--epochs 10]

Alternating (1, J, 1, J, ...) means a burst of load from other programs hits both settings alike;
the medians and every single time are printed, so a noisy machine shows as noise, not as a result.
Each round is a fresh sweep folder, so worker start-up (a fresh interpreter importing numpy) is
part of what is measured, as it is for a user. The workers' CPU seconds are printed beside the wall
time: equal CPU for 1 and J jobs means the parallel runs cost no extra work, and "cores busy" shows
how much of the machine the sweep actually got (on a shared machine with the kernel's per-session
scheduling, a second job gets no second core while other sessions are busy).

The default of 10 epochs makes a run last about 0.7 s: at 3 epochs (0.27 s a run) the fixed cost of
each run (making its data, opening the run store, a worker's start) is a third of the time and hides
what parallel jobs gain (measured 1.48x there against 1.70x at 10 epochs and 1.91x at 25).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import tempfile
import time

from netbuilder.runs.executors import LocalExecutor
from netbuilder.runs.sweep import run_sweep
from netbuilder.runs.sweep_plan import Network, SweepDefinition, expand, sweep_id

MLP = {
    "format": "netbuilder.network", "version": 1, "name": "bench MLP",
    "input": {"shape": [1, 28, 28]},
    "layers": [{"type": "Flatten"}, {"type": "Dense", "units": 128}, {"type": "ReLU"},
               {"type": "Dense", "units": 64}, {"type": "ReLU"}, {"type": "Dense", "units": 4},
               {"type": "Softmax"}],
    "loss": {"type": "cross_entropy"},
    "training": {"optimizer": {"type": "adam", "lr": 0.001}, "batch_size": 32, "epochs": 3},
    "data": "builtin:shapes?n=3000",
}


def time_sweep(jobs: int, runs: int, epochs: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the worker processes) for one sweep."""
    definition = SweepDefinition([Network("bench", copy.deepcopy(MLP))], seeds=list(range(runs)), epochs=epochs,
                                 name="bench")
    planned = expand(definition)
    with tempfile.TemporaryDirectory() as folder:
        before = _children_cpu()
        started = time.perf_counter()
        outcome = run_sweep(definition, planned, LocalExecutor(jobs), folder, sweep_id(definition, planned))
        seconds = time.perf_counter() - started
        cpu = _children_cpu() - before
    bad = [r["status"] for r in outcome.results.values() if r["status"] != "finished"]
    if bad or len(outcome.results) != runs:
        raise RuntimeError(f"benchmark sweep did not finish cleanly: {bad}")
    return seconds, cpu


def _children_cpu() -> float:
    import resource
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # workers are joined, so they are counted
    return usage.ru_utime + usage.ru_stime


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--runs", type=int, default=8)
    p.add_argument("--epochs", type=int, default=10)
    args = p.parse_args(argv)
    times: dict[int, list[float]] = {1: [], args.jobs: []}
    cpus: dict[int, list[float]] = {1: [], args.jobs: []}
    for r in range(args.rounds):
        for jobs in (1, args.jobs):
            t, cpu = time_sweep(jobs, args.runs, args.epochs)
            times[jobs].append(t)
            cpus[jobs].append(cpu)
            print(f"round {r + 1}: {jobs} job{'s' if jobs > 1 else ''}: {t:.1f}s wall, {cpu:.1f}s CPU in workers "
                  f"({cpu / t:.2f} cores busy)", flush=True)
    one, many = statistics.median(times[1]), statistics.median(times[args.jobs])
    print(f"median over {args.rounds} rounds of {args.runs} runs: 1 job {one:.1f}s, {args.jobs} jobs {many:.1f}s, "
          f"speed-up {one / many:.2f}x; worker CPU 1 job {statistics.median(cpus[1]):.1f}s, "
          f"{args.jobs} jobs {statistics.median(cpus[args.jobs]):.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
