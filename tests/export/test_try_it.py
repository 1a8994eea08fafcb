"""The Try-it tab: a drawn digit, a dropped or pasted image, each through the model with bars and maps."""

import numpy as np
import pytest

pytest.importorskip("PySide6", reason="PySide6 is not installed")

from netbuilder.io.nbmodel import TrainedModel  # noqa: E402
from netbuilder.views.try_it import TryItPanel, mnist_style  # noqa: E402
from tests.export.helpers import random_network  # noqa: E402

Image = pytest.importorskip("PIL.Image", reason="Pillow is not installed")

DIGITS = {"input": {"shape": [1, 28, 28]}, "layers": [
    {"type": "Conv2D", "filters": 3, "kernel_size": 3}, {"type": "ReLU"}, {"type": "MaxPool2D"},
    {"type": "Dense", "units": 10}, {"type": "Softmax"}], "loss": {"type": "cross_entropy"}}


@pytest.fixture
def panel(qtbot):
    p = TryItPanel()
    qtbot.addWidget(p)
    p.resize(1100, 650)
    p.show()
    return p


def model(doc=DIGITS, pre=None):
    net = random_network(doc)
    return TrainedModel(net.spec, net, [str(d) for d in range(10)], pre or {})


def test_drawing_with_the_mouse_classifies_the_digit_and_shows_every_layer(panel, qtbot):
    from PySide6.QtCore import QPoint, Qt
    m = model()
    panel.set_model(m)
    assert panel.pad.isVisible()
    qtbot.mousePress(panel.pad, Qt.MouseButton.LeftButton, pos=QPoint(110, 30))
    for y in range(30, 190, 10):  # a "1": one vertical stroke
        qtbot.mouseMove(panel.pad, QPoint(110, y))
    qtbot.mouseRelease(panel.pad, Qt.MouseButton.LeftButton, pos=QPoint(110, 190))
    assert panel.x is not None and panel.x.shape == (1, 1, 28, 28)
    expected = m.net.forward(panel.x)[0]
    assert panel.top[0]["index"] == int(expected.argmax())
    assert panel.top[0]["probability"] == pytest.approx(float(expected.max()), abs=1e-6)
    name, bar, value = panel.bars.rows[0]
    assert bar.value() == round(1000 * panel.top[0]["probability"]) and value.text().endswith("%")
    # the layer picker shows that input's activations: maps for conv layers, bars for flat ones
    panel.show_layer(0)
    qtbot.waitUntil(lambda: panel.maps.tile_count == 3)
    panel.show_layer(4)
    qtbot.waitUntil(lambda: panel.maps.tile_count == 10)


def test_mnist_style_centres_the_ink_in_a_20_pixel_box():
    pad = np.zeros((280, 280), np.uint8)
    pad[10:100, 200:230] = 255  # ink in a corner
    out = mnist_style(pad)
    rows, cols = np.nonzero(out > 20)
    assert rows.max() - rows.min() + 1 == 20 and 12 <= (rows.min() + rows.max()) / 2 <= 15
    assert 12 <= (cols.min() + cols.max()) / 2 <= 15


def test_an_image_file_is_prepared_as_predict_prepares_it(panel, tmp_path):
    pre = {"input": "image", "colour": "grey", "height": 28, "width": 28, "scale": 1 / 255, "mean": [0.1], "std": [0.3]}
    m = model(pre=pre)
    panel.set_model(m)
    pixels = np.random.default_rng(0).integers(0, 256, (56, 56, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(tmp_path / "colour.png")
    panel.use_image(str(tmp_path / "colour.png"), "colour.png")
    assert "converted to grey" in panel.note.text() and "resized from 56x56" in panel.note.text()
    grey = np.asarray(Image.fromarray(pixels).convert("L").resize((28, 28), Image.Resampling.BILINEAR), np.float32)
    np.testing.assert_allclose(panel.x[0, 0], (grey / 255 - 0.1) / 0.3, atol=1e-5)


def test_paste_uses_the_clipboard_image_and_says_so_when_there_is_none(panel):
    from PySide6.QtGui import QColor, QGuiApplication, QImage
    panel.set_model(model())
    QGuiApplication.clipboard().clear()
    panel.paste()
    assert "no image" in panel.note.text()
    image = QImage(28, 28, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    QGuiApplication.clipboard().setImage(image)
    panel.paste()
    assert panel.x is not None and panel.x.min() == pytest.approx(1.0)


def test_without_a_model_or_with_table_inputs_it_says_what_to_do(panel):
    assert "Train a network" in panel.title.text() and not panel.open_button.isEnabled()
    panel.set_model(model({"input": {"shape": [4]}, "layers": [{"type": "Dense", "units": 3}, {"type": "Softmax"}],
                           "loss": {"type": "cross_entropy"}}))
    assert "netbuilder predict" in panel.title.text() and not panel.pad.isVisible()
