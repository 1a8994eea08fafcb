"""`python -m netbuilder.bench_gui`: does training in the background keep the window responsive, and
what do the live views cost?

Trains the CIFAR-sized conv net (Conv 32@3×3 → ReLU → MaxPool → Conv 64@3×3 → ReLU → MaxPool →
Dense 256 → ReLU → Dense 10 → Softmax) on random (3, 32, 32) data through the real controller and
worker thread, in alternating phases with the live panel shown (tabs cycling, so every view draws)
and with the views off. It reports

  1. the longest gap between ticks of a 10 ms QTimer on the GUI thread (target < 50 ms), start of
     training included, since that is when other tools freeze;
  2. training throughput (images/s, worker time) with views on and off, and their ratio
     (target: views cost < 5 %).

Phases alternate (off, on, off, on, ...) and the cost is the median of the per-pair ratios, so
that load from other processes on a shared machine hits both sides alike. Each figure is given
quiet and with one core busy elsewhere (a child process doing numpy matmuls on one thread, paused
while the quiet pairs run; the pairs of the two conditions alternate). The longest gaps are also
given with the time a CPU was away taken out: on each CPU, a separate process that only sleeps
10 ms at a time notes when it wakes late (bench/machine_stalls.py). Takes about three and a half
minutes with the defaults. `--edits` times edits on a 100-layer network instead
(netbuilder/bench_edits.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

LAYERS = [
    {"type": "Conv2D", "filters": 32, "kernel_size": 3, "padding": "same"}, {"type": "ReLU"}, {"type": "MaxPool2D"},
    {"type": "Conv2D", "filters": 64, "kernel_size": 3, "padding": "same"}, {"type": "ReLU"}, {"type": "MaxPool2D"},
    {"type": "Dense", "units": 256}, {"type": "ReLU"}, {"type": "Dense", "units": 10}, {"type": "Softmax"},
]
TABS_CYCLE_S = 4.0  # every view gets drawn in each phase; a user switches tabs far less often
SETTLE_S = 0.5     # after a tab switch: the new tab's first full paint, reported separately


def cifar_doc(batch_size: int) -> dict:
    return {"format": "netbuilder.network", "version": 1, "name": "CIFAR conv net (bench)",
            "input": {"shape": [3, 32, 32]}, "layers": LAYERS, "loss": {"type": "cross_entropy"},
            "training": {"optimizer": {"type": "adam", "lr": 0.001}, "batch_size": batch_size, "epochs": 1000,
                         "seed": 0, "val_fraction": 0.1}}


def random_data(n: int, seed: int = 0):
    import numpy as np

    from netbuilder.data import Dataset
    rng = np.random.default_rng(seed)
    return Dataset("random (3, 32, 32)", rng.random((n, 3, 32, 32), dtype=np.float32), rng.integers(0, 10, n),
                   rng.random((200, 3, 32, 32), dtype=np.float32), rng.integers(0, 10, 200),
                   [f"class {i}" for i in range(10)])


class Ticks:
    """Timestamps of a 10 ms timer on the GUI thread: a long gap is a frozen window."""

    def __init__(self):
        from PySide6.QtCore import Qt, QTimer
        self.times: list[float] = []
        self.cpu: list[float] = []  # the GUI thread's own CPU time at each tick
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self) -> None:
        self.times.append(time.perf_counter())
        self.cpu.append(time.thread_time())

    def stop(self) -> list[tuple[float, float]]:
        """The gaps between ticks, as (start, end) times."""
        self.timer.stop()
        return list(zip(self.times, self.times[1:]))

    def busiest(self) -> float:
        """The most GUI-thread CPU time spent between two ticks: what the longest gap would be on
        an otherwise idle machine (wall-clock gaps also include waiting for a busy CPU)."""
        return max((b - a for a, b in zip(self.cpu, self.cpu[1:])), default=0.0)

    def total_cpu(self) -> float:
        return self.cpu[-1] - self.cpu[0] if len(self.cpu) > 1 else 0.0


def run_phase(app, doc, data, views: bool, seconds: float):
    """One run: start, train for `seconds`, stop; (RunEnd, GUI timer gaps as (start, end) times,
    the gaps not within SETTLE_S of a tab switch, extra figures)."""
    from PySide6.QtCore import QEvent, QTimer

    from netbuilder.training.controller import TrainingController
    from netbuilder.views.live.panel import LivePanel

    controller = TrainingController()
    controller.record_runs = False  # measuring the window, not a run worth keeping
    panel = None
    if views:
        panel = LivePanel()
        panel.connect_controller(controller)
        panel.resize(1400, 900)
        panel.show()
    else:
        controller.set_visuals_enabled(False)
    box = {"switches": []}
    controller.finished.connect(lambda end: (box.__setitem__("end", end), app.quit()))
    controller.error.connect(lambda text: print("error:", text, file=sys.stderr))
    cycle = QTimer()
    if panel is not None:
        tabs = [panel.curves, panel.features, panel.gradients, panel.filters, panel.results_tab]
        def next_tab():
            box["switches"].append(time.perf_counter())
            current = panel.tabs.currentWidget()
            panel.tabs.setCurrentWidget(tabs[(tabs.index(current) + 1) % len(tabs)] if current in tabs else tabs[0])
        cycle.timeout.connect(next_tab)
        cycle.start(int(TABS_CYCLE_S * 1000))
    for _ in range(20):
        app.processEvents()
    ticks = Ticks()
    controller.start(doc, data)
    QTimer.singleShot(int(seconds * 1000), controller.stop)
    app.exec()
    gaps = ticks.stop()
    steady = [(a, b) for a, b in gaps if not any(s <= b and a <= s + SETTLE_S for s in box["switches"])]
    cycle.stop()
    while controller.thread is not None and not controller.thread.isFinished():
        app.processEvents()
    if panel is not None:
        panel.close()
        panel.deleteLater()
    controller.deleteLater()
    # Destroy them now: deleted during the next phase, they were that phase's longest gap (100 ms).
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    box["busiest"], box["gui_cpu"] = ticks.busiest(), ticks.total_cpu()
    if gaps:  # when the longest gap began, from the start of training: start-up or steady state?
        box["longest_at"] = max(gaps, key=lambda g: g[1] - g[0])[0] - ticks.times[0]
    return box.get("end"), gaps, steady, box


CONDITIONS = {"quiet": "quiet", "busy": "one core busy elsewhere"}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if "--edits" in argv:  # the edit-latency benchmark: bench_edits.py
        from netbuilder.bench_edits import main as edits_main
        return edits_main([a for a in argv if a != "--edits"])
    parser = argparse.ArgumentParser(prog="python -m netbuilder.bench_gui", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="training time per phase (default 10)")
    parser.add_argument("--pairs", type=int, default=4, help="off/on phase pairs per condition (default 4)")
    parser.add_argument("--load", choices=["both", "quiet", "busy"], default="both",
                        help="quiet, beside a process keeping one core busy with numpy matmuls, or both "
                             "(default; their pairs alternate)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--samples", type=int, default=2000, help="random training images (default 2000)")
    parser.add_argument("--display", action="store_true", help="use the real display instead of offscreen")
    args = parser.parse_args(argv)
    if not args.display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from netbuilder.bench.machine_stalls import MachineStalls, own_part
    from netbuilder.bench.neighbour import Neighbour
    from netbuilder.training.qt_workarounds import protect_singletons
    protect_singletons()  # the PySide6 6.12 workaround, before any signal

    app = QApplication.instance() or QApplication(["netbuilder-bench-gui"])
    doc, data = cifar_doc(args.batch_size), random_data(args.samples)
    conditions = ["quiet", "busy"] if args.load == "both" else [args.load]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"CIFAR conv net, batch {args.batch_size}, {args.samples} random images; {args.pairs} × (views off, "
          f"views on) phases of {args.seconds:g} s, {' and '.join(CONDITIONS[c] for c in conditions)}; "
          f"load average {load:.1f} on {os.cpu_count()} CPUs", flush=True)
    results = {c: Figures() for c in conditions}
    neighbour = Neighbour(threads=1) if "busy" in conditions else None
    machine = MachineStalls()
    try:
        for pair in range(args.pairs):
            for condition in conditions:
                if neighbour is not None:
                    neighbour.busy() if condition == "busy" else neighbour.quiet()
                for views in (False, True):
                    end, phase_gaps, phase_steady, extra = run_phase(app, doc, data, views, args.seconds)
                    if end is None or end.status not in ("stopped", "finished"):
                        print(f"phase failed: {end}", file=sys.stderr)
                        return 1
                    results[condition].add(views, end, phase_gaps, phase_steady, extra)
                    stalls = machine.stalls()
                    longest = max(phase_gaps, key=lambda g: g[1] - g[0])
                    print(f"  {condition:5s} pair {pair + 1}, views {'on ' if views else 'off'}: "
                          f"{end.images_per_second:7.1f} images/s, {end.images} images, visual snapshots took "
                          f"{end.visual_seconds:.2f} s of {end.active_seconds:.1f} s in the worker; longest GUI gap "
                          f"{1000 * (longest[1] - longest[0]):.0f} ms (at {extra.get('longest_at', 0):.1f} s), "
                          f"{1000 * max(own_part(g, stalls) for g in phase_gaps):.0f} ms without the CPUs' "
                          f"stalls", flush=True)
    finally:
        if neighbour is not None:
            neighbour.close()
        stalls = machine.stalls()
        machine.close()
    for condition in conditions:
        print(f"\n{CONDITIONS[condition].capitalize()}:")
        results[condition].report(stalls)
    print(f"\nLoad average now {os.getloadavg()[0]:.1f}: other processes on a shared machine widen every number.")
    return 0


class Figures:
    """One condition's phases: throughput, GUI gaps and CPU, with views on and off."""

    def __init__(self):
        self.rates = {False: [], True: []}
        self.gaps = {False: [], True: []}
        self.steady: list[float] = []
        self.busiest = {False: 0.0, True: 0.0}
        self.cpu_share = {False: [], True: []}  # (GUI CPU + worker snapshot time) / worker training time

    def add(self, views: bool, end, gaps: list[float], steady: list[float], extra: dict) -> None:
        self.rates[views].append(end.images_per_second)
        self.gaps[views].extend(gaps)
        if views:
            self.steady.extend(steady)
        self.busiest[views] = max(self.busiest[views], extra["busiest"])
        self.cpu_share[views].append((extra["gui_cpu"] + end.visual_seconds) / max(end.active_seconds, 1e-9))

    def report(self, stalls: list[tuple[float, float]]) -> None:
        from netbuilder.bench.machine_stalls import own_part

        def longest(gaps, own=False):
            return 1000 * max((own_part(g, stalls) if own else g[1] - g[0]) for g in gaps)
        on, off = statistics.mean(self.rates[True]), statistics.mean(self.rates[False])
        pair_ratios = [a / b for a, b in zip(self.rates[True], self.rates[False])]
        all_on = sorted(b - a for a, b in self.gaps[True])
        p99 = all_on[int(0.99 * (len(all_on) - 1))]
        print(f"  Longest gap between 10 ms timer ticks on the GUI thread while training, views on: "
              f"{longest(self.steady):.0f} ms (99th percentile {1000 * p99:.0f} ms); views off: "
              f"{longest(self.gaps[False]):.0f} ms. Target < 50 ms.")
        within = [(a, b) for a, b in stalls if any(s <= b and a <= e for s, e in self.gaps[True] + self.gaps[False])]
        print(f"  The same with the time a CPU was away taken out (on each CPU, a separate process that only "
              f"sleeps 10 ms at a time was late {len(within)} times in all, by up to "
              f"{1000 * max((b - a for a, b in within), default=0):.0f} ms): views on {longest(self.steady, True):.0f} ms, "
              f"views off {longest(self.gaps[False], True):.0f} ms.")
        print(f"  Including the first paint of a tab just switched to (a user action): {1000 * max(all_on):.0f} ms.")
        print(f"  Most GUI-thread CPU time between two ticks (the gap on an idle machine): views on "
              f"{1000 * self.busiest[True]:.0f} ms, views off {1000 * self.busiest[False]:.0f} ms.")
        median = statistics.median(pair_ratios)
        print(f"  Throughput: views on {on:.1f} images/s, views off {off:.1f} images/s, ratio on/off {on / off:.3f}; "
              f"median of the per-pair ratios {median:.3f} (views cost {100 * (1 - median):.1f} %). Target: cost < 5 %.")
        extra_cpu = statistics.mean(self.cpu_share[True]) - statistics.mean(self.cpu_share[False])
        print(f"  CPU the views add (GUI thread + snapshots in the worker), relative to the worker's training time: "
              f"{100 * extra_cpu:.1f} % (on 2+ cores the GUI part runs beside training).")


if __name__ == "__main__":
    sys.exit(main())
