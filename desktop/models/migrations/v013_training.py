"""Schema v13: vocational training (职业培训).

Courses (``training_course``: type, form — ordinary, order-based for a named employer, or
entrepreneurship —, teacher, place, dates, minutes per session, capacity, the completion rule
and the subsidy standard, both settings per course), their sessions (``training_session``, one
row per day taught: made from a weekly schedule or a list of days, cancelled with a reason,
roll-called), who is enrolled or waiting (``training_enrolment``, withdrawn with a reason; the
completion, its attendance counts and the assessment are kept on the row), the roll call
(``training_attendance``: one mark per trainee per session), the completion certificates
(``training_certificate``, numbered, with their reprints), job placements after a course and
their follow-ups at 1, 3, 6 and 12 months, skills competitions, and the register of subsidy
claims (``training_claim``).

Nothing is deleted: a course or session is cancelled, an enrolment withdrawn, a placement,
follow-up, competition entry or claim voided, each with a reason; every write is audited by
``desktop.models.training``. Records dated in a closed month are read-only (the same triggers
as v5's): a session and its roll call by the session's day, a completion by its day, a
placement by its start, a follow-up by the day it was done, a competition by its day, a claim by
the day it was made.
"""

from __future__ import annotations

import sqlite3

from desktop.models.migrations.shared import closed_month_triggers, execute_all, month_closed

_DAY = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
_TIME = "GLOB '[0-2][0-9]:[0-5][0-9]'"
_VOID = """voided_at TEXT,
            void_reason TEXT,
            CHECK (voided_at IS NULL OR length(trim(coalesce(void_reason, ''))) > 0)"""


def _dated(table: str, column: str) -> list[str]:
    """Closed-month triggers for ``table`` by the month of its ``column`` (NULL: no month)."""
    new, old = f"substr(NEW.{column}, 1, 7)", f"substr(OLD.{column}, 1, 7)"
    return closed_month_triggers(table, on_insert=month_closed(new),
                                 on_update=f"{month_closed(old)} OR {month_closed(new)}",
                                 on_delete=month_closed(old))


