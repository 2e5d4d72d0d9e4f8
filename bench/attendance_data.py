"""The reference data set with ten years of sign-ins (about 600,000, docs/architecture.md).

The reference register (``bench.reference``: 400 members, made by the demo generator) is copied
and given a deterministic attendance history: each member has their own regularity, comes on
the days the centre is open (Monday to Saturday) between joining and today, signs in between
08:00 and 10:30 and mostly signs out in the afternoon, by card, search, keypad, staff or paper
in realistic shares; a few duplicate sign-ins are voided. Rows are written with one
``executemany`` in one transaction and without audit entries: this is benchmark data, not
something a user did. The file is cached in ``bench/data/`` under a name built from the
reference's key and a fingerprint of the code, like the other benchmark databases.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from datetime import date, timedelta
from pathlib import Path

from bench import reference
from bench.common import DATA_DIR, replace_stale, source_fingerprint
from bench.reference import PREFIX as REFERENCE_PREFIX
from bench.reference import (
    TODAY,
    YEARS,
    PreparedDb,
    count_people,
    reference_db,
    reference_path,
)
from desktop.models.db import Database, open_database

SEED = 600_000
TARGET_SIGN_INS = 600_000
PREFIX = "attendance-"
# A database that already holds this many sign-ins (e.g. once `warmhome demo` makes an
# attendance history) is used as it is.
ENOUGH_ALREADY = 100_000
OPEN_WEEKDAYS = range(6)  # Monday to Saturday
METHOD_WEIGHTS = {"card": 70, "search": 14, "keypad": 6, "staff": 6, "paper": 4}
SIGN_OUT_SHARE = 0.9
VOIDED_DUPLICATE_SHARE = 0.002
MAX_DAILY_CHANCE = 0.99

_INSERT = (
    "INSERT INTO sign_in (person_id, day, signed_in_at, signed_out_at, method, recorded_by,"
    " created_at, voided_at, void_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def attendance_path() -> Path:
    """Where the reference-with-sign-ins database for the current code is cached."""
    key = reference_path().stem.removeprefix(REFERENCE_PREFIX).rsplit("-", 1)[0]
    fingerprint = source_fingerprint(extra=[Path(__file__), Path(reference.__file__)])
    return DATA_DIR / f"{PREFIX}{key}-n{TARGET_SIGN_INS}-{fingerprint}.db"


def count_sign_ins(path: Path) -> int:
    """Valid (not voided) sign-ins in a database file."""
    with open_database(path) as db:
        return int(db.scalar("SELECT count(*) FROM sign_in WHERE voided_at IS NULL"))


def open_days(first: date, last: date) -> list[date]:
    """The days the reference centre is open between two dates, inclusive."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)
            if (first + timedelta(days=n)).weekday() in OPEN_WEEKDAYS]


def _clock(rng: random.Random, day: str, start_minute: int, span: int) -> str:
    minute = start_minute + rng.randrange(span)
    return f"{day}T{minute // 60:02d}:{minute % 60:02d}:{rng.randrange(60):02d}"


def generate_sign_ins(db: Database, *, today: date = TODAY, years: int = YEARS,
                      target: int = TARGET_SIGN_INS, seed: int = SEED) -> int:
    """Add about ``target`` sign-ins over the ``years`` before ``today`` for every member
    on the register; returns how many valid sign-ins were written."""
    rng = random.Random(seed)
    first = date(today.year - years, today.month, today.day)
    days = [d.isoformat() for d in open_days(first, today - timedelta(days=1))]
    members = []
    for row in db.query("SELECT m.person_id, m.joined_on, m.left_on, p.archived_at"
                        " FROM member m JOIN person p ON p.id = m.person_id"
                        " ORDER BY m.person_id"):
        start = row["joined_on"] or days[0]
        ends = [v for v in (row["left_on"], (row["archived_at"] or "")[:10]) if v]
        end = min(ends) if ends else days[-1]
        # Some come every day they can, others once or twice a week.
        members.append((int(row["person_id"]), start, end, rng.uniform(0.55, 1.0)))
    eligible = sum(weight * sum(1 for d in days if start <= d <= end)
                   for _, start, end, weight in members)
    scale = target / eligible if eligible else 0.0
    methods = list(METHOD_WEIGHTS)
    weights = list(METHOD_WEIGHTS.values())
    rows: list[tuple[object, ...]] = []
    for person_id, start, end, weight in members:
        chance = min(weight * scale, MAX_DAILY_CHANCE)
        for day in days:
            if not start <= day <= end or rng.random() >= chance:
                continue
            signed_in = _clock(rng, day, 8 * 60, 150)
            signed_out = _clock(rng, day, 15 * 60, 150) if rng.random() < SIGN_OUT_SHARE \
                else None
            method = rng.choices(methods, weights)[0]
            recorded_by = "kiosk" if method in ("card", "search", "keypad") else "wangfang"
            if rng.random() < VOIDED_DUPLICATE_SHARE:
                rows.append((person_id, day, signed_in, None, "staff", "wangfang", signed_in,
                             signed_in, "重复签到"))
            rows.append((person_id, day, signed_in, signed_out, method, recorded_by, signed_in,
                         None, None))
    with db.transaction():
        db.executemany(_INSERT, rows)
    return sum(1 for r in rows if r[7] is None)


def attendance_db(regenerate: bool = False) -> PreparedDb:
    """The reference data set with ten years of sign-ins, built and cached unless present."""
    base = reference_db(regenerate=regenerate)
    if count_sign_ins(base.path) >= ENOUGH_ALREADY:
        return base
    path = attendance_path()
    if not regenerate and path.exists():
        return PreparedDb(path, count_people(path), None)
    started = time.perf_counter()
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(base.path, partial)
    with open_database(partial) as db:
        generate_sign_ins(db)
        people = int(db.scalar("SELECT count(*) FROM person"))
    os.replace(partial, path)
    replace_stale(DATA_DIR, PREFIX, keep=path)
    return PreparedDb(path, people, time.perf_counter() - started)
