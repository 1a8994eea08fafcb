"""How much memory loading a data set (and training a little on it) takes, against its stored size.

    python -m netbuilder.data.bench_memory [--mb 537] [--format idx|cifar] [--gz] [--standardize]
                                           [--train BATCHES] [--code DIR]

Issue 15: an IDX set of 537 MB peaked at 4.3 GB resident; the target is a load peak of at most 1.5x
the size of its arrays as stored. The set is generated in a temporary folder in the real format
(IDX digits tiled from the MNIST files in $NETBUILDER_BENCH_MNIST, ../shared/data/mnist next to the
checkout or the download folder, else random pixels; CIFAR batches as Python 3 protocol-2 pickles, like the shared
airplane/ship set). Each measurement runs in a fresh interpreter that first imports numpy and
netbuilder, takes its resident size as the baseline and resets its peak (Linux: /proc/self/clear_refs;
elsewhere the baseline is ru_maxrss), then loads (and trains): the peak above the baseline is what
loading cost. `--code DIR` measures another checkout (for example the
code before this change, from `git archive`), since the child uses only load_dataset and build_run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import pathlib
import pickle
import subprocess
import sys
import tempfile

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[2]   # the checkout holding this netbuilder

CHILD = r"""
import json, resource, sys, time
import numpy as np
import netbuilder
from netbuilder.data import load_dataset
from netbuilder.engine.spec import parse_spec
from netbuilder.run.build import build_run

def status(key):  # bytes, from Linux's /proc/self/status
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024

def peak():
    try:
        return status("VmHWM")
    except OSError:  # not Linux: ru_maxrss (KiB on Linux, bytes on macOS)
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)

spec_text, train_steps = sys.argv[1], int(sys.argv[2])
try:  # forget the peak so far: a forked child starts with its parent's resident pages counted
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    base = status("VmRSS")
except OSError:
    base = peak()
t0 = time.perf_counter()
d = load_dataset(spec_text)
out = {"load_peak": peak() - base, "load_seconds": time.perf_counter() - t0, "code": netbuilder.__file__}
if train_steps:
    c, h, w = d.input_shape
    doc = {"format": "netbuilder.network", "version": 1, "name": "bench", "input": {"shape": [c, h, w]},
           "layers": [{"type": "Conv2D", "filters": 8, "kernel_size": 3, "padding": "same"}, {"type": "ReLU"},
                      {"type": "MaxPool2D"}, {"type": "Dense", "units": d.num_classes}, {"type": "Softmax"}],
           "loss": {"type": "cross_entropy"},
           "training": {"optimizer": {"type": "adam", "lr": 0.001}, "batch_size": 64, "epochs": 1,
                        "seed": 1, "val_fraction": 0.1}}
    t0 = time.perf_counter()
    run = build_run(parse_spec(doc), d)
    for _ in range(train_steps):
        run.trainer.step()
    loss, acc, _ = run.net.evaluate(d.x_test[:2000], d.y_test[:2000])
    out.update(train_peak=peak() - base, train_seconds=time.perf_counter() - t0, test_accuracy=float(acc))
