"""Network files whose JSON is valid but hostile: each class gives a located problem, never a crash."""

import json

import pytest

from netbuilder.cli import main
from netbuilder.io.json_limits import MAX_DEPTH
from netbuilder.io.network_file import NetworkFileError, load_network, save_network
from netbuilder.paths import resource

BASE = json.loads(resource("examples", "mnist_mlp.json").read_text())


def _doc(**changes):
    doc = json.loads(json.dumps(BASE))
    for path, value in changes.items():
        target = doc
        keys = path.split("__")
        for k in keys[:-1]:
            target = target[int(k)] if k.isdigit() else target[k]
        last = keys[-1]
        target[int(last) if last.isdigit() else last] = value
    return doc


WRONG_TYPES = [  # (change, JSON path the problem must name)
    ({"layers__1__type": ["Dense"]}, "layers[1].type"),
    ({"layers__1__type": {"kind": "Dense"}}, "layers[1].type"),
    ({"layers__1__type": 3}, "layers[1].type"),
    ({"layers__1__type": None}, "layers[1].type"),
    ({"loss__type": ["cross_entropy"]}, "loss.type"),
    ({"loss__type": {"a": 1}}, "loss.type"),
    ({"training__optimizer__type": {"a": 1}}, "training.optimizer.type"),
    ({"training__optimizer__type": [1, 2]}, "training.optimizer.type"),
    ({"training__schedule": {"type": []}}, "training.schedule.type"),
    ({"training__schedule": {"type": True}}, "training.schedule.type"),
    ({"training__augment": [["shift"]]}, "training.augment[0]"),
    ({"training__augment": [{"x": 1}]}, "training.augment[0]"),
    ({"layers__1__units": [100]}, "layers[1].units"),
    ({"layers__1__units": {"n": 100}}, "layers[1].units"),
    ({"training__batch_size": "100"}, "training.batch_size"),
    ({"description": ["x"]}, "description"),
    ({"name": {"x": 1}}, "name"),
]


@pytest.mark.parametrize("change,path", WRONG_TYPES, ids=[p + ":" + type(list(c.values())[0]).__name__
                                                          for c, p in WRONG_TYPES])
def test_a_value_of_the_wrong_json_type_names_its_path(tmp_path, change, path):
    f = tmp_path / "n.json"
    f.write_text(json.dumps(_doc(**change)))
    with pytest.raises(NetworkFileError) as info:
        load_network(f)
    assert any(p.path == path for p in info.value.problems), info.value.problems


def _check(capsys, tmp_path, text: str):
    f = tmp_path / "n.json"
    f.write_text(text, encoding="utf-8")
    code = main(["check", str(f)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("opener,closer", [("[", "]"), ('{"a":', "}")])
def test_nesting_thousands_deep_is_refused_by_check(capsys, tmp_path, opener, closer):
    code, err = _check(capsys, tmp_path, opener * 5000 + "1" + closer * 5000)
    assert code == 1 and f"nested more than {MAX_DEPTH} levels" in err and "Traceback" not in err


def test_nesting_inside_a_valid_file_is_refused(capsys, tmp_path):
    deep = "[" * 200 + "]" * 200
    code, err = _check(capsys, tmp_path, json.dumps(BASE).replace('"adam"', deep))
    assert code == 1 and "nested" in err


@pytest.mark.parametrize("digits", [31, 4300, 5000, 100_000])
def test_integer_literals_thousands_of_digits_long_name_their_path(capsys, tmp_path, digits):
    text = json.dumps(BASE).replace('"units": 100,', '"units": ' + "9" * digits + ",", 1)
    text = text.replace('"units": 100}', '"units": ' + "9" * digits + "}", 1)
    code, err = _check(capsys, tmp_path, text)
    assert code == 1 and "layers[1].units" in err and f"{digits:,} digits" in err


@pytest.mark.parametrize("where", ['"name": "', '"description": "', '{"type": "'])
def test_lone_surrogates_are_caught_by_check_not_at_save_time(capsys, tmp_path, where):
    text = json.dumps(BASE).replace(where, where + "\\ud800", 1)
    code, err = _check(capsys, tmp_path, text)
    assert code == 1 and "not valid text" in err


def test_lone_surrogate_in_a_key(capsys, tmp_path):
    code, err = _check(capsys, tmp_path, json.dumps(BASE).replace('"training":', '"\\udc00x": 1, "training":'))
    assert code == 1 and "key" in err and "not valid text" in err


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary", b"\xff\xfe{}", "é".encode("latin-1")])
def test_a_binary_file_is_not_a_text_file(capsys, tmp_path, content):
    f = tmp_path / "n.json"
    f.write_bytes(content)
    assert main(["check", str(f)]) == 1
    assert "not a text file" in capsys.readouterr().err


def test_a_device_is_refused_at_once(capsys):
    assert main(["check", "/dev/zero"]) == 1
    assert "not a regular file" in capsys.readouterr().err


def test_every_loaded_spec_can_be_saved_again(tmp_path):
    """What check accepts, saving after training accepts too (the surrogate case used to fail there)."""
    doc = _doc(name="naïve ☃ 網")
    f = tmp_path / "n.json"
    f.write_text(json.dumps(doc))
    spec = load_network(f)
    save_network(tmp_path / "again.json", spec.doc)
    assert load_network(tmp_path / "again.json").name == "naïve ☃ 網"
