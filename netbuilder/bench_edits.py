"""`python -m netbuilder.bench_gui --edits`: how long an edit takes to show on a 100-layer network.

Opens the real window on a network of 100 layers (50 × Dense + ReLU), then changes one layer's
`units` back and forth. Each edit is timed from the Document call to the end of the event
processing that follows (validation, the views' updates, the repaint), which is what a user waits
for after typing a number. Wall time depends on what else the machine runs; the GUI thread's CPU
time per edit is what the wait would be on an idle machine. Also reports the validation alone.
Target: < 30 ms per edit.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time


def deep_doc(pairs: int = 50) -> dict:
    layers = []
    for _ in range(pairs):
        layers += [{"type": "Dense", "units": 32}, {"type": "ReLU"}]
    layers[-2]["units"] = 10
    layers[-1] = {"type": "Softmax"}
    return {"format": "netbuilder.network", "version": 1, "name": "deep MLP (bench)", "input": {"shape": [64]},
            "layers": layers, "loss": {"type": "cross_entropy"}, "data": "builtin:shapes",
            "training": {"optimizer": {"type": "adam", "lr": 0.001}, "batch_size": 32, "epochs": 1, "seed": 0}}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m netbuilder.bench_gui --edits",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=30, help="edits to time (default 30)")
    parser.add_argument("--pairs", type=int, default=50, help="Dense+ReLU pairs (default 50: 100 layers)")
    parser.add_argument("--display", action="store_true", help="use the real display instead of offscreen")
    args = parser.parse_args(argv)
    if not args.display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from netbuilder.app import create_main_window, ensure_app
    from netbuilder.model.analysis import analyze

    app = ensure_app()
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat)
        window = create_main_window(None, settings=settings)
        window.document.replace(deep_doc(args.pairs))
        window.resize(1400, 900)
        window.show()
        for _ in range(5):
            app.processEvents()
        doc = window.document
        node = doc.pipeline.ids[2 * (args.pairs // 2)]  # a Dense in the middle (Dense, ReLU, Dense, ...)
        times, cpu = [], []
        for i in range(args.count):
            started, cpu_started = time.perf_counter(), time.thread_time()
            doc.set_layer_param(node, "units", 33 + i % 2)
            app.processEvents()
            times.append(time.perf_counter() - started)
            cpu.append(time.thread_time() - cpu_started)
        check = []
        for _ in range(10):
            started = time.thread_time()
            analyze(doc.pipeline)
            check.append(time.thread_time() - started)
        doc.undo_stack.setClean()  # nothing to save: closing must not ask
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    layers = len(doc.pipeline.ids)
    print(f"{layers} layers, {args.count} edits of one Dense layer's units (load average {os.getloadavg()[0]:.1f})")
    print(f"Edit to shown: median {1000 * statistics.median(times):.1f} ms wall, slowest {1000 * max(times):.1f} ms; "
          f"GUI-thread CPU per edit: median {1000 * statistics.median(cpu):.1f} ms (target < 30 ms)")
    print(f"Validation alone (model.analysis.analyze), CPU: median {1000 * statistics.median(check):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
