"""The yardstick for start-up: a bare PySide6 QMainWindow, started like the real program.

It announces itself on stderr the same way the program's smoke mode does (a zero timer after
show(), then "main window shown"), and quits after HEALTHROOM_EXIT_AFTER_MS.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1200, 760)
    window.show()
    QTimer.singleShot(0, lambda: print("INFO bare: main window shown", file=sys.stderr, flush=True))
    QTimer.singleShot(int(os.environ.get("HEALTHROOM_EXIT_AFTER_MS", "0")), app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
