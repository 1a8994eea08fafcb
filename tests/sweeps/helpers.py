"""Tiny networks for sweep tests (builtin data, a few hundred samples, one epoch), and a planned sweep
with runs recorded straight into a store, for the summary's statistics without training."""

import copy
import json

TINY = {
    "format": "netbuilder.network", "version": 1, "name": "Tiny MLP",
    "input": {"shape": [1, 28, 28]},
    "layers": [{"type": "Flatten"}, {"type": "Dense", "units": 16}, {"type": "ReLU"},
               {"type": "Dense", "units": 4}, {"type": "Softmax"}],
    "loss": {"type": "cross_entropy"},
    "training": {"optimizer": {"type": "adam", "lr": 0.002}, "batch_size": 50, "epochs": 1},
    "data": "builtin:shapes?n=400",
}

# Linear layers under MSE: with sgd at lr 5 every update overshoots further, so it must diverge.
LINEAR_XOR = {
    "format": "netbuilder.network", "version": 1, "name": "Linear XOR",
    "input": {"shape": [2]},
    "layers": [{"type": "Dense", "units": 8}, {"type": "Dense", "units": 2}],
    "loss": {"type": "mse"},
    "training": {"optimizer": {"type": "sgd", "lr": 0.01}, "batch_size": 32, "epochs": 20},
    "data": "builtin:xor?n=200",
}


def write(path, doc=TINY, **changes):
    doc = copy.deepcopy(doc)
    for key, value in changes.items():
        doc[key] = value
    path.write_text(json.dumps(doc))
    return str(path)


def planned(tmp_path=None):
    from netbuilder.runs import sweep_plan as plan
    definition = plan.SweepDefinition([plan.Network("tiny", copy.deepcopy(TINY))],
                                      vary=[plan.Variation("training.optimizer.lr", (0.01, 0.001))],
                                      seeds=[0, 1, 2], name="lr")
    runs = plan.expand(definition)
    return definition, runs


def record(store, sweep_id, run, status="finished", acc=None, loss=None):
    from netbuilder.io.network_file import to_json
    run_id = store.start_run(network_json=to_json(run.doc), settings=run.doc["training"], data_spec=run.data,
                             sweep_id=sweep_id)
    store.finish_run(run_id, status, test_accuracy=acc, test_loss=loss)
    return run_id
