"""The window's part of taking a network elsewhere: File ▸ Save Trained Model…, File ▸ Export ▸
PyTorch project… / ONNX…, opening .nbmodel and .onnx files, and the Try-it tab.

All the work is in the Qt-free export package; this file only asks for paths, gathers what the
finished run knows (network, weights, class names, preprocessing, test results) and reports errors.
A model can only be taken from a run that is not training: during a run the network belongs to the
worker thread.
"""

from __future__ import annotations

import copy
import pathlib

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QFrame, QMenu, QScrollArea

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.io.nbmodel import TrainedModel
from netbuilder.views.translation import translate

MODEL_FILTER = QT_TRANSLATE_NOOP("ExportActions", "Trained models (*.nbmodel);;ONNX models (*.onnx)")


def trained_model(window) -> TrainedModel | None:
    """What the finished (or stopped) run holds, as a model; None while training or before a run."""
    session = getattr(window.training, "session", None)
    if session is None:
        return None
    results = window.training.last_results
    metrics = {}
    if results is not None:
        metrics = {"test_accuracy": getattr(results, "accuracy", None), "test_loss": getattr(results, "loss", None)}
    dataset = session.dataset
    return TrainedModel(session.spec, copy.deepcopy(session.net), list(dataset.class_names),
                        dict(getattr(dataset, "preprocessing", {}) or {}), metrics)


class _BuiltWhenShown(QScrollArea):
    """A scroll area that asks for its content the first time it is shown."""

    def __init__(self, build):
        super().__init__()
        self._build = build

    def showEvent(self, event) -> None:
        if self._build is not None:
            build, self._build = self._build, None
            build()
        super().showEvent(event)


