"""`netbuilder landscape` end to end on the small xor network (trained by the conftest fixture)."""

import numpy as np
import pytest
from PIL import Image

from netbuilder.cli import main
from netbuilder.analysis.trajectory import Trajectory

from tests.test_cli import XOR


@pytest.mark.parametrize("what", [["--weight", "1:3"], ["--weight", "largest"], ["--line"],
                                  ["--plane", "--grid", "5"], ["--plane", "--grid", "4", "--trajectory", "t.npz"]])
def test_landscape_writes_a_png(trained, capsys, what):
    what = [str(trained / w) if w.endswith(".npz") else w for w in what]
    png = trained / f"{'_'.join(w.strip('-') for w in what).replace('/', '_')}.png"
    code = main(["landscape", XOR, "--weights", str(trained / "weights.npz"), "--points", "7", *what,
                 "--out", str(png)])
    assert code == 0, capsys.readouterr().err
    with Image.open(png) as im:
        assert im.size[0] >= 600 and len(np.unique(np.asarray(im.convert("L")))) > 20  # a picture, not a blank


def test_landscape_bad_weight_is_exit_2(trained, capsys):
    code = main(["landscape", XOR, "--weights", str(trained / "weights.npz"), "--weight", "2:0", "--out",
                 str(trained / "x.png")])
    assert code == 2 and "no parameter 'W'" in capsys.readouterr().err
    assert not (trained / "x.png").exists()


def test_two_networks_on_one_weight_chart(trained, capsys, tmp_path):
    twin = tmp_path / "twin.json"
    twin.write_text(open(XOR).read().replace('"ReLU"', '"Sigmoid"'))
    png = tmp_path / "both.png"
    code = main(["landscape", XOR, "--weights", str(trained / "weights.npz"), "--weight", "1:0", "--points", "5",
                 "--compare", str(twin), "--out", str(png)])
    out = capsys.readouterr().out
    assert code == 0 and png.exists()
    assert out.count("layer 1 Dense W[0, 0]") == 2  # one line per network
