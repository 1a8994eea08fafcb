"""Browse data…: the samples a network will train on, before any training.

Opened from the Input card. The data set is loaded exactly as a run loads it (the same SPEC and
seed, so the same scaling, standardisation and train/test split) in a worker thread, then shown as:
a grid of samples with their labels (filter by class, page through), how many samples each class
has, and the sample size and value range the network's input layer receives. A sample size that
does not match the network's input shape is said plainly, since training would refuse it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QSize, Qt, QThread, Signal, Slot
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListView, QListWidget,
                               QListWidgetItem, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from netbuilder.format import shape_text
from netbuilder.run.build import run_seed
from netbuilder.training import gui_garbage
from netbuilder.views import theme
from netbuilder.views.live import mosaic
from netbuilder.views.translation import translate

PAGE = 60        # samples per page
THUMB = 64       # thumbnail side in pixels (before the screen's scaling)
ROWS_SHOWN = 60  # rows of a table for non-image data


class DataLoader(QObject):
    """load_dataset in a thread: a large set takes seconds, and the window must stay responsive."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, spec: str, seed: int):
        super().__init__()
        self.spec, self.seed = spec, seed

    @Slot()
    def run(self) -> None:
        from netbuilder.data import DataError, load_dataset
        try:
            self.loaded.emit(load_dataset(self.spec, seed=self.seed))
        except (DataError, OSError, ValueError) as e:
            self.failed.emit(str(e))
        finally:
            QThread.currentThread().quit()  # the thread ends with the loading, whether or not the dialog still exists


def summary_facts(dataset, input_shape) -> dict:
    """What the network's input receives, as numbers: counts, size, value range, class counts."""
    x = dataset.x_train
    counts = np.bincount(dataset.y_train, minlength=len(dataset.class_names))
    test_counts = np.bincount(dataset.y_test, minlength=len(dataset.class_names))
    sample_shape = tuple(int(d) for d in x.shape[1:])
    return {
        "train": len(dataset.x_train), "test": len(dataset.x_test),
        "shape": sample_shape,
        "fits": input_shape is None or tuple(input_shape) == sample_shape,
        "min": float(x.min()) if x.size else 0.0, "max": float(x.max()) if x.size else 0.0,
        "mean": float(x.mean()) if x.size else 0.0, "std": float(x.std()) if x.size else 0.0,
        "classes": [(name, int(n), int(t)) for name, n, t in zip(dataset.class_names, counts, test_counts)],
    }


def thumbnail(sample: np.ndarray, side: int) -> QPixmap:
    """One (C, H, W) sample as a crisp (nearest-neighbour) square picture."""
    rgb = np.ascontiguousarray(mosaic.sample_rgb(sample))
    h, w = rgb.shape[:2]
    image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
    return QPixmap.fromImage(image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.FastTransformation))


