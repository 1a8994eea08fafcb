"""What crosses from the training thread to the GUI: plain dataclasses holding COPIES of arrays.

The worker keeps changing the network's arrays in place; a plot that kept a reference to one of
them would draw half-updated numbers (or crash on a resized scratch buffer). So every array in a
snapshot is a fresh copy made in the worker, and views may keep snapshots as long as they like.
The one deliberate exception is `Results.inputs`: the evaluation split's inputs, which nothing ever
writes, passed as a read-only view so a confusion-matrix click can show any sample without copying
the whole test set.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from netbuilder.engine.train import EpochReport


@dataclass
class RunInfo:
    """Sent once the data is loaded and the network built (and again after Reset weights):
    everything a view needs to lay itself out before the first number arrives."""
    name: str
    layer_kinds: list[str]
    layer_names: list[str]              # "3 Conv2D", for legends and combo boxes
    output_shapes: list[tuple]
    weight_layers: list[int]            # indices of layers that have a weight matrix W
    class_names: list[str]
    input_shape: tuple
    epochs: int
    batches_per_epoch: int
    batch_size: int
    lr: float
    n_train: int
    n_val: int
    n_test: int
    sample_split: str                   # where feature-map samples come from: "validation", "test" or "training"
    n_samples: int
    selected_layer: int
    selected_sample: int
    points: np.ndarray | None = None    # 2-D data only: some training points, for the decision boundary
    point_labels: np.ndarray | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def is_image(self) -> bool:
        return len(self.input_shape) == 3

    @property
    def is_points(self) -> bool:
        return tuple(self.input_shape) == (2,)


@dataclass
class BatchProgress:
    """Every batch since the previous emission (coalesced when batches are faster than the GUI)."""
    epoch: int                 # 0-based epoch of the newest batch
    batch: int                 # 0-based batch within that epoch
    batches: int               # batches per epoch
    epochs: int
    x: np.ndarray              # fractional epochs (epoch + (batch + 1) / batches) of each batch
    loss: np.ndarray
    accuracy: np.ndarray
    lr: float                  # learning rate used for the newest batch (schedule applied)
    images_per_second: float   # wall clock, recent batches
    eta_seconds: float | None
    elapsed_seconds: float     # wall clock spent running (pauses excluded)
    steps: int                 # optimizer steps so far


# The engine's per-epoch record is already a small value object of plain floats: it crosses the
# thread boundary as it is (the worker sends a copy), so the views use it under this name.
EpochSummary = EpochReport


@dataclass
class GradientStats:
    """Per weight layer: how big the corrections are, and for the selected layer the distributions."""
    layers: list[int]                  # layer indices, in pipeline order
    names: list[str]
    grad_norm: np.ndarray              # ‖∂L/∂W‖ over all of the layer's parameters
    grad_rms: np.ndarray               # ‖∂L/∂W‖ / √n: comparable between layers of different size
    update_ratio: np.ndarray           # ‖ΔW‖ / ‖W‖ of the last step (nan before the first step)
    dead_share: np.ndarray             # share of the following ReLU's units inactive on the last batch (nan: no ReLU)
    saturated_share: np.ndarray        # share of the following sigmoid/tanh's outputs in saturation on the last batch (nan: none)
    hist_layer: int | None             # layer whose histograms these are (the selection, or its nearest weight layer)
    weight_hist: np.ndarray | None = None      # counts on hist_edges
    initial_hist: np.ndarray | None = None     # the same layer's weights at the start, on the same edges
    hist_edges: np.ndarray | None = None
    grad_hist: np.ndarray | None = None
    grad_edges: np.ndarray | None = None


@dataclass
class FeatureMaps:
    layer: int
    layer_name: str
    sample: int
    input: np.ndarray                  # the sample, (C, H, W) or (D,)
    output: np.ndarray                 # that layer's output for it: (C, H, W) maps or (D,) units
    label: int
    prediction: int
    probabilities: np.ndarray


@dataclass
class Filters:
    """First weight layer drawn as images: conv kernels (F, C, kh, kw), or Dense columns reshaped to
    the input image (units, C, H, W)."""
    layer: int
    layer_name: str
    images: np.ndarray
    total: int                         # how many the layer has (images may hold fewer)


@dataclass
class Boundary:
    """Class probabilities on a grid over the 2-D input plane."""
    extent: tuple[float, float, float, float]   # x0, x1, y0, y1
    probabilities: np.ndarray                    # (ny, nx, K)


@dataclass
class Visuals:
    """The throttled, heavier part: everything the live views draw except the curves."""
    x: float                           # fractional epoch, for the over-time plots
    steps: int
    gradients: GradientStats | None
    features: FeatureMaps | None
    filters: Filters | None
    boundary: Boundary | None


@dataclass
class Results:
    """After training (finished or stopped): how it does on data it never trained on."""
    split: str                         # "test" (or "validation" when the data has no test split)
    loss: float
    accuracy: float
    class_names: list[str]
    confusion: np.ndarray              # (K, K) counts, rows = true class, columns = predicted
    labels: np.ndarray                 # true class of every evaluated sample
    predictions: np.ndarray
    confidence: np.ndarray             # probability the network gave its own prediction
    mistakes: np.ndarray               # indices of wrong predictions, most confident first
    mistake_images: np.ndarray         # inputs of the first mistakes (at most ~200), copies
    inputs: np.ndarray                 # the whole evaluated split, read-only view (never written)

    def cell(self, true: int, predicted: int) -> np.ndarray:
        """Indices of the samples in one confusion-matrix cell, most confident first."""
        idx = np.flatnonzero((self.labels == true) & (self.predictions == predicted))
        return idx[np.argsort(-self.confidence[idx], kind="stable")]


@dataclass
class RunEnd:
    status: str                        # finished, early_stopped, stopped, aborted, failed
    images_per_second: float           # wall clock over the whole run (pauses excluded)
    active_seconds: float
    images: int
    visual_seconds: float              # spent making visual snapshots in the worker
    message: str = ""
