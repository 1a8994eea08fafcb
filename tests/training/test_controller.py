"""The controller and its worker thread, driven as the window drives them: signals only, the GUI
thread never blocked, and no thread left running at the end of a test."""

import math

import numpy as np
import pytest

from netbuilder.engine.spec import parse_spec
from netbuilder.run import build_run
from netbuilder.run.control import State

DIVERGED, FINISHED, IDLE, PAUSED, RUNNING = State.DIVERGED, State.FINISHED, State.IDLE, State.PAUSED, State.RUNNING
from tests.training.conftest import doc_of


class Recorder:
    """Everything a controller emitted, in order."""

    def __init__(self, c):
        self.events = []
        for name in ("state_changed", "run_started", "progress", "epoch_ended", "visuals", "results", "diverged",
                     "message", "error", "finished", "selection_changed", "cleared"):
            getattr(c, name).connect(lambda *args, n=name: self.events.append((n, args[0] if len(args) == 1 else args)))

    def of(self, name):
        return [a for n, a in self.events if n == name]


def finish(qtbot, c, timeout=10_000):
    qtbot.waitUntil(lambda: c.state in (FINISHED, IDLE), timeout=timeout)
    qtbot.waitUntil(c.thread.isFinished, timeout=timeout)


def test_worker_emits_progress_and_finishes(qtbot, controller, mlp_doc, points):
    rec = Recorder(controller)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as blocker:
        assert controller.start(mlp_doc, points)
        assert controller.state == "loading"  # returns at once: loading happens in the worker
    qtbot.waitUntil(controller.thread.isFinished, timeout=5_000)
    end = blocker.args[0]
    assert end.status == "finished" and end.images > 0
    assert controller.state == FINISHED
    batches = np.concatenate([p.x for p in rec.of("progress")])
    info = rec.of("run_started")[0]
    assert len(batches) == 2 * info.batches_per_epoch  # every batch reached the GUI, none twice
    assert np.all(np.diff(batches) > 0)
    assert [e.epoch for e in rec.of("epoch_ended")] == [0, 1]
    assert all(math.isfinite(v) for p in rec.of("progress") for v in p.loss)
    assert rec.of("visuals"), "no visual snapshot arrived"
    results = rec.of("results")[0]
    assert results.confusion.sum() == len(points.x_test)
    assert rec.of("state_changed")[:2] == ["loading", "running"] and rec.of("state_changed")[-1] == FINISHED


def test_gui_gives_the_same_numbers_as_the_command_line(qtbot, controller, mlp_doc, points):
    rec = Recorder(controller)
    controller.start(mlp_doc, points, {"epochs": 3})
    finish(qtbot, controller)
    exp = build_run(parse_spec(mlp_doc), points, {"epochs": 3})
    exp.trainer.run()
    gui = [(e.train_loss, e.val_loss, e.train_accuracy) for e in rec.of("epoch_ended")]
    cli = [(h.train_loss, h.val_loss, h.train_accuracy) for h in exp.trainer.history]
    assert gui == cli


def test_pause_holds_training_and_resume_continues(qtbot, controller, mlp_doc, points):
    controller.start(mlp_doc, points, {"epochs": 500})
    qtbot.waitUntil(lambda: controller.state == RUNNING, timeout=5_000)
    controller.pause()
    qtbot.waitUntil(lambda: controller.state == PAUSED, timeout=5_000)
    trainer = controller.worker.session.trainer
    steps = trainer.optimizer.steps
    qtbot.wait(100)  # a paused worker waits on an event: nothing moves
    assert trainer.optimizer.steps == steps
    with qtbot.waitSignal(controller.progress, timeout=5_000):
        controller.resume()
    qtbot.waitUntil(lambda: trainer.optimizer.steps > steps, timeout=5_000)
    assert controller.state == RUNNING
    controller.stop()
    finish(qtbot, controller)


