"""Where the GUI thread's stalls go: run bench_gui (same arguments) under a QApplication that times
every event it delivers, then print the slowest events, the LayoutRequests per receiver, and the
events inside the longest gaps between bench_gui's 10 ms timer ticks (nested events finish, and are
listed, before the event that contains them).

    QT_QPA_PLATFORM=offscreen python scripts/gui_event_timing.py --pairs 1 --seconds 8

Found with it: each plot's queued scene update relayouts and repaints the whole window (issue 11).
"""
import sys, time, collections
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

slow = collections.Counter()
log = []
worst = []

class TimedApp(QApplication):
    def notify(self, receiver, event):
        t = time.perf_counter()
        try:
            return super().notify(receiver, event)
        finally:
            dt = time.perf_counter() - t
            name = type(receiver).__name__
            if name == "LivePanel":
                try:
                    name += "/" + type(receiver.tabs.currentWidget()).__name__
                except Exception:
                    pass
            log.append((t, dt, name, int(event.type())))
            if int(event.type()) == 77:
                slow[type(receiver).__name__] += 1
                slow["t:" + type(receiver).__name__] += dt
            if dt > 0.03:
                try:
                    name = type(receiver).__name__
                    obj = receiver.objectName() if hasattr(receiver, "objectName") else ""
                    parent = receiver.parent() if hasattr(receiver, "parent") else None
                    pname = type(parent).__name__ if parent is not None else ""
                except Exception:
                    name, obj, pname = "?", "", ""
                worst.append((dt, name, obj, pname, int(event.type())))

app = TimedApp(["bench"])
from netbuilder import bench_gui
rc = bench_gui.main(sys.argv[1:])
worst.sort(reverse=True)
print("slowest events (s, receiver, objectName, parent, event type):")
for w in worst[:25]:
    print("  %.3f %s %r %s %s" % w)
print("LayoutRequests:", sorted(((k, round(v, 3) if isinstance(v, float) else v) for k, v in slow.items()), key=lambda kv: -kv[1])[:14])
# the longest stretch between two timer ticks: the events inside it
ticks = [t for t, dt, name, et in log if name == "QTimer" and et == 1]
gaps = sorted(((b - a, a, b) for a, b in zip(ticks, ticks[1:]) if b - a < 0.4), reverse=True)[:4]
for g, a, b in gaps:
    inside = [(round(dt * 1000, 1), name, et) for t, dt, name, et in log if a < t < b and dt > 0.002]
    print("gap %.0f ms:" % (g * 1000), inside[:30])
sys.exit(rc)
