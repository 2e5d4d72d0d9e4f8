"""The kiosk: from a card reader's Enter to the confirmation painted, one sign-in at a time.

The parent side (:func:`run_kiosk`) starts this module as a child process (a fresh process
with its own offscreen QApplication and the app's theme, like the people-page benchmark) on a
working copy of the reference database, whose members it gives photos (the demo data has
none; decoding a member's photo belongs in the figure). The child opens the kiosk at 1366×768
with a silent speaker (speech is queued after the paint and not part of the figure), then for
each run:

* returns the kiosk to its start screen (no picture cached), as between two members;
* types a member's card number into the kiosk input as a reader does (a burst of key events,
  not timed), with the kiosk's clock set to a fake moment on a fake day;
* starts the clock, delivers the Enter key event, and stops it once ``repaint()`` of the whole
  window has returned: the key handling, ``kiosk_scan`` with its database commit
  (``synchronous=FULL``), the photo, the labels and the synchronous paint are all inside.

Every member signs in once per day, so the runs walk through the members and then move to the
next fake day: each run is a real new sign-in, never an "already signed in". The first runs warm
caches (fonts, the style sheet, SQLite's page cache) and are left out. It also times the
search a keystroke on the on-screen keypad starts (tiles with pictures, painted), for
information.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bench.common import (
    Figure,
    median,
    percentile,
    print_result,
    run_child,
)
from bench.reference import TODAY

CHILD_TIMEOUT_S = 600.0
WARM_UP = 5
WINDOW_SIZE = (1366, 768)
MEDIAN_TARGET_MS = 30.0
P99_TARGET_MS = 100.0
SEARCHES = ("z", "zh", "w", "wf", "l", "ls", "c", "ch")


class _PaintCount:
    """Counts paint events of one widget (to check the confirmation really was painted)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def __init__(self) -> None:
                super().__init__()
                self.paints = 0

            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.paints += 1
                return False

        self._filter = Filter()
        widget.installEventFilter(self._filter)

    @property
    def paints(self) -> int:
        """Paint events so far."""
        return int(self._filter.paints)


def _key(kind: Any, key: Any, text: str) -> Any:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)


