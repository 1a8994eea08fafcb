"""Fuzzing network files: documents mutated from the examples, generated from the layer registry, and
damaged as bytes. Each must give a spec that trains, or a NetworkFileError listing located problems;
never another exception, and never a spec that fails later (when saving, sizing or running it)."""

import json
import math
import tempfile
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from netbuilder.engine.network import Network
from netbuilder.engine.registry import layer_kinds
from netbuilder.io.network_file import NetworkFileError, load_network, save_network, to_json
from netbuilder.model.memory import estimate
from netbuilder.paths import examples
from tests.fuzz.strategies import (EDGE_NUMBERS, EDGE_TEXT, JSON_VALUES, MUTATIONS, budget, byte_mutations,
                                   mutate, mutate_bytes)

EXAMPLES = [json.loads(p.read_text()) for p in examples()]
SMALL_ENOUGH_TO_RUN = 30e6  # bytes of training memory below which a fuzzed spec is also run once


def assert_loads_or_explains(text_or_bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "net.json"
        if isinstance(text_or_bytes, bytes):
            path.write_bytes(text_or_bytes)
        else:
            path.write_text(text_or_bytes, encoding="utf-8", errors="surrogatepass")
        try:
            spec = load_network(path)
        except NetworkFileError as e:
            assert e.problems and all(isinstance(p.message, str) and p.message for p in e.problems)
            assert str(e)
            return
        # Accepted: it must survive everything that happens after `check`.
        to_json(spec.doc).encode("utf-8")
        save_network(Path(d) / "again.json", spec.doc)
        assert load_network(Path(d) / "again.json").layers == spec.layers
        need = estimate(spec)
        assert need.total >= 0
        if need.total < SMALL_ENOUGH_TO_RUN and math.prod(spec.input_shape) < 50_000:
            net = Network(spec)
            x = np.zeros((2, *spec.input_shape), np.float32)
            out = net.forward(x)
            assert out.shape == (2, *spec.layers[-1].output_shape)


def _dump(doc) -> str:
    return json.dumps(doc, allow_nan=True)


@budget(120, long=4000)
@given(st.sampled_from(EXAMPLES), MUTATIONS)
def test_examples_mutated(doc, mutations):
    assert_loads_or_explains(_dump(mutate(json.loads(json.dumps(doc)), mutations)))


KINDS = list(layer_kinds())


@st.composite
def registry_layer(draw):
    """A layer drawn from the registry's declarations: mostly valid values, sometimes anything."""
    kind = draw(st.one_of(st.sampled_from(KINDS), st.sampled_from(KINDS), EDGE_TEXT, JSON_VALUES))
    layer = {"type": kind}
    cls = layer_kinds().get(kind) if isinstance(kind, str) else None
    for p in (cls.PARAMS if cls else ()):
        if draw(st.booleans()):
            continue
        if p.type == "int":
            lo = int(p.min) if p.min is not None else -5
            hi = int(min(p.max, lo + 40)) if p.max is not None else lo + 40
            good = st.integers(lo, max(lo, hi))
        elif p.type == "float":
            lo = p.min if p.min is not None else -1.0
            hi = p.max if p.max is not None else lo + 10
            good = st.floats(lo, hi, allow_nan=False)
        elif p.type == "bool":
            good = st.booleans()
        else:
            good = st.sampled_from(p.choices)
        options = [good, good, good, JSON_VALUES, EDGE_NUMBERS]
        if p.also:
            options.append(st.sampled_from(p.also))
        layer[p.name] = draw(st.one_of(*options))
    if draw(st.integers(0, 9)) == 0:
        layer[draw(st.one_of(EDGE_TEXT, st.text(max_size=5)))] = draw(JSON_VALUES)
    return layer


@st.composite
def registry_network(draw):
    shape = draw(st.one_of(st.lists(st.integers(1, 12), min_size=3, max_size=3).map(lambda s: [s[0] % 4 + 1, *s[1:]]),
                           st.lists(st.integers(1, 64), min_size=1, max_size=1),
                           JSON_VALUES))
    doc = {"format": "netbuilder.network", "version": 1, "name": draw(st.one_of(st.text(max_size=8), EDGE_TEXT)),
           "input": {"shape": shape}, "layers": draw(st.lists(registry_layer(), min_size=0, max_size=7))}
    if draw(st.booleans()):
        doc["loss"] = {"type": draw(st.sampled_from(["cross_entropy", "mse", "binary_cross_entropy", "x"]))}
    if draw(st.booleans()):
        doc["training"] = {"batch_size": draw(st.one_of(st.integers(1, 64), EDGE_NUMBERS)),
                           "optimizer": {"type": draw(st.one_of(st.sampled_from(["adam", "sgd", "momentum"]),
                                                                JSON_VALUES))}}
    return doc


@budget(120, long=4000)
@given(registry_network())
def test_generated_from_the_layer_registry(doc):
    assert_loads_or_explains(_dump(doc))


@budget(80, long=1500)
@given(st.sampled_from(EXAMPLES), byte_mutations())
def test_examples_damaged_as_bytes(doc, edits):
    assert_loads_or_explains(mutate_bytes(_dump(doc).encode(), edits))


@budget(40, long=500)
@given(st.integers(1, 3000), st.sampled_from(["[", "{\"a\":", "[{\"b\":"]), st.integers(1, 6000))
def test_nesting_and_number_length(depth, opener, digits):
    closer = "".join({"[": "]", "{": "}"}[c] for c in reversed(opener) if c in "[{")
    assert_loads_or_explains(opener * depth + "1" + closer * depth)
    base = _dump(EXAMPLES[0]).replace('"seed": 0', f'"seed": {"7" * digits}')
    assert_loads_or_explains(base)


# --- recovery copies (io/recovery.py): read at start-up, so a damaged one must never stop the window ----
@budget(60, long=3000)
@given(st.one_of(JSON_VALUES, st.fixed_dictionaries(
    {"format": st.sampled_from(["netbuilder.recovery", "x"])},
    optional={"saved_at": st.one_of(JSON_VALUES, st.sampled_from([float("nan"), 1e300, -1.0, True, 2**70])),
              "source": JSON_VALUES, "doc": st.one_of(JSON_VALUES, st.just(EXAMPLES[0]))})))
def test_recovery_copies(data):
    import tempfile

    from netbuilder.io.recovery import FORMAT, orphaned

    if isinstance(data, dict) and data.get("format") == "netbuilder.recovery":
        data["format"] = FORMAT
    with tempfile.TemporaryDirectory() as d:
        file = Path(d) / "recovery-999999999-00000000.json"  # a pid that is not running
        file.write_text(json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
                        encoding="utf-8")
        for recovery in orphaned(Path(d)):
            assert isinstance(recovery.when(), str) and isinstance(recovery.name, str)
            assert isinstance(recovery.doc, dict)


def test_a_recovery_copy_saved_at_nan_is_skipped_not_raised(tmp_path):
    """Found while checking every loader has a fuzz test: NaN or 1e300 as the time made the restore
    question raise (ValueError/OverflowError in a start-up timer), so nothing was offered."""
    from netbuilder.io.recovery import FORMAT, orphaned

    for i, when in enumerate(("NaN", "1e300")):
        (tmp_path / f"recovery-99999999{i}-0000000{i}.json").write_text(
            '{"format": "%s", "saved_at": %s, "source": null, "doc": {}}' % (FORMAT, when))
    assert orphaned(tmp_path) == []
