"""One training run's state, free of Qt: the run (network + trainer), the data, what the user is
looking at (layer, sample), and the weights at the start.

Whoever owns the session is the only one allowed to touch its network: the worker thread while it
runs, the controller on the GUI thread once the thread has ended. Both change it only through
`apply(command, value)`, so they offer the same commands with the same effects and messages.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import numpy as np

from netbuilder.analysis.trajectory import Trajectory
from netbuilder.run import probes
from netbuilder.run.build import build_run
from netbuilder.run.control import Command
from netbuilder.run.snapshots import RunInfo, Visuals

MAX_POINTS = 600  # training points drawn on the decision boundary


class SessionError(Exception):
    """Why a run could not start or a command failed, in words for the user. `command`: the
    command that failed (None: building the run failed)."""

    def __init__(self, text: str, command: Command | None = None):
        super().__init__(text)
        self.command = command


def open_session(doc, data=None, overrides: dict | None = None, *, layer: int | None = None, sample: int = 0,
                 weights: str | None = None) -> "Session":
    """Freeze the document into a spec (a NetworkSpec passes as it is), load the data with the
    run's seed and build the network (slow: the worker calls it, never the GUI). `data`: a Dataset,
    a data SPEC, or None for the document's own source; `layer`/`sample`: what the views look at;
    `weights`: a .npz to start from."""
    from netbuilder.data import DataError, Dataset
    from netbuilder.engine.errors import SpecError
    from netbuilder.engine.spec import parse_spec
    from netbuilder.run.build import DataMismatch, load_run_data

    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    try:
        spec = parse_spec(doc)
    except SpecError as e:
        raise SessionError(translate("Run", "The network cannot be built: {0}").format(e)) from None
    from netbuilder.model.memory import too_big
    opt = overrides.get("optimizer") or {}
    problem = too_big(spec, overrides.get("batch_size"), opt.get("type") if isinstance(opt, dict) else None)
    if problem:  # refuse before allocating anything (no MemoryError halfway through building it)
        raise SessionError(problem)
    if isinstance(data, Dataset):
        dataset = data
    else:
        try:
            dataset = load_run_data(spec, data, overrides)
        except DataError as e:
            raise SessionError(str(e)) from None
        except ValueError:
            raise SessionError(translate("Run", 'No data source: choose one (for example builtin:shapes) before training.')) from None
    try:
        session = Session(spec, dataset, overrides)
    except (DataMismatch, SpecError, ValueError) as e:
        raise SessionError(translate("Run", "The data does not fit the network: {0}").format(e)) from None
    if layer is not None:
        session.apply(Command.SELECT_LAYER, layer)
    session.apply(Command.SELECT_SAMPLE, sample)
    if weights:
        session.apply(Command.LOAD_WEIGHTS, weights)
    return session


class Session:
    def __init__(self, spec, dataset, overrides: dict | None = None):
        self.spec = spec
        self.dataset = dataset
        self.overrides = dict(overrides or {})
        self.selected_layer: int | None = None
        self.selected_sample = 0
        self.weights_loaded = False
        self._unit_shares = None
        self._build()

    def _build(self) -> None:
        run = build_run(self.spec, self.dataset, self.overrides)
        self.net, self.trainer = run.net, run.trainer
        self.initial = {i: self.net.layers[i].params["W"].copy() for i in probes.weight_layers(self.net)}
        self.trajectory = Trajectory.for_network(self.net)  # the weights at each epoch, for the Lab
        self.trajectory.record(self.net, 0)
        t, d = self.trainer, self.dataset
        for split, x, y in (("validation", t.x_val, t.y_val), ("test", d.x_test, d.y_test), ("training", t.x, t.y)):
            if x is not None and len(x):
                self.sample_split, self.samples, self.sample_labels = split, x, y
                break
        if self.selected_layer is None or self.selected_layer >= len(self.net.layers):
            self.selected_layer = self._default_layer()
        self.selected_sample = min(self.selected_sample, len(self.samples) - 1)
        self.weights_loaded = False
        self._steps_at_load = 0
        self._unit_shares = None
        self.extent = self.grid = None
        if tuple(self.net.input_shape) == (2,):
            self.extent = probes.boundary_extent(np.concatenate([d.x_train, d.x_test]))
            self.grid = probes.boundary_grid(self.extent)

    def _default_layer(self) -> int:
        """The first layer with image-shaped output after an activation is what people want to see
        first (edges and blobs); otherwise the first layer."""
        shapes = self.net.output_shapes
        for i, layer in enumerate(self.net.layers):
            if len(shapes[i]) == 3 and layer.category == "Activation":
                return i
        for i, shape in enumerate(shapes):
            if len(shape) == 3:
                return i
        return 0

    # --- facts --------------------------------------------------------------------------------
    @property
    def has_trained_weights(self) -> bool:
        return self.trainer.optimizer.steps > 0 or self.weights_loaded

    def info(self) -> RunInfo:
        t, d = self.trainer, self.dataset
        points = labels = None
        if tuple(self.net.input_shape) == (2,):
            step = max(1, len(t.x) // MAX_POINTS)
            points, labels = np.array(t.x[::step][:MAX_POINTS]), np.array(t.y[::step][:MAX_POINTS])
        return RunInfo(name=self.spec.name, layer_kinds=[layer.kind for layer in self.net.layers],
                       layer_names=probes.layer_names(self.net), output_shapes=list(self.net.output_shapes),
                       weight_layers=probes.weight_layers(self.net), class_names=list(d.class_names),
                       input_shape=tuple(self.net.input_shape), epochs=t.settings["epochs"],
                       batches_per_epoch=t.batches_per_epoch, batch_size=t.settings["batch_size"],
                       lr=float(t.optimizer.lr), n_train=len(t.x), n_val=len(t.x_val) if t.x_val is not None else 0,
                       n_test=len(d.x_test), sample_split=self.sample_split, n_samples=len(self.samples),
                       selected_layer=self.selected_layer, selected_sample=self.selected_sample,
                       points=points, point_labels=labels, notes=list(getattr(d, "notes", [])))

    # --- commands -----------------------------------------------------------------------------
    def apply(self, command: Command | str, value=None) -> str | None:
        """Carry out one of the commands that change the run (set_lr, select_layer, select_sample,
        reset, save_weights, load_weights). Returns what to tell the user when it worked (or None);
        raises SessionError, naming the command, when it failed and changed nothing."""
        command = Command(command)
        action = {Command.SET_LR: self._set_lr, Command.SELECT_LAYER: self._select_layer,
                  Command.SELECT_SAMPLE: self._select_sample, Command.RESET: self._reset,
                  Command.SAVE_WEIGHTS: self._save_weights, Command.LOAD_WEIGHTS: self._load_weights}.get(command)
        if action is None:
            raise ValueError(f"a session cannot {command.value}: the thread's owner does that")
        try:
            return action(value)
        except SessionError as e:
            e.command = command
            raise

    def _reset(self, _value=None) -> None:
        """Fresh weights, optimizer and position, exactly as at the start (same seed, same split)."""
        self._build()

    def _set_lr(self, lr) -> str:
        if not (lr > 0 and np.isfinite(lr)):
            raise SessionError(translate("Run", "The learning rate must be a positive number, not {0}.").format(lr))
        self.trainer.optimizer.lr = float(lr)
        return translate("Run", "Learning rate set to {0:g}").format(lr)

    def _select_layer(self, index) -> None:
        self.selected_layer = int(np.clip(index, 0, len(self.net.layers) - 1))

    def _select_sample(self, index) -> None:
        self.selected_sample = int(np.clip(index, 0, len(self.samples) - 1))

    def _save_weights(self, path) -> str:
        from netbuilder.io.weights import WeightsFileError, save_weights
        try:
            save_weights(path, self.net)
        except (OSError, WeightsFileError) as e:
            raise SessionError(translate("Run", "Could not save the weights to {0}: {1}").format(path, e)) from None
        return translate("Run", "Weights saved to {0}").format(path)

    def _load_weights(self, path) -> str:
        from netbuilder.io.weights import WeightsFileError, load_weights
        try:
            load_weights(path, self.net)
        except WeightsFileError as e:
            raise SessionError(translate("Run", "These weights do not fit the network: {0}").format(e)) from None
        self.weights_loaded = True
        self._steps_at_load = self.trainer.optimizer.steps  # the kept pre-update weights no longer apply
        self._unit_shares = None
        return translate("Run", "Weights loaded from {0}").format(path)

    # --- looking inside -----------------------------------------------------------------------
    def visuals(self, trained_since_last: bool = True, with_boundary: bool = True) -> Visuals:
        """A snapshot of everything the live views draw. `trained_since_last`: the activation masks
        are from a training batch and may be measured (later forward passes on one sample overwrite them)."""
        net, t = self.net, self.trainer
        if trained_since_last or self._unit_shares is None:
            self._unit_shares = probes.dead_shares(net), probes.saturated_shares(net)
        # The trainer keeps the weights from before its last update (its divergence guard): exactly
        # what the update/weight ratio needs, at no extra copy per batch.
        before = t.weights_before_last_step() if t.optimizer.steps > self._steps_at_load else None
        with np.errstate(over="ignore", invalid="ignore"):  # near a divergence the numbers may be huge
            grads = probes.gradient_stats(net, before, self.initial, self.selected_layer, *self._unit_shares)
        features = probes.feature_maps(net, self.samples, self.sample_labels, self.selected_layer, self.selected_sample)
        boundary = probes.decision_boundary(net, self.extent, self.grid) if self.grid is not None and with_boundary else None
        x = t.epoch + t.batch / t.batches_per_epoch
        return Visuals(x=float(x), steps=t.optimizer.steps, gradients=grads, features=features,
                       filters=probes.first_filters(net), boundary=boundary)

    def results(self):
        d = self.dataset
        if len(d.x_test):
            return probes.evaluate(self.net, d.x_test, d.y_test, d.class_names, "test")
        if self.trainer.x_val is not None and len(self.trainer.x_val):
            return probes.evaluate(self.net, self.trainer.x_val, self.trainer.y_val, d.class_names, "validation")
        return None
