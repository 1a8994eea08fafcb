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


def test_the_syntax_help_and_schemes_come_from_the_sources_declarations():
    """One place per concept: the loader's schemes, the help text and the window's pickers are all
    read from each source module's SOURCE declaration, and every built-in set is described."""
    from netbuilder.data import SCHEMES, builtin
    from netbuilder.data.download import SOURCES as DOWNLOADABLE
    from netbuilder.data.loader import PICKERS, sources

    declared = sources()
    assert sorted(SCHEMES) == sorted(s for info in declared for s in info.schemes)
    text = describe_spec_syntax()
    for info in declared:
        assert info.usage in text
    assert set(PICKERS) <= set(SCHEMES) and "builtin" not in PICKERS  # generated sets need no file
    assert set(builtin.DESCRIPTIONS) == set(builtin.NAMES)
    assert all(f"{name} " in text for name in builtin.NAMES)
    assert set(DOWNLOADABLE) <= set(SCHEMES)  # `data download NAME` says to use --data NAME:DIR


def test_every_augmentation_name_has_its_function():
    from netbuilder.data import augment
    from netbuilder.engine.spec import AUGMENTATIONS

    assert augment.AUGMENTATIONS is AUGMENTATIONS and tuple(augment._AUGMENT) == AUGMENTATIONS
