"""A network whose data is not on this computer: the window says so before Train and offers
download (progress bar, Cancel), a folder, or the built-in shapes."""

import json
import time

from netbuilder.data.availability import missing_data
from netbuilder.views.missing_data import MissingDataDialog, builtin_alternative, template_note
from tests.data.formats import make_mnist

CNN = {
    "format": "netbuilder.network", "version": 1, "name": "Tiny MNIST CNN",
    "input": {"shape": [1, 28, 28]},
    "layers": [{"type": "Conv2D", "filters": 2, "kernel_size": 3}, {"type": "ReLU"}, {"type": "MaxPool2D"},
               {"type": "Flatten"}, {"type": "Dense", "units": 4}, {"type": "Softmax"}],
    "loss": {"type": "cross_entropy"},
    "training": {"optimizer": {"type": "adam", "lr": 0.01}, "batch_size": 32, "epochs": 1},
}


def cnn_on(spec):
    return {**json.loads(json.dumps(CNN)), "data": spec}


def test_the_window_says_what_is_missing_and_cancel_trains_nothing(make_window, tmp_path, qtbot):
    window = make_window(cnn_on(f"mnist:{tmp_path / 'none'}"))
    assert window.badge.text() == "⚠ Needs MNIST"
    assert "is not in" in window.badge.toolTip()
    window.act_train.trigger()
    assert [m.title for m in window.dialogs.missing_offers] == ["MNIST"]
    assert window.training.state == "idle" and not window.live.isVisible()
    assert "Not trained" in window.statusBar().currentMessage()


def test_switching_to_built_in_shapes_trains_and_is_one_undo(make_window, tmp_path, qtbot):
    doc = cnn_on(f"mnist:{tmp_path / 'none'}")
    doc["input"]["shape"] = [1, 32, 32]
    window = make_window(doc)
    alternative = builtin_alternative(window.document.to_doc())
    assert alternative == {"data": "builtin:shapes", "input_shape": [1, 28, 28]}
    window.dialogs.missing_data_answer = ("builtin", "builtin:shapes", alternative)
    c = window.training
    with qtbot.waitSignal(c.finished, timeout=60_000):
        window.act_train.trigger()
    qtbot.waitUntil(lambda: c.thread is None or c.thread.isFinished(), timeout=10_000)
    settings = window.document.pipeline.settings
    assert settings["data"] == "builtin:shapes" and settings["input"]["shape"] == [1, 28, 28]
    assert window.badge.text() == "✓ Ready to train"
    window.dialogs.confirm_answer = True  # undoing the input change discards the trained weights
    window.document.undo_stack.undo()
    assert window.document.pipeline.settings["input"]["shape"] == [1, 32, 32]


def test_no_built_in_offer_for_a_network_of_points():
    doc = cnn_on("csv:/nowhere.csv")
    doc["input"] = {"shape": [2]}
    doc["layers"] = [{"type": "Dense", "units": 2}, {"type": "Softmax"}]
    assert builtin_alternative(doc) is None


def fake_downloader(slow=False):
    """Stands in for download(): writes small MNIST files (or, slow, trickles until cancelled)."""
    def download(name, folder, progress):
        for i in range(200 if slow else 3):
            progress(i * 1000, 3000 if not slow else 200_000)
            time.sleep(0.02 if slow else 0)
        make_mnist(folder)
        return folder
    return download


def test_download_shows_progress_then_trains_on_the_same_spec(qtbot, tmp_path):
    spec = f"mnist:{tmp_path / 'store'}"
    dialog = MissingDataDialog(missing_data(spec), cnn_on(spec), lambda: None, downloader=fake_downloader())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.download_button.text() == "Download MNIST (11 MB)"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.download_button.click()
    assert dialog.choice == "downloaded" and dialog.new_spec == spec and dialog.thread is None
    assert missing_data(spec) is None


def test_cancel_stops_a_download_and_keeps_the_dialog_honest(qtbot, tmp_path):
    spec = f"mnist:{tmp_path / 'store'}"
    dialog = MissingDataDialog(missing_data(spec), cnn_on(spec), lambda: None,
                               downloader=fake_downloader(slow=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.progress.isVisible() and dialog.progress.maximum() == 1000, timeout=5000)
    assert not dialog.folder_button.isEnabled()
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        dialog.cancel_button.click()
    assert dialog.thread is None and dialog.choice is None
    assert missing_data(spec) is not None  # nothing was kept


def test_choose_folder_accepts_only_a_folder_that_holds_the_data(qtbot, tmp_path):
    spec = f"mnist:{tmp_path / 'none'}"
    answers = [str(tmp_path / "empty"), str(tmp_path / "real")]
    (tmp_path / "empty").mkdir()
    make_mnist(tmp_path / "real")
    dialog = MissingDataDialog(missing_data(spec), cnn_on(spec), lambda: answers.pop(0))
    qtbot.addWidget(dialog)
    dialog.folder_button.click()
    assert dialog.result() == 0 and "is not in" in dialog.status.text()
    dialog.folder_button.click()
    assert dialog.choice == "folder" and dialog.new_spec == f"mnist:{tmp_path / 'real'}"


def test_templates_whose_data_is_missing_are_marked(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps(cnn_on(f"mnist:{tmp_path / 'none'}")))
    note, why = template_note(path)
    assert note == "  — needs MNIST download" and "Train offers to download it" in why
    path.write_text(json.dumps(cnn_on("builtin:shapes")))
    assert template_note(path) == ("", "")
