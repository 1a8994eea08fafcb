"""Summary statistics against numbers worked out by hand; the std is the sample one (ddof=1)."""

import csv
import io
import json
import math

from netbuilder.runs.sweep_plan import Run
from netbuilder.runs.sweep_summary import STD_NOTE, stats, summarize, to_csv, write_tables


def result(status, acc, loss, seconds=1.0):
    return {"status": status, "metrics": {"test_accuracy": acc, "test_loss": loss, "epochs": []},
            "seconds": seconds, "dead_share": [], "error": None}


def test_stats_by_hand():
    s = stats([0.5, 0.7, 0.9])
    # mean (0.5+0.7+0.9)/3 = 0.7; sample variance (0.04+0+0.04)/(3-1) = 0.04 -> std 0.2
    assert math.isclose(s["mean"], 0.7) and math.isclose(s["std"], 0.2)
    assert s["min"] == 0.5 and s["max"] == 0.9 and s["n"] == 3
    # 1, 2, 3, 4: mean 2.5, squared deviations 2.25+0.25+0.25+2.25 = 5, /3 -> std sqrt(5/3)
    assert math.isclose(stats([1, 2, 3, 4])["std"], math.sqrt(5 / 3))
    assert stats([0.8])["std"] is None  # undefined with one run, not 0
    assert stats([])["n"] == 0


def test_summary_counts_only_finished_runs_and_writes_tables(tmp_path):
    runs = [Run(f"k{i}", i // 3, {"training.optimizer.lr": [0.1, 0.01][i // 3]}, i % 3, {}, "d") for i in range(6)]
    results = {"k0": result("finished", 0.6, 0.9, 2.0), "k1": result("finished", 0.8, 0.5, 4.0),
               "k2": result("diverged", 0.25, 7.0),
               "k3": result("finished", 0.9, 0.3), "k4": result("early_stopped", 0.7, 0.4),
               "k5": {"status": "failed", "metrics": None, "seconds": 0.0, "error": "boom"}}
    table = summarize(runs, results, ["training.optimizer.lr"])
    a, b = table
    assert a["n"] == 2 and a["diverged"] == 1 and a["failed"] == 0
    assert math.isclose(a["test_accuracy_mean"], 0.7)
    assert math.isclose(a["test_accuracy_std"], math.sqrt(((0.6 - 0.7) ** 2 + (0.8 - 0.7) ** 2) / 1))
    assert math.isclose(a["test_loss_mean"], 0.7) and a["test_loss_max"] == 0.9
    assert math.isclose(a["seconds_mean"], 3.0)
    assert b["n"] == 2 and b["failed"] == 1 and math.isclose(b["test_accuracy_mean"], 0.8)
    write_tables(tmp_path, {"id": "x", "name": "x", "seeds": [0, 1, 2]}, runs, results, ["training.optimizer.lr"])
    rows = list(csv.DictReader(io.StringIO((tmp_path / "summary.csv").read_text())))
    assert [r["training.optimizer.lr"] for r in rows] == ["0.1", "0.01"]
    assert math.isclose(float(rows[0]["test_accuracy_std"]), 0.141421, rel_tol=1e-5)
    doc = json.loads((tmp_path / "summary.json").read_text())
    assert doc["std"] == STD_NOTE and "ddof=1" in doc["std"]
    runs_csv = list(csv.DictReader(io.StringIO((tmp_path / "runs.csv").read_text())))
    assert [r["status"] for r in runs_csv] == ["finished", "finished", "diverged", "finished", "early_stopped", "failed"]
    assert runs_csv[5]["error"] == "boom"


def test_csv_of_nothing_is_empty():
    assert to_csv([]) == ""
