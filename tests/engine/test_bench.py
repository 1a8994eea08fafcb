"""Smoke tests of `python -m netbuilder.bench`: it runs and reports; no timing is asserted."""

import math
import subprocess
import sys

import numpy as np
import pytest

from netbuilder import bench


def test_run_reports_every_net_with_a_positive_rate():
    lines = []
    results = bench.run(steps=1, warmup=1, use_torch=False, out=lines.append, memory=False,
                        optimizers=("sgd",), cores=False, load=False)
    assert [r["net"] for r in results] == list(bench.NETS)
    for r in results:
        assert math.isfinite(r["ours"]) and r["ours"] > 0 and r["threads"] >= 1
        assert math.isfinite(r["share_of_peak"]) and r["share_of_peak"] > 0
    text = "\n".join(lines)
    assert "BLAS threads" in text and "matmul peak" in text
    for title, _, _, _ in bench.NETS.values():
        assert title in text


def test_cores_and_under_load_tables(monkeypatch):
    """One engine thread against two, and quiet against beside a busy neighbour: both measured."""
    lines = []
    results = bench.run(steps=1, warmup=0, threads=2, use_torch=False, out=lines.append, memory=False,
                        nets=("mlp",), optimizers=("sgd", "adam"))
    text = "\n".join(lines)
    assert [r["optimizer"] for r in results] == ["sgd", "adam"]
    assert "Cores (SGD)" in text and "Under load (SGD)" in text
    assert results[0]["cores_gain"] > 0 and results[0]["load_ratio"] > 0


def test_neighbour_is_paused_resumed_and_ended():
    neighbour = bench.Neighbour()
    try:
        neighbour.quiet()
        neighbour.busy()
        assert neighbour.proc.poll() is None
    finally:
        neighbour.close()
    assert neighbour.proc.returncode is not None


def test_benchmark_nets_have_the_requested_architectures():
    shapes = {name: bench.ours_step(name)[1].output_shapes for name in bench.NETS}
    assert shapes["mlp"] == [(100,), (100,), (100,), (100,), (10,), (10,)]
    assert shapes["mnist_cnn"][:3] == [(30, 24, 24), (30, 24, 24), (30, 12, 12)]
    assert shapes["cifar_cnn"][:6] == [(32, 32, 32), (32, 32, 32), (32, 16, 16), (64, 16, 16), (64, 16, 16), (64, 8, 8)]
    bn = bench.ours_step("bn_cnn")[1]
    assert [layer.output_shape[0] for layer in bn.layers if layer.kind == "Conv2D"] == [32, 32, 64, 64]
    assert [layer.kind for layer in bn.layers].count("BatchNorm") == 4 and bench.batch_of("bn_cnn") == 64
    assert [s[0] for s in shapes["sigmoid_mlp"][::2]] == [150, 100, 50, 30, 15, 10]


def test_our_training_step_learns_on_a_fixed_batch():
    """The benchmark must time real training: repeated steps on one batch drive its loss down."""
    step, _ = bench.ours_step("mlp")
    x, t = bench.random_batches((784,), 1)[0]
    first = step(x, t)
    for _ in range(30):
        last = step(x, t)
    assert last < 0.5 * first


@pytest.mark.parametrize("name, optimizer", [(n, "adam") for n in bench.NETS] + [("bn_cnn", "sgd")])
def test_pytorch_twin_matches_our_network(name, optimizer):
    torch = pytest.importorskip("torch", reason="PyTorch not installed: the comparison half of the bench is off")
    _, net = bench.ours_step(name, optimizer)
    model_step, model = bench.torch_step(name, net, optimizer)
    x, t = bench.random_batches(tuple(net.input_shape), 1)[0]
    loss = model_step(torch.from_numpy(x), torch.from_numpy(t))
    assert math.isfinite(loss.item())
    # Same parameter count: the twin is the same architecture, not merely something that runs.
    twin_params = sum(p.numel() for p in model.parameters())
    assert twin_params == net.param_count


def test_command_line_smoke_run():
    out = subprocess.run([sys.executable, "-m", "netbuilder.bench", "--steps", "1", "--nets", "mlp",
                          "--threads", "1", "--no-torch", "--optimizers", "sgd", "--no-load"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "MLP 784-100-100-10" in out.stdout
    assert "numpy" in out.stdout and "1 engine threads, 1 BLAS threads each" in out.stdout
    assert "ours peak MB" in out.stdout


def test_peak_memory_grows_with_the_network_it_trains():
    """The memory column is a real measurement of a child process, not a constant."""
    mlp, cifar = bench.peak_memory_mb("mlp", steps=1), bench.peak_memory_mb("cifar_cnn", steps=1)
    assert 10 < mlp < cifar < 4096


def test_command_line_rejects_an_unknown_net():
    out = subprocess.run([sys.executable, "-m", "netbuilder.bench", "--nets", "resnet"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "resnet" in out.stderr


def test_random_batches_are_float32_batches_of_100():
    (x, t), = bench.random_batches((3, 32, 32), 1)
    assert x.shape == (100, 3, 32, 32) and x.dtype == np.float32 and t.min() >= 0 and t.max() < 10
