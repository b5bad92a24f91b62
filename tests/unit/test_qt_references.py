"""The Qt binding keeps Python's reference counts whole.

PySide6 6.12.0's wheels, run by Python 3.11, dropped a reference to None at every Qt call that
returns nothing and to True at every signal emitted: a long session, or a job reporting its
progress some thousands of times, ended with the interpreter aborting ("deallocating None"),
without a word to the user or the log. Counted over two hundred calls of each kind, in a
process of its own: a broken binding damages the interpreter it runs in, and must fail this
test, not abort the test run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

CALLS = 200

PROBE = """
import json, sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Reporter(QObject):
    progressed = Signal(int)
    finished = Signal()

app = QApplication([])
label = QLabel()
reporter = Reporter()
received = []
reporter.progressed.connect(received.append)
reporter.finished.connect(lambda: None)
calls = {
    "processEvents": app.processEvents,
    "setText": lambda: label.setText("健康小屋"),
    "emit(int)": lambda: reporter.progressed.emit(1),
    "emit()": reporter.finished.emit,
    "isVisible": label.isVisible,
}
lost = {}
for target in (None, True, False):
    for name, call in calls.items():
        call()  # anything cached on the first call is not a loss
        before = sys.getrefcount(target)
        for _ in range(int(sys.argv[1])):
            call()
        lost[f"{name} -> {target}"] = before - sys.getrefcount(target)
print(json.dumps({"lost": lost, "received": len(received)}))
"""


def test_qt_calls_and_signals_keep_their_references() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(CALLS)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["received"] > CALLS, "the signal was not delivered"
    # A few references may come and go with caches; a broken binding loses one per call.
    broken = {call: count for call, count in answer["lost"].items() if count >= CALLS // 10}
    assert not broken, f"references lost over {CALLS} calls: {broken}"