def _photo(index: int) -> bytes:
    """A 360×480 JPEG (the size the person dialog stores), different for every member."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(360, 480, QImage.Format.Format_RGB32)
    image.fill(QColor.fromHsv(index * 37 % 360, 90, 200))
    painter = QPainter(image)
    painter.setBrush(QColor.fromHsv(index * 53 % 360, 120, 120))
    painter.drawEllipse(QRect(80, 60, 200, 240))
    painter.drawText(QRect(0, 380, 360, 80), Qt.AlignmentFlag.AlignCenter, f"member {index}")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)  # type: ignore[call-overload]
    return bytes(data.data())


def _give_photos(db: Any, person_ids: list[int]) -> None:
    """Real centres keep a photo of most members; the demo data has none. The working copy
    gets one per member so that decoding it is part of every confirmation."""
    with db.transaction():
        for index, person_id in enumerate(person_ids):
            db.execute("INSERT OR REPLACE INTO person_photo (person_id, image) VALUES (?, ?)",
                       (person_id, _photo(index)))
    # Fold those megabytes into the file now, or the first sign-ins would pay for
    # checkpointing a write that is no part of the kiosk's own traffic.
    db.scalar("PRAGMA wal_checkpoint(TRUNCATE)")


def _measure_in_child(db_path: Path, runs: int) -> dict[str, Any]:
    """Runs in the child process: the timed sign-ins, as a dict of figures."""
    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from bench.bench_page_open import _apply_theme
    from desktop.models.admin.permissions import Actor, Role
    from desktop.models.attendance import attendance
    from desktop.models.clock import FixedClock
    from desktop.models.db import open_database
    from desktop.ui.kiosk.kiosk_speech import SilentSpeaker
    from desktop.ui.kiosk.kiosk_window import KioskWindow
    from desktop.ui.shell.ui_settings import UiSettings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    theme = _apply_theme(app)
    db = open_database(db_path)
    first_day = TODAY + timedelta(days=1)  # after the data set's last day: no sign-ins yet
    members = attendance.expected_members(db, first_day.isoformat())
    cards = [(person_id, name, card) for person_id, name, card in members if card]
    if not cards:
        return {"skipped": "no member with a card in the reference data set"}
    _give_photos(db, [person_id for person_id, _name, _card in cards])
    model_ms: list[float] = []
    real_scan = attendance.kiosk_scan

    def timed_scan(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return real_scan(*args, **kwargs)
        finally:
            model_ms.append((time.perf_counter() - started) * 1000)

    attendance.kiosk_scan = timed_scan
    with tempfile.TemporaryDirectory() as folder:
        ui = UiSettings(QSettings(str(Path(folder) / "ui.ini"), QSettings.Format.IniFormat))
        kiosk = KioskWindow(db, Actor("bench-kiosk", Role.KIOSK), ui, speaker=SilentSpeaker())
        kiosk.resize(*WINDOW_SIZE)
        kiosk.show()
        app.processEvents()
        painted = _PaintCount(kiosk.result.name_label)
        total_ms: list[float] = []
        wrong: list[str] = []
        for run in range(runs + WARM_UP):
            day, index = divmod(run, len(cards))
            _person_id, name, card = cards[index]
            moment = datetime.combine(first_day + timedelta(days=day),
                                      datetime.min.time()).replace(hour=9, minute=index % 60)
            db.clock = FixedClock(moment)
            kiosk.reset_to_start()  # as after the last member: no picture cached, no tiles
            for char in card:  # the reader's burst, not timed
                QApplication.sendEvent(kiosk.input, _key(QEvent.Type.KeyPress, 0, char))
            paints_before = painted.paints
            model_before = len(model_ms)
            started = time.perf_counter()
            QApplication.sendEvent(kiosk.input, _key(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                                     "\r"))
            kiosk.repaint()
            elapsed = (time.perf_counter() - started) * 1000
            photo = kiosk.result.photo_label.pixmap()
            if not kiosk.result.sentence.startswith(f"{name}，") or photo.isNull() or \
                    "签到成功" not in kiosk.result.sentence or painted.paints == paints_before:
                wrong.append(f"{card}: {kiosk.result.sentence!r}")
            if run >= WARM_UP:
                total_ms.append(elapsed)
            elif len(model_ms) > model_before:
                model_ms.pop()
            app.processEvents()  # the queued speech and timers, outside the figure
        volunteer_ms, volunteer_wrong, volunteers = _volunteer_scans(
            app, kiosk, db, first_day + timedelta(days=runs + WARM_UP + 1), runs)
        wrong.extend(volunteer_wrong)
        search_ms: list[float] = []
        for _ in range(3):
            for text in SEARCHES:
                kiosk.reset_to_start()
                started = time.perf_counter()
                kiosk.input.setText(text)
                kiosk.run_search()
                kiosk.repaint()
                search_ms.append((time.perf_counter() - started) * 1000)
        tiles = len(kiosk.tiles.visible_tiles())
        kiosk.close_without_password()
        app.processEvents()
    signed = int(db.scalar("SELECT count(*) FROM sign_in WHERE day > ?",
                           (TODAY.isoformat(),)))
    db.close()
    return {
        "runs": len(total_ms), "members": len(cards), "total_ms": total_ms,
        "model_ms": model_ms, "search_ms": search_ms, "tiles_last_search": tiles,
        "wrong": wrong[:5], "wrong_count": len(wrong), "signed_in": signed, "theme": theme,
        "volunteer_ms": volunteer_ms, "volunteers": volunteers,
    }


def _volunteer_scans(app: Any, kiosk: Any, db: Any, first_day: Any,
                     runs: int) -> tuple[list[float], list[str], int]:
    """A volunteer's kiosk card, timed the same way as a member's: Enter → the volunteer's
    sign-in → repaint() returned. Each volunteer signs in once per fake day (after the
    members' days, which have no shifts: unplanned sign-ins, the open-shift query finds none)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtWidgets import QApplication

    from desktop.models.clock import FixedClock

    cards = [(str(r["name"]), str(r["card_number"])) for r in db.query(
        "SELECT p.name, d.card_number FROM volunteer_detail d"
        " JOIN volunteer v ON v.person_id = d.person_id JOIN person p ON p.id = d.person_id"
        " WHERE d.card_number IS NOT NULL AND d.card_number <> '' AND v.active = 1"
        " AND p.archived_at IS NULL ORDER BY d.person_id")]
    if not cards:
        return [], [], 0
    timed: list[float] = []
    wrong: list[str] = []
    for run in range(runs + WARM_UP):
        day, index = divmod(run, len(cards))
        name, card = cards[index]
        moment = datetime.combine(first_day + timedelta(days=day),
                                  datetime.min.time()).replace(hour=9, minute=index % 60)
        db.clock = FixedClock(moment)
        kiosk.reset_to_start()
        for char in card:
            QApplication.sendEvent(kiosk.input, _key(QEvent.Type.KeyPress, 0, char))
        started = time.perf_counter()
        QApplication.sendEvent(kiosk.input, _key(QEvent.Type.KeyPress, Qt.Key.Key_Return, "\r"))
        kiosk.repaint()
        elapsed = (time.perf_counter() - started) * 1000
        if not kiosk.result.sentence.startswith(f"{name}，") or \
                "签到成功" not in kiosk.result.sentence:
            wrong.append(f"volunteer {card}: {kiosk.result.sentence!r}")
        if run >= WARM_UP:
            timed.append(elapsed)
        app.processEvents()
    return timed, wrong, len(cards)


def child_main(argv: list[str] | None = None) -> int:
    """Entry point of the child process: print one BENCH-RESULT line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=400)
    args = parser.parse_args(argv)
    try:
        result = _measure_in_child(args.db, args.runs)
    except Exception as exc:
        traceback.print_exc()
        result = {"skipped": f"error in the kiosk benchmark: {exc!r}"}
    print_result(result)
    return 0


def _run_child(db_path: Path, runs: int) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.bench_kiosk", "--db", str(db_path), "--runs", str(runs)]
    return run_child(cmd, CHILD_TIMEOUT_S, "the kiosk benchmark")


def run_kiosk(db_path: Path, label: str, runs: int) -> list[Figure]:
    """Sign ``runs`` members in at the kiosk on the database at ``db_path`` (a working copy:
    it is written to) and return the figures."""
    result = _run_child(db_path, runs)
    name = f"kiosk scan to confirmation painted, {label}"
    if "skipped" in result:
        return [Figure(f"{name}: median", None, "ms", MEDIAN_TARGET_MS,
                       skipped=result["skipped"]),
                Figure(f"{name}: p99", None, "ms", P99_TARGET_MS, skipped=result["skipped"])]
    if result["wrong_count"]:
        reason = (f"{result['wrong_count']} scans did not show a painted sign-in, e.g. "
                  f"{result['wrong'][0]}")
        return [Figure(f"{name}: median", None, "ms", MEDIAN_TARGET_MS, skipped=reason)]
    totals = result["total_ms"]
    model = result["model_ms"]
    return [
        Figure(f"{name}: median", median(totals), "ms", MEDIAN_TARGET_MS,
               note=f"{result['runs']} sign-ins of {result['members']} members, each a new "
                    f"row with a photo; Enter key event → kiosk_scan + commit → repaint() "
                    f"returned; "
                    f"{WINDOW_SIZE[0]}×{WINDOW_SIZE[1]}, {result['theme']}"),
        Figure(f"{name}: p99", percentile(totals, 0.99), "ms", P99_TARGET_MS,
               note=f"worst {max(totals):.1f} ms; first {WARM_UP} runs left out as warm-up"),
        Figure("  of which kiosk_scan (lookup, insert, audit, commit): median", median(model),
               "ms", note=f"p99 {percentile(model, 0.99):.1f} ms; synchronous=FULL"),
        *_volunteer_figures(result, label),
        Figure(f"kiosk keypad search to tiles painted, {label}: median",
               median(result["search_ms"]), "ms",
               note=f"p95 {percentile(result['search_ms'], 0.95):.1f} ms over "
                    f"{', '.join(SEARCHES)}; up to 12 tiles with pictures"),
    ]


def _volunteer_figures(result: dict[str, Any], label: str) -> list[Figure]:
    name = f"kiosk volunteer card to confirmation painted, {label}"
    times = result.get("volunteer_ms") or []
    if not times:
        return [Figure(f"{name}: median", None, "ms", MEDIAN_TARGET_MS,
                       skipped="no active volunteer with a kiosk card in the data set")]
    return [
        Figure(f"{name}: median", median(times), "ms", MEDIAN_TARGET_MS,
               note=f"{len(times)} sign-ins of {result['volunteers']} volunteers with a photo "
                    f"where consented; fake days without shifts (unplanned sign-ins, the "
                    f"open-shift query runs, nothing to offer); same timing as the members'"),
        Figure(f"{name}: p99", percentile(times, 0.99), "ms", P99_TARGET_MS,
               note=f"worst {max(times):.1f} ms"),
    ]


if __name__ == "__main__":
    sys.exit(child_main())
