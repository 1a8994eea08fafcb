"""Everything live in one widget: controls, a message banner, the stat cards and a tab per view.

`connect_controller()` is the whole wiring: the panel listens to the controller's signals and
turns the views' requests (a layer, a sample, a confusion cell) into controller calls. The window
only has to answer `train_requested` with `controller.start(doc, ...)` and forward card clicks to
`controller.select_layer(i)`.

The tabs' views (sixteen pyqtgraph plots, the lab) are built the first time they are needed: when
the panel is shown, when a run starts (the controller's state leaves idle, in the GUI thread,
before the worker can send anything), or when one of them is asked for (`panel.curves`). Built at
start they were 0.6 s of the window's 1.3 s start-up, for a panel the builder view does not show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from netbuilder.run.control import State
from netbuilder.views import theme
from netbuilder.views.live.budget import draw_budget
from netbuilder.views.live.controls import ControlBar
from netbuilder.views.live.stats import StatsView
from netbuilder.views.translation import translate

VIEWS = ("curves", "features", "gradients", "filters", "boundary", "confusion", "mistakes", "results_tab", "lab")


class Banner(QWidget):
    """A dismissable message strip: divergence advice (with a one-click remedy) or an error."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("banner")  # styled by app.qss: warning colours, or error ones with [error="true"]
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel("")
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.action = QPushButton("")
        layout.addWidget(self.action)
        close = QPushButton("✕")
        close.setFlat(True)
        close.setFixedWidth(26)
        close.setToolTip(translate("LivePanel", "Hide this message"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self._callback = None
        self.action.clicked.connect(lambda: self._callback and self._callback())
        self.hide()

    def show_message(self, text: str, error: bool, action: str | None = None, callback=None) -> None:
        theme.set_state(self, "error", bool(error))
        self.text.setText(text)
        self.action.setText(action or "")
        self.action.setVisible(bool(action))
        self._callback = callback
        self.show()


class LivePanel(QWidget):
    train_requested = Signal(bool)  # the window should call controller.start(doc, ..., paused=<arg>)

    TABS = ("curves", "features", "gradients", "filters", "boundary", "results")

    def __init__(self, parent=None, show_controls: bool = True):
        super().__init__(parent)
        self.controller = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.controls = ControlBar()
        self.controls.train_requested.connect(self.train_requested)
        self.controls.setVisible(show_controls)
        layout.addWidget(self.controls)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.stats = StatsView()
        layout.addWidget(self.stats)
        self._tabs = QTabWidget()
        layout.addWidget(self._tabs, 1)
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)  # a long data summary wraps instead of widening the window
        layout.addWidget(self.status)
        self._views: dict | None = None
        self.stats.clear(None)

    # --- the views, built on first need -----------------------------------------------------------
    def ensure_views(self) -> dict:
        if self._views is not None:
            return self._views
        from netbuilder.views.lab import LabPanel
        from netbuilder.views.live.boundary import BoundaryView
        from netbuilder.views.live.confusion import ConfusionView
        from netbuilder.views.live.curves import CurvesView
        from netbuilder.views.live.feature_maps import FeatureMapView
        from netbuilder.views.live.filters import FilterView
        from netbuilder.views.live.gradients import GradientView
        from netbuilder.views.live.mistakes import MistakesGallery

        v = self._views = {"curves": CurvesView(), "features": FeatureMapView(), "gradients": GradientView(),
                           "filters": FilterView(), "boundary": BoundaryView(), "confusion": ConfusionView(),
                           "mistakes": MistakesGallery()}
        results = QSplitter()
        results.addWidget(v["confusion"])
        results.addWidget(v["mistakes"])
        results.setStretchFactor(0, 2)
        results.setStretchFactor(1, 3)
        v["results_tab"] = results
        tabs = self._tabs
        for widget, title, tip in (
                (v["curves"], translate("LivePanel", "Loss && accuracy"), translate("LivePanel", "Loss and accuracy per batch and per epoch, training and validation")),
                (v["features"], translate("LivePanel", "Feature maps"), translate("LivePanel", "What the selected layer outputs for one sample")),
                (v["gradients"], translate("LivePanel", "Gradients"), translate("LivePanel", "Gradient size per layer, update sizes, weight and gradient histograms")),
                (v["filters"], translate("LivePanel", "Filters"), translate("LivePanel", "The first layer's weights as pictures")),
                (v["boundary"], translate("LivePanel", "Decision boundary"), translate("LivePanel", "For 2-D data: the predicted class over the whole plane")),
                (results, translate("LivePanel", "Results"), translate("LivePanel", "Test accuracy, confusion matrix and mistakes, after training"))):
            tabs.setTabToolTip(tabs.addTab(widget, title), tip)
        v["lab"] = LabPanel()
        tabs.setTabToolTip(tabs.addTab(v["lab"], translate("LivePanel", "Lab")),
                           translate("LivePanel", "Why it trains or not: loss along a weight, landscapes, explained units, gradient check"))
        v["features"].unit_clicked.connect(self._explain_unit)
        v["features"].layer_requested.connect(self._select_layer)
        v["features"].sample_requested.connect(self._select_sample)
        v["confusion"].cell_clicked.connect(v["mistakes"].show_cell)
        if self.controller is not None:
            self._wire_views(self.controller)
        else:
            self._clear(None)
        return v

    @property
    def curves(self):
        return self.ensure_views()["curves"]

    @property
    def features(self):
        return self.ensure_views()["features"]

    @property
    def gradients(self):
        return self.ensure_views()["gradients"]

    @property
    def filters(self):
        return self.ensure_views()["filters"]

    @property
    def boundary(self):
        return self.ensure_views()["boundary"]

    @property
    def confusion(self):
        return self.ensure_views()["confusion"]

    @property
    def mistakes(self):
        return self.ensure_views()["mistakes"]

    @property
    def results_tab(self):
        return self.ensure_views()["results_tab"]

    @property
    def lab(self):
        return self.ensure_views()["lab"]

    @property
    def tabs(self) -> QTabWidget:
        self.ensure_views()
        return self._tabs

    def showEvent(self, event) -> None:
        self.ensure_views()
        super().showEvent(event)

    # --- wiring -------------------------------------------------------------------------------
    def connect_controller(self, controller) -> None:
        self.controller = controller
        self.controls.connect_controller(controller)
        budget = draw_budget()
        controller.visual_pacing = lambda: budget.stretch
        c = controller
        c.progress.connect(self.stats.show_progress)
        c.epoch_ended.connect(self.stats.show_epoch)
        c.finished.connect(lambda end: self.stats.show_finished(end.status))
        c.diverged.connect(self._diverged)
        c.error.connect(lambda text: self.banner.show_message(text, error=True))
        c.message.connect(self.status.setText)
        c.state_changed.connect(self._state_changed)
        c.state_changed.connect(lambda state: self.stats.set_paused(state == State.PAUSED))
        if self._views is not None:
            self._wire_views(c)
        elif c.info is not None or c.last_visuals is not None or c.last_results is not None or c.state != State.IDLE:
            self.ensure_views()  # a controller that has shown something already: views to show it in
        else:
            self.stats.clear(None)

    def _wire_views(self, c) -> None:
        v = self._views
        c.run_started.connect(self._clear)
        c.cleared.connect(lambda: self._clear(None))
        c.progress.connect(v["curves"].show_progress)
        c.epoch_ended.connect(v["curves"].show_epoch)
        c.visuals.connect(self.show_visuals)
        c.results.connect(self.show_results)
        c.selection_changed.connect(v["features"].set_selection)
        self._clear(c.info)
        if c.last_visuals is not None:
            self.show_visuals(c.last_visuals)
        if c.last_results is not None:
            self.show_results(c.last_results)
        from netbuilder.views.lab.follow import LabFollower
        self.lab_follower = LabFollower(c, v["lab"], self)  # the Lab's copy of a paused or ended run

    def show_visuals(self, visuals) -> None:
        for view in (self.features, self.gradients, self.filters, self.boundary):
            view.show_visuals(visuals)

    def show_results(self, results) -> None:
        self.confusion.show_results(results)
        self.mistakes.show_results(results)
        index = self.tabs.indexOf(self.results_tab)
        self.tabs.setTabText(index, translate("LivePanel", "Results ●") if results is not None else translate("LivePanel", "Results"))

    def _clear(self, info) -> None:
        if info is None:
            self.lab.set_source(None)
        for view in (self.stats, self.curves, self.features, self.gradients, self.filters, self.boundary,
                     self.confusion, self.mistakes):
            view.clear(info)
        self.tabs.setTabText(self.tabs.indexOf(self.results_tab), translate("LivePanel", "Results"))
        image = info is None or info.is_image
        points = info is not None and info.is_points
        self.tabs.setTabEnabled(self.tabs.indexOf(self.filters), image)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.boundary), points)
        if info is not None:
            notes = "  ".join(info.notes)
            self.status.setText(translate("LivePanel", "{0}: {1:,} training, {2:,} validation and {3:,} test samples, {4} batches per epoch. {5}").format(info.name, info.n_train, info.n_val, info.n_test, info.batches_per_epoch, notes))
        if not self.tabs.isTabEnabled(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(0)

    def _explain_unit(self, layer: int, sample: int, position) -> None:
        if self.lab.live is None:
            self.status.setText(translate("LivePanel", "Pause or stop training to explain a unit: the lab works on a copy of the network while it stands still."))
            return
        self.lab.choose_network(0)  # the feature maps show this window's network, not a stored run
        self.lab.explain.explain_at(layer, sample, position)
        self.lab.tabs.setCurrentWidget(self.lab.explain)
        self.tabs.setCurrentWidget(self.lab)

    def _select_layer(self, index: int) -> None:
        if self.controller is not None:
            self.controller.select_layer(index)

    def _select_sample(self, index: int) -> None:
        if self.controller is not None:
            self.controller.select_sample(index)

    def _diverged(self, text: str) -> None:
        def lower_and_resume():
            lr = self.controls.lr_box.value() / 10
            self.controls.show_lr(lr)
            self.controller.set_lr(lr)
            self.controller.resume()
            self.banner.hide()
        self.banner.show_message(text, error=False, action=translate("LivePanel", "Lower the learning rate ×0.1 and resume"),
                                 callback=lower_and_resume)

    def _state_changed(self, state: str) -> None:
        if state != State.IDLE:
            self.ensure_views()  # before the worker's first signal: this runs in the GUI thread, in _launch
        if state == State.RUNNING:
            self.banner.hide()  # a new run, or resumed after a divergence: the old message is history
