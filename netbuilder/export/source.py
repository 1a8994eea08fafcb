"""One way to open "a model" for predict, eval and export: a .nbmodel, an ONNX file, or a network
file with an optional weights file beside it on the command line.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import pathlib

from netbuilder.engine.network import Network
from netbuilder.io.nbmodel import SUFFIX, ModelFileError, TrainedModel, load_nbmodel


def load_model(path, weights=None, need_weights: bool = True) -> TrainedModel:
    """The model at `path`; ModelFileError (bad input) or NetworkFileError (bad network file).

    A network file without `weights` is refused when `need_weights` (predicting with random weights
    is never what anyone wants), else built with its seed's initial weights.
    """
    from netbuilder.io.network_file import load_network
    from netbuilder.io.weights import WeightsFileError, load_weights

    path = pathlib.Path(path)
    suffix = path.suffix.lower()
    if suffix == SUFFIX:
        model = load_nbmodel(path)
    elif suffix == ".onnx":
        from netbuilder.export.onnx_import import import_onnx
        model = import_onnx(path)
    else:
        spec = load_network(path)
        model = TrainedModel(spec, Network(spec, seed=spec.training["seed"]))
        if weights is None and need_weights:
            raise ModelFileError(translate("Export", "{0} is a network file without weights; give --weights W.npz (or use the model.nbmodel that `netbuilder train --out DIR` writes)").format(path))
    if weights is not None:
        try:
            load_weights(weights, model.net)
        except WeightsFileError as e:
            raise ModelFileError(str(e)) from None
    return model


def model_from_run(spec, net, dataset, metrics: dict | None = None) -> TrainedModel:
    """What a finished run knows, as a model to save."""
    return TrainedModel(spec, net, list(dataset.class_names), dict(dataset.preprocessing), dict(metrics or {}))
