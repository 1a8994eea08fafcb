import numpy as np
import pytest

from netbuilder.analysis.saturation import SLOPE, activity, activity_over_training
from netbuilder.analysis.trajectory import Trajectory

from tests.analysis.conftest import make_net


def test_sigmoid_saturation_and_relu_dead_units():
    net = make_net([{"type": "Dense", "units": 4}, {"type": "Sigmoid"}, {"type": "Dense", "units": 5},
                    {"type": "ReLU"}, {"type": "Dense", "units": 2}, {"type": "Softmax"}], (3,))
    net.layers[0].params["W"][...] *= 8  # large pre-activations: many sigmoid outputs near 0 or 1
    net.layers[2].params["b"][:2] = -100  # two ReLU units that no sample can switch on
    x = np.random.default_rng(0).standard_normal((50, 3))
    stats = {s.layer: s for s in activity(net, x)}
    assert set(stats) == {1, 3}  # Softmax is not element-wise: not counted
    outs = net.forward_all(x)
    y = outs[1]
    assert stats[1].saturated == pytest.approx(np.mean(y * (1 - y) < SLOPE))
    assert stats[1].mean == pytest.approx(y.mean()) and stats[1].std == pytest.approx(y.std())
    relu = outs[3]
    assert stats[3].dead == pytest.approx(np.mean(~(relu > 0).any(axis=0)))
    assert stats[3].dead >= 2 / 5
    assert stats[3].saturated == pytest.approx(np.mean(relu <= 0))


def test_conv_dead_share_counts_channels(convnet):
    net, x, _ = convnet
    net.layers[1].params["beta"][0] = -1000  # BatchNorm shifts channel 0 far below zero before the ReLU
    stats = {s.layer: s for s in activity(net, x)}
    assert stats[2].dead == pytest.approx(np.mean(~(net.forward_all(x)[2] > 0).any(axis=(0, 2, 3))))
    assert stats[2].dead >= 1 / 3


def test_over_training_uses_each_stored_state_and_puts_weights_back(mlp, tmp_path):
    net, x, _ = mlp
    traj = Trajectory()
    traj.record(net, 0)
    before = net.layers[0].params["W"].copy()
    net.layers[0].params["W"] *= 20
    traj.record(net, 1)
    traj.save(tmp_path / "t.npz")
    loaded = Trajectory.load(tmp_path / "t.npz")
    assert loaded.epochs == [0, 1]
    np.testing.assert_array_equal(loaded.states[0]["0.W"], before)
    history = activity_over_training(net, loaded.states, x)
    assert history[1][0].saturated > history[0][0].saturated
    np.testing.assert_array_equal(net.layers[0].params["W"], before * 20)


def test_trajectory_thins_out_past_its_limit(mlp):
    traj = Trajectory(limit=4)
    for epoch in range(9):
        traj.record(mlp[0], epoch)
    assert len(traj) <= 4 and traj.epochs[0] == 0 and traj.epochs[-1] == 8
