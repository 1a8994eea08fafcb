"""Spec + data -> network + trainer, in one place shared by the command line and the GUI worker,
so the same file, data and seed give the same numbers in both.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from netbuilder.engine.errors import Problem
from netbuilder.engine.network import Network
from netbuilder.engine.spec import NetworkSpec
from netbuilder.engine.train import Trainer, training_settings


class DataMismatch(ValueError):
    """The data cannot feed this network; the message says which side to change."""


def data_fit_problems(spec: NetworkSpec, input_shape: tuple, num_classes: int) -> list[Problem]:
    problems = []
    if tuple(input_shape) != tuple(spec.input_shape):
        problems.append(Problem("input.shape", f"the data gives samples of shape {list(input_shape)} but the "
                                               f"network expects {list(spec.input_shape)}"))
    out = spec.layers[-1].output_shape if spec.layers else None
    loss = spec.loss["type"]
    if out is not None:
        units = int(np.prod(out))
        if loss == "binary_cross_entropy":
            if num_classes != 2 or units != 1:
                problems.append(Problem("loss", f"binary_cross_entropy needs 2 classes and 1 output; the data has "
                                                f"{num_classes} classes and the network {units} outputs"))
        elif units != num_classes:
            problems.append(Problem(f"layers[{len(spec.layers) - 1}]",
                                    f"the network ends with {units} outputs but the data has {num_classes} classes"))
    return problems


@dataclass
class Experiment:
    spec: NetworkSpec
    dataset: object
    net: Network
    trainer: Trainer

    @property
    def x_val(self):
        return self.trainer.x_val

    @property
    def y_val(self):
        return self.trainer.y_val


def build_experiment(spec: NetworkSpec, dataset, overrides: dict | None = None, dtype=np.float32) -> Experiment:
    from netbuilder.data import augment_batch, split_validation

    problems = data_fit_problems(spec, dataset.input_shape, dataset.num_classes)
    if problems:
        raise DataMismatch("; ".join(str(p) for p in problems))
    training = dict(spec.training)
    for key, value in (overrides or {}).items():
        if key == "optimizer":
            current = training.get("optimizer", {})
            if value.get("type", current.get("type")) != current.get("type"):
                current = {}  # another optimizer's settings (beta1, rho...) do not carry over
            training["optimizer"] = {**current, **value}
        elif value is not None:
            training[key] = value
    training = training_settings(training)
    x_tr, y_tr, x_val, y_val = split_validation(dataset.x_train, dataset.y_train, training["val_fraction"],
                                                training["seed"])
    net = Network(spec, seed=training["seed"], dtype=dtype)
    trainer = Trainer(net, x_tr, y_tr, x_val, y_val, training, augment=augment_batch)
    return Experiment(spec, dataset, net, trainer)
