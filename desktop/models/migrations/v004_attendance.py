"""Schema v4: sign-ins (kiosk, staff, paper), the kiosk's refusal log, activities and their
participants.

Attendance is what the monthly report and the subsidy are computed from, so one valid
sign-in per member per day is enforced by the database, and corrections void a sign-in
with a reason instead of deleting it. The kiosk logs what it refused (an unknown card, an
archived member) so staff can follow it up.
"""

from __future__ import annotations

import sqlite3

from desktop.models.migrations.shared import execute_all


def upgrade(conn: sqlite3.Connection) -> None:
    """Create the attendance and activity tables."""
    statements = [
        """CREATE TABLE sign_in (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES member(person_id),
            day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            signed_in_at TEXT NOT NULL,
            signed_out_at TEXT,
            method TEXT NOT NULL CHECK (method IN ('card', 'search', 'keypad', 'staff', 'paper')),
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT,
            CHECK (signed_out_at IS NULL OR signed_out_at >= signed_in_at),
            CHECK (substr(signed_in_at, 1, 10) = day)
        )""",
        # One valid sign-in per member per day; a voided one does not count.
        "CREATE UNIQUE INDEX sign_in_once_a_day ON sign_in(person_id, day)"
        " WHERE voided_at IS NULL",
        "CREATE INDEX sign_in_by_day ON sign_in(day, person_id)",
        """CREATE TABLE kiosk_event (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('unknown_card', 'archived_member',
                                               'malformed_scan', 'left_member')),
            detail TEXT NOT NULL DEFAULT '',
            person_id INTEGER REFERENCES person(id)
        )""",
        "CREATE INDEX kiosk_event_at ON kiosk_event(at)",
        """CREATE TABLE activity (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
            kind TEXT NOT NULL CHECK (kind IN ('文化', '体育', '康复', '节日慰问', '其他')),
            day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            place TEXT NOT NULL DEFAULT '',
            organiser TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT
        )""",
        "CREATE INDEX activity_by_day ON activity(day)",
        """CREATE TABLE activity_participant (
            activity_id INTEGER NOT NULL REFERENCES activity(id),
            person_id INTEGER NOT NULL REFERENCES member(person_id),
            added_at TEXT NOT NULL,
            PRIMARY KEY (activity_id, person_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX activity_participant_person ON activity_participant(person_id)",
    ]
    execute_all(conn, statements)