def test_step_trains_exactly_one_batch_while_paused(qtbot, controller, mlp_doc, points):
    rec = Recorder(controller)
    controller.start(mlp_doc, points, paused=True)
    controller.step()  # queued while loading: runs as soon as the network exists
    qtbot.waitUntil(lambda: len(rec.of("progress")) == 1, timeout=5_000)
    assert rec.of("progress")[0].steps == 1
    with qtbot.waitSignal(controller.progress, timeout=5_000) as blocker:
        controller.step()
    assert blocker.args[0].steps == 2 and len(blocker.args[0].x) == 1
    assert controller.state == PAUSED
    assert controller.worker.session.trainer.optimizer.steps == 2


def test_stop_mid_epoch_ends_cleanly_and_evaluates(qtbot, controller, mlp_doc, points):
    rec = Recorder(controller)
    controller.start(mlp_doc, points, {"epochs": 50}, paused=True)
    for _ in range(3):  # a known position inside the first epoch
        with qtbot.waitSignal(controller.progress, timeout=5_000):
            controller.step()
    controller.stop()
    finish(qtbot, controller)
    assert rec.of("finished")[0].status == "stopped"
    trainer = controller.session.trainer
    assert (trainer.epoch, trainer.batch) == (0, 3)
    results = rec.of("results")[0]
    assert results.split == "test" and results.confusion.sum() == len(points.x_test)


def test_stop_while_running(qtbot, controller, mlp_doc, points):
    controller.start(mlp_doc, points, {"epochs": 100_000})
    qtbot.waitUntil(lambda: controller.state == RUNNING, timeout=5_000)
    with qtbot.waitSignal(controller.finished, timeout=5_000) as blocker:
        controller.stop()
    qtbot.waitUntil(controller.thread.isFinished, timeout=5_000)
    assert blocker.args[0].status == "stopped" and controller.state == FINISHED


def test_nan_loss_pauses_keeps_good_weights_and_lower_lr_recovers(qtbot, controller, points):
    # Inputs of size 1e9 with plain SGD and a squared loss: the first step gives a finite loss and
    # weights of size 1e18, the second overflows. The weights of the first step are the good ones.
    big = points.__class__("big", points.x_train * 1e9, points.y_train, points.x_test * 1e9, points.y_test,
                           points.class_names)
    doc = doc_of([{"type": "Dense", "units": 2}], (2,), {"optimizer": {"type": "sgd", "lr": 1.0}, "epochs": 3},
                 loss={"type": "mse"})
    rec = Recorder(controller)
    controller.start(doc, big)
    qtbot.waitUntil(lambda: controller.state == DIVERGED, timeout=5_000)
    text = rec.of("diverged")[0]
    assert "learning rate" in text and "last step with a finite loss" in text
    session = controller.worker.session
    assert session.trainer.optimizer.steps == 1
    initial = build_run(parse_spec(doc), big).net.state_dict()
    kept = session.net.state_dict()
    assert all(np.array_equal(kept[k], initial[k]) for k in initial)  # the weights that gave a finite loss
    assert controller.thread_running  # diverged is paused, not over
    controller.set_lr(1e-20)  # small enough for inputs of 1e9
    controller.resume()
    finish(qtbot, controller)
    assert rec.of("finished")[0].status == "finished"
    assert all(math.isfinite(v) for p in rec.of("progress") for v in p.loss)


def test_reset_weights_starts_over_from_the_initial_weights(qtbot, controller, mlp_doc, points):
    rec = Recorder(controller)
    controller.start(mlp_doc, points, paused=True)
    qtbot.waitUntil(lambda: controller.state == PAUSED, timeout=5_000)
    for _ in range(3):
        with qtbot.waitSignal(controller.progress, timeout=5_000):
            controller.step()
    with qtbot.waitSignal(controller.run_started, timeout=5_000):
        controller.reset_weights()
    fresh = build_run(parse_spec(mlp_doc), points).net.state_dict()
    qtbot.waitUntil(lambda: controller.worker.session.trainer.optimizer.steps == 0, timeout=5_000)
    now = controller.worker.session.net.state_dict()
    assert all(np.array_equal(now[k], fresh[k]) for k in fresh)
    assert len(rec.of("run_started")) == 2


