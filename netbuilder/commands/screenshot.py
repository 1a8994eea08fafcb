"""`netbuilder screenshot NET.json --epochs N --out FILE.png`: the real window, trained, as a picture.

Opens the main window (offscreen when there is no display), trains N epochs through the same
controller, worker thread and live views a user gets, selects the first convolution layer (or the
first layer) so its feature maps show, and saves the whole window as a PNG: for README images and
smoke tests. `--pause-at 1.5` takes the picture mid-run instead (paused after 1.5 epochs).
"""

from __future__ import annotations

import os
import pathlib
import re
import sys
import tempfile
import time

from netbuilder.i18n import QT_TRANSLATE_NOOP, translate
from netbuilder.commands.common import EXIT_BAD_INPUT, EXIT_OK, fail

DEFAULT_SIZE = "1400x900"
MIN_SIZE = (320, 240)

STATES = {"finished": QT_TRANSLATE_NOOP("Cli", "finished"), "paused": QT_TRANSLATE_NOOP("Cli", "paused"),
          "diverged": QT_TRANSLATE_NOOP("Cli", "diverged"), "running": QT_TRANSLATE_NOOP("Cli", "running"),
          "idle": QT_TRANSLATE_NOOP("Cli", "idle"), "loading": QT_TRANSLATE_NOOP("Cli", "loading")}


def add_parser(sub):
    p = sub.add_parser("screenshot", help=translate("Cli", "train a network in the real window (offscreen) and save a screenshot"))
    p.add_argument("network", help=translate("Cli", "network file (.json)"))
    p.add_argument("--data", metavar="SPEC", help=translate("Cli", "data source, e.g. builtin:shapes, mnist:DIR (default: the file's)"))
    p.add_argument("--epochs", type=int, required=True, help=translate("Cli", "epochs to train before the picture is taken"))
    p.add_argument("--out", metavar="FILE.png", required=True, help=translate("Cli", "where to write the PNG"))
    p.add_argument("--size", default=DEFAULT_SIZE, metavar="WxH", help=translate("Cli", "window size (default {0})").format(DEFAULT_SIZE))
    p.add_argument("--pause-at", type=float, metavar="EPOCHS",
                   help=translate("Cli", "take the picture while training, paused after this many (fractional) epochs"))
    p.add_argument("--tab", choices=("curves", "features", "gradients", "filters", "boundary", "results"),
                   default="features", help=translate("Cli", "which live view to show (default: features)"))
    p.add_argument("--timeout", type=float, default=900, metavar="SECONDS",
                   help=translate("Cli", "give up if training takes longer (default 900)"))
    p.set_defaults(run=run)


def parse_size(text: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text or "")
    if not m:
        return None
    w, h = int(m.group(1)), int(m.group(2))
    return (w, h) if w >= MIN_SIZE[0] and h >= MIN_SIZE[1] and w <= 10000 and h <= 10000 else None


class QuietDialogs:
    """No modal questions in a screenshot run: keep nothing, save nothing, remember errors."""

    def __init__(self):
        self.errors: list[str] = []

    def open_path(self, directory=""): return None
    def save_path(self, suggested=""): return None
    def pick_data_file(self, filters): return None
    def pick_data_folder(self): return None
    def ask_save_changes(self, name, also=""): return "discard"
    def ask_save_weights(self, training, document=""): return "discard"
    def weights_save_path(self, suggested=""): return None
    def weights_open_path(self, directory=""): return None
    def confirm(self, title, text, detail=""): return True

    def offer_missing_data(self, missing, doc):
        self.errors.append(missing.message + (translate("Cli", " (netbuilder data download can fetch it)") if missing.downloadable else ""))
        return None

    def error(self, title, text, detail=""):
        self.errors.append(" ".join(t for t in (text, detail) if t))


