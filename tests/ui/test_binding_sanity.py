"""Guards against Qt binding releases that would crash the app in daily use."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_method_calls_keep_none_alive(qapp) -> None:
    """PySide6 6.12.0 dropped a reference to None per void call: a crash after a day's work."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5_000):
        label.setText("")
        label.setVisible(False)
    assert sys.getrefcount(None) > before - 100
