"""The pure training loop: learns, resumes bit-identically, stops on a flag, survives divergence."""

import math

import numpy as np
from netbuilder.engine import Network
from netbuilder.engine.train import Trainer


def xor_data(n=240, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, (n, 2)).astype(np.float32)
    return x, (x[:, 0] * x[:, 1] > 0).astype(np.int64)


def spec(**training):
    return {"input": {"shape": [2]},
            "layers": [{"type": "Dense", "units": 16}, {"type": "Tanh"}, {"type": "Dropout", "rate": 0.1},
                       {"type": "Dense", "units": 2}, {"type": "Softmax"}],
            "training": {"epochs": 4, "batch_size": 32, "optimizer": {"type": "adam", "lr": 0.02}, **training}}


def make(**training):
    x, y = xor_data()
    s = spec(**training)
    return Trainer(Network.from_spec(s, seed=1), x[:200], y[:200], x[200:], y[200:], s["training"])


def test_training_lowers_the_loss_and_reports_every_batch():
    t = make(epochs=30)
    batches, epochs = [], []
    assert t.run(batches.append, epochs.append) == "finished"
    assert len(batches) == 30 * t.batches_per_epoch and len(epochs) == 30
    assert epochs[-1].train_loss < 0.6 * epochs[0].train_loss
    assert epochs[-1].val_accuracy > 0.85


def test_resume_from_checkpoint_is_bit_identical():
    whole = make()
    whole.run()
    part = make()
    steps = {"n": 0}

    def stop_after_11():
        steps["n"] += 1
        return steps["n"] > 11  # mid-epoch (7 batches per epoch)

    assert part.run(should_stop=stop_after_11) == "stopped"
    saved = part.checkpoint()
    resumed = make()
    resumed.restore(saved)
    assert resumed.run() == "finished"
    for k, v in whole.net.state_dict().items():
        np.testing.assert_array_equal(v, resumed.net.state_dict()[k], err_msg=k)
    assert [h.train_loss for h in whole.history] == [h.train_loss for h in resumed.history]


def test_divergence_keeps_last_finite_weights_and_explains():
    # A linear net under MSE with a huge step size: every update overshoots further, so it must blow up.
    x, y = xor_data()
    s = {"input": {"shape": [2]}, "layers": [{"type": "Dense", "units": 8}, {"type": "Dense", "units": 2}],
         "loss": {"type": "mse"}, "training": {"epochs": 50, "batch_size": 32, "optimizer": {"type": "sgd", "lr": 5.0}}}
    t = Trainer(Network.from_spec(s), x, y, training=s["training"])
    batches = []
    assert t.run(batches.append) == "diverged"
    assert 0 < len(batches) < 50 * t.batches_per_epoch
    assert "lower the learning rate" in t.divergence and "0.5" in t.divergence
    assert all(np.isfinite(v).all() for v in t.net.state_dict().values())


def test_nan_loss_is_caught_on_the_first_bad_step():
    t = make()
    t.step()
    good = t.net.state_dict()
    t.net.layers[0].params["W"][0, 0] = np.nan
    report, _ = t.step()
    assert report is None and t.done and "NaN" in t.divergence
    # the NaN we injected is replaced by the last weights that gave a finite loss
    assert np.isfinite(t.net.layers[0].params["W"]).all()
    assert not math.isnan(t.net.layers[0].params["W"][0, 0])
    assert set(good) == set(t.net.state_dict())


def test_early_stopping():
    t = make(epochs=200, early_stopping=2, optimizer={"type": "sgd", "lr": 1e-6})
    assert t.run() == "early_stopped"
    assert len(t.history) < 200
