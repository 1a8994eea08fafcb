"""Varied paths are checked against the declarations before anything runs (exit 1, path, hint)."""

import copy

import pytest

from netbuilder.cli import main
from netbuilder.engine.errors import SpecError
from netbuilder.runs import sweep_paths as paths
from netbuilder.runs.sweep_plan import SweepDefinition, SweepError, Variation, Network, check
from tests.sweeps.helpers import TINY, write


def problems_of(path, values=(1,), doc=TINY):
    definition = SweepDefinition([Network("tiny", copy.deepcopy(doc))], vary=[Variation(path, tuple(values))])
    with pytest.raises(SweepError) as e:
        check(definition)
    assert e.value.code == 1
    return [str(p) for p in e.value.problems]


def test_split_path_reads_keys_and_indices():
    assert paths.split_path("layers[3].filters") == ["layers", 3, "filters"]
    assert paths.split_path("training.optimizer.lr") == ["training", "optimizer", "lr"]
    for bad in ("training..lr", ".lr", "lr.", "layers[x]", "a b"):
        with pytest.raises(SpecError):
            paths.split_path(bad)


def test_misspelt_setting_gets_did_you_mean():
    (msg,) = problems_of("training.optimizer.learning_rat", (0.1,))
    assert msg.startswith("tiny: training.optimizer.learning_rat:")
    assert 'training.optimizer ("adam") has no setting "learning_rat"' in msg and "it has: type, lr," in msg
    (msg,) = problems_of("training.optimzer.lr", (0.1,))
    assert 'did you mean "optimizer"' in msg
    (msg,) = problems_of("loss.label_smothing", (0.1,))
    assert 'did you mean "label_smoothing"' in msg


def test_layer_index_and_layer_setting_are_checked():
    (msg,) = problems_of("layers[9].units", (8,))
    assert "no layers[9]" in msg and "5 layers" in msg
    (msg,) = problems_of("layers[0].units", (8,))
    # layer 0 is Flatten: the message says which layers do have `units`
    assert "layers[0] (Flatten)" in msg and "layers[1] (Dense)" in msg and "layers[3] (Dense)" in msg


def test_values_are_validated_by_the_declarations():
    msgs = problems_of("training.optimizer.lr", (0.01, -1))
    assert any(m.startswith("training.optimizer.lr:") and "> 0" in m for m in msgs)
    msgs = problems_of("training.optimizer.type", ("adamm",))
    assert any('did you mean "adam"' in m for m in msgs)
    msgs = problems_of("layers[1].units", (8, 0))
    assert any(m.startswith("layers[1].units") and "units=0" in m for m in msgs)


def test_changing_the_optimizer_type_drops_settings_the_new_one_does_not_declare():
    doc = copy.deepcopy(TINY)
    doc["training"]["optimizer"] = {"type": "momentum", "lr": 0.05, "momentum": 0.8}
    out = paths.set_value(doc, ["training", "optimizer", "type"], "adam")
    assert out["training"]["optimizer"] == {"type": "adam", "lr": 0.05}
    assert doc["training"]["optimizer"]["momentum"] == 0.8  # the original is untouched


def test_data_options_and_activation_swap():
    assert paths.set_data_option("cifar10:D?classes=a,b", "standardize", 1) == "cifar10:D?classes=a,b&standardize=1"
    assert paths.set_data_option("builtin:shapes?standardize=1", "standardize", 0) == "builtin:shapes?standardize=0"
    swapped = paths.swap_activations(TINY, "Sigmoid")
    assert [layer["type"] for layer in swapped["layers"]] == ["Flatten", "Dense", "Sigmoid", "Dense", "Softmax"]


def test_cli_reports_bad_path_with_exit_1_and_runs_nothing(tmp_path, capsys):
    net = write(tmp_path / "net.json")
    out = tmp_path / "out"
    code = main(["sweep", net, "--vary", "training.optimizer.lrr=0.1,0.01", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "training.optimizer.lrr" in err and 'did you mean "lr"' in err
    assert not out.exists()
    code = main(["sweep", net, "--vary", "training.optimizer.lr", "--out", str(out)])
    assert code == 2 and "PATH=V1,V2" in capsys.readouterr().err
    code = main(["sweep", net, "--swap-activation", "Relu", "--out", str(out)])
    assert code == 1 and 'did you mean "ReLU"' in capsys.readouterr().err
