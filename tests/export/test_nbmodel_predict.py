"""One-file models (.nbmodel) and `netbuilder predict`: new inputs prepared exactly as the data
source prepared the training data give the classes `eval` gives."""

import json
import zipfile

import numpy as np
import pytest

from netbuilder.cli import main
from netbuilder.data import load_dataset
from netbuilder.engine.losses import predictions
from netbuilder.io.nbmodel import ModelFileError, TrainedModel, load_nbmodel, save_nbmodel
from tests.export.helpers import random_network

Image = pytest.importorskip("PIL.Image", reason="Pillow is not installed")

NET = {"name": "tiny", "input": {"shape": [1, 8, 8]}, "layers": [
    {"type": "Conv2D", "filters": 4, "kernel_size": 3, "padding": "same"}, {"type": "ReLU"},
    {"type": "MaxPool2D"}, {"type": "Dense", "units": 3}, {"type": "Softmax"}],
    "loss": {"type": "cross_entropy"},
    "training": {"optimizer": {"type": "adam", "lr": 0.01}, "batch_size": 16, "epochs": 2, "val_fraction": 0.0}}


def image_folder(root, n=30):
    """Three classes of 8×8 grey PNGs (a bright row, column or diagonal), in the images: format."""
    rng = np.random.default_rng(0)
    for k, name in enumerate(("row", "column", "diagonal")):
        (root / name).mkdir(parents=True)
        for i in range(n):
            a = (rng.random((8, 8)) * 60).astype(np.uint8)
            j = rng.integers(0, 8)
            if k == 0:
                a[j] = 255
            elif k == 1:
                a[:, j] = 255
            else:
                np.fill_diagonal(a, 255)
            Image.fromarray(a).save(root / name / f"{i}.png")
    return root


@pytest.fixture
def trained(tmp_path, capsys):
    """A model trained by `netbuilder train --out` on a standardised image folder."""
    spec = f"images:{image_folder(tmp_path / 'pics')}?standardize=1&test_fraction=0.3"
    (tmp_path / "net.json").write_text(json.dumps({**NET, "data": spec}))
    assert main(["train", str(tmp_path / "net.json"), "--out", str(tmp_path / "out")]) == 0, capsys.readouterr().err
    capsys.readouterr()
    return tmp_path / "out" / "model.nbmodel", spec


def test_train_writes_a_model_that_eval_accepts_alone(trained, capsys):
    path, spec = trained
    model = load_nbmodel(path)
    assert model.class_names == ["column", "diagonal", "row"]
    pre = model.preprocessing
    assert (pre["colour"], pre["height"], pre["width"]) == ("grey", 8, 8) and len(pre["mean"]) == 1
    assert model.metrics["test_accuracy"] is not None and model.spec.data == spec
    assert main(["eval", str(path)]) == 0
    assert f"accuracy {model.metrics['test_accuracy']:.4f}" in capsys.readouterr().out


def test_predict_on_pngs_of_the_test_images_gives_evals_classes(trained, tmp_path, capsys):
    path, spec = trained
    model = load_nbmodel(path)
    data = load_dataset(spec, seed=model.spec.training["seed"])
    expected = predictions(model.net.predict(data.x_test), model.net.threshold)
    # Undo the standardisation to get the pixels back, as PNG files a user would have.
    mean, std = model.preprocessing["mean"][0], model.preprocessing["std"][0]
    files = []
    for i, x in enumerate(data.x_test):
        pixels = np.round((x[0] * std + mean) * 255).astype(np.uint8)
        files.append(tmp_path / f"test{i}.png")
        Image.fromarray(pixels).save(files[-1])
    assert main(["predict", str(path), "--json", "--top", "2", *map(str, files)]) == 0
    results = json.loads(capsys.readouterr().out)
    assert [r["top"][0]["index"] for r in results] == expected.tolist()
    assert all(len(r["top"]) == 2 and r["top"][0]["probability"] >= r["top"][1]["probability"] for r in results)


def test_predict_resizes_and_converts_with_a_note_and_refuses_what_cannot_fit(trained, tmp_path, capsys):
    path, _ = trained
    Image.fromarray(np.zeros((16, 16, 3), np.uint8)).save(tmp_path / "big.png")
    assert main(["predict", str(path), str(tmp_path / "big.png")]) == 0
    err = capsys.readouterr().err
    assert "converted to grey" in err and "resized from 16x16 to 8x8" in err
    np.save(tmp_path / "wrong.npy", np.zeros((5, 5), np.float32))
    assert main(["predict", str(path), str(tmp_path / "wrong.npy")]) == 2
    assert "wrong.npy: array of shape (5, 5)" in capsys.readouterr().err
    (tmp_path / "notes.txt").write_text("hello")
    assert main(["predict", str(path), str(tmp_path / "notes.txt")]) == 2
    assert main(["predict", str(path), str(tmp_path / "missing.png")]) == 2


def test_predict_reads_npy_pixels_and_csv_rows_with_the_training_columns(tmp_path, capsys):
    table = tmp_path / "t.csv"
    rng = np.random.default_rng(0)
    rows = ["a,b,kind"] + [f"{x:.3f},{y:.3f},{'big' if x + y > 1 else 'small'}" for x, y in rng.random((60, 2)) * [1, 1]]
    table.write_text("\n".join(rows))
    doc = {"input": {"shape": [2]}, "layers": [{"type": "Dense", "units": 2}, {"type": "Softmax"}],
           "loss": {"type": "cross_entropy"}, "data": f"csv:{table}", "training": {"epochs": 1}}
    (tmp_path / "n.json").write_text(json.dumps(doc))
    assert main(["train", str(tmp_path / "n.json"), "--out", str(tmp_path / "o")]) == 0
    capsys.readouterr()
    model = load_nbmodel(tmp_path / "o" / "model.nbmodel")
    new = tmp_path / "new.csv"
    new.write_text("kind,b,a\n?,0.9,0.8\n?,0.1,0.2\n")  # other column order, label column present
    assert main(["predict", str(tmp_path / "o" / "model.nbmodel"), str(new), "--json"]) == 0
    got = [r["top"][0]["index"] for r in json.loads(capsys.readouterr().out)]
    pre = model.preprocessing
    x = (np.array([[0.8, 0.9], [0.2, 0.1]]) - pre["shift"]) / pre["scale"]
    assert got == model.net.predict(x.astype(np.float32)).argmax(1).tolist()
    (tmp_path / "bad.csv").write_text("a,c\n1,2\n")
    assert main(["predict", str(tmp_path / "o" / "model.nbmodel"), str(tmp_path / "bad.csv")]) == 2
    assert "lacks the column b" in capsys.readouterr().err


def test_a_damaged_or_foreign_model_file_is_refused_clearly(tmp_path, capsys):
    net = random_network({"input": {"shape": [3]}, "layers": [{"type": "Dense", "units": 2}], "loss": {"type": "mse"}})
    path = tmp_path / "m.nbmodel"
    save_nbmodel(path, TrainedModel(net.spec, net, ["x", "y"]))
    again = load_nbmodel(path)
    for key, value in net.state_dict().items():
        np.testing.assert_array_equal(again.net.state_dict()[key], value)
    with zipfile.ZipFile(tmp_path / "other.nbmodel", "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ModelFileError, match="lacks nbmodel.json"):
        load_nbmodel(tmp_path / "other.nbmodel")
    (tmp_path / "junk.nbmodel").write_bytes(b"not a zip")
    assert main(["predict", str(tmp_path / "junk.nbmodel"), str(tmp_path / "x.png")]) == 2
    assert "not a NetBuilder model file" in capsys.readouterr().err