def test_selecting_a_layer_while_paused_sends_its_feature_maps(qtbot, controller, cnn_doc, images):
    controller.start(cnn_doc, images, paused=True)
    qtbot.waitUntil(lambda: controller.state == PAUSED, timeout=5_000)
    with qtbot.waitSignal(controller.visuals, timeout=5_000,
                          check_params_cb=lambda v: v.features.layer == 0 and v.features.sample == 2):
        controller.select_layer(0)
        controller.select_sample(2)
    assert controller.last_visuals.features.output.shape == (4, 8, 8)


def test_weights_save_load_and_mismatch_message(qtbot, controller, cnn_doc, mlp_doc, images, tmp_path):
    controller.start(cnn_doc, images, {"epochs": 1})
    finish(qtbot, controller)
    path = tmp_path / "w.npz"
    assert controller.save_weights(path) and path.exists()
    saved = controller.session.net.state_dict()
    rec = Recorder(controller)
    controller.start(cnn_doc, images, paused=True, weights=str(path))
    qtbot.waitUntil(lambda: controller.state == PAUSED, timeout=5_000)
    loaded = controller.worker.session.net.state_dict()
    assert all(np.array_equal(loaded[k], saved[k]) for k in saved)
    assert controller.has_trained_weights
    controller.load_weights(tmp_path / "missing.npz")
    qtbot.waitUntil(lambda: bool(rec.of("error")), timeout=5_000)
    assert "missing.npz" in rec.of("error")[0]
    controller.stop()
    finish(qtbot, controller)
    other = doc_of([{"type": "Flatten"}, {"type": "Dense", "units": 3}, {"type": "Softmax"}], (1, 8, 8))
    controller.start(other, images, weights=str(path))
    finish(qtbot, controller)
    assert controller.state == IDLE
    assert "do not fit" in rec.of("error")[-1] and "Conv2D" in rec.of("error")[-1]


def test_shutdown_while_training_joins_the_thread_and_keeps_the_weights(qtbot, controller, mlp_doc, points, tmp_path):
    controller.start(mlp_doc, points, {"epochs": 1000})
    qtbot.waitUntil(lambda: controller.state == RUNNING, timeout=5_000)
    assert controller.shutdown()
    assert controller.thread.isFinished() and not controller.thread_running
    assert controller.state == FINISHED
    assert controller.save_weights(tmp_path / "after_close.npz")
    assert (tmp_path / "after_close.npz").exists()


def test_a_load_failure_is_reported_and_leaves_no_thread(qtbot, controller, mlp_doc):
    rec = Recorder(controller)
    controller.start(mlp_doc, "builtin:no-such-set")
    finish(qtbot, controller)
    assert controller.state == IDLE and rec.of("error")
    assert "no-such-set" in rec.of("error")[0]


def test_the_data_spec_string_path_loads_in_the_worker(qtbot, controller, mlp_doc):
    rec = Recorder(controller)
    controller.start(mlp_doc, "builtin:xor", {"epochs": 1})
    finish(qtbot, controller)
    assert rec.of("finished")[0].status == "finished"
    assert rec.of("run_started")[0].class_names == ["same sign", "opposite sign"]


@pytest.mark.parametrize("command", ["pause", "resume", "step", "stop", "reset_weights"])
def test_commands_without_a_run_do_nothing_harmful(qtbot, controller, command):
    getattr(controller, command)()
    assert controller.state == IDLE and controller.thread is None


