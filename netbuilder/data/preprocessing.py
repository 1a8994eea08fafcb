"""What a source did to its raw files, recorded so a trained model can do the same to new inputs.

A `.nbmodel`, `netbuilder predict`, the exported PyTorch project and ONNX metadata all read this one
description, so an image given to a trained model later is decoded, sized, scaled and normalised
exactly as the training images were (DIGITS users lost accuracy outside the tool for lack of this).

Images: {"input": "image", "colour": "grey"|"rgb", "height", "width", "scale": 1/255,
         "mean": [per channel] | None, "std": [per channel] | None, "resize": "bilinear"}
         x = (pixel · scale − mean) / std
Tables: {"input": "table", "columns": [names], "label": name, "missing": policy,
         "fill": [per column] | None, "shift": [..] | None, "scale": [..] | None}
         x = (value − shift) / scale, a missing value becoming fill first
Vectors generated in-process (builtin points): {"input": "vector", "features": D}
"""

from __future__ import annotations

from netbuilder.i18n import translate
import numpy as np


def image_preprocessing(x_train, stats: dict | None = None) -> dict:
    """The description of [0, 1]-scaled NCHW images, standardised with `stats` when given."""
    c, h, w = (int(d) for d in x_train.shape[1:])
    stats = stats or {}
    return {"input": "image", "colour": "grey" if c == 1 else "rgb", "height": h, "width": w,
            "scale": 1 / 255, "mean": stats.get("shift"), "std": stats.get("scale"), "resize": "bilinear"}


def _numbers_problem(value, n: int, what: str, positive: bool = False) -> str | None:
    """None when `value` is a finite number or a flat list of 1 or `n` of them (all > 0 if `positive`)."""
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in items) or len(items) not in (1, n):
        return translate("Data", "{0} should be a number or a list of {1} numbers").format(what, n)
    a = np.asarray(items, dtype=np.float64)
    if not np.isfinite(a).all() or (positive and (a <= 0).any()) or (not positive and (np.abs(a) > 1e30).any()):
        return translate("Data", "{0} holds {1}").format(what, 'a value that is not a positive finite number' if positive else 'a non-finite or huge value')
    return None


def preprocessing_problem(pre: dict, input_shape: tuple) -> str | None:
    """What is wrong with a recorded preprocessing for a network taking `input_shape`, or None.

    A .nbmodel comes from anywhere, and predict, the Try-it tab and the exported project apply its
    preprocessing to new inputs: checked here, once, when the model is opened."""
    if not pre:
        return None
    kind = pre.get("input")
    shape = tuple(input_shape)
    if kind == "image":
        if len(shape) != 3:
            return translate("Data", "describes images, but the network takes inputs of shape {0}").format(list(shape))
        c, h, w = shape
        colour = pre.get("colour")
        if colour not in ("grey", "rgb") or (colour == "grey") != (c == 1):
            return translate("Data", "colour {0!r} does not fit a network taking %n channel(s)", None, c).format(colour)
        if pre.get("height") != h or pre.get("width") != w or type(pre.get("height")) is not int \
                or type(pre.get("width")) is not int:
            return translate("Data", "image size {0!r}×{1!r} is not the network's {2}×{3}").format(pre.get('height'), pre.get('width'), h, w)
        checks = [(pre.get("scale"), "scale", True)]
        if pre.get("mean") is not None or pre.get("std") is not None:
            checks += [(pre.get("mean"), "mean", False), (pre.get("std"), "std", True)]
        problems = [_numbers_problem(v, c, what, positive) for v, what, positive in checks if v is not None
                    or what != "scale"]
    elif kind == "table":
        if len(shape) != 1:
            return translate("Data", "describes table rows, but the network takes inputs of shape {0}").format(list(shape))
        n = shape[0]
        columns = pre.get("columns")
        if not isinstance(columns, list) or len(columns) != n or not all(isinstance(c, str) for c in columns):
            return translate("Data", "columns should be a list of the {0} column names the network takes").format(n)
        if (pre.get("shift") is None) != (pre.get("scale") is None):
            return translate("Data", "has a shift without a scale (or a scale without a shift)")
        problems = [_numbers_problem(pre[k], n, k, k == "scale") for k in ("fill", "shift", "scale")
                    if pre.get(k) is not None]
    elif kind == "vector":
        problems = [] if type(pre.get("features")) is int else [translate("Data", "features should be a whole number")]
    else:
        return translate("Data", "input {0!r} is none of image, table or vector").format(kind)
    return next((p for p in problems if p), None)
