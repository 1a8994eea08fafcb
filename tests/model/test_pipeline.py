"""The Qt-free pipeline: stable ids through every edit, and an exact document round trip."""

import pytest

from netbuilder.model import UNSET, Pipeline


def kinds(p):
    return [n.kind for n in p.nodes]


def test_round_trip_keeps_the_document_exactly(mlp_doc):
    assert Pipeline(mlp_doc).to_doc() == mlp_doc


def test_insert_remove_restore_keep_ids(mlp_doc):
    p = Pipeline(mlp_doc)
    ids = p.ids
    new = p.insert(2, "Dropout", {"rate": 0.25})
    assert new not in ids and p.index_of(new) == 2
    removed = p.remove([ids[0], new])
    assert kinds(p) == ["Dense", "ReLU", "Dense", "Softmax"]
    p.restore(removed)
    assert p.ids == ids[:2] + [new] + ids[2:]
    assert p.node(new).params == {"rate": 0.25}


def test_move_into_a_gap_counts_positions_before_the_move(mlp_doc):
    p = Pipeline(mlp_doc)
    a, b, c, d, e = p.ids
    before = p.move([a, b], 4)  # the gap between the 4th and 5th layer
    assert p.ids == [c, d, a, b, e]
    p.move([e], 0)
    assert p.ids == [e, c, d, a, b]
    p.reorder(before)
    assert p.ids == [a, b, c, d, e]


def test_set_param_returns_old_value_and_unset_removes(mlp_doc):
    p = Pipeline(mlp_doc)
    dense = p.ids[1]
    assert p.set_param(dense, "units", 32) == 16
    assert p.set_param(dense, "use_bias", False) is UNSET
    assert p.raw_layers([dense]) == [{"type": "Dense", "units": 32, "use_bias": False}]
    p.set_param(dense, "use_bias", UNSET)
    assert p.node(dense).params == {"units": 32}


def test_set_setting_nested_and_refuses_layers(mlp_doc):
    p = Pipeline(mlp_doc)
    assert p.set_setting(("training", "optimizer", "lr"), 0.1) == 0.002
    assert p.to_doc()["training"]["optimizer"] == {"type": "adam", "lr": 0.1}
    assert p.set_setting(("training", "augment"), ["flip"]) is UNSET
    assert p.get_setting(("training", "augment")) == ["flip"]
    with pytest.raises(KeyError):
        p.set_setting(("layers",), [])


def test_ids_are_never_reused_after_removal(mlp_doc):
    p = Pipeline(mlp_doc)
    last = p.ids[-1]
    p.remove([last])
    assert p.add("ReLU") != last


def test_from_doc_refuses_non_layer_items():
    with pytest.raises(ValueError):
        Pipeline({"layers": [1, 2]})
