"""Shared pieces of the fuzz suite: the case budget, hostile JSON values, and document mutation.

Normal runs use a fixed, derandomized budget (the same cases every time, a few hundred per loader);
`NETBUILDER_FUZZ=long` runs at least 10,000 random cases per loader, for a background soak
(`NETBUILDER_FUZZ_ROUND=0.1` runs a tenth of that per call, so a soak can run in rounds whose counts
add up; see tests/fuzz/soak.sh).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

LONG = os.environ.get("NETBUILDER_FUZZ", "").lower() == "long"


def budget(normal: int, long: int = 10_000):
    """Hypothesis settings: `normal` fixed cases in the normal suite; in long mode `long` random ones
    (a loader fuzzed by several tests splits its 10,000 among them)."""
    if LONG and os.environ.get("NETBUILDER_FUZZ_ROUND"):  # a soak in rounds: this share of `long` per round
        long = max(1, round(long * float(os.environ["NETBUILDER_FUZZ_ROUND"])))
    return settings(max_examples=long if LONG else normal, derandomize=not LONG, deadline=None,
                    database=None, suppress_health_check=list(HealthCheck), print_blob=True)


EDGE_NUMBERS = st.sampled_from([0, -1, 1, 2, 3, 7, 2**31 - 1, 2**31, 2**32, 2**63, -2**63, 10**30, 10**31,
                                0.5, -0.0, 1e-300, 1e300, 1e39, float("nan"), float("inf"), -float("inf"),
                                1.0, 100_000, 100_001, 99_999])
EDGE_TEXT = st.sampled_from(["", " ", "same", "valid", "Dense", "Conv2D", "Softmax", "ReLU", "adam", "sgd",
                             "cross_entropy", "constant", "step", "shift", "flip", "noise", "auto", "he",
                             "xavier", "\ud800", "\udc00x", "\x00", "é", "☃", "a" * 300, "type", "null",
                             "builtin:xor", "mnist:", "csv:/dev/zero"])

SCALARS = st.one_of(st.none(), st.booleans(), EDGE_NUMBERS, st.integers(), st.floats(allow_nan=True),
                    EDGE_TEXT, st.text(max_size=12))
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                            st.dictionaries(st.one_of(EDGE_TEXT, st.text(max_size=6)),
                                                                            inner, max_size=4)),
                           max_leaves=12)


def paths_of(doc, prefix=()):
    """Every (path tuple) to a value inside `doc`, the root included."""
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.extend(paths_of(v, prefix + (k,)))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out.extend(paths_of(v, prefix + (i,)))
    return out


def _parent(doc, path):
    for k in path[:-1]:
        doc = doc[k]
    return doc


def apply_mutation(doc, choice: int, action: str, value, key: str):
    """`doc` with one change at the `choice`-th path: replace the value, delete it, or add `key`."""
    paths = paths_of(doc)
    path = paths[choice % len(paths)]
    if not path:
        return value if action == "replace" else doc
    parent = _parent(doc, path)
    last = path[-1]
    if action == "replace":
        parent[last] = value
    elif action == "delete":
        del parent[last]
    elif action == "insert":
        target = parent[last]
        if isinstance(target, dict):
            target[key] = value
        elif isinstance(target, list):
            target.insert(choice % (len(target) + 1), value)
        else:
            parent[last] = [target, value]
    return doc


MUTATIONS = st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(["replace", "delete", "insert"]),
                               JSON_VALUES, st.one_of(EDGE_TEXT, st.text(max_size=6))), min_size=1, max_size=4)


def mutate(doc, mutations):
    for choice, action, value, key in mutations:
        doc = apply_mutation(doc, choice, action, value, key)
    return doc


def byte_mutations(max_size: int = 8):
    """(position, new bytes) edits to apply to a file's bytes: flips, inserts and truncations."""
    return st.lists(st.tuples(st.integers(0, 1 << 20), st.sampled_from(["set", "insert", "truncate"]),
                              st.binary(min_size=1, max_size=8)), min_size=1, max_size=max_size)


def mutate_bytes(data: bytes, edits) -> bytes:
    data = bytearray(data)
    for pos, action, chunk in edits:
        if not data:
            data = bytearray(chunk)
            continue
        i = pos % len(data)
        if action == "set":
            data[i:i + len(chunk)] = chunk
        elif action == "insert":
            data[i:i] = chunk
        else:
            del data[i:]
    return bytes(data)
