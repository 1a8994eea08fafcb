"""The sweep plots: one panel per value of the middle varied setting, series coloured by the last,
every seed drawn, the diverged runs named in the legend."""

import numpy as np
from PIL import Image

from netbuilder.plotting.palette import series_color
from netbuilder.plotting.spread import layout, write_sweep_plots
from netbuilder.runs.sweep_plan import Run

VARIED = ["network", "data.standardize", "activation"]


def fake_sweep():
    runs, results = [], {}
    config = 0
    for net in ("n3", "n4"):
        for std in (0, 1):
            for act in ("ReLU", "Sigmoid"):
                for seed in range(3):
                    key = f"{config}-{seed}"
                    runs.append(Run(key, config, {"network": net, "data.standardize": std, "activation": act},
                                    seed, {}, "d"))
                    acc = 0.6 + 0.1 * std + 0.02 * seed
                    status = "diverged" if (net, std, act) == ("n4", 1, "ReLU") else "finished"
                    results[key] = {"status": status, "seconds": 1.0, "first_grad_rms": 0.01 * (seed + 1),
                                    "dead_share": [{"layer": 2, "units": 4, "dead": 1.0 if act == "ReLU" else 0.0}],
                                    "metrics": {"test_accuracy": acc, "test_loss": 1 - acc,
                                                "epochs": [{"val_accuracy": acc - 0.1}, {"val_accuracy": acc}]}}
                config += 1
    return runs, results


def test_layout_from_what_was_varied():
    assert layout([]) == (None, None, [])
    assert layout(["lr"]) == ("lr", None, [])
    assert layout(VARIED) == ("network", "activation", ["data.standardize"])


def test_plots_have_one_panel_per_scaling_and_both_series(tmp_path):
    runs, results = fake_sweep()
    written = write_sweep_plots(tmp_path, runs, results, VARIED, "study")
    assert [p.name for p in written] == ["accuracy.png", "curves.png", "gradients.png"]
    img = np.asarray(Image.open(tmp_path / "accuracy.png").convert("RGB"))
    assert img.shape[1] == 2 * 720  # two panels side by side
    for k in (0, 1):  # ReLU's and Sigmoid's colours are both drawn
        assert (np.abs(img.astype(int) - series_color(k)).sum(axis=2) < 30).sum() > 50


def test_single_setting_sweep_draws_one_panel(tmp_path):
    runs = [Run(f"k{i}", i // 2, {"training.optimizer.lr": [0.1, 0.01][i // 2]}, i % 2, {}, "d") for i in range(4)]
    results = {r.key: {"status": "finished", "seconds": 1.0, "first_grad_rms": None, "dead_share": [],
                       "metrics": {"test_accuracy": 0.5, "test_loss": 1.0, "epochs": [{"val_accuracy": 0.5}]}}
               for r in runs}
    written = write_sweep_plots(tmp_path, runs, results, ["training.optimizer.lr"])
    assert [p.name for p in written] == ["accuracy.png", "curves.png"]  # no gradients measured
    assert Image.open(tmp_path / "accuracy.png").size == (720, 440)
