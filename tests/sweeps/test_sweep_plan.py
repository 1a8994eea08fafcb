"""Expansion: the cartesian product of files × varied values × activations × seeds, each run a
complete document holding its values."""

import copy
import itertools

from netbuilder.runs.sweep_plan import Network, SweepDefinition, Variation, expand, sweep_id, varied_names
from tests.sweeps.helpers import TINY


def definition():
    other = copy.deepcopy(TINY)
    other["layers"][1]["units"] = 32
    return SweepDefinition([Network("a", copy.deepcopy(TINY)), Network("b", other)],
                           vary=[Variation("training.optimizer.lr", (0.01, 0.001)),
                                 Variation("training.batch_size", (16, 32, 64))],
                           activations=["ReLU", "Tanh"], seeds=[0, 1, 7], epochs=2)


def test_product_of_files_values_activations_and_seeds():
    d = definition()
    runs = expand(d)
    assert len(runs) == 2 * 2 * 3 * 2 * 3
    assert varied_names(d) == ["network", "training.optimizer.lr", "training.batch_size", "activation"]
    want = set(itertools.product(("a", "b"), (0.01, 0.001), (16, 32, 64), ("ReLU", "Tanh"), (0, 1, 7)))
    got = {(r.labels["network"], r.labels["training.optimizer.lr"], r.labels["training.batch_size"],
            r.labels["activation"], r.seed) for r in runs}
    assert got == want
    assert len({r.key for r in runs}) == len(runs)
    assert len({r.config for r in runs}) == 24
    for r in runs:  # every run's document carries its own values
        t = r.doc["training"]
        assert t["optimizer"]["lr"] == r.labels["training.optimizer.lr"]
        assert t["batch_size"] == r.labels["training.batch_size"]
        assert t["seed"] == r.seed and t["epochs"] == 2
        assert r.doc["layers"][2]["type"] == r.labels["activation"]
        assert r.doc["layers"][1]["units"] == (16 if r.labels["network"] == "a" else 32)
        assert r.doc["layers"][4]["type"] == "Softmax"  # the output layer is not a hidden activation
        assert r.data == "builtin:shapes?n=400"
    same_config = [r for r in runs if r.config == runs[0].config]
    assert [r.seed for r in same_config] == [0, 1, 7]


def test_same_arguments_same_id_and_keys():
    a, b = expand(definition()), expand(definition())
    assert [r.key for r in a] == [r.key for r in b]
    assert sweep_id(definition(), a) == sweep_id(definition(), b)
    d = definition()
    d.seeds = [0, 1]
    assert sweep_id(d, expand(d)) != sweep_id(definition(), a)


def test_data_override_and_data_option_variation():
    d = SweepDefinition([Network("t", copy.deepcopy(TINY))], vary=[Variation("data.standardize", (0, 1))],
                        seeds=[0], data="builtin:shapes?n=200")
    assert [r.data for r in expand(d)] == ["builtin:shapes?n=200&standardize=0", "builtin:shapes?n=200&standardize=1"]
