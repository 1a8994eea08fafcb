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


@pytest.mark.parametrize("command", [["gradcheck"], ["explain", "--layer", "1", "--unit", "3"],
                                     ["landscape", "--weight", "1:3", "--points", "5"]])
def test_lab_commands_read_a_nbmodel_as_they_read_a_network_with_its_weights(trained, capsys, command, tmp_path):
    """The same output for model.nbmodel as for network.json + weights.npz (train --out writes both)."""
    extra = ["--out", str(tmp_path / "a.png")] if command[0] == "landscape" else []
    assert main([command[0], str(trained / "model.nbmodel"), *command[1:], *extra]) == 0
    from_model = capsys.readouterr().out
    extra = ["--out", str(tmp_path / "b.png")] if command[0] == "landscape" else []
    assert main([command[0], XOR, "--weights", str(trained / "weights.npz"), *command[1:], *extra]) == 0
    from_files = capsys.readouterr().out
    strip = lambda text: [line for line in text.splitlines() if "wrote" not in line and "s)" not in line]  # noqa: E731
    assert strip(from_model) == strip(from_files) and from_model


def test_the_nbmodel_weights_are_used_not_the_initial_ones(trained, capsys):
    from netbuilder.io.nbmodel import load_nbmodel
    from netbuilder.commands.lab_inputs import load_inputs
    import argparse
    model = load_nbmodel(trained / "model.nbmodel")
    inputs, code = load_inputs(argparse.Namespace(network=str(trained / "model.nbmodel"), weights=None, data=None, batch=50))
    assert code == 0 and inputs.trained
    loss, _, _ = model.net.evaluate(inputs.x, inputs.y)
    assert inputs.net.evaluate(inputs.x, inputs.y)[0] == pytest.approx(loss)
    fresh, _ = load_inputs(argparse.Namespace(network=XOR, weights=None, data=None, batch=50))
    assert not fresh.trained and fresh.net.evaluate(inputs.x, inputs.y)[0] != pytest.approx(loss)


@pytest.mark.parametrize("command", [["gradcheck"], ["explain", "--layer", "1"], ["landscape", "--plane", "--out", "x.png"]])
def test_a_damaged_model_file_is_exit_2_and_named(tmp_path, capsys, command):
    bad = tmp_path / "broken.nbmodel"
    bad.write_bytes(b"not a zip at all")
    assert main([command[0], str(bad), *command[1:]]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "not a NetBuilder model file" in err and len(err.strip().splitlines()) == 1
    missing = tmp_path / "nowhere.nbmodel"
    assert main([command[0], str(missing), *command[1:]]) == 2
    assert str(missing) in capsys.readouterr().err


def test_an_invalid_network_file_is_exit_1(tmp_path, capsys):
    bad = tmp_path / "net.json"
    bad.write_text('{"format": "netbuilder-network", "layers": [{"type": "Nope"}]}')
    assert main(["gradcheck", str(bad)]) == 1
    assert str(bad) in capsys.readouterr().err
