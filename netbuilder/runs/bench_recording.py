"""What recording a run costs: `python -m netbuilder.runs.bench_recording [--data SPEC] [--epochs N]`.

Trains the MNIST conv net (resources/examples/mnist_cnn.json) once while recording into a fresh store,
timing every call into the recorder (start with the data fingerprint, per batch, per epoch, finish
with confusion matrix and weights file) against the training time. The issue's target: < 1 %.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import tempfile
import time


def main(argv=None) -> int:
    from netbuilder.data import load_dataset
    from netbuilder.run import build_run
    from netbuilder.io.network_file import load_network
    from netbuilder.paths import resource
    from netbuilder.runs import Recorder, RunStore

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default="mnist:/work/shared/data/mnist-5k")
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--network", default=str(resource("examples", "mnist_cnn.json")))
    args = p.parse_args(argv)
    spec = load_network(args.network)
    ds = load_dataset(args.data, seed=0)
    exp = build_run(spec, ds, {"epochs": args.epochs, "val_fraction": 0.1})
    spent = {"start": 0.0, "batch": 0.0, "epoch": 0.0, "finish": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        store = RunStore(pathlib.Path(tmp) / "runs.sqlite")
        t = time.perf_counter()
        rec = Recorder.start(store, network_json=json.dumps(spec.doc), settings=exp.trainer.settings, dataset=ds,
                             data_spec=args.data, params=exp.net.param_count, macs=exp.net.macs)
        spent["start"] = time.perf_counter() - t

        def timed(kind, fn):
            def call(report):
                t0 = time.perf_counter()
                fn(report)
                spent[kind] += time.perf_counter() - t0
            return call

        t_train = time.perf_counter()
        status = exp.trainer.run(timed("batch", rec.on_batch), timed("epoch", rec.on_epoch))
        training = time.perf_counter() - t_train - spent["batch"] - spent["epoch"]
        loss, acc, out = exp.net.evaluate(ds.x_test, ds.y_test)   # the CLI evaluates anyway
        t = time.perf_counter()
        rec.finish(status, net=exp.net, trainer=exp.trainer, test_result=(loss, acc, out, ds.y_test))
        spent["finish"] = time.perf_counter() - t
        store.close()
    total = sum(spent.values())
    print(f"{spec.name} on {args.data}: {args.epochs} epochs, {len(exp.trainer.x)} training images, "
          f"test accuracy {acc:.4f}")
    print(f"training {training:.2f} s; recording {total * 1000:.1f} ms = {100 * total / training:.3f} % "
          f"(start {spent['start'] * 1000:.1f} ms, batches {spent['batch'] * 1000:.1f} ms, "
          f"epochs {spent['epoch'] * 1000:.1f} ms, finish {spent['finish'] * 1000:.1f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
