"""The month matrix on ten years of sign-ins: query, Qt model and a painted view.

Runs in the benchmark process with an offscreen QApplication and the app's theme. For each of
twelve months the attendance page's month view is switched to that month, which runs
``attendance_month.month_matrix``, resets the ``MonthMatrixModel`` and sizes the columns; the
view is then repainted synchronously. That whole step is the figure with the target; the three
parts are measured on their own as well, to show where the time goes.
"""

from __future__ import annotations

import os
import time
from datetime import date, datetime
from pathlib import Path

from bench.common import Figure, median, percentile
from desktop.models.admin.permissions import Actor, Role
from desktop.models.attendance.attendance_month import month_matrix
from desktop.models.clock import FixedClock
from desktop.models.db import open_database

MONTH_TARGET_MS = 500.0
WINDOW_SIZE = (1280, 800)
ACTOR = Actor("bench", Role.STAFF)


def months_before(today: date, count: int) -> list[str]:
    """The ``count`` whole months before ``today``'s month, oldest first (YYYY-MM)."""
    year, month = today.year, today.month
    found: list[str] = []
    for _ in range(count):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        found.append(f"{year:04d}-{month:02d}")
    return found[::-1]


def _app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    from bench.bench_page_open import _apply_theme

    _apply_theme(app)
    return app


def run_month_matrix(db_path: Path, label: str, today: date, months: int = 12,
                     rounds: int = 3) -> list[Figure]:
    """Time the month view for ``months`` months, ``rounds`` times each; returns the figures."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from desktop.ui.attendance.attendance_month_model import MonthMatrixModel
    from desktop.ui.attendance.attendance_page import AttendancePage

    app = _app()
    assert isinstance(app, QApplication)

    class PaintCounter(QObject):
        """Counts paint events of the matrix viewport, to be sure a repaint happened."""

        paints = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                PaintCounter.paints += 1
            return False

    db = open_database(db_path)
    try:
        sign_ins = int(db.scalar("SELECT count(*) FROM sign_in WHERE voided_at IS NULL"))
        chosen = months_before(today, months)
        now = datetime.combine(today, datetime.min.time()).replace(hour=17)
        started = time.perf_counter()
        db.clock = FixedClock(now)
        page = AttendancePage(db, ACTOR)
        page.resize(*WINDOW_SIZE)
        page.show()
        panel = page.show_month()
        app.processEvents()
        open_ms = (time.perf_counter() - started) * 1000
        counter = PaintCounter()
        panel.table.viewport().installEventFilter(counter)

        whole: list[float] = []
        members = 0
        for _ in range(rounds):
            for month in chosen:
                before = PaintCounter.paints
                started = time.perf_counter()
                panel.set_month(month)
                panel.table.viewport().repaint()
                whole.append((time.perf_counter() - started) * 1000)
                assert PaintCounter.paints > before, "the matrix did not paint"
                members = max(members, panel.model.member_count())
        paints: list[float] = []
        for _ in range(10):
            started = time.perf_counter()
            panel.table.viewport().repaint()
            paints.append((time.perf_counter() - started) * 1000)
        page.close()
        app.processEvents()

        query_ms: list[float] = []
        model_ms: list[float] = []
        model = MonthMatrixModel()
        for month in chosen:
            started = time.perf_counter()
            matrix = month_matrix(db, month)
            query_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            model.set_matrix(matrix)
            model_ms.append((time.perf_counter() - started) * 1000)
        filtered: list[float] = []
        for month in chosen:
            started = time.perf_counter()
            month_matrix(db, month, "职康站")
            filtered.append((time.perf_counter() - started) * 1000)
    finally:
        db.close()

    where = f"{label}, {sign_ins:,} sign-ins"
    span = f"{chosen[0]}…{chosen[-1]}"
    return [
        Figure(f"month matrix: query + model + paint, {members} members ({where})",
               median(whole), "ms", MONTH_TARGET_MS,
               note=f"median of {len(whole)} ({months} months {span} × {rounds}); "
                    f"p95 {percentile(whole, 0.95):.0f} ms, max {max(whole):.0f} ms"),
        Figure("  of which month_matrix (SQL)", median(query_ms), "ms",
               note=f"median of {len(query_ms)} months"),
        Figure("  of which building the Qt model", median(model_ms), "ms",
               note="MonthMatrixModel.set_matrix (totals counted)"),
        Figure("  of which painting the view", median(paints), "ms",
               note=f"median of {len(paints)} repaints, window "
                    f"{WINDOW_SIZE[0]}×{WINDOW_SIZE[1]}, app theme"),
        Figure("month matrix SQL, one programme (vocational rehab)", median(filtered), "ms",
               note="filtered by programme"),
        Figure("open the attendance page on the month view", open_ms, "ms",
               note="construct both views, show, first paint (informative)"),
    ]

