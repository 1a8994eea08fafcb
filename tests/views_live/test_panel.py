"""The assembled panel on a real controller and worker thread, as the window will use it."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from netbuilder.training.controller import TrainingController  # noqa: E402
from netbuilder.run.control import State  # noqa: E402
from netbuilder.views.live.panel import LivePanel  # noqa: E402
from tests.training.conftest import CNN_LAYERS, MLP_LAYERS, doc_of, images_dataset, points_dataset  # noqa: E402


@pytest.fixture
def setup(qtbot):
    controller = TrainingController()
    panel = LivePanel()
    panel.connect_controller(controller)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    yield controller, panel
    controller.shutdown()
    if controller.thread is not None:
        qtbot.waitUntil(controller.thread.isFinished, timeout=10_000)


def test_panel_follows_a_whole_run(qtbot, setup):
    controller, panel = setup
    panel.train_requested.connect(lambda paused: controller.start(doc_of(CNN_LAYERS, (1, 8, 8)), images_dataset(),
                                                                 paused=paused))
    panel.tabs.setCurrentWidget(panel.features)
    panel.controls.buttons["train"].click()
    qtbot.waitUntil(lambda: controller.state == State.FINISHED, timeout=10_000)
    qtbot.waitUntil(controller.thread.isFinished, timeout=5_000)
    qtbot.waitUntil(lambda: panel.features.tile_count == 4, timeout=5_000)  # layer 1 ReLU: 4 channels
    assert panel.stats.cards["epoch"].value.text() == "2 / 2"
    assert panel.stats.cards["val_acc"].value.text().endswith("%")
    assert panel.tabs.tabText(panel.tabs.indexOf(panel.results_tab)) == "Results ●"
    assert panel.confusion.summary.text().startswith("Test accuracy")
    assert panel.confusion.plot.empty  # hidden tab: drawn only when shown
    panel.tabs.setCurrentWidget(panel.results_tab)
    qtbot.waitUntil(lambda: not panel.confusion.plot.empty, timeout=5_000)
    assert not panel.tabs.isTabEnabled(panel.tabs.indexOf(panel.boundary))  # images, not 2-D points
    assert panel.controls.buttons["train"].isEnabled() and not panel.controls.buttons["stop"].isEnabled()
    panel.tabs.setCurrentWidget(panel.gradients)  # hidden views caught up when shown
    qtbot.waitUntil(lambda: not panel.gradients.rms_plot.empty, timeout=5_000)


def test_step_from_idle_starts_paused_and_trains_one_batch(qtbot, setup):
    controller, panel = setup
    panel.train_requested.connect(lambda paused: controller.start(doc_of(MLP_LAYERS, (2,)), points_dataset(),
                                                                 paused=paused))
    with qtbot.waitSignal(controller.progress, timeout=5_000) as blocker:
        panel.controls.buttons["step"].click()
    assert blocker.args[0].steps == 1
    qtbot.waitUntil(lambda: controller.state == State.PAUSED, timeout=5_000)
    assert panel.controls.buttons["resume"].isVisible() and panel.controls.buttons["resume"].isEnabled()
    assert panel.stats.epoch_bar.value() == 1


def test_divergence_banner_offers_the_remedy(qtbot, setup):
    controller, panel = setup
    points = points_dataset()
    big = points.__class__("big", points.x_train * 1e9, points.y_train, points.x_test * 1e9, points.y_test,
                           points.class_names)
    doc = doc_of([{"type": "Dense", "units": 2}], (2,), {"optimizer": {"type": "sgd", "lr": 1.0}}, loss={"type": "mse"})
    controller.start(doc, big)
    qtbot.waitUntil(lambda: panel.banner.isVisible(), timeout=5_000)
    assert "learning rate" in panel.banner.text.text()
    assert panel.controls.state_label.text().endswith("Diverged")
    panel.banner.action.click()  # lowers the learning rate ten times and resumes
    qtbot.waitUntil(lambda: controller.worker.session.trainer.optimizer.lr == pytest.approx(0.1), timeout=5_000)


def test_the_control_bar_enables_exactly_what_the_command_table_allows(qtbot):
    from netbuilder.run.control import ALLOWED
    from netbuilder.views.live.controls import ControlBar

    bar = ControlBar()
    qtbot.addWidget(bar)
    for state in State:
        bar.set_state(state)
        enabled = {command for command, button in bar.buttons.items() if button.isEnabled()}
        assert enabled == set(bar.buttons) & ALLOWED[state], state
