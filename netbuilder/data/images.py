"""A folder of image files, one sub-folder per class.

Decoding PNG and JPEG is Pillow's job (imported only when such a folder is loaded, so the rest of
the package works without it). All images must share one size because a network has one input
shape; rather than guess how to crop or pad, an odd size is an error naming the file, unless the
user asks for `?size=WxH`. Grey and colour files may be mixed: then every image is loaded as RGB.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import pathlib

import numpy as np

from netbuilder.data.dataset import Dataset, stratified_indices
from netbuilder.data.errors import DataError, as_path, shown
from netbuilder.data.files import require_dir
from netbuilder.data.normalize import standardize_images
from netbuilder.data.pixels import Pixels
from netbuilder.data.preprocessing import image_preprocessing
from netbuilder.data.source_info import Picker, SourceInfo
from netbuilder.data.spec import Options, Spec

EXTENSIONS = (".png", ".jpg", ".jpeg")
GREY_MODES = ("1", "L", "LA", "I", "I;16", "I;16B", "I;16L", "F")
OPTIONS = ("test_fraction", "size", "standardize")

SOURCE = SourceInfo(
    ("images",), "images:DIR[?size=WxH&test_fraction=0.2]",
    "one sub-folder of PNG/JPEG files per class, all one size unless size= resizes them",
    {"images": Picker("Image folder (one sub-folder per class)…", True)})


def _pillow():
    try:
        from PIL import Image
    except ImportError:
        raise DataError(translate("Data", "Reading image folders needs the Pillow package, which is not installed "
                        "(pip install Pillow).")) from None
    return Image


def class_folders(directory: pathlib.Path) -> list[tuple[str, list[pathlib.Path]]]:
    """(class name, image files) per sub-folder, sorted by name so class indices are stable."""
    folders = sorted(p for p in directory.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not folders:
        raise DataError(translate("Data", "{0} has no sub-folders; put the images of each class in a sub-folder named after the class.").format(shown(directory)))
    classes = []
    for folder in folders:
        files = sorted(p for p in folder.iterdir()
                       if p.is_file() and p.suffix.lower() in EXTENSIONS and not p.name.startswith("."))
        if not files:
            raise DataError(translate("Data", "The class folder {0} holds no PNG or JPEG files.").format(shown(folder)))
        classes.append((folder.name, files))
    if len(classes) < 2:
        raise DataError(translate("Data", "{0} has only one class folder ({1}); a classifier needs at least two.").format(shown(directory), classes[0][0]))
    return classes


def decode(path: pathlib.Path, size: tuple[int, int] | None, Image) -> np.ndarray:
    """(H, W) for grey or (H, W, 3) uint8 for colour, resized when `size` is given."""
    try:
        with Image.open(path) as im:
            im.load()
            mode = "L" if im.mode in GREY_MODES or (im.mode == "P" and _palette_is_grey(im)) else "RGB"
            if mode == "L" and im.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
                im = Image.fromarray(_to_uint8(np.asarray(im)))
            im = im.convert(mode)
            if size is not None and im.size != size:
                im = im.resize(size, Image.Resampling.BILINEAR)
            return np.asarray(im, dtype=np.uint8)
    except DataError:
        raise
    except Exception as e:  # Pillow reports corrupt files through many exception types
        raise DataError(translate("Data", "{0} is not a readable PNG or JPEG image ({1}: {2}).").format(shown(path), type(e).__name__, e)) from None


def _palette_is_grey(im) -> bool:
    palette = np.asarray(im.getpalette() or [], dtype=np.int64).reshape(-1, 3)
    return bool(len(palette)) and bool((palette == palette[:, :1]).all())


def _to_uint8(a: np.ndarray) -> np.ndarray:
    """16-bit grey (0..65535) and float grey (0..1) images mapped to 0..255."""
    if a.dtype.kind == "f":
        return (np.clip(a, 0, 1) * 255).round().astype(np.uint8)
    if a.max() <= 255:
        return a.astype(np.uint8)
    return (np.clip(a, 0, 65535) * (255 / 65535)).round().astype(np.uint8)


def _stack_nchw(pictures: list[np.ndarray], channels: int) -> np.ndarray:
    """One uint8 (N, C, H, W) array from (H, W) / (H, W, 3) pictures (grey ones repeated into RGB
    when `channels` is 3). Each picture is dropped from the list once copied, so the decoded
    images exist about once, not twice as with np.stack."""
    h, w = pictures[0].shape[:2]
    out = np.empty((len(pictures), channels, h, w), np.uint8)
    for i, a in enumerate(pictures):
        out[i] = a.transpose(2, 0, 1) if a.ndim == 3 else a[None]
        pictures[i] = None
    return out


def load(spec: Spec, seed: int) -> Dataset:
    opts = Options(spec, OPTIONS)
    test_fraction = opts.fraction("test_fraction", 0.2)
    size = opts.size("size")
    if not spec.target:
        raise DataError(translate("Data", "The dataset SPEC \"{0}\" names no folder; write images:DIR.").format(spec.text))
    directory = as_path(spec.target)
    require_dir(directory, "image")
    Image = _pillow()
    classes = class_folders(directory)

    pictures, labels = [], []
    first = None  # (path, (width, height)) of the image that fixes the size
    for label, (_, files) in enumerate(classes):
        for path in files:
            a = decode(path, size, Image)
            dims = (a.shape[1], a.shape[0])
            if first is None:
                first = (path, dims)
            elif dims != first[1]:
                raise DataError(translate("Data", "{0} is {1}x{2} pixels but {3} is {4}x{5}; all images must have one size (or add ?size={6}x{7} to resize them).").format(shown(path), dims[0], dims[1], shown(first[0]), first[1][0], first[1][1], first[1][0], first[1][1]))
            pictures.append(a)
            labels.append(label)

    colour = any(a.ndim == 3 for a in pictures)
    mixed = colour and any(a.ndim == 2 for a in pictures)
    x = Pixels(_stack_nchw(pictures, 3 if colour else 1))
    y = np.asarray(labels, dtype=np.int64)

    train, test = stratified_indices(y, test_fraction, seed)
    x_train, x_test = x.take(train), x.take(test)
    stats = {}
    if opts.flag("standardize"):
        x_train, x_test = standardize_images(x_train, x_test, stats)
    notes = [translate("Data", "grey and colour images mixed: all loaded as RGB")] if mixed else []
    return Dataset(spec.text, x_train, y[train], x_test, y[test], [name for name, _ in classes], notes,
                   preprocessing=image_preprocessing(x, stats))
