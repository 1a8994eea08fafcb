"""The exported project's data.py prepares every SPEC kind exactly as NetBuilder's own sources do
(same arrays, same splits), without importing NetBuilder; train.py runs on one process and resumes."""

import runpy
import sys

import numpy as np
import pytest

from netbuilder.data import load_dataset
from netbuilder.data.dataset import split_validation
from netbuilder.export.pytorch_project import write_pytorch_project
from netbuilder.io.nbmodel import TrainedModel
from tests.data.formats import make_cifar, make_mnist
from tests.export.helpers import import_module_from, random_network
from tests.export.test_nbmodel_predict import image_folder


def project_data(tmp_path, spec, shape, k):
    """data.py of a project exported for a model trained on `spec`, and NetBuilder's dataset."""
    dataset = load_dataset(spec, seed=3)
    doc = {"input": {"shape": list(shape)}, "layers": [{"type": "Dense", "units": k}, {"type": "Softmax"}],
           "loss": {"type": "cross_entropy"}, "data": spec, "training": {"seed": 3}}
    net = random_network(doc)
    write_pytorch_project(tmp_path, TrainedModel(net.spec, net, dataset.class_names, dataset.preprocessing))
    return import_module_from(tmp_path / "data.py", f"data_{tmp_path.name}"), dataset


def assert_same(module, dataset, spec):
    x_train, y_train, x_test, y_test = module.load(spec, 3, dataset.preprocessing, dataset.class_names)
    np.testing.assert_allclose(x_train, dataset.x_train, atol=1e-6)
    np.testing.assert_allclose(x_test, dataset.x_test, atol=1e-6)
    np.testing.assert_array_equal(y_train, dataset.y_train)
    np.testing.assert_array_equal(y_test, dataset.y_test)
    ours = split_validation(dataset.x_train, dataset.y_train, 0.25, 3)
    theirs = module.split_validation(x_train, y_train, 0.25, 3)
    for a, b in zip(ours, theirs):
        np.testing.assert_allclose(a, b, atol=1e-6)


def test_idx_with_standardisation(tmp_path):
    make_mnist(tmp_path / "mnist", side=6)
    spec = f"mnist:{tmp_path / 'mnist'}?standardize=1"
    module, dataset = project_data(tmp_path / "p", spec, (1, 6, 6), 10)
    assert_same(module, dataset, spec)


def test_cifar_class_subset(tmp_path):
    make_cifar(tmp_path / "cifar")
    spec = f"cifar10:{tmp_path / 'cifar'}?classes=ship,airplane"
    module, dataset = project_data(tmp_path / "p", spec, (3, 32, 32), 2)
    assert_same(module, dataset, spec)


def test_image_folder_resized_and_standardised(tmp_path):
    pytest.importorskip("PIL", reason="Pillow is not installed")
    spec = f"images:{image_folder(tmp_path / 'pics', n=8)}?size=6x5&standardize=1&test_fraction=0.25"
    module, dataset = project_data(tmp_path / "p", spec, (1, 5, 6), 3)
    assert_same(module, dataset, spec)


@pytest.mark.parametrize("options", ["missing=mean&normalize=standard", "missing=zero&normalize=minmax",
                                     "missing=drop-rows&normalize=none"])
def test_csv_with_missing_values_and_each_normalisation(tmp_path, options):
    rng = np.random.default_rng(0)
    lines = ["x,y,z,label"]
    for i in range(40):
        cells = [f"{v:.4f}" for v in rng.standard_normal(3)]
        if i % 7 == 3:
            cells[i % 3] = "?"
        lines.append(",".join(cells) + f",{['lo', 'mid', 'hi'][i % 3]}")
    (tmp_path / "t.csv").write_text("\n".join(lines))
    spec = f"csv:{tmp_path / 't.csv'}?{options}&test_fraction=0.25"
    module, dataset = project_data(tmp_path / "p", spec, (3,), 3)
    assert_same(module, dataset, spec)


def test_train_py_runs_on_one_process_writes_netbuilder_weights_and_resumes(tmp_path, capsys):
    torch = pytest.importorskip("torch", reason="torch is not installed (pip install 'netbuilder[check-exports]')")
    torch.set_num_threads(1)
    rng = np.random.default_rng(0)
    rows = ["a,b,kind"] + [f"{x:.3f},{y:.3f},{'big' if x + y > 1 else 'small'}" for x, y in rng.random((80, 2))]
    (tmp_path / "t.csv").write_text("\n".join(rows))
    spec = f"csv:{tmp_path / 't.csv'}"
    dataset = load_dataset(spec)
    doc = {"input": {"shape": [2]}, "layers": [{"type": "Dense", "units": 8}, {"type": "Tanh"},
                                               {"type": "Dense", "units": 2}, {"type": "Softmax"}],
           "loss": {"type": "cross_entropy", "label_smoothing": 0.05}, "data": spec,
           "training": {"optimizer": {"type": "momentum", "lr": 0.1, "weight_decay": 1e-3}, "clip_norm": 1.0,
                        "schedule": {"type": "step", "step_size": 1, "gamma": 0.5}, "batch_size": 16,
                        "epochs": 1, "augment": ["noise"], "val_fraction": 0.2}}
    net = random_network(doc)
    project = tmp_path / "project"
    write_pytorch_project(project, TrainedModel(net.spec, net, dataset.class_names, dataset.preprocessing))
    assert run_train(project, capsys) == 0
    first = capsys.readouterr().out
    assert "epoch 1/1" in first and "test accuracy" in first
    with np.load(project / "trained" / "weights.npz") as trained:
        assert set(trained.files) == {"0.W", "0.b", "2.W", "2.b"} and trained["0.W"].shape == (2, 8)
    assert run_train(project, capsys, "--resume", "--epochs", "2") == 0
    second = capsys.readouterr().out
    assert "resumed from" in second and "epoch 2/2" in second and "epoch 1/2" not in second


def run_train(project, capsys, *flags):
    argv, sys.argv = sys.argv, [str(project / "train.py"), *flags]
    sys.path.insert(0, str(project))
    for name in ("model", "data"):
        sys.modules.pop(name, None)
    try:
        runpy.run_path(str(project / "train.py"), run_name="__main__")
        return 0
    except SystemExit as e:
        return e.code
    finally:
        sys.argv = argv
        sys.path.remove(str(project))
        for name in ("model", "data"):
            sys.modules.pop(name, None)
