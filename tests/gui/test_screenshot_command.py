"""`netbuilder screenshot`: the real window, trained offscreen, saved as a PNG of the requested size."""

from PySide6.QtGui import QImage

from netbuilder.cli import main
from netbuilder.paths import resource

XOR = str(resource("examples", "playground_xor.json"))


def test_screenshot_writes_a_png_of_the_requested_size(qtbot, tmp_path, isolated_settings):
    out = tmp_path / "shot.png"
    assert main(["screenshot", XOR, "--epochs", "1", "--size", "800x600", "--out", str(out)]) == 0
    assert out.exists()
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 600)
    assert not list(tmp_path.glob(".*tmp*"))  # written under a temporary name, then renamed


def test_screenshot_rejects_bad_input_with_exit_2(qtbot, tmp_path, capsys):
    assert main(["screenshot", XOR, "--epochs", "1", "--size", "huge", "--out", str(tmp_path / "a.png")]) == 2
    assert "--size" in capsys.readouterr().err
    assert main(["screenshot", XOR, "--epochs", "0", "--out", str(tmp_path / "a.png")]) == 2
    assert main(["screenshot", XOR, "--epochs", "1", "--out", str(tmp_path / "missing" / "a.png")]) == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert main(["screenshot", str(bad), "--epochs", "1", "--out", str(tmp_path / "a.png")]) == 2
    assert main(["screenshot", XOR, "--data", "nosuch:thing", "--epochs", "1",
                 "--out", str(tmp_path / "a.png")]) == 2
    assert not (tmp_path / "a.png").exists()


def test_screenshot_honours_data_when_the_file_names_none(qtbot, tmp_path, isolated_settings, capsys):
    import json
    doc = json.loads(open(XOR).read())
    del doc["data"]
    net = tmp_path / "nodata.json"
    net.write_text(json.dumps(doc))
    out = tmp_path / "shot.png"
    # Without --data it is refused up front, and the message says what to do.
    assert main(["screenshot", str(net), "--epochs", "1", "--out", str(out)]) == 2
    assert "--data" in capsys.readouterr().err
    assert main(["screenshot", str(net), "--data", "builtin:xor", "--epochs", "1", "--size", "800x600",
                 "--out", str(out)]) == 0
    assert out.exists()

