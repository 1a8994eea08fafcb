"""Fuzzing every dataset loader: IDX, CIFAR batches, CSV, image folders and SPEC strings. Each case
must load as a valid Dataset or raise DataError with a message; never another exception."""

import gzip
import io
import pickle
import tempfile
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from netbuilder.data import DataError, Dataset, load_dataset
from netbuilder.data.idx import read_idx
from tests.data.formats import cifar_batch_bytes, idx_bytes, make_cifar, make_mnist, write_png
from tests.fuzz.strategies import EDGE_NUMBERS, EDGE_TEXT, budget, byte_mutations, mutate_bytes


def loads_or_explains(spec: str) -> Dataset | None:
    try:
        ds = load_dataset(spec, seed=0)
    except DataError as e:
        assert str(e).strip()
        return None
    assert isinstance(ds, Dataset) and len(ds.x_train) and ds.num_classes >= 1
    assert np.isfinite(ds.x_train).all() and np.isfinite(ds.x_test).all()
    assert ds.y_train.min() >= 0 and ds.y_train.max() < ds.num_classes
    return ds


# --- IDX ---------------------------------------------------------------------------------------------
HEADERS = st.tuples(st.sampled_from([0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E, 0x00, 0xFF]),
                    st.lists(st.one_of(st.integers(0, 40), st.sampled_from([2**32 - 1, 2**31, 65536])),
                             min_size=0, max_size=5))


@budget(100, long=6000)
@given(HEADERS, st.integers(0, 400), st.booleans())
def test_idx_headers_and_payloads(header, payload, gz):
    code, dims = header
    raw = bytes([0, 0, code, len(dims)]) + b"".join(d.to_bytes(4, "big") for d in dims) + bytes(payload)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "x-idx"
        path.write_bytes(gzip.compress(raw) if gz else raw)
        try:
            a = read_idx(path)
        except DataError as e:
            assert str(path) in str(e)
        else:
            assert a.shape == tuple(dims)


@budget(80, long=4000)
@given(st.sampled_from(["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                        "t10k-labels-idx1-ubyte"]), st.booleans(), byte_mutations())
def test_mnist_folders_with_one_damaged_file(part, gz, edits):
    with tempfile.TemporaryDirectory() as d:
        make_mnist(Path(d), n_train=12, n_test=4, gz=gz, side=6)
        path = Path(d) / (part + (".gz" if gz else ""))
        path.write_bytes(mutate_bytes(path.read_bytes(), edits))
        loads_or_explains(f"mnist:{d}")


# --- CIFAR -------------------------------------------------------------------------------------------
PICKLE_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.binary(max_size=8), st.text(max_size=8),
              st.builds(lambda n, w: np.zeros((n, w), np.uint8), st.integers(0, 3), st.sampled_from([3072, 1, 0])),
              st.builds(lambda n: np.arange(n), st.integers(0, 4))),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(
        [b"data", b"labels", b"label_names", b"batch_label", "data", "labels", b"fine_labels"]), inner, max_size=4)),
    max_leaves=8)


@budget(80)
@given(st.sampled_from(["data_batch_1", "test_batch", "batches.meta"]), st.one_of(
    PICKLE_VALUES.map(lambda v: pickle.dumps(v, protocol=2)),
    st.tuples(st.integers(0, 5), st.lists(st.integers(-3, 12), max_size=5), st.sampled_from([2, 4, 5])).map(
        lambda t: pickle.dumps({b"data": np.zeros((t[0], 3072), np.uint8), b"labels": t[1]}, protocol=t[2])),
    st.builds(lambda edits: mutate_bytes(cifar_batch_bytes(np.zeros((3, 3072), np.uint8), [1, 2, 3]), edits),
              byte_mutations())))
def test_cifar_batches(name, content):
    with tempfile.TemporaryDirectory() as d:
        make_cifar(Path(d), per_batch=3, n_test=3)
        (Path(d) / name).write_bytes(content)
        loads_or_explains(f"cifar10:{d}")


# --- CSV ---------------------------------------------------------------------------------------------
CELLS = st.one_of(st.sampled_from(["1", "0", "-1", "2.5", "1e39", "-1e39", "nan", "NA", "?", "", "inf", "1e308",
                                   "12345678901234567890", "a", "cat", '"x,y"', "\t", " 3 ", "0x10", "1_000"]),
                  st.integers(-5, 5).map(str), st.floats(allow_nan=True).map(repr), st.text(max_size=4))


