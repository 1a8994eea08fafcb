"""The window's runs are kept in the run history: the controller's worker records each run, a
continuation adds epochs to the same run, Reset starts a new one, and a store that cannot be used
says so without stopping training."""

import numpy as np

from netbuilder.run.control import State
from netbuilder.runs import RunStore


def finish(qtbot, c, timeout=20_000):
    qtbot.waitUntil(lambda: c.state in (State.FINISHED, State.IDLE) and c.thread.isFinished(), timeout=timeout)


def recorded_ids(qtbot, c):
    seen = []
    c.recorded.connect(lambda run_id, problem: seen.append((run_id, problem)))
    return seen


def test_a_run_is_recorded_with_its_epochs_results_and_weights(qtbot, controller, mlp_doc, points,
                                                                 isolated_run_store):
    seen = recorded_ids(qtbot, controller)
    assert controller.start(mlp_doc, points)
    finish(qtbot, controller)
    assert seen and seen[0][1] == "" and seen[0][0] == controller.run_id
    with RunStore(isolated_run_store, create=False) as store:
        run = store.get(controller.run_id)
        assert run.status == "finished"
        assert [e.epoch for e in run.epochs] == [1, 2]
        r = controller.last_results
        assert run.test_accuracy == r.accuracy and run.test_loss == r.loss
        assert np.array_equal(store.load_arrays(run.id, "confusion")["counts"], r.confusion)
        weights = store.load_arrays(run.id, "weights")
        session = controller.session
        for key, value in session.net.state_dict().items():
            assert np.array_equal(weights[key], value)
        assert run.settings["epochs"] == 2 and run.params == session.net.param_count
        assert len(store.load_arrays(run.id, "batch_loss")["loss"]) == 2 * session.trainer.batches_per_epoch


def test_continue_training_adds_epochs_to_the_same_run(qtbot, controller, mlp_doc, points, isolated_run_store):
    assert controller.start(mlp_doc, points)
    finish(qtbot, controller)
    first = controller.run_id
    steps = controller.session.trainer.optimizer.steps
    assert controller.continue_training(1)
    finish(qtbot, controller)
    assert controller.run_id == first
    assert controller.session.trainer.optimizer.steps > steps  # trained on from the same optimizer
    with RunStore(isolated_run_store, create=False) as store:
        assert store.ids() == {first}
        run = store.get(first)
        assert run.status == "finished" and [e.epoch for e in run.epochs] == [1, 2, 3]
        loss = store.load_arrays(first, "batch_loss")
        assert len(loss["loss"]) == 3 * controller.session.trainer.batches_per_epoch
        assert np.all(np.diff(loss["step"]) > 0)


def test_reset_during_a_run_keeps_the_first_part_and_starts_a_new_run(qtbot, controller, mlp_doc, points,
                                                                        isolated_run_store):
    mlp_doc["training"]["epochs"] = 3
    seen = recorded_ids(qtbot, controller)
    assert controller.start(mlp_doc, points, paused=True)
    qtbot.waitUntil(lambda: controller.state == State.PAUSED, timeout=20_000)
    controller.step()
    qtbot.waitUntil(lambda: controller._steps >= 1, timeout=10_000)
    controller.reset_weights()
    qtbot.waitUntil(lambda: len([s for s in seen if not s[1]]) >= 2, timeout=10_000)
    controller.resume()
    finish(qtbot, controller)
    first, second = (s[0] for s in seen if not s[1])
    assert first != second and controller.run_id == second
    with RunStore(isolated_run_store, create=False) as store:
        assert store.get(first).status == "stopped" and "Reset" in store.get(first).message
        assert store.get(second).status == "finished" and len(store.get(second).epochs) == 3


def test_an_unusable_store_is_said_and_training_goes_on(qtbot, controller, mlp_doc, points, tmp_path, monkeypatch):
    monkeypatch.setenv("NETBUILDER_RUNS", str(tmp_path))  # a folder, not a database
    seen = recorded_ids(qtbot, controller)
    assert controller.start(mlp_doc, points)
    finish(qtbot, controller)
    assert controller.last_end.status == "finished"
    assert seen and seen[0][0] == -1 and "not recorded" in seen[0][1] and "folder" in seen[0][1]
    assert controller.run_id is None


def test_runs_started_with_record_off_are_not_kept(qtbot, controller, mlp_doc, points, isolated_run_store):
    assert controller.start(mlp_doc, points, record=False)
    finish(qtbot, controller)
    assert controller.run_id is None and not isolated_run_store.exists()
