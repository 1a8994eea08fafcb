"""Spec + data + seed -> network + trainer, in one place shared by the command line, the GUI worker
and anything else that trains (sweeps, the run store), so the same file, data and seed give the
same numbers everywhere.

The seed rule lives here and nowhere else: a run's data is loaded with the run's seed (the
`seed` override when given, else the file's `training.seed`), because generated data sets and
train/test splits depend on it.
"""

from __future__ import annotations

from netbuilder.i18n import translate
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
        problems.append(Problem("input.shape", translate("Run", "the data gives samples of shape {0} but the network expects {1}").format(list(input_shape), list(spec.input_shape))))
    out = spec.layers[-1].output_shape if spec.layers else None
    loss = spec.loss["type"]
    if out is not None:
        units = int(np.prod(out))
        if loss == "binary_cross_entropy":
            if num_classes != 2 or units != 1:
                problems.append(Problem("loss", translate("Run", "binary_cross_entropy needs 2 classes and 1 output; the data has {0} classes and the network {1} outputs").format(num_classes, units)))
        elif units != num_classes:
            problems.append(Problem(f"layers[{len(spec.layers) - 1}]",
                                    translate("Run", "the network ends with {0} outputs but the data has {1} classes").format(units, num_classes)))
    return problems


def check_data_fits(spec: NetworkSpec, dataset) -> None:
    """DataMismatch naming every way `dataset` cannot feed `spec`."""
    problems = data_fit_problems(spec, dataset.input_shape, dataset.num_classes)
    if problems:
        raise DataMismatch("; ".join(str(p) for p in problems))


def run_seed(spec: NetworkSpec, overrides: dict | None = None) -> int:
    """The seed a run uses: the `seed` override when given, else the file's."""
    seed = (overrides or {}).get("seed")
    return int(seed if seed is not None else spec.training["seed"])


def load_run_data(spec: NetworkSpec, source: str | None = None, overrides: dict | None = None):
    """The run's data set: `source` (a data SPEC) or the file's own, loaded with the run's seed.
    DataError when it cannot be loaded; ValueError when there is no source at all."""
    from netbuilder.data import load_dataset

    source = source or spec.data
    if not source:
        raise ValueError(translate("Run", 'no data source: choose one (for example builtin:shapes) before training'))
    return load_dataset(source, seed=run_seed(spec, overrides))


def merged_training(spec: NetworkSpec, overrides: dict | None = None) -> dict:
    """The file's training settings with the overrides on top, defaults filled in."""
    training = dict(spec.training)
    for key, value in (overrides or {}).items():
        if key == "optimizer":
            current = training.get("optimizer", {})
            if value.get("type", current.get("type")) != current.get("type"):
                current = {}  # another optimizer's settings (beta1, rho...) do not carry over
            training["optimizer"] = {**current, **value}
        elif value is not None:
            training[key] = value
    return training_settings(training)


@dataclass
class Run:
    """A run ready to train: its spec, data, network and trainer (the trainer holds the split)."""
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


def build_run(spec: NetworkSpec, dataset, overrides: dict | None = None, dtype=np.float32) -> Run:
    """Network and trainer for `spec` on `dataset`; DataMismatch when the data does not fit."""
    from netbuilder.data import augment_batch, split_validation

    check_data_fits(spec, dataset)
    training = merged_training(spec, overrides)
    x_tr, y_tr, x_val, y_val = split_validation(dataset.x_train, dataset.y_train, training["val_fraction"],
                                                training["seed"])
    net = Network(spec, seed=training["seed"], dtype=dtype)
    trainer = Trainer(net, x_tr, y_tr, x_val, y_val, training, augment=augment_batch)
    return Run(spec, dataset, net, trainer)
