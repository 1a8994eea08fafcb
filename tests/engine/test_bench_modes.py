"""`python -m netbuilder.bench --under-load` and `--rounds`: the under-load table alone, in a tiny run."""

import math
import subprocess
import sys

import pytest

from netbuilder import bench


def test_under_load_alone_reports_quiet_busy_and_their_ratio():
    out = subprocess.run([sys.executable, "-m", "netbuilder.bench", "--under-load", "--steps", "2", "--rounds", "2",
                          "--nets", "mlp", "--no-torch", "--threads", "1"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "median of 2 rounds" in text and "matmul peak" in text
    assert "Under load (SGD)" in text and "load/quiet" in text and "target ≥ 0.45" in text
    assert "MLP 784-100-100-10" in text
    assert "ours img/s" not in text and "Cores (SGD)" not in text and "ours peak MB" not in text  # that table alone


def test_run_without_the_speed_table_still_returns_a_row_per_net():
    lines = []
    results = bench.run(steps=2, warmup=0, rounds=2, use_torch=False, out=lines.append, memory=False,
                        nets=("mlp", "sigmoid_mlp"), cores=False, speed=False)
    assert [r["net"] for r in results] == ["mlp", "sigmoid_mlp"]
    for r in results:
        assert r["optimizer"] == "sgd" and r["quiet"] > 0 and r["under_load"] > 0
        assert math.isclose(r["load_ratio"], r["under_load"] / r["quiet"])


def test_rounds_split_the_timed_steps():
    lines = []
    bench.run(steps=3, warmup=0, rounds=3, use_torch=False, out=lines.append, memory=False, nets=("mlp",),
              optimizers=("sgd",), cores=False, load=False)
    assert "3 timed steps after 0 warm-up (median of 3 rounds)" in lines[0]


@pytest.mark.parametrize("args", [["--rounds", "0"], ["--under-load", "--no-load"]])
def test_command_line_rejects_contradictions_and_zero_rounds(args):
    out = subprocess.run([sys.executable, "-m", "netbuilder.bench", *args], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "error" in out.stderr