@st.composite
def csv_text(draw):
    cols = draw(st.integers(1, 4))
    sep = draw(st.sampled_from([",", ";", "\t"]))
    header = [draw(st.one_of(st.sampled_from(["a", "b", "label", "", "a"]), st.text(max_size=3))) for _ in range(cols)]
    rows = [[draw(CELLS) for _ in range(cols + draw(st.sampled_from([0, 0, 0, 1, -1])))]
            for _ in range(draw(st.integers(0, 12)))]
    return "\n".join(sep.join(r) for r in [header, *rows])


@budget(120)
@given(csv_text(), st.sampled_from(["", "?missing=mean", "?missing=zero&normalize=minmax", "?missing=drop-columns",
                                    "?label=a", "?label=label&normalize=none", "?test_fraction=0.5"]),
       st.one_of(st.none(), byte_mutations(3)))
def test_csv_tables(text, options, edits):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "t.csv"
        raw = text.encode("utf-8", "surrogatepass")
        path.write_bytes(mutate_bytes(raw, edits) if edits else raw)
        loads_or_explains(f"csv:{path}{options}")


# --- image folders -----------------------------------------------------------------------------------
IMAGE = st.one_of(
    st.tuples(st.integers(1, 6), st.integers(1, 6), st.sampled_from(["L", "RGB", "RGBA", "P", "1", "I;16", "F"]),
              st.sampled_from(["PNG", "JPEG"])),
    st.binary(max_size=40),
)


def _image_bytes(spec) -> bytes:
    if isinstance(spec, bytes):
        return spec
    from PIL import Image
    w, h, mode, fmt = spec
    if fmt == "JPEG" and mode not in ("L", "RGB"):
        fmt = "PNG"
    if mode == "F" or mode == "I;16":
        fmt = "TIFF" if mode == "F" else "PNG"
    im = Image.new(mode, (w, h))
    buf = io.BytesIO()
    im.save(buf, format=fmt)
    return buf.getvalue()


@budget(50)
@given(st.lists(st.lists(IMAGE, min_size=0, max_size=3), min_size=0, max_size=3),
       st.sampled_from(["", "?size=4x4", "?standardize=1", "?test_fraction=0.5"]))
def test_image_folders(classes, options):
    with tempfile.TemporaryDirectory() as d:
        for c, images in enumerate(classes):
            folder = Path(d) / f"class{c}"
            folder.mkdir()
            for i, image in enumerate(images):
                (folder / f"{i}.png").write_bytes(_image_bytes(image))
        loads_or_explains(f"images:{d}{options}")


def test_image_folder_fuzz_covers_valid_folders(tmp_path):
    """The generator above can make loadable folders: this one must load."""
    for c in range(2):
        for i in range(3):
            write_png(tmp_path / f"c{c}" / f"{i}.png", np.full((4, 4), 40 * i, np.uint8))
    assert loads_or_explains(f"images:{tmp_path}") is not None


# --- SPEC strings ------------------------------------------------------------------------------------
SPEC_TEXT = st.one_of(
    st.text(max_size=30),
    st.builds(lambda scheme, target, opts: f"{scheme}:{target}" + ("?" + "&".join(opts) if opts else ""),
              st.sampled_from(["builtin", "BUILTIN", "mnist", "csv", "images", "cifar10", "fashion-mnist", "x", ""]),
              st.sampled_from(["xor", "spirals", "blobs", "circles", "shapes", "", "nope", "/dev/null", "/",
                               "/nonexistent"]),
              st.lists(st.builds(lambda k, v: f"{k}={v}",
                                 st.sampled_from(["n", "noise", "seed", "classes", "test_fraction", "standardize",
                                                  "size", "label", "x", ""]),
                                 st.one_of(EDGE_NUMBERS.map(str), EDGE_TEXT, st.text(max_size=5))), max_size=3)),
)


@budget(120)
@given(SPEC_TEXT)
def test_spec_strings(text):
    if "shapes" in text.lower() and "n=" in text:
        return  # builtin:shapes?n=1000000 is valid and slow: not what this test is about
    loads_or_explains(text)


def test_idx_fuzz_covers_valid_files(tmp_path):
    (tmp_path / "x").write_bytes(idx_bytes(np.arange(6, dtype=np.uint8).reshape(2, 3)))
    assert read_idx(tmp_path / "x").shape == (2, 3)
