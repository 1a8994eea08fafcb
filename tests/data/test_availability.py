"""missing_data(spec): what a SPEC needs that is not on disk, from file names alone."""

from netbuilder.data.availability import missing_data
from tests.data.formats import make_cifar, make_mnist


def test_generated_and_present_data_is_not_missing(tmp_path):
    assert missing_data("builtin:shapes") is None
    assert missing_data(None) is None and missing_data("") is None
    assert missing_data("not a spec") is None  # syntax is validation's business
    make_mnist(tmp_path / "m")
    assert missing_data(f"mnist:{tmp_path / 'm'}") is None
    make_cifar(tmp_path / "c")
    assert missing_data(f"cifar10:{tmp_path / 'c'}?classes=airplane,ship") is None


def test_missing_sets_say_what_and_where_and_whether_they_can_be_downloaded(tmp_path, monkeypatch):
    monkeypatch.setenv("NETBUILDER_DATA", str(tmp_path / "store"))
    m = missing_data("mnist:")
    assert m.title == "MNIST" and m.downloadable and m.where == tmp_path / "store" / "mnist"
    assert "4 of its 4 files" in m.message and str(tmp_path / "store" / "mnist") in m.message
    c = missing_data(f"cifar10:{tmp_path / 'nowhere'}?classes=airplane,ship")
    assert c.title == "CIFAR-10" and c.downloadable and "6 batch files" in c.message
    assert c.with_folder("/data/c10") == "cifar10:/data/c10?classes=airplane,ship"
    csv = missing_data(f"csv:{tmp_path / 'x.csv'}")
    assert not csv.downloadable and "does not exist" in csv.message
    assert missing_data(f"images:{tmp_path / 'pics'}").title == "an image folder"


def test_one_missing_mnist_file_is_named(tmp_path):
    make_mnist(tmp_path)
    next(tmp_path.glob("t10k-labels*")).unlink()
    m = missing_data(f"mnist:{tmp_path}")
    assert "1 of its 4 files (t10k-labels-idx1-ubyte)" in m.message
