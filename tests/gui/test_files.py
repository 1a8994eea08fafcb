"""Files: save/open round trips, bad files leave the window alone, prompts, templates, recent files."""

import json

from PySide6.QtCore import QMimeData, QPoint, QUrl

from netbuilder import paths
from netbuilder.io.network_file import load_network
from netbuilder.views.files import template_files
from tests.gui.helpers import drop


def test_save_then_open_gives_an_identical_spec(window, make_window, tmp_path):
    window.document.set_layer_param(window.document.pipeline.ids[1], "units", 24)
    path = tmp_path / "net.json"
    window.dialogs.save_answer = str(path)
    assert window.files.save()  # untitled: asks where
    assert not window.isWindowModified() and window.document.path == str(path)
    assert "net.json" in window.windowTitle()
    other = make_window()
    assert other.files.open(str(path))
    assert other.document.to_doc() == window.document.to_doc()
    assert other.document.spec == window.document.spec == load_network(path)


def test_a_bad_file_is_refused_and_the_document_kept(window, tmp_path):
    window.document.set_layer_param(window.document.pipeline.ids[1], "units", 24)
    before, steps = window.document.to_doc(), window.document.undo_stack.count()
    bad = tmp_path / "bad.json"
    bad.write_text('{"input": {"shape": [4]},\n "layers": [{"type": "Dense", "units": 0}')
    assert not window.files.open(str(bad))
    title, text, detail = window.dialogs.errors[-1]
    assert "bad.json" in text and "unchanged" in text and "line 2" in detail
    invalid = tmp_path / "invalid.json"
    invalid.write_text(json.dumps({"input": {"shape": [4]}, "layers": [{"type": "Dense", "units": 0}]}))
    assert not window.files.open(str(invalid))
    assert "layers[0].units" in window.dialogs.errors[-1][2]
    assert window.document.to_doc() == before and window.document.undo_stack.count() == steps
    assert window.document.path is None and window.isWindowModified()


def test_close_asks_to_save_changes_and_can_be_cancelled(window):
    window.document.set_layer_param(window.document.pipeline.ids[1], "units", 24)
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    window.dialogs.save_changes_answer = "cancel"
    assert not window.close()
    assert window.isVisible() and window.dialogs.asked_save_changes == 1
    window.dialogs.save_changes_answer = "discard"
    assert window.close()


def test_unchanged_window_closes_without_asking(window):
    assert window.close() and window.dialogs.asked_save_changes == 0


def test_saving_a_network_with_problems_asks_first(window, tmp_path):
    window.document.set_setting(("input", "shape"), [0])
    window.dialogs.save_answer = str(tmp_path / "x.json")
    window.dialogs.confirm_answer = False
    assert not window.files.save_as()
    assert not (tmp_path / "x.json").exists()


def test_templates_list_the_examples_and_open_untitled(window):
    found = {path.name: name for name, _desc, path in template_files()}
    assert found[paths.DEFAULT_EXAMPLE] == "Small CNN on shapes"
    window.files.new_from_template(paths.resource("examples", paths.DEFAULT_EXAMPLE))
    assert window.document.path is None and not window.document.modified
    assert window.document.spec == load_network(paths.resource("examples", paths.DEFAULT_EXAMPLE))
    window.templates_menu.aboutToShow.emit()
    entries = {a.text(): a for a in window.templates_menu.actions()}
    assert "Small CNN on shapes" in entries
    prefixed = [n for n, _d, _p in template_files() if n.startswith("Depth study: ")]
    if len(prefixed) > 1:  # siblings share a submenu named by their common prefix
        # (an entry whose data is not on this computer says so after the name: "  — needs CIFAR-10 download")
        names = [a.text().split("  — needs ")[0] for a in entries["Depth study"].menu().actions()]
        assert names == [n[13:] for n in prefixed]


def test_recent_files_are_remembered_across_windows(window, make_window, tmp_path):
    path = tmp_path / "r.json"
    window.dialogs.save_answer = str(path)
    window.files.save_as()
    other = make_window()
    assert other.files.recent_files()[0] == str(path.resolve())
    other.recent_menu.aboutToShow.emit()
    assert any("r.json" in a.text() for a in other.recent_menu.actions())


def test_dropping_a_json_file_on_the_window_opens_it(window, tmp_path):
    path = tmp_path / "dropped.json"
    window.dialogs.save_answer = str(path)
    window.document.set_setting(("name",), "Dropped net")
    window.files.save_as()
    window.document.replace({"input": {"shape": [4]}, "layers": []})
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert drop(window, mime, QPoint(10, 10))
    assert window.document.path == str(path) and window.document.pipeline.settings["name"] == "Dropped net"


def test_new_starts_empty_with_a_helpful_placeholder(window):
    window.act_new.trigger()
    assert len(window.document.pipeline) == 0
    assert window.pipeline_view.placeholder.isVisibleTo(window.pipeline_view)
    assert not window.act_train.isEnabled()  # "layers: must be a non-empty list"


def test_history_view_follows_the_undo_stack(window):
    window.document.set_layer_param(window.document.pipeline.ids[1], "units", 24)
    window.act_history.trigger()
    assert window.history_dock.isVisible()
    assert window.history.model().rowCount() == 2  # "<opened>" + the edit


def test_window_geometry_is_saved_on_close(window):
    window.resize(1234, 777)
    window.close()
    assert window.settings.value("window/geometry") is not None
