"""Schema v1: settings, the people registry with its roles, photos and the audit log.

One ``person`` row per human being, whatever roles they have: a member (``member``, with the
programmes they attend), a volunteer (``volunteer``) or the family of a member
(``family_link``), so one person is never typed in twice. ``setting`` holds the centre's
key/value settings; ``audit_log`` records who changed what, before and after, because nothing
a person entered may change without a trace. The indexes serve the pinyin-ordered list and
the duplicate checks on entry (ID number, name with birth date, phone).
"""

from __future__ import annotations

import sqlite3

from desktop.models.migrations.shared import execute_all


def upgrade(conn: sqlite3.Connection) -> None:
    """Create the v1 tables and indexes in an empty database."""
    statements = [
        """CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        """CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
            sex TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', '男', '女')),
            birth_date TEXT,
            id_number TEXT,
            phone TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            street TEXT NOT NULL DEFAULT '',
            community TEXT NOT NULL DEFAULT '',
            emergency_contact TEXT NOT NULL DEFAULT '',
            emergency_phone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            name_sort TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            id_text TEXT NOT NULL DEFAULT '',
            archived_at TEXT,
            archive_reason TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE UNIQUE INDEX person_id_number ON person(id_number) WHERE id_number IS NOT NULL",
        "CREATE INDEX person_name_sort ON person(name_sort)",
        # The everyday list (active people in pinyin order) reads this index alone.
        "CREATE INDEX person_active_by_name ON person(name_sort, id) WHERE archived_at IS NULL",
        "CREATE INDEX person_street ON person(street)",
        "CREATE INDEX person_name_birth ON person(name, birth_date)",
        "CREATE INDEX person_phone ON person(phone)",
        """CREATE TABLE person_photo (
            person_id INTEGER PRIMARY KEY REFERENCES person(id),
            image BLOB NOT NULL,
            mime TEXT NOT NULL DEFAULT 'image/jpeg'
        )""",
        """CREATE TABLE member (
            person_id INTEGER PRIMARY KEY REFERENCES person(id),
            cert_number TEXT,
            category INTEGER CHECK (category BETWEEN 1 AND 7),
            grade INTEGER CHECK (grade BETWEEN 1 AND 4),
            joined_on TEXT,
            left_on TEXT,
            card_number TEXT,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        )""",
        "CREATE UNIQUE INDEX member_cert ON member(cert_number) WHERE cert_number IS NOT NULL",
        "CREATE UNIQUE INDEX member_card ON member(card_number) WHERE card_number IS NOT NULL",
        """CREATE TABLE member_programme (
            person_id INTEGER NOT NULL REFERENCES member(person_id),
            programme TEXT NOT NULL CHECK (programme IN ('温馨家园', '职康站', '日间照料')),
            PRIMARY KEY (person_id, programme)
        ) WITHOUT ROWID""",
        "CREATE INDEX member_programme_by_programme ON member_programme(programme, person_id)",
        """CREATE TABLE volunteer (
            person_id INTEGER PRIMARY KEY REFERENCES person(id),
            volunteer_number TEXT,
            organisation TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        )""",
        "CREATE UNIQUE INDEX volunteer_number ON volunteer(volunteer_number)"
        " WHERE volunteer_number IS NOT NULL",
        """CREATE TABLE family_link (
            person_id INTEGER NOT NULL REFERENCES person(id),
            member_id INTEGER NOT NULL REFERENCES member(person_id),
            relation TEXT NOT NULL DEFAULT '',
            is_guardian INTEGER NOT NULL DEFAULT 0 CHECK (is_guardian IN (0, 1)),
            PRIMARY KEY (person_id, member_id),
            CHECK (person_id <> member_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX family_link_member ON family_link(member_id)",
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id INTEGER,
            before TEXT,
            after TEXT,
            reason TEXT
        )""",
        "CREATE INDEX audit_log_record ON audit_log(table_name, record_id)",
    ]
    execute_all(conn, statements)
