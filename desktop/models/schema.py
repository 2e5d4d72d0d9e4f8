"""Numbered, stepwise schema migrations.

``MIGRATIONS[n - 1]`` brings a database from version ``n - 1`` to ``n``. A migration is never
edited once released: changes go into a new one appended at the end. Each runs in its own
transaction in :mod:`desktop.models.db`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from desktop.models.audit_chain import GENESIS_HASH, entry_hash

Migration = Callable[[sqlite3.Connection], None]


def _v1_people_registry(conn: sqlite3.Connection) -> None:
    """Settings, the people registry with its roles, photos and the audit log."""
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
    for statement in statements:
        conn.execute(statement)


def _v2_accounts(conn: sqlite3.Connection) -> None:
    """Staff accounts with roles, password hashes and a persistent lock-out counter."""
    conn.execute("""CREATE TABLE user_account (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'kiosk')),
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        password_changed_at TEXT NOT NULL
    )""")


def _v3_audit_chain(conn: sqlite3.Connection) -> None:
    """Chain the audit log by hashes, remember its head, and make it append-only."""
    conn.execute("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT")
    conn.execute("ALTER TABLE audit_log ADD COLUMN hash TEXT")
    previous = GENESIS_HASH
    last_id = 0
    columns = ("id", "at", "actor", "action", "table_name", "record_id", "before", "after",
               "reason")
    rows = conn.execute(f"SELECT {', '.join(columns)} FROM audit_log ORDER BY id").fetchall()
    for row in rows:
        values = dict(zip(columns, tuple(row), strict=True))
        values["prev_hash"] = previous
        digest = entry_hash(values)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                     (previous, digest, values["id"]))
        previous, last_id = digest, int(values["id"])
    # The head outlives the rows: deleting the newest entries shows as a head that points
    # past the end of the log.
    conn.execute("""CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_id INTEGER NOT NULL,
        last_hash TEXT NOT NULL
    )""")
    conn.execute("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?, ?)",
                 (last_id, previous))
    conn.execute("CREATE INDEX audit_log_at ON audit_log(at)")
    conn.execute("CREATE INDEX audit_log_actor ON audit_log(actor)")
    statements = [
        # Appends must come from audit.record: next id, linked to the current last entry.
        f"""CREATE TRIGGER audit_log_append_only_insert BEFORE INSERT ON audit_log
        WHEN NEW.id <= coalesce((SELECT max(id) FROM audit_log), 0)
          OR NEW.hash IS NULL OR length(NEW.hash) <> 64
          OR NEW.prev_hash IS NOT coalesce(
               (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '{GENESIS_HASH}')
        BEGIN
          SELECT RAISE(ABORT, '操作日志只能由本软件按顺序追加（audit_log is append-only）');
        END""",
        """CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
        BEGIN
          SELECT RAISE(ABORT, '操作日志只能追加，不能修改（audit_log is append-only）');
        END""",
        """CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
        BEGIN
          SELECT RAISE(ABORT, '操作日志只能追加，不能删除（audit_log is append-only）');
        END""",
        """CREATE TRIGGER audit_log_moves_head AFTER INSERT ON audit_log
        BEGIN
          UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1;
        END""",
        """CREATE TRIGGER audit_head_only_forward BEFORE UPDATE ON audit_head
        WHEN NEW.id IS NOT OLD.id OR NEW.last_id <= OLD.last_id
        BEGIN
          SELECT RAISE(ABORT, '操作日志的链尾只能随新记录前移（audit_head moves forward only）');
        END""",
        """CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
        BEGIN
          SELECT RAISE(ABORT, '操作日志的链尾不能删除（audit_head cannot be deleted）');
        END""",
    ]
    for statement in statements:
        conn.execute(statement)


def _v4_attendance(conn: sqlite3.Connection) -> None:
    """Sign-ins (kiosk, staff, paper), the kiosk's refusal log, activities and participants."""
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
    for statement in statements:
        conn.execute(statement)


# Record tables whose rows belong to a month, with the expression giving the month of a row:
# the month-close triggers below refuse writes to a closed month (model checks come first
# and explain it; these are the backstop for anything that bypasses them).
_CLOSED_MONTH_MESSAGE = "该月已报送关账，记录只读（closed month is read-only）"


def _closed(month_sql: str) -> str:
    return f"EXISTS (SELECT 1 FROM month_state WHERE month = {month_sql} AND closed = 1)"


def _v5_month_close(conn: sqlite3.Connection) -> None:
    """Month states (closed, reopened with a reason), the export and submission log, and
    triggers that keep the records of a closed month read-only."""
    statements = [
        """CREATE TABLE month_state (
            id INTEGER PRIMARY KEY,
            month TEXT NOT NULL UNIQUE CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
            closed_at TEXT,
            closed_by TEXT,
            reopened_at TEXT,
            reopened_by TEXT,
            reopen_reason TEXT,
            CHECK (closed = 0 OR closed_at IS NOT NULL)
        )""",
        # Exports and submissions (报送) in one log: a submission copies the file name and
        # hashes of the export it sends. audit_id is the audit entry written with the row, so
        # "changes since" compares audit ids, not clock times.
        """CREATE TABLE month_report (
            id INTEGER PRIMARY KEY,
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            kind TEXT NOT NULL CHECK (kind IN ('export', 'submission')),
            revision INTEGER NOT NULL CHECK (revision >= 1),
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
            data_sha256 TEXT NOT NULL CHECK (length(data_sha256) = 64),
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            audit_id INTEGER
        )""",
        "CREATE INDEX month_report_by_month ON month_report(month, kind, id)",
        # The log is history: rows are never changed or removed.
        """CREATE TRIGGER month_report_no_update BEFORE UPDATE ON month_report
        BEGIN SELECT RAISE(ABORT, '报送记录不能修改（month_report is append-only）'); END""",
        """CREATE TRIGGER month_report_no_delete BEFORE DELETE ON month_report
        BEGIN SELECT RAISE(ABORT, '报送记录不能删除（month_report is append-only）'); END""",
    ]
    guarded = {
        "sign_in": ("substr(NEW.day, 1, 7)", "substr(OLD.day, 1, 7)"),
        "activity": ("substr(NEW.day, 1, 7)", "substr(OLD.day, 1, 7)"),
        "activity_participant": (
            "(SELECT substr(day, 1, 7) FROM activity WHERE id = NEW.activity_id)",
            "(SELECT substr(day, 1, 7) FROM activity WHERE id = OLD.activity_id)"),
    }
    for table, (new_month, old_month) in guarded.items():
        for event, condition in (
                ("INSERT", _closed(new_month)),
                ("UPDATE", f"{_closed(old_month)} OR {_closed(new_month)}"),
                ("DELETE", _closed(old_month))):
            statements.append(
                f"""CREATE TRIGGER {table}_closed_month_{event.lower()}
                BEFORE {event} ON {table} WHEN {condition}
                BEGIN SELECT RAISE(ABORT, '{_CLOSED_MONTH_MESSAGE}'); END""")
    for statement in statements:
        conn.execute(statement)


# The subsidy settings of v1 .. v5 (one rate for every month) become the entry in effect from
# the beginning; later entries take over from their month (desktop.models.subsidy).
_SUBSIDY_BEGINNING = "0000-01"
_SUBSIDY_RATE_KEY = "subsidy.daily_rate_fen"
_SUBSIDY_STAY_KEY = "subsidy.min_stay_minutes"


def _stored_setting_int(conn: sqlite3.Connection, key: str) -> int | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    try:
        return int(row[0]) if row and str(row[0]).strip() else None
    except ValueError:
        return None


def _v6_subsidy_rates(conn: sqlite3.Connection) -> None:
    """Subsidy rate and minimum stay effective from a month, so that a change leaves the
    months before it (already reported) as they were; the one stored rate moves in."""
    statements = [
        """CREATE TABLE subsidy_rate (
            id INTEGER PRIMARY KEY,
            effective_from TEXT NOT NULL UNIQUE
                CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            daily_rate_fen INTEGER NOT NULL CHECK (daily_rate_fen >= 0),
            min_stay_minutes INTEGER CHECK (min_stay_minutes IS NULL OR min_stay_minutes > 0)
        )""",
    ]
    # Backstop like v5's: an entry may not take effect in or before a closed month.
    closed_from = ("EXISTS (SELECT 1 FROM month_state WHERE closed = 1"
                   " AND month >= {month})")
    for event, condition in (
            ("INSERT", closed_from.format(month="NEW.effective_from")),
            ("UPDATE", f"{closed_from.format(month='OLD.effective_from')}"
                       f" OR {closed_from.format(month='NEW.effective_from')}"),
            ("DELETE", closed_from.format(month="OLD.effective_from"))):
        statements.append(
            f"""CREATE TRIGGER subsidy_rate_closed_month_{event.lower()}
            BEFORE {event} ON subsidy_rate WHEN {condition}
            BEGIN SELECT RAISE(ABORT, '{_CLOSED_MONTH_MESSAGE}'); END""")
    for statement in statements:
        conn.execute(statement)
    rate = _stored_setting_int(conn, _SUBSIDY_RATE_KEY)
    stay = _stored_setting_int(conn, _SUBSIDY_STAY_KEY)
    if rate is not None or stay is not None:
        conn.execute(
            "INSERT INTO subsidy_rate (effective_from, daily_rate_fen, min_stay_minutes)"
            " VALUES (?, ?, ?)",
            (_SUBSIDY_BEGINNING, max(rate or 0, 0), stay if stay and stay > 0 else None))
    # One source of truth: the settings now live in subsidy_rate alone.
    conn.execute("DELETE FROM setting WHERE key IN (?, ?)", (_SUBSIDY_RATE_KEY, _SUBSIDY_STAY_KEY))


def _v7_export_attempts(conn: sqlite3.Connection) -> None:
    """Exports logged in two steps (desktop.models.export_log): an attempt is logged as
    pending before the file is renamed into place and settled after, so that a crash between
    the two cannot leave the export log describing a file that is not there. The log also
    keeps where each file was written, so that 报送 can hash the file it submits."""
    statements = [
        # NULL for exports logged before this version: their location was not kept.
        "ALTER TABLE month_report ADD COLUMN file_path TEXT",
        """CREATE TABLE export_attempt (
            id INTEGER PRIMARY KEY,
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            revision INTEGER NOT NULL CHECK (revision >= 1),
            file_path TEXT NOT NULL,
            file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
            data_sha256 TEXT NOT NULL CHECK (length(data_sha256) = 64),
            audit_id INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            by TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'confirmed', 'abandoned')),
            settled_at TEXT,
            report_id INTEGER REFERENCES month_report(id),
            CHECK ((state = 'confirmed') = (report_id IS NOT NULL)),
            CHECK ((state = 'pending') = (settled_at IS NULL))
        )""",
        "CREATE INDEX export_attempt_pending ON export_attempt(month) WHERE state = 'pending'",
        # Settling moves forward only (abandoned → confirmed: the file turned up after all,
        # written by an export that was still running), and never rewrites what was logged.
        """CREATE TRIGGER export_attempt_settles_forward BEFORE UPDATE ON export_attempt
        WHEN NOT ((OLD.state = 'pending' AND NEW.state IN ('confirmed', 'abandoned'))
                  OR (OLD.state = 'abandoned' AND NEW.state = 'confirmed'))
          OR NEW.id IS NOT OLD.id OR NEW.month IS NOT OLD.month
          OR NEW.revision IS NOT OLD.revision OR NEW.file_path IS NOT OLD.file_path
          OR NEW.file_sha256 IS NOT OLD.file_sha256 OR NEW.data_sha256 IS NOT OLD.data_sha256
          OR NEW.audit_id IS NOT OLD.audit_id OR NEW.started_at IS NOT OLD.started_at
          OR NEW.by IS NOT OLD.by
        BEGIN
          SELECT RAISE(ABORT, '导出记录只能由进行中改为完成或作废（settles forward only）');
        END""",
        """CREATE TRIGGER export_attempt_no_delete BEFORE DELETE ON export_attempt
        BEGIN SELECT RAISE(ABORT, '导出记录不能删除（export_attempt cannot be deleted）'); END""",
    ]
    for statement in statements:
        conn.execute(statement)


def _v8_sign_in_failures(conn: sqlite3.Connection) -> None:
    """Wrong passwords under user names that have no account, counted and locked as an
    account's are, so the login screen does not tell which names exist. A name is kept
    only as a slow hash: people type passwords into the name box by mistake."""
    conn.execute("""CREATE TABLE sign_in_failure (
        name_key TEXT PRIMARY KEY,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        updated_at TEXT NOT NULL
    )""")


MIGRATIONS: list[Migration] = [
    _v1_people_registry,
    _v2_accounts,
    _v3_audit_chain,
    _v4_attendance,
    _v5_month_close,
    _v6_subsidy_rates,
    _v7_export_attempts,
    _v8_sign_in_failures,
]
