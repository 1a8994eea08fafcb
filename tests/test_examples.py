"""Every shipped example network is valid, and its data source is a well-formed SPEC."""

import pytest

from netbuilder.engine import Network, parse_spec
from netbuilder.io.network_file import load_network
from netbuilder.paths import examples


def test_examples_exist():
    names = {p.stem for p in examples()}
    assert {"shapes_cnn", "mnist_mlp", "mnist_cnn", "mnist_deep_cnn", "lenet5", "alexnet_small",
            "cifar_airplane_ship_cnn", "playground_spirals"} <= names
    assert {f"depth_study_{a}_{d}" for a in ("sigmoid", "relu") for d in (3, 4, 5, 6)} <= names


@pytest.mark.parametrize("path", examples(), ids=lambda p: p.stem)
def test_example_is_valid_and_builds(path):
    spec = load_network(path)
    assert spec.data and ":" in spec.data
    assert parse_spec(spec.doc).param_count == Network(spec).param_count > 0
