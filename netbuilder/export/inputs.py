"""New inputs for a trained model, prepared exactly as the data source prepared its training data.

Image files are decoded to the model's colour mode and size the way the image-folder source decodes
them (Pillow, BILINEAR resize), scaled by 1/255 and standardised with the training statistics; CSV
rows are matched to the training columns by name and filled and scaled with the training numbers;
.npy arrays of uint8 are raw pixels (prepared like images), float arrays are taken as prepared
network inputs. Anything that cannot be made to fit is an InputError naming the file and the reason.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import csv
import io
import pathlib

import numpy as np

from netbuilder.data.pixels import to_inputs

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp")
GREY_MODES = ("1", "L", "LA", "I", "I;16", "I;16B", "I;16L", "F")


class InputError(ValueError):
    """An input that cannot be fed to the model; the message says which and why."""


def image_settings(preprocessing: dict, input_shape: tuple) -> dict:
    """The image preprocessing to apply: the recorded one, or (for a model without a record) the
    image sources' default of pixels/255 at the network's own size and channel count."""
    if preprocessing.get("input") == "image":
        return preprocessing
    c, h, w = input_shape
    return {"input": "image", "colour": "grey" if c == 1 else "rgb", "height": h, "width": w,
            "scale": 1 / 255, "mean": None, "std": None}


def normalise_pixels(pixels: np.ndarray, settings: dict) -> np.ndarray:
    """uint8 (N, C, H, W) pixels -> float32 network inputs."""
    scale = settings.get("scale") or 1 / 255
    if settings.get("mean") is None:
        return to_inputs(pixels, scale)
    c = pixels.shape[1]
    return to_inputs(pixels, scale, np.asarray(settings["mean"], np.float32).reshape(1, c, 1, 1),
                     np.asarray(settings["std"], np.float32).reshape(1, c, 1, 1))


def decode_image(source, settings: dict, notes: list[str], name: str = "") -> np.ndarray:
    """A file path, bytes or PIL image -> uint8 (C, H, W) in the model's colour mode and size."""
    from PIL import Image

    try:
        im = source if isinstance(source, Image.Image) else Image.open(
            io.BytesIO(source) if isinstance(source, bytes) else source)
        im.load()
    except Exception as e:  # Pillow reports unreadable files through many exception types
        raise InputError(translate("Export", "{0}: not a readable image ({1}: {2})").format(name or source, type(e).__name__, e)) from None
    want = "L" if settings["colour"] == "grey" else "RGB"
    have = "L" if im.mode in GREY_MODES or (im.mode == "P" and _grey_palette(im)) else "RGB"
    if im.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        a = np.asarray(im)
        a = (np.clip(a, 0, 1) * 255).round() if a.dtype.kind == "f" else \
            (a if a.max() <= 255 else np.clip(a, 0, 65535) * (255 / 65535)).round()
        im = Image.fromarray(a.astype(np.uint8))
    if have != want:
        notes.append(translate("Export", "{0}: {1} image converted to {2}, as the model was trained on").format(name, 'colour' if have == 'RGB' else 'grey', 'grey' if want == 'L' else 'RGB'))
    im = im.convert(want)
    size = (settings["width"], settings["height"])
    if im.size != size:
        notes.append(translate("Export", "{0}: resized from {1}x{2} to {3}x{4} pixels").format(name, im.size[0], im.size[1], size[0], size[1]))
        im = im.resize(size, Image.Resampling.BILINEAR)
    a = np.asarray(im, dtype=np.uint8)
    return a[None] if a.ndim == 2 else a.transpose(2, 0, 1)


def _grey_palette(im) -> bool:
    palette = np.asarray(im.getpalette() or [], dtype=np.int64).reshape(-1, 3)
    return bool(len(palette)) and bool((palette == palette[:, :1]).all())