def upgrade(conn: sqlite3.Connection) -> None:
    """Create the training tables, their indexes and closed-month triggers."""
    statements = [
        f"""CREATE TABLE training_course (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60),
            kind TEXT NOT NULL CHECK (length(trim(kind)) BETWEEN 1 AND 20),
            form TEXT NOT NULL DEFAULT 'ordinary'
                CHECK (form IN ('ordinary', 'order', 'entrepreneurship')),
            employer TEXT NOT NULL DEFAULT '',
            teacher_person_id INTEGER REFERENCES person(id),
            teacher_org TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            first_day TEXT NOT NULL CHECK (first_day {_DAY}),
            last_day TEXT NOT NULL CHECK (last_day {_DAY} AND last_day >= first_day),
            minutes_per_session INTEGER NOT NULL CHECK (minutes_per_session BETWEEN 1 AND 1440),
            capacity INTEGER NOT NULL CHECK (capacity > 0),
            min_attendance_pct INTEGER NOT NULL DEFAULT 80
                CHECK (min_attendance_pct BETWEEN 0 AND 100),
            assessment_required INTEGER NOT NULL DEFAULT 0 CHECK (assessment_required IN (0, 1)),
            subsidy_kind TEXT NOT NULL DEFAULT 'none'
                CHECK (subsidy_kind IN ('per_completion', 'per_hour', 'none')),
            subsidy_fen INTEGER NOT NULL DEFAULT 0 CHECK (subsidy_fen >= 0),
            note TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            cancelled_at TEXT,
            cancel_reason TEXT,
            CHECK (form <> 'order' OR length(trim(employer)) > 0),
            CHECK (subsidy_kind <> 'none' OR subsidy_fen = 0),
            CHECK (cancelled_at IS NULL OR length(trim(coalesce(cancel_reason, ''))) > 0)
        )""",
        "CREATE INDEX training_course_by_days ON training_course(first_day, last_day)",
        f"""CREATE TABLE training_session (
            id INTEGER PRIMARY KEY,
            course_id INTEGER NOT NULL REFERENCES training_course(id),
            day TEXT NOT NULL CHECK (day {_DAY}),
            starts_at TEXT NOT NULL CHECK (starts_at {_TIME}),
            ends_at TEXT NOT NULL CHECK (ends_at {_TIME} AND ends_at > starts_at),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            roll_called_at TEXT,
            roll_called_by TEXT,
            cancelled_at TEXT,
            cancel_reason TEXT,
            CHECK (cancelled_at IS NULL OR length(trim(coalesce(cancel_reason, ''))) > 0)
        )""",
        "CREATE INDEX training_session_by_course ON training_session(course_id, day)",
        "CREATE INDEX training_session_by_day ON training_session(day, course_id)",
        "CREATE UNIQUE INDEX training_session_once ON training_session(course_id, day, starts_at)"
        " WHERE cancelled_at IS NULL",
        f"""CREATE TABLE training_enrolment (
            id INTEGER PRIMARY KEY,
            course_id INTEGER NOT NULL REFERENCES training_course(id),
            person_id INTEGER NOT NULL REFERENCES person(id),
            status TEXT NOT NULL CHECK (status IN ('enrolled', 'waiting', 'withdrawn')),
            applied_on TEXT NOT NULL CHECK (applied_on {_DAY}),
            enrolled_on TEXT CHECK (enrolled_on IS NULL OR enrolled_on {_DAY}),
            withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on {_DAY}),
            withdraw_reason TEXT,
            assessment TEXT CHECK (assessment IS NULL OR assessment IN ('passed', 'failed')),
            assessment_score INTEGER CHECK (assessment_score IS NULL
                OR assessment_score BETWEEN 0 AND 100),
            completed_on TEXT CHECK (completed_on IS NULL OR completed_on {_DAY}),
            attended_sessions INTEGER,
            counted_sessions INTEGER,
            attended_minutes INTEGER,
            completed_by TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (status <> 'enrolled' OR enrolled_on IS NOT NULL),
            CHECK ((status = 'withdrawn') = (withdrawn_on IS NOT NULL)),
            CHECK (status <> 'withdrawn' OR length(trim(coalesce(withdraw_reason, ''))) > 0),
            CHECK (completed_on IS NULL OR (status = 'enrolled' AND attended_sessions >= 0
                   AND counted_sessions >= attended_sessions AND attended_minutes >= 0))
        )""",
        "CREATE UNIQUE INDEX training_enrolment_once ON training_enrolment(course_id, person_id)"
        " WHERE status <> 'withdrawn'",
        "CREATE INDEX training_enrolment_by_person ON training_enrolment(person_id, course_id)",
        "CREATE INDEX training_enrolment_completed ON training_enrolment(completed_on)"
        " WHERE completed_on IS NOT NULL",
        """CREATE TABLE training_attendance (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES training_session(id),
            enrolment_id INTEGER NOT NULL REFERENCES training_enrolment(id),
            mark TEXT NOT NULL
                CHECK (mark IN ('present', 'late', 'left_early', 'excused', 'absent')),
            from_kiosk INTEGER NOT NULL DEFAULT 0 CHECK (from_kiosk IN (0, 1)),
            marked_by TEXT NOT NULL,
            marked_at TEXT NOT NULL,
            UNIQUE (session_id, enrolment_id)
        )""",
        "CREATE INDEX training_attendance_by_enrolment"
        " ON training_attendance(enrolment_id, session_id, mark)",
        f"""CREATE TABLE training_certificate (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            enrolment_id INTEGER NOT NULL UNIQUE REFERENCES training_enrolment(id),
            issued_on TEXT NOT NULL CHECK (issued_on {_DAY}),
            issued_by TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            reprints INTEGER NOT NULL DEFAULT 0 CHECK (reprints >= 0),
            last_printed_at TEXT NOT NULL
        )""",
        f"""CREATE TABLE training_placement (
            id INTEGER PRIMARY KEY,
            enrolment_id INTEGER NOT NULL REFERENCES training_enrolment(id),
            employer TEXT NOT NULL CHECK (length(trim(employer)) BETWEEN 1 AND 60),
            job TEXT NOT NULL CHECK (length(trim(job)) BETWEEN 1 AND 40),
            started_on TEXT NOT NULL CHECK (started_on {_DAY}),
            employment_form INTEGER NOT NULL CHECK (employment_form IN (2, 3, 5, 6, 7)),
            ended_on TEXT CHECK (ended_on IS NULL OR (ended_on {_DAY} AND ended_on >= started_on)),
            end_reason TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            {_VOID}
        )""",
        "CREATE INDEX training_placement_by_enrolment ON training_placement(enrolment_id)",
        "CREATE INDEX training_placement_by_start ON training_placement(started_on)",
        f"""CREATE TABLE training_follow_up (
            id INTEGER PRIMARY KEY,
            placement_id INTEGER NOT NULL REFERENCES training_placement(id),
            due_month INTEGER NOT NULL CHECK (due_month IN (1, 3, 6, 12)),
            done_on TEXT NOT NULL CHECK (done_on {_DAY}),
            still_employed INTEGER NOT NULL CHECK (still_employed IN (0, 1)),
            income_band TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            {_VOID}
        )""",
        "CREATE UNIQUE INDEX training_follow_up_once ON training_follow_up(placement_id, due_month)"
        " WHERE voided_at IS NULL",
        "CREATE INDEX training_follow_up_by_day ON training_follow_up(done_on)",
        f"""CREATE TABLE training_competition (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id),
            course_id INTEGER REFERENCES training_course(id),
            name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60),
            level TEXT NOT NULL CHECK (level IN ('district', 'city', 'national')),
            held_on TEXT NOT NULL CHECK (held_on {_DAY}),
            result TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            {_VOID}
        )""",
        "CREATE INDEX training_competition_by_person ON training_competition(person_id, held_on)",
        f"""CREATE TABLE training_claim (
            id INTEGER PRIMARY KEY,
            course_id INTEGER NOT NULL REFERENCES training_course(id),
            number TEXT NOT NULL UNIQUE,
            made_on TEXT NOT NULL CHECK (made_on {_DAY}),
            trainees INTEGER NOT NULL CHECK (trainees >= 0),
            completed INTEGER NOT NULL CHECK (completed >= 0),
            attended_minutes INTEGER NOT NULL CHECK (attended_minutes >= 0),
            amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
            made_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            {_VOID}
        )""",
        "CREATE UNIQUE INDEX training_claim_once ON training_claim(course_id)"
        " WHERE voided_at IS NULL",
    ]
    statements += _dated("training_session", "day")
    statements += _dated("training_enrolment", "completed_on")
    statements += _dated("training_placement", "started_on")
    statements += _dated("training_follow_up", "done_on")
    statements += _dated("training_competition", "held_on")
    statements += _dated("training_claim", "made_on")
    # A mark follows its session's day.
    session_month = "(SELECT substr(day, 1, 7) FROM training_session WHERE id = {row}.session_id)"
    statements += closed_month_triggers(
        "training_attendance", on_insert=month_closed(session_month.format(row="NEW")),
        on_update=f"{month_closed(session_month.format(row='OLD'))}"
                  f" OR {month_closed(session_month.format(row='NEW'))}",
        on_delete=month_closed(session_month.format(row="OLD")))
    execute_all(conn, statements)
