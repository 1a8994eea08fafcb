"""The learning-lab commands end to end on the small xor network (trained by the conftest fixture)."""

import numpy as np
import pytest

from netbuilder.cli import main
from netbuilder.analysis.trajectory import Trajectory

from tests.test_cli import XOR


def test_train_keeps_the_trajectory(trained):
    t = Trajectory.load(trained / "t.npz")
    assert t.epochs == [0, 1, 2, 3] and set(t.states[0]) == {"0.W", "0.b", "2.W", "2.b"}
    assert not np.array_equal(t.states[0]["0.W"], t.states[-1]["0.W"])


def test_gradcheck_passes_and_names_every_layer(trained, capsys):
    assert main(["gradcheck", XOR, "--weights", str(trained / "weights.npz")]) == 0
    out = capsys.readouterr().out
    assert "all gradients match" in out and all(k in out for k in ("Dense", "ReLU", "Softmax"))


def test_explain_prints_the_sum_of_a_dense_unit(trained, capsys):
    assert main(["explain", XOR, "--weights", str(trained / "weights.npz"), "--layer", "1", "--unit", "3"]) == 0
    out = capsys.readouterr().out
    assert "Dense, unit 3" in out and "then ReLU" in out
    assert main(["explain", XOR, "--layer", "4", "--unit", "0"]) == 0
    assert "sigmoid" in capsys.readouterr().out
    assert main(["explain", XOR, "--layer", "9"]) == 2
