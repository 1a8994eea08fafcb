"""Browse data… on the Input card: samples with labels, class counts, size and value range, before training."""

from netbuilder.data import load_dataset
from netbuilder.views.data_browser import PAGE, DataBrowser


def wait_loaded(qtbot, browser):
    qtbot.waitUntil(lambda: not browser.loading, timeout=30_000)
    return browser


def test_browse_data_on_the_input_card_shows_samples_counts_and_ranges(make_window, mlp_doc, qtbot):
    doc = dict(mlp_doc, input={"shape": [1, 28, 28]})
    window = make_window(doc)
    assert window.pipeline_view.browse_button.isEnabled()
    window.pipeline_view.browse_button.click()
    browser = wait_loaded(qtbot, window.pipeline_view.data_browser)
    assert window.training.state == "idle"  # nothing was trained to see the data
    data = load_dataset("builtin:shapes", seed=0)
    assert browser.facts["shape"] == (1, 28, 28) and browser.facts["fits"]
    assert browser.facts["train"] == len(data.x_train)
    assert browser.facts["min"] == float(data.x_train.min()) and browser.facts["max"] == float(data.x_train.max())
    text = browser.summary.text()
    assert "1 × 28 × 28" in text and f"{len(data.x_train):,} training" in text
    counts = {browser.class_table.item(r, 0).text(): browser.class_table.item(r, 1).text()
              for r in range(browser.class_table.rowCount())}
    assert set(counts) == set(data.class_names)
    assert sum(int(v.replace(",", "")) for v in counts.values()) == len(data.x_train)
    assert browser.grid.count() == PAGE
    assert browser.grid.item(0).text() == data.class_names[data.y_train[0]]
    browser.class_box.setCurrentIndex(2)  # one class only
    assert {browser.grid.item(i).text() for i in range(browser.grid.count())} == {data.class_names[1]}
    browser.close()


def test_a_size_mismatch_is_said_before_training(qtbot):
    browser = wait_loaded(qtbot, DataBrowser("builtin:shapes", 0, (1, 8, 8)))
    qtbot.addWidget(browser)
    assert not browser.facts["fits"] and "training would refuse them" in browser.summary.text()


def test_points_are_shown_as_a_table_and_a_bad_source_says_why(qtbot, tmp_path):
    browser = wait_loaded(qtbot, DataBrowser("builtin:xor", 0, (2,)))
    qtbot.addWidget(browser)
    assert browser.table.isVisibleTo(browser) and browser.table.columnCount() == 3
    assert browser.table.horizontalHeaderItem(1).text() == "x1"
    bad = wait_loaded(qtbot, DataBrowser(f"mnist:{tmp_path}", 0, (1, 28, 28)))
    qtbot.addWidget(bad)
    assert "could not be loaded" in bad.summary.text() and bad.dataset is None


def test_a_browser_deleted_while_loading_leaves_its_thread_to_finish(qtbot, monkeypatch):
    """Closing the dialog before the data has loaded, then deleting it, must not destroy the running
    QThread (Qt aborts the whole process then: it did, in the suite, a few tests later)."""
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent

    import netbuilder.data as data
    release = threading.Event()
    real = data.load_dataset

    def slow(spec, seed=0):
        release.wait(10)
        return real(spec, seed=seed)
    monkeypatch.setattr(data, "load_dataset", slow)
    browser = DataBrowser("builtin:xor", 0, (2,))
    thread = browser.thread
    assert thread.isRunning() and thread.parent() is None
    browser.close()
    browser.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the dialog is gone, mid-load
    del browser
    release.set()
    qtbot.waitUntil(thread.isFinished, timeout=10_000)  # it ended on its own, after the loader
