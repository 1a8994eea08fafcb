"""The classic studies load, validate and expand as described, and fit the built-in data."""

import pytest

from netbuilder.cli import main
from netbuilder.runs.sweep_plan import SweepError, check, check_data, expand, varied_names
from netbuilder.runs.sweep_study import load_study, study_data, study_epochs, study_names


def prepared(name, data=None):
    definition, doc = load_study(name)
    definition.data = study_data(doc, data)
    definition.epochs = study_epochs(doc, definition.data)
    return definition, doc


def test_the_three_studies_expand_as_described():
    assert study_names() == ["depth-activation", "seed-spread", "targets"]
    expected = {"depth-activation": (80, ["network", "data.standardize", "activation"]),
                "targets": (15, ["loss.label_smoothing"]), "seed-spread": (10, [])}
    for name, (count, varied) in expected.items():
        definition, doc = prepared(name)
        check(definition)
        assert len(expand(definition)) == count and varied_names(definition) == varied
        assert doc["scaling"] and doc["title"]
    depth, _ = prepared("depth-activation")
    assert [n.label for n in depth.networks] == ["3 layers", "4 layers", "5 layers", "6 layers"]
    hidden = [sum(layer["type"] == "Dense" for layer in n.doc["layers"]) - 1 for n in depth.networks]
    assert hidden == [3, 4, 5, 6]
    assert depth.activations == ["Sigmoid", "ReLU"] and depth.seeds == [0, 1, 2, 3, 4]


def test_built_in_data_reshapes_the_networks_and_cifar_gets_its_classes():
    definition, _ = prepared("targets")
    assert definition.data.startswith("builtin:shapes") and definition.epochs == 3
    check_data(definition)  # shapes: 1×28×28 images, 4 classes
    doc = definition.networks[0].doc
    assert doc["input"]["shape"] == [1, 28, 28] and doc["layers"][-2] == {"type": "Dense", "units": 4}
    definition, _ = prepared("depth-activation", "cifar10:/data/cifar")
    assert definition.data == "cifar10:/data/cifar?classes=airplane,ship"
    assert definition.epochs is None  # real data: the files' own epochs
    definition, _ = prepared("depth-activation", "cifar10:/d?classes=cat,dog")
    assert definition.data == "cifar10:/d?classes=cat,dog"  # the user's choice wins


def test_unknown_study_is_exit_2_with_a_hint(capsys):
    assert main(["sweep", "--study", "seed-sprad"]) == 2
    err = capsys.readouterr().err
    assert 'did you mean "seed-spread"' in err and "depth-activation" in err
    with pytest.raises(SweepError):
        load_study("nope")
