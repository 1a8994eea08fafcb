"""The Qt binding we install must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 loses a reference to True on every signal emit; a long training run
then aborts the interpreter ("Fatal Python error: bool_dealloc"). pyproject excludes that release;
this test fails if a broken binding slips back in. It runs in a fresh interpreter because the
app's own workaround (netbuilder.training.qt_workarounds) would hide the bug in this process.
"""

import subprocess
import sys

CODE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Emitter(QObject):
    fired = Signal(object)
e = Emitter()
e.fired.connect(lambda v: None)
before = sys.getrefcount(True), sys.getrefcount(None)
for i in range(2000):
    e.fired.emit(i)
    e.blockSignals(False)
print(sys.getrefcount(True) - before[0], sys.getrefcount(None) - before[1])
"""


def test_signal_emits_keep_reference_counts():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.split() == ["0", "0"], f"True/None reference drift after 2000 emits: {out.stdout}"