def read_csv_rows(path: pathlib.Path, preprocessing: dict, features: int) -> tuple[np.ndarray, list[str]]:
    """(rows as prepared inputs, a name per row) from a CSV; columns matched by name when the model
    recorded them, else all numeric columns in order."""
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    first = text.lstrip().split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    rows = [[c.strip() for c in r] for r in csv.reader(io.StringIO(text), delimiter=delimiter) if any(c.strip() for c in r)]
    if not rows:
        raise InputError(translate("Export", "{0}: empty CSV file").format(path))
    columns = preprocessing.get("columns") if preprocessing.get("input") == "table" else None
    header, body = rows[0], rows[1:]
    if columns:
        missing = [c for c in columns if c not in header]
        if missing:
            raise InputError(translate("Export", "{0}: lacks the column{1} {2} the model was trained on (its columns: {3})").format(path, 's' if len(missing) > 1 else '', ', '.join(missing), ', '.join(header)))
        picked = [header.index(c) for c in columns]
    else:
        if _numeric(header):
            body = rows
        picked = list(range(len(rows[0])))
        if len(picked) != features:
            raise InputError(translate("Export", "{0}: rows have {1} values but the model takes {2}").format(path, len(picked), features))
    x = np.empty((len(body), len(picked)))
    for i, row in enumerate(body):
        for j, k in enumerate(picked):
            cell = row[k] if k < len(row) else ""
            try:
                x[i, j] = float(cell) if cell.lower() not in ("", "na", "n/a", "nan", "?", "null") else np.nan
            except ValueError:
                raise InputError(translate("Export", "{0}: row {1}, column {2} holds {3!r}, not a number").format(path, i + 1, k + 1, cell)) from None
    if columns:
        x = prepare_table(x, preprocessing, path)
    elif np.isnan(x).any():
        raise InputError(translate("Export", "{0}: has empty cells and the model records no way to fill them").format(path))
    return x.astype(np.float32), [translate("Export", "{0} row {1}").format(path.name, i + 1) for i in range(len(x))]


def prepare_table(x: np.ndarray, preprocessing: dict, where) -> np.ndarray:
    holes = np.isnan(x)
    if holes.any():
        fill = preprocessing.get("fill")
        if fill is None:
            i, j = np.argwhere(holes)[0]
            raise InputError(translate("Export", "{0}: row {1} has no value for {2}, and the model was trained with missing={3}, which fills nothing").format(where, i + 1, preprocessing['columns'][j], preprocessing.get('missing')))
        x = np.where(holes, np.asarray(fill)[None, :], x)
    if preprocessing.get("shift") is not None:
        x = (x - np.asarray(preprocessing["shift"])) / np.asarray(preprocessing["scale"])
    return x


def _numeric(cells) -> bool:
    try:
        [float(c) for c in cells]
        return True
    except ValueError:
        return False


def read_npy(path: pathlib.Path, preprocessing: dict, input_shape: tuple) -> np.ndarray:
    try:
        a = np.load(path, allow_pickle=False)
    except (ValueError, OSError) as e:
        raise InputError(translate("Export", "{0}: not a readable .npy array ({1})").format(path, e)) from None
    shape = tuple(input_shape)
    if a.shape == shape or (len(shape) == 3 and shape[0] == 1 and a.shape == shape[1:]):
        a = a.reshape((1, *shape))
    elif a.shape[1:] == shape or (len(shape) == 3 and shape[0] == 1 and a.shape[1:] == shape[1:]):
        a = a.reshape((len(a), *shape))
    else:
        raise InputError(translate("Export", "{0}: array of shape {1} fits neither one sample {2} nor a batch (N, {3}) of this model").format(path, a.shape, shape, ', '.join(map(str, shape))))
    if a.dtype == np.uint8 and len(shape) == 3:
        return normalise_pixels(a, image_settings(preprocessing, shape))
    return a.astype(np.float32)


def load_inputs(paths, preprocessing: dict, input_shape: tuple) -> tuple[np.ndarray, list[str], list[str]]:
    """(prepared inputs, a name per sample, notes on what was converted) for every file given."""
    xs, names, notes = [], [], []
    for p in map(pathlib.Path, paths):
        if not p.is_file():
            raise InputError(translate("Export", "{0}: no such file").format(p))
        suffix = p.suffix.lower()
        if suffix in IMAGE_SUFFIXES:
            if len(input_shape) != 3:
                raise InputError(translate("Export", "{0}: an image, but the model takes {1} numbers per sample, not an image").format(p, input_shape[0]))
            settings = image_settings(preprocessing, input_shape)
            pixels = decode_image(p, settings, notes, p.name)
            if pixels.shape[0] != input_shape[0]:
                raise InputError(translate("Export", "{0}: gives {1} channels but the model takes {2}").format(p, pixels.shape[0], input_shape[0]))
            xs.append(normalise_pixels(pixels[None], settings))
            names.append(p.name)
        elif suffix == ".csv":
            if len(input_shape) != 1:
                raise InputError(translate("Export", "{0}: a table, but the model takes images of shape {1}; give image files").format(p, input_shape))
            x, row_names = read_csv_rows(p, preprocessing, input_shape[0])
            xs.append(x)
            names.extend(row_names)
        elif suffix == ".npy":
            x = read_npy(p, preprocessing, input_shape)
            xs.append(x)
            names.extend([p.name] if len(x) == 1 else [f"{p.name}[{i}]" for i in range(len(x))])
        else:
            raise InputError(translate("Export", "{0}: unknown kind of input; give image files ({1}), .csv rows or .npy arrays").format(p, ', '.join(IMAGE_SUFFIXES)))
    return np.concatenate(xs) if xs else np.zeros((0, *input_shape), np.float32), names, notes
