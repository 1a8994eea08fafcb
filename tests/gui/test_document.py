"""The document's edits: each is one undo step, same-field edits merge, saves are clean."""

import pytest

from netbuilder.document import Document
from netbuilder.io.network_file import NetworkFileError, load_network


@pytest.fixture
def doc(qtbot, mlp_doc):
    return Document(mlp_doc)


def test_multi_delete_is_one_undo_step(doc):
    ids = doc.pipeline.ids
    doc.remove_layers([ids[1], ids[3]])
    assert [n.kind for n in doc.pipeline.nodes] == ["Flatten", "ReLU", "Softmax"]
    assert doc.undo_stack.count() == 1 and doc.modified
    doc.undo_stack.undo()
    assert doc.pipeline.ids == ids and not doc.modified


def test_same_field_edits_merge_and_other_fields_do_not(doc):
    dense = doc.pipeline.ids[1]
    for units in (1, 12, 128):
        doc.set_layer_param(dense, "units", units)
    assert doc.undo_stack.count() == 1
    doc.set_layer_param(dense, "use_bias", False)
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.pipeline.node(dense).params == {"units": 16}


def test_edit_back_to_the_original_value_leaves_no_step(doc):
    dense = doc.pipeline.ids[1]
    doc.set_layer_param(dense, "units", 20)
    doc.set_layer_param(dense, "units", 16)
    assert doc.undo_stack.count() == 0 and not doc.modified


def test_redo_of_an_insert_reuses_the_same_ids(doc):
    ids = doc.insert_layers(1, [{"type": "Dropout"}, {"type": "Tanh"}])
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    assert doc.pipeline.ids[1:3] == ids


def test_analysis_is_fresh_when_changed_is_emitted(doc, qtbot):
    dense = doc.pipeline.ids[1]
    seen = []
    doc.changed.connect(lambda: seen.append(doc.analysis.ok))
    doc.set_layer_param(dense, "units", 0)
    doc.undo_stack.undo()
    assert seen == [False, True]


def test_moving_a_layer_onto_its_own_place_is_not_an_edit(doc):
    first = doc.pipeline.ids[0]
    doc.move_layers([first], 1)
    assert doc.undo_stack.count() == 0


def test_save_then_open_yields_the_same_spec(doc, tmp_path):
    doc.set_setting(("training", "optimizer", "lr"), 0.01)
    path = tmp_path / "net.json"
    doc.save(path)
    assert not doc.modified and doc.path == str(path)
    again = Document()
    again.open(path)
    assert again.to_doc() == doc.to_doc()
    assert load_network(path) == doc.spec


def test_open_of_a_bad_file_changes_nothing(doc, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"input": {"shape": [4]}, "layers": [{"type": "Dense", "units": -1}]}')
    before = doc.to_doc()
    with pytest.raises(NetworkFileError, match=r"layers\[0\]\.units"):
        doc.open(bad)
    assert doc.to_doc() == before and doc.path is None
