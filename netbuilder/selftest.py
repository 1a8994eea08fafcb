"""`netbuilder --self-test`: prove an installed copy can really train, the way the GUI does.

It trains the bundled xor playground network for two epochs through the real controller and worker
thread, with the live panel connected and rendered once, so a broken Qt plugin, a missing resource,
a numpy problem or a threading fault all show up here rather than on a user's first click. Needs
nothing outside the package and its resources; runs offscreen when there is no display.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import json
import math
import os
import sys
import time

EPOCHS = 2
TIMEOUT_S = 120


def _ensure_platform() -> None:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _fail(reason: str) -> int:
    print(translate("Cli", "NetBuilder self-test FAILED: {0}").format(reason), file=sys.stderr)
    return 1


def _quiet_harmless_qt_warnings() -> None:
    """The offscreen platform complains about window size hints it cannot pass on: noise in a test log."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)
    qInstallMessageHandler(handler)


def run_self_test() -> int:
    _ensure_platform()
    try:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from netbuilder.paths import resource
        from netbuilder.training.controller import TrainingController
        from netbuilder.views.live.panel import LivePanel
    except Exception as e:  # an incomplete installation: say what is missing
        return _fail(translate("Cli", "cannot load the GUI and training modules ({0}: {1})").format(type(e).__name__, e))

    path = resource("examples", "playground_xor.json")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return _fail(translate("Cli", "cannot read the bundled example {0} ({1})").format(path, e))

    _quiet_harmless_qt_warnings()
    from netbuilder.training.qt_workarounds import protect_singletons
    protect_singletons()  # before any signal (see qt_workarounds)
    app = QApplication.instance() or QApplication(["netbuilder-self-test"])
    controller = TrainingController()
    controller.record_runs = False  # a check of the installation, not a run of the user's
    panel = LivePanel()
    panel.connect_controller(controller)
    seen = {"progress": 0, "losses": [], "visuals": 0, "results": None, "errors": [], "end": None}
    controller.progress.connect(lambda p: (seen.__setitem__("progress", seen["progress"] + 1),
                                           seen["losses"].extend(float(v) for v in p.loss)))
    controller.visuals.connect(lambda v: seen.__setitem__("visuals", seen["visuals"] + 1))
    controller.results.connect(lambda r: seen.__setitem__("results", r))
    controller.error.connect(seen["errors"].append)
    controller.finished.connect(lambda end: (seen.__setitem__("end", end), app.quit()))
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(app.quit)
    watchdog.start(TIMEOUT_S * 1000)

    started = time.perf_counter()
    if not controller.start(doc, None, {"epochs": EPOCHS}):
        return _fail(translate("Cli", "the training controller refused to start"))
    if seen["end"] is None:
        app.exec()
    clean = controller.shutdown(timeout_ms=10_000)
    while controller.thread is not None and not controller.thread.isFinished():
        app.processEvents()
    seconds = time.perf_counter() - started
    picture = panel.grab()

    end = seen["end"]
    if seen["errors"]:
        return _fail(seen["errors"][0])
    if end is None:
        return _fail(translate("Cli", "training did not finish within {0} s").format(TIMEOUT_S))
    if not clean or controller.thread_running:
        return _fail(translate("Cli", "the training thread did not stop"))
    if end.status != "finished":
        return _fail(f"training ended as '{end.status}' {end.message}".strip())
    if not seen["losses"] or not all(math.isfinite(v) for v in seen["losses"]):
        return _fail(translate("Cli", "no finite loss values arrived from the training thread"))
    if not seen["visuals"]:
        return _fail(translate("Cli", "no live snapshots arrived from the training thread"))
    if seen["results"] is None:
        return _fail(translate("Cli", "no test results arrived after training"))
    if picture.isNull():
        return _fail(translate("Cli", "the live panel could not be drawn"))
    r = seen["results"]
    print(translate("Cli", "NetBuilder self-test passed: trained {0} for {1} epochs in a background thread ({2} batches, {3} snapshots, final loss {4:.3f}, test accuracy {5:.1f} %, {6:.1f} s).").format(path.stem, EPOCHS, len(seen['losses']), seen['visuals'], seen['losses'][-1], 100 * r.accuracy, seconds))
    return 0


if __name__ == "__main__":
    sys.exit(run_self_test())
