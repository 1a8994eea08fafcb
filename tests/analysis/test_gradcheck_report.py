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
