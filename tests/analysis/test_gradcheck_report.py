import numpy as np
import pytest

from netbuilder.analysis.common import copy_network
from netbuilder.analysis.gradcheck_report import FLOOR, gradient_report
from netbuilder.engine.gradcheck import check_network


def test_report_is_the_engines_check_per_layer(convnet):
    net, x, t = convnet
    report = gradient_report(net, x, t, batch=3, max_entries=None)
    engine = check_network(copy_network(net, np.float64), x[:3].astype(np.float64), t[:3], inputs=True,
                           floor=FLOOR, counts={})
    assert {f"{c.layer}.{k}": e for c in report.layers for k, e in c.errors.items()} == pytest.approx(engine)
    assert report.passed and all(c.passed for c in report.layers)
    assert "x" in report.layers[3].errors and "W" in report.layers[0].errors  # inputs AND parameters
    assert "all gradients match" in report.text()
    assert report.layers[3].checked["x"][1] > 0  # ties in the pool windows after the ReLU were skipped


def test_kinks_are_what_the_plain_check_trips_on(convnet):
    """Without skipping kinks the max-pool's input check fails on ties: the skip is needed, not cosmetic."""
    net, x, t = convnet
    plain = check_network(copy_network(net, np.float64), x[:3].astype(np.float64), t[:3], inputs=True)
    assert plain["3.x"] > 1e-3


def test_a_wrong_backward_turns_its_layer_red(convnet, monkeypatch):
    net, x, t = convnet
    from netbuilder.engine.layers.activations import Tanh

    monkeypatch.setattr(Tanh, "backward", lambda self, dy: dy * (1 - self.y))  # forgot the square
    report = gradient_report(net, x, t, batch=3, max_entries=20)
    by_layer = {c.layer: c for c in report.layers}
    assert not by_layer[6].passed  # the Tanh's input gradient is wrong
    assert by_layer[7].passed and by_layer[8].passed  # the layers after it are fine
    assert not by_layer[5].passed  # and its error reaches the Dense before it
    assert not report.passed and "do NOT match" in report.text()


def test_sampled_entries_include_the_largest_gradients(mlp):
    net, x, t = mlp
    report = gradient_report(net, x, t, batch=4, max_entries=6)
    assert report.passed and report.max_entries == 6


def test_small_gradients_do_not_make_a_correct_max_pool_look_wrong():
    """On the trained MNIST conv net the panel said MaxPool2D's backward was wrong (1.7e-3): ties
    among the ReLU's zeros whose slope change was under the absolute kink test (small gradients far
    from the loss) were compared as if smooth. Kinks are now judged against the array's own scale."""
    from tests.analysis.conftest import make_net
    net = make_net([{"type": "Conv2D", "filters": 4, "kernel_size": 3, "padding": 1}, {"type": "ReLU"},
                    {"type": "MaxPool2D"}, {"type": "Flatten"}, {"type": "Dense", "units": 3}, {"type": "Softmax"}],
                   (1, 8, 8))
    rng = np.random.default_rng(3)
    x = rng.standard_normal((4, 1, 8, 8))
    x[x < 0.3] = 0                         # blank background, like MNIST
    net.layers[0].params["b"][:] = -0.2    # many ReLU zeros: ties in the pool windows
    net.layers[4].params["W"] *= 0.003     # small gradients reaching the pool
    report = gradient_report(net, x, rng.integers(0, 3, 4), batch=4, max_entries=None)
    assert report.passed, report.text()
    assert report.layers[2].checked["x"][1] > 0   # the ties were found and left out


def test_a_smooth_network_has_no_kinks():
    """The kink test must not skip entries of a smooth net (that would hide a wrong backward)."""
    from tests.analysis.conftest import make_net
    net = make_net([{"type": "Dense", "units": 6}, {"type": "Sigmoid"}, {"type": "Dense", "units": 5},
                    {"type": "Sigmoid"}, {"type": "Dense", "units": 3}, {"type": "Softmax"}], (8,))
    rng = np.random.default_rng(1)
    report = gradient_report(net, rng.standard_normal((4, 8)), rng.integers(0, 3, 4), batch=4, max_entries=None)
    assert report.passed and sum(k for c in report.layers for _, k in c.checked.values()) == 0