def test_shutdown_while_paused_wakes_and_joins_the_worker(qtbot, controller, mlp_doc, points):
    controller.start(mlp_doc, points, paused=True)
    qtbot.waitUntil(lambda: controller.state == PAUSED, timeout=5_000)
    assert controller.shutdown(timeout_ms=5_000)
    assert not controller.thread_running and controller.state == FINISHED


def test_evaluate_again_after_loading_weights(qtbot, controller, mlp_doc, points, tmp_path):
    rec = Recorder(controller)
    controller.start(mlp_doc, points, {"epochs": 1})
    finish(qtbot, controller)
    first = rec.of("results")[0]
    controller.save_weights(tmp_path / "w.npz")
    controller.reset_weights()  # after a run: discards the trained network
    assert controller.state == IDLE and not controller.has_trained_weights and rec.of("cleared")
    controller.start(mlp_doc, points, {"epochs": 1}, paused=True)
    qtbot.waitUntil(lambda: controller.state == PAUSED, timeout=5_000)
    controller.stop()
    finish(qtbot, controller)
    assert controller.load_weights(tmp_path / "w.npz")
    with qtbot.waitSignal(controller.results, timeout=5_000) as blocker:
        assert controller.evaluate()
    finish(qtbot, controller)
    assert blocker.args[0].accuracy == first.accuracy and blocker.args[0].loss == first.loss


@pytest.mark.parametrize("pacing, most", [(1.0, None), (1000.0, 2)])
def test_visual_pacing_from_the_views_spaces_out_the_snapshots(qtbot, controller, mlp_doc, points, pacing, most):
    """A busy GUI (the live panel's governor) lengthens the worker's snapshot interval."""
    controller.visual_pacing = lambda: pacing
    rec = Recorder(controller)
    controller.start(mlp_doc, points, {"epochs": 100000})
    qtbot.waitUntil(lambda: len(rec.of("visuals")) >= 1, timeout=10_000)
    if most is None:  # nominal pacing: more keep coming (waited for, so a loaded machine is only slower)
        qtbot.waitUntil(lambda: len(rec.of("visuals")) >= 3, timeout=20_000)
    else:  # the first two come before any pacing applies: the one at start and the first of training
        qtbot.wait(1500)
    during = len(rec.of("visuals"))
    controller.stop()
    finish(qtbot, controller)
    if most is None:
        assert during >= 3
    else:
        assert during <= most


def test_a_copy_made_while_paused_shares_nothing_and_resuming_ends_where_an_untouched_run_ends(qtbot, controller, mlp_doc, points):
    from netbuilder.analysis.weight_sweep import sweep_weight
    from netbuilder.views.lab.source import LabSource, source_from_session

    controller.start(mlp_doc, points, {"epochs": 3}, paused=True)
    qtbot.waitUntil(lambda: controller.state == PAUSED, timeout=10_000)
    for _ in range(3):
        with qtbot.waitSignal(controller.progress, timeout=5_000):
            controller.step()
    with qtbot.waitSignal(controller.copied, timeout=5_000) as got:
        assert controller.copy_session(lambda s: source_from_session(s, paused=True))
    copy = got.args[0]
    assert isinstance(copy, LabSource) and copy.paused_at == 3
    live = controller.worker.session.net
    for mine, theirs in zip(copy.net.layers, live.layers):
        for name, arr in mine.params.items():
            assert not np.shares_memory(arr, theirs.params[name])
    sweep_weight(copy.net, copy.x, copy.y, 0, 0, points=9)   # what the Lab does to its copy...
    for layer in copy.net.layers:
        for arr in layer.params.values():
            arr[...] = 7.0                                    # ...and worse
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.resume()
    finish(qtbot, controller)
    exp = build_run(parse_spec(mlp_doc), points, {"epochs": 3})
    exp.trainer.run()
    final, reference = controller.session.net.state_dict(), exp.net.state_dict()
    for key in reference:
        np.testing.assert_array_equal(final[key], reference[key])
