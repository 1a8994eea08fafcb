"""Validation as the builder sees it: problems land on the node at fault, by id."""

from netbuilder.model import Pipeline, analyze


def test_valid_network_has_a_spec_and_totals(mlp_doc):
    a = analyze(Pipeline(mlp_doc))
    assert a.ok and not a.issues
    assert a.param_count == 64 * 16 + 16 + 16 * 4 + 4
    assert a.macs == 64 * 16 + 16 * 4
    assert a.weight_bytes == 4 * a.param_count
    assert a.spec.output_shapes[-1] == (4,)


def test_bad_parameter_is_pinned_to_its_node_and_survives_a_move(mlp_doc):
    p = Pipeline(mlp_doc)
    dense = p.ids[1]
    p.set_param(dense, "units", 0)
    p.move([dense], 0)
    a = analyze(p)
    assert not a.ok
    [issue] = a.issues_for(dense)
    assert issue.param == "units" and issue.path == "layers[0].units" and "not 0" in issue.message
    assert a.reports[dense].output_shape is None


def test_document_level_problems_have_no_node(mlp_doc):
    p = Pipeline(mlp_doc)
    p.set_setting(("loss", "type"), "cross_entropyy")
    p.set_setting(("input", "shape"), [0])
    a = analyze(p)
    paths = {i.path for i in a.issues}
    assert {"loss.type", "input.shape"} <= paths
    assert all(i.node_id is None for i in a.issues)


def test_empty_pipeline_is_a_problem():
    a = analyze(Pipeline({"input": {"shape": [4]}, "layers": [], "data": "builtin:xor"}))
    assert [i.path for i in a.issues] == ["layers"]


def test_a_data_spec_that_cannot_work_is_a_problem(mlp_doc):
    p = Pipeline(mlp_doc)
    p.set_setting(("data",), "mnsit:/data")
    a = analyze(p)
    assert not a.ok and [i.path for i in a.issues] == ["data"] and "mnist:" in a.issues[0].message


def test_no_data_source_blocks_training_but_not_the_file(mlp_doc):
    del mlp_doc["data"]
    a = analyze(Pipeline(mlp_doc))
    assert not a.ok and [i.path for i in a.issues] == ["data"] and a.file_issues == []
