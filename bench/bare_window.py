"""The cold-start baseline: the least a PySide6 app with qt-material does before its window shows.

Run as a script (``python bench/bare_window.py``), like ``python main.py``. It creates the
QApplication, applies the same qt-material theme, shows an empty QMainWindow, processes events
once, prints ``ready`` to stderr and quits: the same signal the app gives when
WARMHOME_QUIT_AFTER_READY is set.
"""

from __future__ import annotations

import sys

# qt-material must be imported after PySide6 (it looks for the binding already loaded).
from PySide6.QtWidgets import QApplication, QMainWindow
from qt_material import apply_stylesheet


def main() -> int:
    """Show the bare window, report ready, quit."""
    app = QApplication(sys.argv[:1])
    apply_stylesheet(app, theme="light_teal.xml")
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print("ready: bare window shown", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
