"""CIFAR-10 from the official "python version" batches.

The folder may be `cifar-10-batches-py` itself or the folder it was unpacked into. A class subset
(`?classes=airplane,ship`) is the mission's two-class benchmark; its labels are renumbered 0..k-1 in
the order written, so `classes=ship,airplane` makes ship class 0.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import pathlib

import numpy as np

from netbuilder.data.dataset import Dataset
from netbuilder.data.errors import DataError, as_path, did_you_mean, shown
from netbuilder.data.files import default_data_dir, open_maybe_gzip, require_dir
from netbuilder.data.normalize import standardize_images
from netbuilder.data.pixels import Pixels
from netbuilder.data.preprocessing import image_preprocessing
from netbuilder.data.safe_pickle import ForbiddenGlobal, restricted_load
from netbuilder.data.source_info import Picker, SourceInfo
from netbuilder.data.spec import Options, Spec

SUBDIR = "cifar-10-batches-py"
TRAIN_BATCHES = tuple(f"data_batch_{i}" for i in range(1, 6))
TEST_BATCH = "test_batch"
META = "batches.meta"
CLASS_NAMES = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]
PIXELS = 3 * 32 * 32
OPTIONS = ("classes", "standardize")

SOURCE = SourceInfo(
    ("cifar10",), "cifar10:DIR[?classes=airplane,ship]",
    "the python batches (DIR or DIR/cifar-10-batches-py); classes picks and renumbers a subset",
    {"cifar10": Picker("CIFAR-10 folder…", True)})


def batch_folder(directory: pathlib.Path) -> pathlib.Path:
    if (directory / TRAIN_BATCHES[0]).is_file() or not (directory / SUBDIR).is_dir():
        return directory
    return directory / SUBDIR


def read_pickle(path: pathlib.Path) -> dict:
    """A batch or meta file as a dict with str keys, or DataError; never runs code from the file."""
    try:
        with open_maybe_gzip(path, translate("Data", "a CIFAR-10 batch")) as (f, _):
            obj = restricted_load(f)
    except DataError:
        raise
    except ForbiddenGlobal as e:
        raise DataError(translate("Data", "{0} asks to load {1}, which a CIFAR-10 batch never contains; refusing to open it, since pickles can run code.").format(shown(path), e.qualname)) from None
    except MemoryError:
        raise DataError(translate("Data", "{0} is not a CIFAR-10 batch (it describes an impossibly large array).").format(shown(path))) from None
    except Exception as e:  # a corrupt pickle can raise almost any exception type
        raise DataError(translate("Data", "{0} is truncated or corrupt and cannot be unpickled ({1}: {2}).").format(shown(path), type(e).__name__, e)) from None
    if not isinstance(obj, dict):
        raise DataError(translate("Data", "{0} holds a {1}, not the dict of a CIFAR-10 batch.").format(shown(path), type(obj).__name__))
    return {k.decode("latin1") if isinstance(k, bytes) else str(k): v for k, v in obj.items()}


def read_batch(path: pathlib.Path) -> tuple[np.ndarray, np.ndarray]:
    batch = read_pickle(path)
    if "labels" not in batch:
        hint = translate("Data", " (this looks like CIFAR-100, which is not supported)") if "fine_labels" in batch else ""
        raise DataError(translate("Data", "{0} has no 'labels' entry, so it is not a CIFAR-10 batch{1}.").format(shown(path), hint))
    data = batch.get("data")
    if not isinstance(data, np.ndarray) or data.dtype != np.uint8 or data.ndim != 2 or data.shape[1] != PIXELS:
        what = translate("Data", "{0} array of shape {1}").format(data.dtype, data.shape) if isinstance(data, np.ndarray) else type(data).__name__
        raise DataError(translate("Data", "{0} has 'data' as {1}, not the uint8 array of N x {2} pixels of a CIFAR-10 batch.").format(shown(path), what, PIXELS))
    try:
        labels = np.asarray(batch["labels"], dtype=np.int64)
    except (TypeError, ValueError, OverflowError):
        raise DataError(translate("Data", "{0} has labels that are not whole numbers.").format(shown(path))) from None
    if not len(data):
        raise DataError(translate("Data", "{0} is an empty CIFAR-10 batch: it holds 0 images (the official batches hold 10,000 each); download the set again.").format(shown(path)))
    if labels.shape != (len(data),):
        raise DataError(translate("Data", "{0} holds {1} images but {2} labels.").format(shown(path), len(data), labels.size))
    if len(labels) and (labels.min() < 0 or labels.max() >= len(CLASS_NAMES)):
        bad = int(np.argmax((labels < 0) | (labels >= len(CLASS_NAMES))))
        raise DataError(translate("Data", "{0} has label {1} at position {2}, outside CIFAR-10's 0 to 9.").format(shown(path), int(labels[bad]), bad))
    return data, labels


def read_class_names(folder: pathlib.Path) -> list[str]:
    path = folder / META
    if not path.exists():
        return list(CLASS_NAMES)
    names = read_pickle(path).get("label_names")
    if not isinstance(names, list) or len(names) != len(CLASS_NAMES):
        raise DataError(translate("Data", "{0} does not list the {1} CIFAR-10 class names under 'label_names'.").format(shown(path), len(CLASS_NAMES)))
    return [n.decode("utf-8", "replace") if isinstance(n, bytes) else str(n) for n in names]


def select_classes(wanted: list[str], names: list[str], spec: Spec) -> list[int]:
    picked = []
    for name in wanted:
        if name not in names:
            raise DataError(translate("Data", "The dataset SPEC \"{0}\" asks for CIFAR-10 class \"{1}\"{2}; the classes are {3}.").format(spec.text, name, did_you_mean(name, names), ', '.join(names)))
        if names.index(name) in picked:
            raise DataError(translate("Data", "The dataset SPEC \"{0}\" lists class \"{1}\" twice.").format(spec.text, name))
        picked.append(names.index(name))
    return picked


def gather(folder: pathlib.Path, batch_names, relabel: np.ndarray) -> tuple[Pixels, np.ndarray]:
    """The images (as Pixels) and renumbered labels of the classes `relabel` keeps (>= 0), from
    the named batches in order.

    The images are copied into one array as each batch is read, and the batch is dropped before
    the next is read: collecting them and concatenating would hold every batch and the result at
    once (twice the set). The array is sized from the first batch and resized in place (realloc:
    no second copy) when the others differ."""
    out, used, labels = None, 0, []
    for i, batch_name in enumerate(batch_names):
        data, y = read_batch(folder / batch_name)
        keep = relabel[y] >= 0
        if not keep.all():
            data, y = data[keep], y[keep]
        labels.append(relabel[y])
        if out is None:
            out = np.empty((len(data) * len(batch_names), PIXELS), np.uint8)
        if used + len(data) > len(out):
            out.resize((used + len(data) * (len(batch_names) - i), PIXELS), refcheck=False)
        out[used:used + len(data)] = data
        used += len(data)
        del data
    if used < len(out):
        out.resize((used, PIXELS), refcheck=False)
    return Pixels(out.reshape(-1, 3, 32, 32)), np.concatenate(labels)


def load(spec: Spec, seed: int) -> Dataset:
    opts = Options(spec, OPTIONS)
    if spec.target:
        directory = as_path(spec.target)
    else:
        directory = default_data_dir() / "cifar10"
    require_dir(directory, "CIFAR-10")
    folder = batch_folder(directory)
    for name in (*TRAIN_BATCHES, TEST_BATCH):
        if not (folder / name).exists():
            raise DataError(translate("Data", "{0} does not exist; a CIFAR-10 folder needs {1} and {2} (the python version of the set).").format(shown(folder / name), ', '.join(TRAIN_BATCHES), TEST_BATCH))
    names = read_class_names(folder)
    wanted = opts.names("classes")
    picked = select_classes(wanted, names, spec) if wanted else list(range(len(names)))
    relabel = np.full(len(names), -1, np.int64)
    relabel[picked] = np.arange(len(picked))

    x_train, y_train = gather(folder, TRAIN_BATCHES, relabel)
    x_test, y_test = gather(folder, [TEST_BATCH], relabel)
    stats = {}
    if opts.flag("standardize"):
        x_train, x_test = standardize_images(x_train, x_test, stats)
    return Dataset(spec.text, x_train, y_train, x_test, y_test, [names[i] for i in picked],
                   preprocessing=image_preprocessing(x_train, stats))
