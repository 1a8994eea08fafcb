"""Autosave and crash recovery: a recovery copy while changes are unsaved, gone after a save or a clean
quit, and offered (with its time) after a kill -9."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from netbuilder.document.document import Document
from netbuilder.io.recovery import RecoveryFile, orphaned, recovery_dir
from netbuilder.views.recovery import Autosave, offer_restore

DOC = {"name": "mine", "input": {"shape": [2]}, "layers": [{"type": "Dense", "units": 2}, {"type": "Softmax"}]}


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("NETBUILDER_DATA", str(tmp_path / "home" / "data"))
    return tmp_path / "home"


def test_unsaved_changes_are_autosaved_and_a_save_removes_the_copy(qtbot, tmp_path):
    doc = Document(DOC)
    autosave = Autosave(doc, interval_ms=50)
    qtbot.wait(150)
    assert not autosave.store.path.exists()  # nothing unsaved yet: nothing written
    doc.set_layer_param(doc.pipeline.ids[0], "units", 7)
    qtbot.waitUntil(autosave.store.path.exists, timeout=5000)
    assert '"units": 7' in autosave.store.path.read_text()
    doc.save(tmp_path / "n.json")
    assert not autosave.store.path.exists()
    doc.set_layer_param(doc.pipeline.ids[0], "units", 9)
    qtbot.waitUntil(autosave.store.path.exists, timeout=5000)
    autosave.discard()  # a clean quit
    assert not autosave.store.path.exists()


def test_a_failing_autosave_is_remembered_not_raised(qtbot, data_home):
    data_home.mkdir(parents=True)
    (data_home / "recovery").write_text("a file where the folder should be")
    doc = Document(DOC)
    autosave = Autosave(doc, interval_ms=50)
    doc.set_layer_param(doc.pipeline.ids[0], "units", 7)
    qtbot.waitUntil(lambda: autosave.last_error is not None, timeout=5000)
    autosave.discard()


CRASHING_APP = textwrap.dedent("""
    import os, sys
    from PySide6.QtWidgets import QApplication
    from netbuilder.document.document import Document
    from netbuilder.views.recovery import Autosave
    app = QApplication([])
    doc = Document({"name": "mine", "input": {"shape": [2]},
                    "layers": [{"type": "Dense", "units": 2}, {"type": "Softmax"}]})
    autosave = Autosave(doc, interval_ms=100)
    doc.set_layer_param(doc.pipeline.ids[0], "units", 42)
    print("edited", flush=True)
    app.exec()
""")


def test_after_kill_9_the_next_start_offers_the_copy_with_its_time(qtbot, data_home):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", CRASHING_APP], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "edited"
        deadline = time.time() + 60
        while time.time() < deadline and not list(recovery_dir().glob("recovery-*.json")):
            time.sleep(0.1)
        assert not orphaned()  # its writer still runs: not offered
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    (found,) = orphaned()
    assert found.name == "mine"
    doc = Document({"name": "other", "input": {"shape": [1]}, "layers": []})
    asked = []
    assert offer_restore(None, doc, ask=lambda text: asked.append(text) or True)
    assert "saved " in asked[0] and time.strftime("%Y-%m-%d") in asked[0] and "“mine”" in asked[0]
    assert doc.to_doc()["layers"][0]["units"] == 42 and doc.modified
    assert not orphaned() and not found.file.exists()


def test_a_declined_copy_is_deleted_and_damaged_copies_are_ignored(qtbot, data_home):
    folder = recovery_dir()
    folder.mkdir(parents=True)
    (folder / "recovery-999999-dead.json").write_text("{not json")
    (folder / "recovery-999998-dead.json").write_text('{"format": "netbuilder.recovery", "saved_at": "x"}')
    store = RecoveryFile(folder)
    store.save(DOC, None)
    dead = folder / "recovery-999997-abcd.json"
    store.path.rename(dead)
    doc = Document(DOC)
    assert not offer_restore(None, doc, ask=lambda text: False)
    assert not dead.exists() and not doc.modified


def test_the_window_autosaves_and_a_clean_close_removes_the_copy(make_window, qtbot):
    window = make_window()
    window.autosave.timer.setInterval(50)
    window.document.set_layer_param(window.document.pipeline.ids[0], "units", 5)
    qtbot.waitUntil(window.autosave.store.path.exists, timeout=5000)
    window.close()  # FakeDialogs discards the changes
    assert not window.isVisible() and not window.autosave.store.path.exists()
