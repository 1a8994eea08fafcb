import numpy as np
import pytest

from netbuilder.analysis.directions import (filter_normalized, learned, pca_directions, project,
                                            random_direction)
from netbuilder.analysis.landscape import SliceEvaluator, loss_line, loss_plane


def _set(net, state):
    for k, v in state.items():
        i, name = k.split(".", 1)
        net.layers[int(i)].params[name][...] = v


def test_random_directions_are_filter_normalised_and_skip_biases_and_batchnorm(convnet):
    net = convnet[0]
    d = random_direction(net, np.random.default_rng(123))
    assert set(d) == {"0.W", "5.W", "7.W"}  # no biases, no BatchNorm γ/β
    conv, dense = net.layers[0].params["W"], net.layers[5].params["W"]
    for f in range(conv.shape[0]):  # a conv filter is W[f]
        assert np.linalg.norm(d["0.W"][f]) == pytest.approx(np.linalg.norm(conv[f]), rel=1e-9)
    for j in range(dense.shape[1]):  # a Dense unit's filter is its column
        assert np.linalg.norm(d["5.W"][:, j]) == pytest.approx(np.linalg.norm(dense[:, j]), rel=1e-9)
    assert not np.allclose(d["0.W"], conv)


def test_filter_normalisation_keeps_the_direction_of_each_filter():
    w = np.arange(12.0).reshape(4, 3)
    d = np.array([[1.0, 0, 0], [0, 2, 0], [0, 0, 3], [1, 1, 1]])
    out = filter_normalized(w, d, axis=1)
    for j in range(3):
        assert np.linalg.norm(out[:, j]) == pytest.approx(np.linalg.norm(w[:, j]))
        assert np.allclose(np.cross(out[:3, j], d[:3, j]), 0)  # same direction, only rescaled


@pytest.mark.parametrize("affine", [True, False])
def test_plane_matches_direct_evaluation(convnet, affine):
    net, x, t = convnet
    center = learned(net)
    rng = np.random.default_rng(5)
    d1, d2 = random_direction(net, rng), random_direction(net, rng)
    ev = SliceEvaluator(net, x, t, center, d1, d2)
    assert ev.prepare_affine() is True  # the first conv is affine in its weights
    if not affine:
        ev.affine = None
    for a, b in [(0.0, 0.0), (0.7, -0.3), (-1.0, 1.0)]:
        got = ev.loss(a, b)
        _set(net, {k: center[k] + a * d1.get(k, 0) + b * d2.get(k, 0) for k in center})
        assert got == pytest.approx(net.evaluate(x, t)[0], rel=1e-9)
    ev.restore()
    for k, v in center.items():
        np.testing.assert_array_equal(net.layers[int(k.split(".")[0])].params[k.split(".")[1]], v)


def test_loss_plane_grid_center_and_restore(convnet):
    net, x, t = convnet
    before = learned(net)
    plane = loss_plane(net, x, t, grid=5, seed=3)
    assert plane.losses.shape == (5, 5) and plane.directions == "random"
    assert plane.losses[2, 2] == pytest.approx(net.evaluate(x, t)[0], rel=1e-9)
    assert plane.center_loss == pytest.approx(plane.losses[2, 2])
    assert np.ptp(plane.losses) > 0
    for k, v in before.items():
        np.testing.assert_array_equal(net.layers[int(k.split(".")[0])].params[k.split(".")[1]], v)


def test_line_runs_from_initial_to_final_weights(mlp):
    net, x, t = mlp
    final = learned(net)
    initial = {k: v + 0.5 for k, v in final.items()}
    line = loss_line(net, x, t, initial, points=5, lo=0.0, hi=1.0)
    _set(net, initial)
    at_initial = net.evaluate(x, t)[0]
    _set(net, final)
    assert line.losses[0] == pytest.approx(at_initial, rel=1e-9)
    assert line.losses[-1] == pytest.approx(net.evaluate(x, t)[0], rel=1e-9)


def test_pca_directions_recover_a_planar_trajectory():
    rng = np.random.default_rng(0)
    center = {"0.W": rng.standard_normal((4, 3)), "0.b": rng.standard_normal(3)}
    u, v = ({k: rng.standard_normal(a.shape) for k, a in center.items()} for _ in range(2))
    coords = np.array([[3.0, 1.0], [2.0, -0.5], [1.0, 0.4], [0.5, 0.1]])
    states = [{k: center[k] + a * u[k] + b * v[k] for k in center} for a, b in coords]
    d1, d2, explained = pca_directions(states, center)
    flat = [np.concatenate([d[k].ravel() for k in center]) for d in (d1, d2)]
    assert np.linalg.norm(flat[0]) == pytest.approx(1) and abs(flat[0] @ flat[1]) < 1e-9
    assert sum(explained) == pytest.approx(1)  # the path lies in a plane: two directions explain it all
    path = project(states, center, d1, d2)
    rebuilt = [{k: center[k] + a * d1[k] + b * d2[k] for k in center} for a, b in path]
    for s, r in zip(states, rebuilt):
        for k in center:
            np.testing.assert_allclose(s[k], r[k], atol=1e-9)


def test_trajectory_plane_covers_the_path(mlp):
    net, x, t = mlp
    final = learned(net)
    rng = np.random.default_rng(4)
    states = [{k: v + s * rng.standard_normal(v.shape) for k, v in final.items()} for s in (0.6, 0.3, 0.1)] + [final]
    plane = loss_plane(net, x, t, grid=3, states=states, epochs=[0, 1, 2, 3])
    assert plane.directions == "trajectory" and plane.trajectory.shape == (4, 2)
    assert np.abs(plane.trajectory[:, 0]).max() < plane.alphas[-1]
    np.testing.assert_allclose(plane.trajectory[-1], 0, atol=1e-9)
