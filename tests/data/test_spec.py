"""SPEC parsing and dispatch, and the help text."""

import pytest

from netbuilder.data import DataError, describe_spec_syntax, load_dataset
from netbuilder.data.spec import parse_spec


def test_parse_splits_scheme_target_and_options():
    s = parse_spec("  CSV:C:\\data\\iris.csv?label=species&missing=mean ")
    assert s.scheme == "csv" and s.target == "C:\\data\\iris.csv"
    assert s.options == {"label": "species", "missing": "mean"}
    assert s.text == "CSV:C:\\data\\iris.csv?label=species&missing=mean"


@pytest.mark.parametrize("spec, fragment", [
    ("", "empty"),
    ("shapes", "no scheme"),
    ("builtin:xor?n", "without a value"),
    ("builtin:xor?n=5&n=6", "twice"),
])
def test_malformed_specs(spec, fragment):
    with pytest.raises(DataError) as info:
        load_dataset(spec)
    assert fragment in str(info.value)


def test_unknown_scheme_suggests_and_lists_the_forms():
    with pytest.raises(DataError) as info:
        load_dataset("minst:/data")
    msg = str(info.value)
    assert 'did you mean "mnist"' in msg and "cifar10:DIR" in msg and "csv:FILE" in msg


def test_syntax_help_lists_every_scheme():
    text = describe_spec_syntax()
    for form in ("builtin:", "mnist:", "fashion-mnist:", "cifar10:", "csv:", "images:", "standardize"):
        assert form in text


def test_image_folder_without_pillow_says_how_to_get_it(tmp_path, monkeypatch):
    import sys
    (tmp_path / "a").mkdir()
    monkeypatch.setitem(sys.modules, "PIL", None)  # makes `from PIL import Image` fail
    with pytest.raises(DataError, match="pip install Pillow"):
        load_dataset(f"images:{tmp_path}")
