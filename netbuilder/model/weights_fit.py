"""Do trained weights still fit an edited network? Answered from the layer declarations alone.

An edit that adds or removes a layer without weights (a ReLU, a Dropout), or changes a setting that
no weight depends on (a dropout rate), leaves every weight array of the network with the same shape
in the same order: the trained weights stay meaningful and need not be thrown away. `weight_signature`
lists, in order, each layer that holds weights or saved statistics with the shapes of those arrays;
two networks whose signatures are equal can exchange weights.
"""

from __future__ import annotations

from netbuilder.engine.registry import layer_class
from netbuilder.engine.spec import analyze_layers


def weight_signature(doc: dict) -> tuple | None:
    """((kind, ((name, shape), ...)), ...) for every layer with weights or statistics, in order;
    None when some layer's shape or settings are not known (the network cannot be built)."""
    inp = doc.get("input") if isinstance(doc.get("input"), dict) else {}
    shape = inp.get("shape")
    if not isinstance(shape, list) or not all(isinstance(d, int) for d in shape):
        return None
    signature = []
    for report in analyze_layers(tuple(shape), doc.get("layers") or []):
        if report.config is None or report.input_shape is None or report.output_shape is None:
            return None
        layer = layer_class(report.kind)(report.input_shape, **report.config)
        arrays = {**layer.param_shapes(), **{k: s for k, (s, _fill) in layer.state_shapes().items()}}
        if arrays:
            signature.append((report.kind, tuple(sorted((k, tuple(v)) for k, v in arrays.items()))))
    return tuple(signature)
