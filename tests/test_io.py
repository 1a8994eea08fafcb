"""Network and weights files: round trips, located errors, atomic saves."""

import json
import os

import numpy as np
import pytest

from netbuilder.engine import Network
from netbuilder.io.atomic import atomic_write_text
from netbuilder.io.network_file import NetworkFileError, load_network, save_network
from netbuilder.io.weights import WeightsFileError, load_weights, save_weights

DOC = {"name": "t", "input": {"shape": [4]}, "layers": [{"type": "Dense", "units": 3}, {"type": "Softmax"}],
       "loss": {"type": "cross_entropy"}}


def test_save_then_load_gives_the_same_spec(tmp_path):
    save_network(tmp_path / "n.json", DOC)
    spec = load_network(tmp_path / "n.json")
    assert spec.doc["layers"] == DOC["layers"] and spec.doc["format"] == "netbuilder.network"


def test_json_syntax_error_names_line_and_column(tmp_path):
    (tmp_path / "bad.json").write_text('{\n  "name": "x",\n  "layers": [\n}')
    with pytest.raises(NetworkFileError, match=r"bad.json: line 4, column 1"):
        load_network(tmp_path / "bad.json")


def test_invalid_values_name_the_json_path(tmp_path):
    (tmp_path / "v.json").write_text(json.dumps({**DOC, "layers": [{"type": "Dense", "units": -3}]}))
    with pytest.raises(NetworkFileError) as info:
        load_network(tmp_path / "v.json")
    assert "layers[0].units" in str(info.value) and "v.json" in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(NetworkFileError, match="no such file"):
        load_network(tmp_path / "nope.json")


def test_failed_atomic_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "keep.json"
    target.write_text("original")

    def boom(*a):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError):
        atomic_write_text(target, "new")
    assert target.read_text() == "original"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


def test_weights_round_trip(tmp_path):
    a, b = Network.from_spec(DOC, seed=1), Network.from_spec(DOC, seed=2)
    save_weights(tmp_path / "w.npz", a)
    load_weights(tmp_path / "w.npz", b)
    for k, v in a.state_dict().items():
        np.testing.assert_array_equal(v, b.state_dict()[k])


def test_weights_for_another_architecture_are_refused_with_the_misfit(tmp_path):
    save_weights(tmp_path / "w.npz", Network.from_spec(DOC))
    other = Network.from_spec({**DOC, "layers": [{"type": "Dense", "units": 5}, {"type": "Softmax"}]})
    before = other.state_dict()
    with pytest.raises(WeightsFileError, match=r"layer 1 \(Dense\) W has shape \(4, 3\) in the file but \(4, 5\)"):
        load_weights(tmp_path / "w.npz", other)
    assert all(np.array_equal(v, other.state_dict()[k]) for k, v in before.items())


def test_corrupt_weights_file(tmp_path):
    (tmp_path / "w.npz").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(WeightsFileError, match="not a readable weights file"):
        load_weights(tmp_path / "w.npz", Network.from_spec(DOC))
