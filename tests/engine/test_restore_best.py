"""Early stopping puts back the weights of the best validation epoch (restore_best, on by default),
across a checkpoint too, and the run store keeps those best weights."""

import numpy as np
import pytest

from tests.engine.test_train import make

VAL_LOSSES = [1.0, 0.5, 0.7, 0.8, 0.9]


def _scripted(t):
    """Validation losses that improve once (epoch 2) and then get worse."""
    losses = iter(VAL_LOSSES)
    real = t.net.evaluate

    def evaluate(x, y, batch_size=500):
        loss, acc, out = real(x, y, batch_size)
        return next(losses), acc, out
    t.net.evaluate = evaluate
    return t


@pytest.mark.parametrize("restore", [True, False])
def test_early_stopping_restores_the_best_epoch(restore):
    t = _scripted(make(epochs=20, early_stopping=2, restore_best=restore))
    after = []
    assert t.run(on_epoch=lambda r: after.append(t.net.state_dict())) == "early_stopped"
    assert len(t.history) == 4        # best at epoch 2, then two epochs without improvement
    final = t.net.state_dict()
    # (the callback of the last epoch already sees the restored weights)
    assert all(np.array_equal(final[k], after[1][k]) for k in final) is restore
    assert not all(np.array_equal(final[k], after[2][k]) for k in final)    # training did move them on
    assert t.restored_best is restore and (t.best_epoch == 1 if restore else t.best_state is None)


def test_best_weights_survive_a_checkpoint():
    t = _scripted(make(epochs=20, early_stopping=3))
    t.run(should_stop=lambda: len(t.history) >= 3)
    arrays = t.checkpoint()
    u = make(epochs=20, early_stopping=3)
    u.restore(arrays)
    assert u.best_epoch == 1 and all(np.array_equal(u.best_state[k], t.best_state[k]) for k in t.best_state)


def test_the_recorder_keeps_the_restored_best_weights(tmp_path):
    from netbuilder.runs import Recorder, RunStore

    t = _scripted(make(epochs=20, early_stopping=2))
    with RunStore(tmp_path / "r.sqlite") as store:
        rec = Recorder.start(store, network_json="{}", settings=t.settings)
        status = t.run(rec.on_batch, rec.on_epoch)
        rec.finish(status, net=t.net, trainer=t)
        run = store.get(rec.run_id)
        assert run.early_stopped and "epoch 2" in run.message
        best = store.load_arrays(run.id, "best_weights")
        assert all(np.array_equal(best[k], v) for k, v in t.best_state.items())
