"""MNIST and Fashion-MNIST from the four standard IDX files, gzipped or not.

IDX is a tiny big-endian format: two zero bytes, a type code, the number of dimensions, one 32-bit
size per dimension, then the data. Everything is checked before numpy sees it, because a wrong or
half-downloaded file otherwise shows up as a reshape error deep in numpy.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import math
import os
import pathlib

import numpy as np

from netbuilder.data.dataset import Dataset
from netbuilder.data.errors import DataError, as_path, shown
from netbuilder.data.files import open_maybe_gzip, require_dir
from netbuilder.data.normalize import standardize_images
from netbuilder.data.pixels import Pixels
from netbuilder.data.preprocessing import image_preprocessing
from netbuilder.data.source_info import Picker, SourceInfo
from netbuilder.data.spec import Options, Spec
from netbuilder.format import shape_text as format_shape, size_text
from netbuilder.model.memory import available_memory

IDX_TYPES = {0x08: np.dtype(np.uint8), 0x09: np.dtype(np.int8), 0x0B: np.dtype(">i2"),
             0x0C: np.dtype(">i4"), 0x0D: np.dtype(">f4"), 0x0E: np.dtype(">f8")}
IMAGES_MAGIC = 2051  # unsigned bytes, 3 dimensions
LABELS_MAGIC = 2049  # unsigned bytes, 1 dimension

FILES = {  # part -> standard file name without .gz
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}

CLASS_NAMES = {
    "mnist": [str(d) for d in range(10)],
    "fashion-mnist": ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                      "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"],
}
OPTIONS = ("standardize",)

SOURCE = SourceInfo(
    ("mnist", "fashion-mnist"), "mnist:DIR  |  fashion-mnist:DIR",
    "the four IDX files (train-images-idx3-ubyte, ..., .gz or not); empty DIR = the download folder",
    {"mnist": Picker("MNIST folder (IDX files)…", True), "fashion-mnist": Picker("Fashion-MNIST folder (IDX files)…", True)})


def read_idx(path: os.PathLike | str, magic: int | None = None) -> np.ndarray:
    """The array stored in an IDX file, checked end to end.

    Read as a stream (gzip decompressed on the fly): the header is checked first, and only the bytes
    it promises are read, straight into the returned array, so neither a header whose sizes multiply to an absurd number nor a small
    gzip file that inflates to gigabytes can make it allocate more than the data it describes."""
    with open_maybe_gzip(path) as (f, size):
        head = f.read(4)
        if len(head) < 4 or head[0] or head[1] or head[2] not in IDX_TYPES or head[3] == 0:
            found = int.from_bytes(head.ljust(4, b"\0"), "big")
            raise DataError(translate("Data", "{0} is not an IDX file (it starts with 0x{1:08x}, not an IDX magic number such as 0x{2:08x}).").format(shown(path), found, IMAGES_MAGIC))
        found = int.from_bytes(head, "big")
        if magic is not None and found != magic:
            raise DataError(translate("Data", "{0} has IDX magic number {1} where {2} ({3}) was expected; is it the right file?").format(shown(path), found, magic, _magic_meaning(magic)))
        ndim, dtype = head[3], IDX_TYPES[head[2]]
        raw_dims = f.read(4 * ndim)
        if len(raw_dims) < 4 * ndim:
            raise DataError(translate("Data", "{0} is truncated: it ends inside its IDX header.").format(shown(path)))
        dims = tuple(int.from_bytes(raw_dims[i:i + 4], "big") for i in range(0, 4 * ndim, 4))
        count = math.prod(dims)  # Python ints: never overflows
        expected = count * dtype.itemsize
        shape_text = format_shape(dims, spaced=True)
        if count == 0:
            raise DataError(translate("Data", "{0} is empty: its header describes {1} values, none at all.").format(shown(path), shape_text))
        if size is not None:  # uncompressed: the file size says it all before anything is read
            have = size - 4 - 4 * ndim
            if have != expected:
                raise _size_error(path, shape_text, expected, have)
        room = available_memory()
        if room is not None and expected > room:
            raise DataError(translate("Data", "{0} has a header promising {1} values ({2}), more than the {3} of memory available; it is damaged or not an IDX file.").format(shown(path), shape_text, size_text(expected), size_text(room)))
        data = np.empty(expected, np.uint8)
        got = _read_into(f, data)
        if got < expected:
            raise _size_error(path, shape_text, expected, got)
        extra = _count_rest(f)
        if extra:
            raise _size_error(path, shape_text, expected, expected + extra)
    return data.view(dtype).reshape(dims)


READ_CHUNK = 1 << 20  # bytes per read: gzip inflates at most this much beyond the array at a time


def _read_into(f, buffer: np.ndarray) -> int:
    """Fill `buffer` from the stream, returning the bytes read (fewer: the stream ended).

    Reading straight into the one array that is returned means the data exists once: `f.read(n)`
    would build an n-byte bytes object first (and a gzip stream may inflate in big pieces)."""
    view = memoryview(buffer)
    got = 0
    while got < len(buffer):
        n = f.readinto(view[got:got + READ_CHUNK])
        if not n:
            break
        got += n
    return got


REST_CAP = 1 << 26  # bytes of trailing garbage counted before giving up (a gzip bomb stops here)


def _count_rest(f) -> int:
    """How many bytes are left in the stream, reading at most REST_CAP (+1 MB) of them."""
    n = 0
    while n <= REST_CAP:
        chunk = f.read(1 << 20)
        if not chunk:
            break
        n += len(chunk)
    return n


def _size_error(path, shape_text: str, expected: int, have: int) -> DataError:
    if have < expected:
        return DataError(translate("Data", "{0} is truncated: its header promises {1} values ({2:,} bytes) but only {3:,} bytes follow.").format(shown(path), shape_text, expected, have))
    extra = have - expected
    amount = translate("Data", "more than {0} of").format(size_text(REST_CAP)) if extra > REST_CAP else f"{extra:,}"
    return DataError(translate("Data", "{0} has {1} unexpected bytes after the {2} values its header describes.").format(shown(path), amount, shape_text))


def _magic_meaning(magic: int) -> str:
    return {IMAGES_MAGIC: translate("Data", "an image file"), LABELS_MAGIC: translate("Data", "a label file")}.get(magic, "IDX")


def find_idx_file(directory: pathlib.Path, stem: str) -> pathlib.Path:
    """The file for one part, accepting .gz or not and the `train-images.idx3-ubyte` spelling some
    mirrors use."""
    variants = (stem, stem.replace("-idx", ".idx"))
    for name in variants:
        for candidate in (name, name + ".gz"):
            if (directory / candidate).is_file():
                return directory / candidate
    raise DataError(translate("Data", "{0}[.gz] does not exist; an MNIST folder needs {1} (each may be gzipped).").format(shown(directory / stem), ', '.join(FILES.values())))


def load_pair(images_path: pathlib.Path, labels_path: pathlib.Path, num_classes: int):
    """(images as Pixels (N, 1, H, W), int64 labels): the pixels stay the uint8 bytes of the file."""
    images = read_idx(images_path, IMAGES_MAGIC)
    labels = read_idx(labels_path, LABELS_MAGIC)
    if len(images) != len(labels):
        raise DataError(translate("Data", "{0} holds {1} images but {2} holds {3} labels; the two files must come from the same set.").format(shown(images_path), len(images), shown(labels_path), len(labels)))
    if len(labels) and labels.max() >= num_classes:
        bad = int(np.argmax(labels >= num_classes))
        raise DataError(translate("Data", "{0} has label {1} at position {2}, but this dataset has only classes 0 to {3}.").format(shown(labels_path), int(labels[bad]), bad, num_classes - 1))
    return Pixels(images[:, None, :, :]), labels.astype(np.int64)


def default_dir(scheme: str) -> pathlib.Path:
    from netbuilder.data.download import default_data_dir
    return default_data_dir() / scheme


def load(spec: Spec, seed: int) -> Dataset:
    """`mnist:DIR` / `fashion-mnist:DIR`; an empty DIR means the download folder for that set."""
    opts = Options(spec, OPTIONS)
    directory = as_path(spec.target) if spec.target else default_dir(spec.scheme)
    require_dir(directory, spec.scheme)
    names = CLASS_NAMES[spec.scheme]
    paths = {part: find_idx_file(directory, stem) for part, stem in FILES.items()}
    x_train, y_train = load_pair(paths["train_images"], paths["train_labels"], len(names))
    x_test, y_test = load_pair(paths["test_images"], paths["test_labels"], len(names))
    if x_train.shape[1:] != x_test.shape[1:]:
        raise DataError(translate("Data", "{0} holds {1}x{2} images but {3} holds {4}x{5}.").format(shown(paths['test_images']), x_test.shape[2], x_test.shape[3], shown(paths['train_images']), x_train.shape[2], x_train.shape[3]))
    stats = {}
    if opts.flag("standardize"):
        x_train, x_test = standardize_images(x_train, x_test, stats)
    return Dataset(spec.text, x_train, y_train, x_test, y_test, list(names),
                   preprocessing=image_preprocessing(x_train, stats))
