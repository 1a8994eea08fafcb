"""Throughput measured fairly on a shared machine: alternating rounds and medians; the matmul peak."""

from __future__ import annotations

import os
import sys
import time

ROUNDS = 5


def limit_threads(threads: int | None) -> None:
    """Apply --threads, and the thread policy of `netbuilder train` (run/blas.py): the engine's
    threads on the cores, one BLAS thread. The BLAS variables are set too when numpy has not loaded
    yet (the only moment some BLAS libraries read them)."""
    if threads is not None and "numpy" not in sys.modules:
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[var] = str(threads)
    from netbuilder.run.blas import threads_for_training
    threads_for_training(threads)


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