class ExportActions:
    """Installs the menu entries and the Try-it tab on a MainWindow; keeps the hooks there small."""

    def __init__(self, window):
        self.window = window
        self.opened: TrainedModel | None = None  # a model opened from a file, until a run replaces it
        file_menu = window.menuBar().findChild(QMenu, "fileMenu")
        before = window.act_close
        self.save_model = QAction(translate("ExportActions", "Save &Trained Model…"), window)
        self.save_model.triggered.connect(lambda: self.save_trained_model())
        self.save_model.setToolTip(translate("ExportActions", "Save the trained network with its weights, class names and preprocessing "
                                   "as one .nbmodel file (for netbuilder predict, eval and export)"))
        self.export_menu = QMenu(translate("ExportActions", "&Export"), window)
        self.export_menu.setToolTipsVisible(True)
        self.export_pytorch = self.export_menu.addAction(translate("ExportActions", "&PyTorch Project…"), lambda: self.to_pytorch())
        self.export_pytorch.setToolTip(translate("ExportActions", "A folder with model.py, train.py (runs under torchrun), data.py and a parity check"))
        self.export_onnx = self.export_menu.addAction(translate("ExportActions", "&ONNX…"), lambda: self.to_onnx())
        self.export_onnx.setToolTip(translate("ExportActions", "An ONNX file (opset 17) with the class names and preprocessing in its metadata"))
        file_menu.insertAction(before, self.save_model)
        file_menu.insertMenu(before, self.export_menu)
        file_menu.insertSeparator(before)
        self._try_it = None
        # In a scroll area, so that the tab never makes the window wider than the pipeline does
        # (beside the live panel the central tabs get little room). The panel itself (feature maps,
        # so pyqtgraph) is made when the tab is first shown: start-up does not pay for it.
        holder = self._holder = _BuiltWhenShown(lambda: self.try_it)
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setMinimumWidth(120)
        window.add_central_tab(holder, translate("ExportActions", "Try it"))
        window.training.finished.connect(lambda _end: self.refresh())
        window.training.cleared.connect(self.refresh)
        self.refresh()

    # --- which model ------------------------------------------------------------------------------
    def model(self) -> TrainedModel | None:
        return trained_model(self.window) or self.opened

    @property
    def try_it(self):
        """The Try it panel, made on first need."""
        if self._try_it is None:
            from netbuilder.views.try_it import TryItPanel
            self._try_it = TryItPanel()
            self._holder.setWidget(self._try_it)
            self._try_it.set_model(self.model())
        return self._try_it

    def refresh(self) -> None:
        model = self.model()
        self.save_model.setEnabled(model is not None)
        if self._try_it is not None:
            self._try_it.set_model(model)

    def _model_or_design(self) -> TrainedModel | None:
        """The trained model; else, after asking, the design with its initial weights."""
        model = self.model()
        if model is not None:
            return model
        if self.window.training.thread_running:
            self.window.dialogs.error(translate("ExportActions", "Training is running"), translate("ExportActions", "Stop training first (Run ▸ Stop): while it runs, "
                                      "the network belongs to the training thread."))
            return None
        from netbuilder.engine.errors import SpecError
        from netbuilder.engine.network import Network
        from netbuilder.engine.spec import parse_spec
        try:
            spec = parse_spec(self.window.document.to_doc())
        except SpecError as e:
            self.window.dialogs.error(translate("ExportActions", "Cannot export"), translate("ExportActions", "The network has problems; fix them first."), str(e))
            return None
        if not self.window.dialogs.confirm(translate("ExportActions", "Export an untrained network?"), translate("ExportActions", "Nothing has been trained yet, so the "
                                           "export will hold the network's initial weights.")):
            return None
        return TrainedModel(spec, Network(spec, seed=spec.training["seed"]))

    # --- actions ----------------------------------------------------------------------------------
    def save_trained_model(self, path: str | None = None) -> bool:
        from netbuilder.io.nbmodel import save_nbmodel
        model = self.model()
        if model is None:
            self.window.dialogs.error(translate("ExportActions", "Nothing trained"), translate("ExportActions", "Train the network first (or stop the running training)."))
            return False
        path = path or self._save_path(translate("ExportActions", "Save trained model"), "model.nbmodel", translate("ExportActions", "Trained models (*.nbmodel)"), ".nbmodel")
        return bool(path) and self._do(lambda: save_nbmodel(path, model), translate("ExportActions", "Trained model saved to {0}").format(path))

    def to_pytorch(self, folder: str | None = None) -> bool:
        from netbuilder.export.pytorch_project import write_pytorch_project
        model = self._model_or_design()
        if model is None:
            return False
        folder = folder or QFileDialog.getExistingDirectory(self.window, translate("ExportActions", "Export a PyTorch project into"))
        return bool(folder) and self._do(lambda: write_pytorch_project(folder, model),
                                         translate("ExportActions", "PyTorch project written to {0} (see its README.md)").format(folder))

    def to_onnx(self, path: str | None = None) -> bool:
        from netbuilder.export.onnx_export import save_onnx
        model = self._model_or_design()
        if model is None:
            return False
        path = path or self._save_path(translate("ExportActions", "Export ONNX"), "model.onnx", translate("ExportActions", "ONNX models (*.onnx)"), ".onnx")
        return bool(path) and self._do(lambda: save_onnx(path, model.net, model.class_names, model.preprocessing),
                                       translate("ExportActions", "ONNX model written to {0}").format(path))

    def open_model(self, path: str) -> bool:
        """A .nbmodel or .onnx from File ▸ Open: its network becomes the (untitled) document and the
        model goes to the Try-it tab."""
        from netbuilder.export.source import load_model
        from netbuilder.io.nbmodel import ModelFileError
        try:
            model = load_model(path)
        except ModelFileError as e:
            self.window.dialogs.error(translate("ExportActions", "Cannot open model"), translate("ExportActions", "“{0}” was not opened.").format(pathlib.Path(path).name), str(e))
            return False
        if not self.window.files.may_replace():
            return False
        self.window.document.replace(model.spec.doc)
        self.opened = model
        self.refresh()
        self.window.statusBar().showMessage(translate("ExportActions", "Opened {0}: its network is in the builder (untitled), its weights in the Try it tab").format(pathlib.Path(path).name), 8000)
        return True

    def _save_path(self, title, suggested, filters, suffix) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, filters)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path or None

    def _do(self, work, done: str) -> bool:
        from netbuilder.export.naming import UnsupportedLayer
        from netbuilder.export.onnx_common import OnnxUnavailable
        try:
            work()
        except (UnsupportedLayer, OnnxUnavailable, OSError) as e:
            self.window.dialogs.error(translate("ExportActions", "Export failed"), translate("ExportActions", "Nothing usable was written."), str(e))
            return False
        self.window.statusBar().showMessage(done, 8000)
        return True
