"""The bench's tables: speed against PyTorch and the matmul peak, one core against all, under load."""

from __future__ import annotations

from netbuilder.bench.contenders import ours_step, torch_step
from netbuilder.bench.measure import (ROUNDS, images_per_second, limit_threads, matmul_peak_gflops,
                                      training_gflop_per_image)
from netbuilder.bench.memory import peak_memory_mb
from netbuilder.bench.neighbour import Neighbour
from netbuilder.bench.nets import NETS, OPTIMIZERS, batches_for, title_of

LOAD_TARGET = 0.45  # ours under load / ours quiet (issue 15)


def run(steps: int = 30, nets=tuple(NETS), threads: int | None = None, use_torch: bool = True,
        warmup: int = 3, out=print, memory: bool = True, optimizers=tuple(OPTIMIZERS),
        cores: bool = True, load: bool = True, rounds: int = ROUNDS, speed: bool = True) -> list[dict]:
    """Benchmark `nets`; prints the tables through `out` and returns one dict per net and optimizer.

    `speed` is the main table (ours, torch, ratio, share of the matmul peak; `memory` adds each
    net's peak resident memory while training alone, a child process each); `cores` compares one
    engine thread with all; `load` runs each net beside a busy neighbour. Every comparison
    alternates its contenders over `rounds` rounds and keeps each one's median round.
    """
    limit_threads(threads)
    import numpy as np

    from netbuilder.engine import threads as engine_threads
    n_threads = engine_threads.threads()
    torch = _torch(out, n_threads) if use_torch and speed else None
    peak = matmul_peak_gflops(n_threads)
    timed = max(1, steps // rounds) * rounds
    out(f"NetBuilder training speed: float32, {timed} timed steps after {warmup} warm-up "
        f"(median of {rounds} rounds{', alternating with torch' if torch is not None else ''})")
    out(f"numpy {np.__version__}: {n_threads} engine threads, 1 BLAS threads each; "
        f"matmul peak {peak:.0f} GFLOP/s on {n_threads} threads")
    if torch is not None:
        out(f"torch {torch.__version__}: {torch.get_num_threads()} threads")
    settings = {"steps": steps, "warmup": warmup, "rounds": rounds}
    results: list[dict] = []
    if speed:
        results += speed_table(out, nets, optimizers, torch, peak, n_threads, memory, settings)
    if cores and n_threads > 1:
        cores_table(out, nets, results, n_threads, threads, settings)
    if load:
        load_table(out, nets, results, peak, n_threads, settings)
    return results


def _torch(out, n_threads: int):
    try:
        import torch
    except ImportError:
        out("PyTorch not installed: no comparison (pip install -e '.[bench]' to get it)")
        return None
    torch.set_num_threads(n_threads)
    return torch


def speed_table(out, nets, optimizers, torch, peak: float, n_threads: int, memory: bool, settings: dict) -> list[dict]:
    """Per net and optimizer: ours and torch's images/s (alternating), the ratio, our share of the peak."""
    header = f"{'net':<30}{'batch':>6}{'opt':>6}{'MMAC/img':>9}{'ours img/s':>12}{'% peak':>8}"
    if torch is not None:
        header += f"{'torch img/s':>13}{'ours/torch':>12}"
    if memory:
        header += f"{'ours peak MB':>14}"
    out("")
    out(header)
    out("-" * len(header))
    rows = []
    for name in nets:
        batches = batches_for(name)
        for k, optimizer in enumerate(optimizers):
            step, net = ours_step(name, optimizer)
            contenders = {"ours": (step, batches)}
            if torch is not None:
                tbatches = [(torch.from_numpy(x), torch.from_numpy(t)) for x, t in batches]
                contenders["torch"] = (torch_step(name, net, optimizer)[0], tbatches)
            rates = images_per_second(contenders, **settings)
            row = {"net": name, "optimizer": optimizer, "threads": n_threads, "batch": len(batches[0][0]), **rates,
                   "share_of_peak": rates["ours"] * training_gflop_per_image(net) / peak}
            line = (f"{title_of(name) if k == 0 else '':<30}{row['batch']:>6}{optimizer:>6}{net.macs / 1e6:>9.2f}"
                    f"{row['ours']:>12.0f}{row['share_of_peak']:>8.1%}")
            if torch is not None:
                row["ratio"] = row["ours"] / row["torch"]
                line += f"{row['torch']:>13.0f}{row['ratio']:>12.2f}"
            if memory and k == 0:
                row["peak_mb"] = peak_memory_mb(name)
                line += f"{row['peak_mb']:>14.0f}"
            out(line)
            rows.append(row)
    return rows


def cores_table(out, nets, results: list[dict], n_threads: int, threads: int | None, settings: dict) -> None:
    """Ours (SGD) on one engine thread against all of them, alternating."""
    from netbuilder.engine import threads as engine_threads
    out("")
    out(f"Cores (SGD): ours on 1 engine thread against {n_threads}, alternating")
    for name in nets:
        step, _ = ours_step(name, "sgd")
        batches = batches_for(name)
        rates = images_per_second({
            "one": (step, batches, lambda: engine_threads.set_threads(1)),
            "all": (step, batches, lambda: engine_threads.set_threads(n_threads))}, **settings)
        engine_threads.set_threads(threads)
        gain = rates["all"] / rates["one"]
        out(f"  {title_of(name):<30}{rates['one']:>8.0f} img/s on 1, {rates['all']:>6.0f} on {n_threads}: "
            f"{gain:.2f}×")
        _row(results, name, n_threads)["cores_gain"] = gain


def load_table(out, nets, results: list[dict], peak: float, n_threads: int, settings: dict) -> None:
    """Ours (SGD) quiet and beside a neighbour doing numpy matmuls with numpy's default threads; the
    neighbour is paused and resumed between rounds, so quiet and busy rounds alternate too."""
    out("")
    out("Under load (SGD): a neighbour process runs numpy matmuls with numpy's default threads; "
        "paused and resumed between rounds")
    out(f"  {'net':<30}{'quiet img/s':>12}{'% peak':>8}{'under load':>12}{'% peak':>8}{'load/quiet':>12}"
        f"  target ≥ {LOAD_TARGET:.2f}")
    neighbour = Neighbour()
    try:
        for name in nets:
            step, net = ours_step(name, "sgd")
            rates = images_per_second({"quiet": (step, batches_for(name), neighbour.quiet),
                                       "busy": (step, batches_for(name), neighbour.busy)}, **settings)
            ratio = rates["busy"] / rates["quiet"]
            share = training_gflop_per_image(net) / peak
            out(f"  {title_of(name):<30}{rates['quiet']:>12.0f}{rates['quiet'] * share:>8.1%}"
                f"{rates['busy']:>12.0f}{rates['busy'] * share:>8.1%}{ratio:>11.2f}×"
                f"  {'ok' if ratio >= LOAD_TARGET else 'below'}")
            row = _row(results, name, n_threads)
            row.update(load_ratio=ratio, quiet=rates["quiet"], under_load=rates["busy"])
    finally:
        neighbour.close()


def _row(results: list[dict], name: str, n_threads: int) -> dict:
    """The net's first row, or a new SGD row when the speed table did not run."""
    row = next((r for r in results if r["net"] == name), None)
    if row is None:
        row = {"net": name, "optimizer": "sgd", "threads": n_threads}
        results.append(row)
    return row
