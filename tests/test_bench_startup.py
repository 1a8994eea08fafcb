"""The start-up benchmark's probe really starts the window in a fresh interpreter and splits the time."""

from netbuilder import bench_startup


def test_one_round_reports_each_part_of_a_real_start():
    r = bench_startup.one_round(display=False)
    assert set(r) == {"imports", "build", "show", "wall", "interpreter"}
    assert all(r[k] > 0 for k in ("imports", "build", "wall"))
    assert r["wall"] >= r["imports"] + r["build"] + r["show"]


def test_the_window_does_not_make_the_live_views_at_start():
    """What start-up no longer pays for: the live views and pyqtgraph, until a run or the panel needs them."""
    import subprocess
    import sys
    code = ("import sys; from netbuilder.app import create_main_window, ensure_app; ensure_app(); "
            "w = create_main_window(None); w.show(); "
            "print(w.live._views is None, 'pyqtgraph' in sys.modules, w.exports._try_it is None); "
            "w.live.curves; print(w.live._views is not None, 'pyqtgraph' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.split() == ["True", "False", "True", "True", "True"], out.stderr[-800:]