class DataBrowser(QDialog):
    def __init__(self, spec: str, seed: int = 0, input_shape=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("DataBrowser", "Data: {0}").format(spec))
        self.setObjectName("dataBrowser")
        self.spec, self.input_shape = spec, input_shape
        self.dataset = None
        self.facts = None
        self.thread: QThread | None = None

        layout = QVBoxLayout(self)
        self.summary = QLabel(translate("DataBrowser", "Loading {0}…").format(spec))
        self.summary.setObjectName("dataSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        body = QHBoxLayout()
        self.class_table = QTableWidget(0, 3)
        self.class_table.setObjectName("classCounts")
        self.class_table.setHorizontalHeaderLabels([translate("DataBrowser", "class"), translate("DataBrowser", "training"),
                                                    translate("DataBrowser", "test")])
        self.class_table.verticalHeader().hide()
        self.class_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.class_table.setToolTip(translate("DataBrowser", "Samples per class. Very uneven counts make accuracy misleading: a network "
                                    "can score well by always guessing the large class."))
        self.class_table.setMaximumWidth(300)
        body.addWidget(self.class_table)

        right = QVBoxLayout()
        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("DataBrowser", "Show")))
        self.split_box = QComboBox()
        self.split_box.addItems([translate("DataBrowser", "training samples"), translate("DataBrowser", "test samples")])
        self.split_box.setToolTip(translate("DataBrowser", "Which part of the data set to look at"))
        controls.addWidget(self.split_box)
        self.class_box = QComboBox()
        # Filled once the data has loaded, after the dialog is shown: sized then, "all classes" was cut to "all classe".
        self.class_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.class_box.setToolTip(translate("DataBrowser", "Only the samples of one class"))
        controls.addWidget(self.class_box)
        controls.addWidget(QLabel(translate("DataBrowser", "page")))
        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_box.setToolTip(translate("DataBrowser", "{0} samples per page").format(PAGE))
        controls.addWidget(self.page_box)
        self.of_label = QLabel("")
        controls.addWidget(self.of_label)
        controls.addStretch(1)
        right.addLayout(controls)
        self.grid = QListWidget()
        self.grid.setObjectName("sampleGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setIconSize(QSize(THUMB, THUMB))
        self.grid.setGridSize(QSize(THUMB + 28, THUMB + 30))
        self.grid.setSpacing(4)
        self.grid.setToolTip(translate("DataBrowser", "The samples as the network receives them, with their labels"))
        right.addWidget(self.grid, 1)
        self.table = QTableWidget()  # for samples that are lists of numbers, not images
        self.table.setObjectName("sampleTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.hide()
        right.addWidget(self.table, 1)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for box in (self.split_box, self.class_box):
            box.currentIndexChanged.connect(self._filter_changed)
        self.page_box.valueChanged.connect(self.show_page)
        for w in (self.split_box, self.class_box, self.page_box):
            w.setEnabled(False)
        self._fit_to_screen(parent)
        self._load(seed)

    def _fit_to_screen(self, parent) -> None:
        size = [960, 680]
        screen = parent.screen() if parent is not None else self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            size = [min(size[0], int(area.width() * 0.9)), min(size[1], int(area.height() * 0.9))]
        self.resize(*size)

    # --- loading ------------------------------------------------------------------------------
    def _load(self, seed: int) -> None:
        self.loader = DataLoader(self.spec, seed)
        # Not a child of the dialog, and ended by the loader itself: a dialog closed (and deleted)
        # while loading must not destroy a running QThread, which makes Qt abort the process.
        self.thread = QThread()
        self.loader.moveToThread(self.thread)
        self.thread.started.connect(self.loader.run)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._failed)
        self.thread.worker = self.loader  # the loader lives as long as its thread, not as the dialog
        gui_garbage.hold_while(self.thread)  # keeps the thread referenced until it has finished
        self.thread.start()

    def _end_thread(self) -> None:
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()
            self.thread = None

    @property
    def loading(self) -> bool:
        return self.thread is not None

    def _failed(self, text: str) -> None:
        self._end_thread()
        self.summary.setText(translate("DataBrowser", "<b>The data could not be loaded.</b> {0}").format(text))
        self.summary.setProperty("error", True)

    def _loaded(self, dataset) -> None:
        self._end_thread()
        self.dataset = dataset
        f = self.facts = summary_facts(dataset, self.input_shape)
        size = shape_text(f["shape"], spaced=True)
        kind = "image" if len(f["shape"]) == 3 else "sample"
        fit = ("" if f["fits"] else
               "<br>" + theme.colored(translate("DataBrowser", "The network's input is {0}, but these samples are {1}: training would refuse them. Change the input shape or the data.").format(shape_text(self.input_shape, spaced=True), size), "error", bold=True))
        notes = "".join(f"<br>{n}" for n in dataset.notes)
        self.summary.setText(
            translate("DataBrowser", "<b>{0}</b>: {1:,} training and {2:,} test samples in {3} classes. Each {4} is <b>{5}</b>; after preprocessing the values range from <b>{6:.3g}</b> to <b>{7:.3g}</b> (mean {8:.3g}, standard deviation {9:.3g}). A validation share, if set, is taken from the training samples when a run starts.{10}{11}").format(dataset.name, f['train'], f['test'], len(f['classes']), kind, size, f['min'], f['max'], f['mean'], f['std'], fit, notes))
        self.class_table.setRowCount(len(f["classes"]))
        for r, (name, n, t) in enumerate(f["classes"]):
            for c, text in enumerate((name, f"{n:,}", f"{t:,}")):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.class_table.setItem(r, c, item)
        self.class_table.resizeColumnsToContents()
        self.class_box.blockSignals(True)
        self.class_box.clear()
        self.class_box.addItem(translate("DataBrowser", "all classes"))
        self.class_box.addItems([name for name, _n, _t in f["classes"]])
        self.class_box.blockSignals(False)
        for w in (self.split_box, self.class_box, self.page_box):
            w.setEnabled(True)
        self._filter_changed()

    # --- showing ------------------------------------------------------------------------------
    def _indices(self) -> np.ndarray:
        y = self.dataset.y_train if self.split_box.currentIndex() == 0 else self.dataset.y_test
        cls = self.class_box.currentIndex() - 1
        return np.arange(len(y)) if cls < 0 else np.flatnonzero(y == cls)

    def _filter_changed(self) -> None:
        if self.dataset is None:
            return
        pages = max(1, -(-len(self._indices()) // PAGE))
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, pages)
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.show_page()

    def show_page(self) -> None:
        if self.dataset is None:
            return
        test = self.split_box.currentIndex() == 1
        x = self.dataset.x_test if test else self.dataset.x_train
        y = self.dataset.y_test if test else self.dataset.y_train
        indices = self._indices()
        page = indices[(self.page_box.value() - 1) * PAGE:self.page_box.value() * PAGE]
        self.of_label.setText(translate("DataBrowser", "of {0} ({1:,} samples)").format(self.page_box.maximum(), len(indices)))
        names = self.dataset.class_names
        if x.ndim == 4:
            self.table.hide()
            self.grid.show()
            self.grid.clear()
            for i in page:
                item = QListWidgetItem(QIcon(thumbnail(x[i], THUMB)), names[y[i]])
                item.setToolTip(translate("DataBrowser", "sample {0}: {1} · values {2:.3g} … {3:.3g}").format(i + 1, names[y[i]], x[i].min(), x[i].max()))
                item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
                self.grid.addItem(item)
        else:
            self.grid.hide()
            self.table.show()
            flat = x.reshape(len(x), -1)
            cols = min(flat.shape[1], 12)
            self.table.setColumnCount(cols + 1)
            self.table.setHorizontalHeaderLabels(["label", *[f"x{j + 1}" for j in range(cols)]])
            self.table.setRowCount(len(page))
            for r, i in enumerate(page):
                self.table.setItem(r, 0, QTableWidgetItem(names[y[i]]))
                for j in range(cols):
                    self.table.setItem(r, j + 1, QTableWidgetItem(f"{flat[i, j]:.4g}"))

    def done(self, result: int) -> None:
        self._end_thread()  # closing while loading: wait for the loader (it cannot be interrupted)
        super().done(result)


def open_data_browser(document, parent=None) -> DataBrowser | None:
    """Browse the document's data source (modeless); None when no source is set."""
    settings = document.pipeline.settings
    spec = settings.get("data")
    if not isinstance(spec, str) or not spec.strip():
        return None
    spec_ok = document.spec  # the seed a run would use: the same seed gives the same split
    seed = run_seed(spec_ok) if spec_ok is not None else 0
    browser = DataBrowser(spec, seed, document.pipeline.input_shape, parent)
    browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    browser.show()
    return browser