print(json.dumps(out))
"""


def mnist_digits() -> tuple[np.ndarray, np.ndarray] | None:
    """The real MNIST training digits and labels, when a copy is at hand."""
    from netbuilder.data.files import default_data_dir
    from netbuilder.data.idx import read_idx
    folders = [os.environ.get("NETBUILDER_BENCH_MNIST"), ROOT.parent / "shared" / "data" / "mnist",
               default_data_dir() / "mnist"]
    for folder in filter(None, folders):
        path = pathlib.Path(folder)
        if (path / "train-images-idx3-ubyte.gz").is_file() and (path / "train-labels-idx1-ubyte.gz").is_file():
            return read_idx(path / "train-images-idx3-ubyte.gz"), read_idx(path / "train-labels-idx1-ubyte.gz")
    return None


def write_idx(path: pathlib.Path, array: np.ndarray) -> None:
    header = bytes([0, 0, 0x08, array.ndim]) + np.array(array.shape, ">u4").tobytes()
    with open(path, "wb") as f:
        f.write(header)
        f.write(np.ascontiguousarray(array, np.uint8).data)


def make_idx(folder: pathlib.Path, mb: float) -> tuple[str, int, str]:
    """(SPEC, stored bytes, description) of an IDX set of about `mb` MB."""
    n_test = 10_000
    n_train = max(1000, int(mb * 1e6 / 785) - n_test)
    real = mnist_digits()
    rng = np.random.default_rng(0)
    if real is not None:
        images, labels = real
        pick = np.resize(np.arange(len(images)), n_train + n_test)
        images, labels = images[pick], labels[pick]
        what = "MNIST digits, repeated"
    else:
        images = rng.integers(0, 256, (n_train + n_test, 28, 28), dtype=np.uint8)
        labels = rng.integers(0, 10, n_train + n_test).astype(np.uint8)
        what = "random pixels"
    write_idx(folder / "train-images-idx3-ubyte", images[:n_train])
    write_idx(folder / "train-labels-idx1-ubyte", labels[:n_train])
    write_idx(folder / "t10k-images-idx3-ubyte", images[n_train:])
    write_idx(folder / "t10k-labels-idx1-ubyte", labels[n_train:])
    return f"mnist:{folder}", images.nbytes + labels.nbytes, f"IDX, {n_train:,} + {n_test:,} 28x28 images ({what})"


def make_cifar(folder: pathlib.Path, mb: float) -> tuple[str, int, str]:
    """(SPEC, stored bytes, description) of six CIFAR batches of about `mb` MB in all."""
    per_batch = max(100, int(mb * 1e6 / 3073 / 6))
    rng = np.random.default_rng(0)
    for name in [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch"]:
        data = rng.integers(0, 256, (per_batch, 3072), dtype=np.uint8)
        batch = {b"batch_label": name.encode(), b"labels": rng.integers(0, 10, per_batch).tolist(),
                 b"data": data, b"filenames": [b"x.png"] * per_batch}
        (folder / name).write_bytes(pickle.dumps(batch, protocol=2))
    return f"cifar10:{folder}", 6 * per_batch * 3073, f"CIFAR-10, 6 batches of {per_batch:,} images (protocol 2)"


def measure(spec: str, train_steps: int, code: str | None) -> dict:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(filter(None, [code or str(ROOT),
                                                        os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-c", CHILD, spec, str(train_steps)], env=env, check=True,
                          capture_output=True, text=True, cwd=tempfile.gettempdir())  # "" on sys.path: not a checkout
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mb", type=float, default=537, help="approximate stored size of the set (default 537)")
    p.add_argument("--format", choices=("idx", "cifar"), default="idx")
    p.add_argument("--gz", action="store_true", help="gzip the IDX files")
    p.add_argument("--standardize", action="store_true", help="load with ?standardize=1")
    p.add_argument("--train", type=int, default=0, metavar="BATCHES",
                   help="also train a small conv net for this many batches of 64 and report that peak")
    p.add_argument("--code", help="the netbuilder checkout to measure (default: this one)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nb-bench-memory-") as tmp:
        folder = pathlib.Path(tmp)
        spec, stored, what = (make_idx if args.format == "idx" else make_cifar)(folder, args.mb)
        if args.gz and args.format == "idx":
            for path in list(folder.iterdir()):
                (path.parent / (path.name + ".gz")).write_bytes(gzip.compress(path.read_bytes(), 1))
                path.unlink()
        result = measure(spec + ("?standardize=1" if args.standardize else ""), args.train, args.code)
    mb = 1e6
    print(f"{what}{', gzipped' if args.gz else ''}{', standardised' if args.standardize else ''}: "
          f"stored arrays {stored / mb:,.1f} MB")
    print(f"code: {result['code']}")
    print(f"load:  peak +{result['load_peak'] / mb:,.1f} MB = {result['load_peak'] / stored:.2f}x stored "
          f"({result['load_seconds']:.1f} s)")
    if args.train:
        print(f"train: peak +{result['train_peak'] / mb:,.1f} MB = {result['train_peak'] / stored:.2f}x stored "
              f"({args.train} batches of 64 + 2000 test samples, {result['train_seconds']:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
