"""The Qt-free run core: the one command table, the session's single `apply`, and the one place
that loads a run's data with the run's seed."""

import numpy as np
import pytest

from netbuilder.data import load_dataset
from netbuilder.engine.spec import parse_spec
from netbuilder.run import (ACTIVE, ALLOWED, Command, DataMismatch, SessionError, State, allowed, build_run,
                            load_run_data, open_session, run_seed)
from tests.training.conftest import MLP_LAYERS, doc_of, points_dataset


def test_the_table_names_every_state_and_only_a_stopped_run_can_train_again():
    assert set(ALLOWED) == set(State)
    assert [s for s in State if Command.TRAIN in ALLOWED[s]] == [State.IDLE, State.FINISHED]
    assert all(Command.STOP in ALLOWED[s] for s in ACTIVE) and Command.STOP not in ALLOWED[State.FINISHED]
    assert allowed("paused", "resume") and not allowed("running", "resume")
    assert allowed(State.DIVERGED, Command.SET_LR) and not allowed(State.IDLE, Command.SAVE_WEIGHTS)
    with pytest.raises(ValueError):
        allowed("paused", "fly")


def test_data_is_loaded_with_the_runs_seed():
    spec = parse_spec(doc_of(MLP_LAYERS, (2,), {"seed": 5}, ) | {"data": "builtin:xor"})
    assert run_seed(spec) == 5 and run_seed(spec, {"seed": 9}) == 9 and run_seed(spec, {"seed": None}) == 5
    own = load_run_data(spec)
    other = load_run_data(spec, "builtin:xor", {"seed": 9})
    assert np.array_equal(own.x_train, load_dataset("builtin:xor", seed=5).x_train)
    assert np.array_equal(other.x_train, load_dataset("builtin:xor", seed=9).x_train)
    assert not np.array_equal(own.x_train, other.x_train)
    with pytest.raises(ValueError, match="no data source"):
        load_run_data(parse_spec(doc_of(MLP_LAYERS, (2,))))


def test_build_run_refuses_data_that_does_not_fit():
    spec = parse_spec(doc_of(MLP_LAYERS, (3,)))
    with pytest.raises(DataMismatch, match=r"shape \[2\]"):
        build_run(spec, points_dataset())


def test_session_apply_carries_out_commands_and_names_the_one_that_failed(tmp_path):
    session = open_session(doc_of(MLP_LAYERS, (2,)), points_dataset(), layer=2, sample=4)
    assert (session.selected_layer, session.selected_sample) == (2, 4)
    assert session.apply(Command.SET_LR, 0.5) == "Learning rate set to 0.5"
    assert session.trainer.optimizer.lr == 0.5
    with pytest.raises(SessionError) as failure:
        session.apply("set_lr", -1.0)
    assert failure.value.command == Command.SET_LR and session.trainer.optimizer.lr == 0.5
    session.trainer.step()
    path = tmp_path / "w.npz"
    assert "saved" in session.apply(Command.SAVE_WEIGHTS, str(path))
    trained = session.net.state_dict()
    session.apply(Command.RESET)
    assert session.trainer.optimizer.steps == 0 and not session.has_trained_weights
    session.apply(Command.LOAD_WEIGHTS, str(path))
    assert session.has_trained_weights
    assert all(np.array_equal(session.net.state_dict()[k], trained[k]) for k in trained)
    with pytest.raises(SessionError) as failure:
        session.apply(Command.LOAD_WEIGHTS, str(tmp_path / "missing.npz"))
    assert failure.value.command == Command.LOAD_WEIGHTS
    with pytest.raises(ValueError, match="thread"):
        session.apply(Command.PAUSE)  # the thread's owner pauses, not the session


def test_update_ratio_uses_the_trainers_public_weights_before_the_last_step():
    session = open_session(doc_of(MLP_LAYERS, (2,)), points_dataset())
    assert np.isnan(session.visuals().gradients.update_ratio).all()  # no step yet
    w_before = session.net.layers[0].params["W"].copy()
    session.trainer.step()
    assert np.array_equal(session.trainer.weights_before_last_step()["0.W"], w_before)
    ratio = session.visuals().gradients.update_ratio[0]
    w = session.net.layers[0].params["W"]
    assert ratio == pytest.approx(np.linalg.norm(w - w_before) / np.linalg.norm(w))