def _ensure_platform() -> None:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _settle(app, seconds: float) -> None:
    """Let the event loop run (staggered plot redraws use short timers) for about `seconds`."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def first_conv_index(spec) -> int:
    for i, layer in enumerate(spec.layers):
        if layer.kind.lower().startswith("conv"):
            return i
    return 0


def why_not_started(window, errors: list[str]) -> str:
    """The reason Train refused, in words: the network's problems, the run's state, or the errors seen."""
    issues = window.document.analysis.issues
    if issues:
        return "; ".join(str(i) for i in issues[:5]) + (translate("Cli", " (and {0} more)").format(len(issues) - 5) if len(issues) > 5 else "")
    if errors:
        return "; ".join(errors)
    return translate("Cli", "the training controller is {0}, not ready for a new run").format(window.training.state)


def run(args) -> int:
    from netbuilder.io.network_file import NetworkFileError, load_network

    size = parse_size(args.size)
    if size is None:
        return fail(translate("Cli", "--size {0!r}: expected WIDTHxHEIGHT, e.g. 1400x900 (at least {1}x{2})").format(args.size, MIN_SIZE[0], MIN_SIZE[1]))
    if args.epochs is None or args.epochs < 1:
        return fail(translate("Cli", "--epochs must be 1 or more"))
    if args.pause_at is not None and not 0 < args.pause_at <= args.epochs:
        return fail(translate("Cli", "--pause-at must be between 0 and --epochs ({0})").format(args.epochs))
    out = pathlib.Path(args.out)
    if out.suffix.lower() != ".png":
        return fail(translate("Cli", "--out {0}: the screenshot is a PNG; give a file name ending in .png").format(args.out))
    if not out.parent.resolve().is_dir():
        return fail(translate("Cli", "--out {0}: the folder {1} does not exist").format(args.out, out.parent))
    try:
        spec = load_network(args.network)
    except NetworkFileError as e:
        problems = "; ".join(str(p) for p in e.problems[:5])
        return fail(translate("Cli", "{0}: not a usable network ({1})").format(args.network, problems))
    if not (args.data or spec.data):
        return fail(translate("Cli", '{0}: no data source; give --data SPEC or add "data": "builtin:shapes" to the file').format(args.network))

    _ensure_platform()
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from netbuilder.app import create_main_window, ensure_app
    from netbuilder.run.control import State

    from netbuilder.selftest import _quiet_harmless_qt_warnings
    _quiet_harmless_qt_warnings()
    app = ensure_app()
    from netbuilder.views import translation
    translation.install(app)  # LANG / --language only: the picture does not depend on the user's saved choice
    dialogs = QuietDialogs()
    with tempfile.TemporaryDirectory(prefix="netbuilder-shot-") as tmp:
        # Fresh settings: the picture must not depend on (or change) the user's saved window layout.
        settings = QSettings(str(pathlib.Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = create_main_window(args.network, dialogs=dialogs, settings=settings)
        try:
            return _shoot(app, window, spec, args, size, out, dialogs, QEventLoop, QTimer, State)
        finally:
            window.training.shutdown(10_000)
            window.close()
            window.deleteLater()
            app.processEvents()


def _shoot(app, window, spec, args, size, out, dialogs, QEventLoop, QTimer, State) -> int:
    controller = window.training
    controller.record_runs = False  # a picture, not a run for the user's history
    window.resize(*size)
    window.show()
    _settle(app, 0.2)

    errors: list[str] = []
    controller.error.connect(errors.append)
    loop = QEventLoop()
    done = {"finished": False, "paused": False}

    def on_finished(_end):
        done["finished"] = True
        loop.quit()

    def on_progress(p):
        if args.pause_at is not None and not done["paused"] and len(p.x) and float(p.x[-1]) >= args.pause_at:
            done["paused"] = True
            controller.pause()
            QTimer.singleShot(300, loop.quit)  # the pause lands after this batch; let the views catch up

    controller.finished.connect(on_finished)
    controller.progress.connect(on_progress)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(args.timeout * 1000))

    if args.data:
        # --data wins over the file's source (or stands in for a missing one), and the picture shows it.
        window.document.set_setting(("data",), args.data)
    if not window.start_training(overrides={"epochs": args.epochs}):
        return fail(translate("Cli", "{0}: training did not start: {1}").format(args.network, why_not_started(window, dialogs.errors + errors)))
    loop.exec()  # the event loop keeps running (views update) until finished, paused or timed out
    timer.stop()

    if not (done["finished"] or done["paused"]):
        return fail(translate("Cli", "training did not finish within {0:g} s").format(args.timeout), code=1)
    if controller.state == State.IDLE and errors:
        return fail(translate("Cli", "{0} with {1}: {2}").format(args.network, args.data or spec.data, errors[-1]))

    node_ids = window.run.node_ids
    if node_ids:
        window.pipeline_view.set_selection([node_ids[first_conv_index(spec)]])
    tabs = window.live.tabs
    view = {"curves": window.live.curves, "features": window.live.features, "gradients": window.live.gradients,
            "filters": window.live.filters, "boundary": window.live.boundary,
            "results": window.live.results_tab}[args.tab]
    if tabs.isTabEnabled(tabs.indexOf(view)):
        tabs.setCurrentWidget(view)
    _settle(app, 1.0)  # the selection's visuals arrive and the staggered redraws finish
    window.resize(*size)
    _settle(app, 0.3)

    image = window.grab().toImage()
    if image.isNull():
        return fail(translate("Cli", "the window could not be drawn"), code=1)
    if (image.width(), image.height()) != size:
        from PySide6.QtCore import Qt
        image = image.scaled(size[0], size[1], Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    tmp_path = out.with_name(f".{out.stem}.{os.getpid()}.tmp.png")
    if not image.save(str(tmp_path), "PNG"):
        tmp_path.unlink(missing_ok=True)
        return fail(translate("Cli", "could not write {0}").format(out), code=1)
    os.replace(tmp_path, out)
    state = "paused" if done["paused"] and not done["finished"] else controller.state
    results = controller.last_results
    extra = translate("Cli", ", test accuracy {0:.1f} %").format(100 * results.accuracy) if results is not None and done["finished"] else ""
    print(translate("Cli", "Saved {0} ({1}x{2}, training {3}{4})").format(out, size[0], size[1], translate("Cli", STATES.get(str(state), str(state))), extra), file=sys.stderr)
    return EXIT_OK
