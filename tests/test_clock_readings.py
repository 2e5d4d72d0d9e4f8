"""One clock of record: no module under desktop/ reads the wall clock except
desktop/models/clock.py, and no SQL asks SQLite for 'now'.

A reading is any use (a call, or a reference passed as a default) of date.today,
datetime.now/today/utcnow, time.time/localtime/…, Qt's current date and time, or SQLite's
'now' / CURRENT_DATE / CURRENT_TIME / CURRENT_TIMESTAMP in a string. Elapsed-time timers
(time.monotonic, time.perf_counter) are allowed only where ALLOWED_TIMERS lists them.
"""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT

DESKTOP = ROOT / "desktop"
CLOCK_MODULE = "desktop/models/clock.py"

# Functions that read the date or time of day, per the module or class that holds them.
WALL_CLOCK = {
    "datetime.date": {"today"},
    "datetime.datetime": {"now", "today", "utcnow"},
    "time": {"time", "time_ns", "localtime", "gmtime", "ctime", "asctime", "strftime"},
    "PySide6.QtCore.QDate": {"currentDate"},
    "PySide6.QtCore.QDateTime": {"currentDateTime", "currentDateTimeUtc",
                                 "currentMSecsSinceEpoch", "currentSecsSinceEpoch"},
    "PySide6.QtCore.QTime": {"currentTime"},
}
# Elapsed-time measurement: not a clock of record, but listed so that a new use is looked at.
TIMERS = {"time": {"monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns"},
          "PySide6.QtCore.QElapsedTimer": {"start", "elapsed", "restart"}}
ALLOWED_TIMERS = {
    # Seconds between key presses: a card reader's burst against a person's typing.
    "desktop/ui/kiosk/kiosk_input.py",
    # Seconds between keypad taps: a tremor's double touch is not a second letter.
    "desktop/ui/kiosk/kiosk_keypad.py",
    # Seconds since a member's last tap: a double tap does not sign in twice.
    "desktop/ui/kiosk/kiosk_window.py",
    # Seconds between typed letters in the tick list's type-ahead search.
    "desktop/ui/attendance/paper_entry.py",
}
SQL_NOW = re.compile(r"""['"]now['"]|\bCURRENT_(DATE|TIME|TIMESTAMP)\b""", re.IGNORECASE)
# A string that is SQL (the project writes keywords in capitals), not a docstring or message.
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|WHERE|VALUES|DEFAULT|CHECK)\b"
                 r"|\b(date|datetime|julianday|strftime|time|unixepoch)\s*\(")


def _bindings(tree: ast.Module) -> dict[str, str]:
    """Local name → the dotted name it was imported as (``import time as t``: t → time)."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _dotted(node: ast.expr, names: dict[str, str]) -> str | None:
    if isinstance(node, ast.Name):
        return names.get(node.id)
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value, names)
        return f"{base}.{node.attr}" if base else None
    return None


def clock_readings(source: str) -> tuple[list[str], list[str]]:
    """(wall-clock readings, elapsed-time timers) in one module's source, as "line: name"."""
    tree = ast.parse(source)
    names = _bindings(tree)
    wall: list[str] = []
    timers: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            owner = _dotted(node.value, names)
            found = f"{node.lineno}: {owner}.{node.attr}"
            if owner and node.attr in WALL_CLOCK.get(owner, ()):
                wall.append(found)
            elif owner and node.attr in TIMERS.get(owner, ()):
                timers.append(found)
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                found = f"{node.lineno}: {node.module}.{alias.name}"
                if alias.name in WALL_CLOCK.get(node.module, ()):
                    wall.append(found)
                elif alias.name in TIMERS.get(node.module, ()):
                    timers.append(found)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                SQL_NOW.search(node.value) and SQL.search(node.value):
            wall.append(f"{node.lineno}: SQL {node.value.strip()[:60]!r}")
    return wall, timers


def _modules() -> list[tuple[str, str]]:
    return [(path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8"))
            for path in sorted(DESKTOP.rglob("*.py"))]


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    found = {name: wall for name, source in _modules() if name != CLOCK_MODULE
             for wall in [clock_readings(source)[0]] if wall}
    assert found == {}, "read the date and time from a Clock (db.clock), not the wall clock"


def test_elapsed_time_timers_only_where_listed() -> None:
    found = {name for name, source in _modules() if clock_readings(source)[1]}
    assert found <= ALLOWED_TIMERS
    assert found >= ALLOWED_TIMERS, "a listed timer is gone: take it off ALLOWED_TIMERS"


def test_the_clock_module_is_where_the_readings_are() -> None:
    wall, _timers = clock_readings((ROOT / CLOCK_MODULE).read_text(encoding="utf-8"))
    assert len(wall) >= 2  # SystemClock.now and .today (and the files' clock)


def test_every_kind_of_reading_is_caught() -> None:
    # The check itself: each way of reading the clock that the project has used, or could.
    samples = {
        "from datetime import date\nx = date.today()": 1,
        "import datetime\nx = datetime.datetime.now()": 1,
        "from datetime import datetime as dt\nx = dt.now().date()": 1,
        "from datetime import datetime\ndef f(clock=datetime.now): ...": 1,
        "import time as t\nx = t.time()": 1,
        "from time import localtime": 1,
        "from PySide6.QtCore import QDate\nx = QDate.currentDate()": 1,
        "from PySide6.QtCore import QDateTime\nx = QDateTime.currentDateTime()": 1,
        "q = \"SELECT 1 WHERE day >= date('now', 'localtime')\"": 1,
        "q = 'INSERT INTO t (at) VALUES (CURRENT_TIMESTAMP)'": 1,
        "x = clock.today(); y = db.clock.now()": 0,
        "from datetime import date\nx = date.fromisoformat('2024-06-30')": 0,
        "name = 'now'": 0,
        "def f():\n    \"\"\"Where 'now' comes from.\"\"\"": 0,
        "q = \"CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT datetime('now'); END\"": 1,
    }
    for source, expected in samples.items():
        assert len(clock_readings(source)[0]) == expected, source
    assert clock_readings("import time\nx = time.monotonic()") == ([], ["2: time.monotonic"])
