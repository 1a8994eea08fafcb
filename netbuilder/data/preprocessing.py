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


def image_preprocessing(x_train, stats: dict | None = None) -> dict:
    """The description of [0, 1]-scaled NCHW images, standardised with `stats` when given."""
    c, h, w = (int(d) for d in x_train.shape[1:])
    stats = stats or {}
    return {"input": "image", "colour": "grey" if c == 1 else "rgb", "height": h, "width": w,
            "scale": 1 / 255, "mean": stats.get("shift"), "std": stats.get("scale"), "resize": "bilinear"}
