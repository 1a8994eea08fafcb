"""Shared fixtures. Qt runs offscreen, and no test touches the user's real settings."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English unless they ask for another language (tests/i18n): the assertions quote the
# source strings, whatever the locale of the machine running them.
os.environ["NETBUILDER_LANGUAGE"] = "en"

# The whole session (module- and session-scoped fixtures, and every process a test starts) writes
# its run store, downloads and crash-recovery copies into a folder of its own, never the user's
# ~/.local/share: a recovery copy left there would make the next real start ask a question, and
# runs from the tests would fill the user's history. Tests that need another place set their own.
_SESSION_HOME = tempfile.mkdtemp(prefix="netbuilder-tests-")
os.environ["NETBUILDER_RUNS"] = os.path.join(_SESSION_HOME, "runs.sqlite")
os.environ["NETBUILDER_DATA"] = os.path.join(_SESSION_HOME, "netbuilder", "data")
os.environ["XDG_DATA_HOME"] = os.path.join(_SESSION_HOME, "xdg-data")

import copy  # noqa: E402

import pytest  # noqa: E402

from netbuilder.training.qt_workarounds import protect_singletons  # noqa: E402

protect_singletons()  # as the application does at start, before any signal (PySide6 6.12 on Python 3.11)

MLP_DOC = {
    "format": "netbuilder.network",
    "version": 1,
    "name": "Tiny MLP",
    "input": {"shape": [1, 8, 8]},
    "layers": [
        {"type": "Flatten"},
        {"type": "Dense", "units": 16},
        {"type": "ReLU"},
        {"type": "Dense", "units": 4},
        {"type": "Softmax"},
    ],
    "loss": {"type": "cross_entropy"},
    "training": {"optimizer": {"type": "adam", "lr": 0.002}, "batch_size": 50, "epochs": 2},
    "data": "builtin:shapes",
}


@pytest.fixture(autouse=True)
def isolated_run_store(tmp_path_factory, monkeypatch):
    """Every test (and every process it starts) records runs into its own store, never the user's."""
    path = tmp_path_factory.mktemp("runstore") / "runs.sqlite"
    monkeypatch.setenv("NETBUILDER_RUNS", str(path))
    return path


@pytest.fixture
def mlp_doc():
    """A small valid network built only from the core layer kinds."""
    return copy.deepcopy(MLP_DOC)


@pytest.fixture
def isolated_settings(tmp_path):
    """Point QSettings at a temporary folder so recent files and geometry stay out of $HOME."""
    from PySide6.QtCore import QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "settings"))
    return tmp_path / "settings"


@pytest.fixture(autouse=True)
def steady_draw_budget(monkeypatch):
    """Pin the live views' GUI-load governor to their nominal rates.

    It stretches redraw intervals while the GUI thread is busy, and a test suite keeps it busy, so
    waits for a redraw would depend on the machine. Its own tests (tests/views_live/test_budget.py)
    set MAX_STRETCH back."""
    from netbuilder.views.live import budget
    monkeypatch.setattr(budget, "MAX_STRETCH", 1.0)
