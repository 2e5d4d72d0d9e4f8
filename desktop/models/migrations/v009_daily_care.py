"""Schema v9: daily care (日间照料).

For each member in the 日间照料 programme: a care profile (self-care level, diet, doctor, risks),
a medication schedule, the people allowed to collect them, individual service plans
(个别化服务计划) with their services; for each day: the care given (one row per service ticked,
with minutes where the service counts them), a note per member, each medication dose given,
refused or missed, and who collected the member; incidents (突发事件); services bought from
social organisations (providers under contract and the sessions they delivered); meal prices by
the month they take effect from. ``care_service`` lists the services the daily log shows as
columns, seeded here with the usual ones.

Nothing is deleted: a tick taken back, a dose or a hand-over recorded by mistake, a delivered
session entered twice is *voided* with a reason (``voided_at``), and every write is audited by
``desktop.models.care``. Records of a day or month in a closed month are read-only (the same
triggers as v5's); an incident's follow-up can still be written after its month closed, only
its time and severity (what the month's report counts) are frozen.
"""

from __future__ import annotations

import sqlite3

from desktop.models.migrations.shared import closed_month_triggers, execute_all, month_closed

# The usual services of a day at the centre, in column order: key, name, kind, whether minutes
# are recorded, and the default minutes. Centres can add their own rows later (same table).
_SERVICES = (
    ("lunch", "午餐", "meal", 0, None),
    ("personal_care", "个人照料", "personal", 0, None),
    ("rehab", "康复训练", "rehab", 1, 30),
    ("music", "音乐治疗", "activity", 1, 45),
    ("handicraft", "手工制作", "activity", 1, 60),
    ("recreation", "文体娱乐", "activity", 1, 60),
)

_DAY = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
_MONTH = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'"
_TIME = "GLOB '[0-2][0-9]:[0-5][0-9]'"
_VOID = """voided_at TEXT,
            void_reason TEXT,
            CHECK (voided_at IS NULL OR length(trim(coalesce(void_reason, ''))) > 0)"""


def upgrade(conn: sqlite3.Connection) -> None:
    """Create the daily-care tables, their indexes and closed-month triggers; seed the
    services."""
    statements = [
        """CREATE TABLE care_profile (
            person_id INTEGER PRIMARY KEY REFERENCES member(person_id),
            self_care TEXT NOT NULL DEFAULT '半自理'
                CHECK (self_care IN ('自理', '半自理', '不能自理')),
            diet_restrictions TEXT NOT NULL DEFAULT '',
            allergies TEXT NOT NULL DEFAULT '',
            diet_texture TEXT NOT NULL DEFAULT '普通'
                CHECK (diet_texture IN ('普通', '软食', '碎食', '流食')),
            doctor TEXT NOT NULL DEFAULT '',
            hospital TEXT NOT NULL DEFAULT '',
            doctor_phone TEXT NOT NULL DEFAULT '',
            risks TEXT NOT NULL DEFAULT '',
            risk_notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        f"""CREATE TABLE care_medication (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES care_profile(person_id),
            medicine TEXT NOT NULL CHECK (length(trim(medicine)) BETWEEN 1 AND 60),
            dose TEXT NOT NULL CHECK (length(trim(dose)) BETWEEN 1 AND 40),
            times TEXT NOT NULL CHECK (length(times) >= 5),
            supplied_by TEXT NOT NULL DEFAULT '家属' CHECK (supplied_by IN ('家属', '中心')),
            starts_on TEXT NOT NULL CHECK (starts_on {_DAY}),
            ends_on TEXT CHECK (ends_on IS NULL OR (ends_on {_DAY} AND ends_on >= starts_on)),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX care_medication_by_person ON care_medication(person_id, starts_on)",
        """CREATE TABLE care_pickup (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES care_profile(person_id),
            name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 50),
            relation TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            is_guardian INTEGER NOT NULL DEFAULT 0 CHECK (is_guardian IN (0, 1)),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX care_pickup_by_person ON care_pickup(person_id)",
        f"""CREATE TABLE care_plan (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES care_profile(person_id),
            starts_on TEXT NOT NULL CHECK (starts_on {_DAY}),
            review_on TEXT NOT NULL CHECK (review_on {_DAY} AND review_on >= starts_on),
            goals TEXT NOT NULL DEFAULT '',
            guardian_signed_by TEXT NOT NULL DEFAULT '',
            guardian_signed_on TEXT CHECK (guardian_signed_on IS NULL
                                           OR guardian_signed_on {_DAY}),
            reviewed_on TEXT CHECK (reviewed_on IS NULL OR reviewed_on {_DAY}),
            review_notes TEXT NOT NULL DEFAULT '',
            ended_on TEXT CHECK (ended_on IS NULL OR ended_on {_DAY}),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX care_plan_by_person ON care_plan(person_id, starts_on)",
        """CREATE TABLE care_service (
            key TEXT PRIMARY KEY CHECK (key GLOB '[a-z]*' AND length(key) <= 30),
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 20),
            kind TEXT NOT NULL CHECK (kind IN ('meal', 'personal', 'rehab', 'activity')),
            counts_minutes INTEGER NOT NULL DEFAULT 0 CHECK (counts_minutes IN (0, 1)),
            default_minutes INTEGER CHECK (default_minutes IS NULL OR default_minutes > 0),
            sort INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        )""",
        """CREATE TABLE care_plan_service (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES care_plan(id),
            service TEXT NOT NULL REFERENCES care_service(key),
            weekdays TEXT NOT NULL DEFAULT '12345'
                CHECK (length(weekdays) BETWEEN 1 AND 7 AND weekdays NOT GLOB '*[^1-7]*'),
            minutes INTEGER CHECK (minutes IS NULL OR minutes > 0),
            goal TEXT NOT NULL DEFAULT '',
            UNIQUE (plan_id, service)
        )""",
        f"""CREATE TABLE care_log (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES care_profile(person_id),
            day TEXT NOT NULL CHECK (day {_DAY}),
            mood TEXT NOT NULL DEFAULT '' CHECK (mood IN ('', '好', '一般', '差')),
            note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 200),
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (person_id, day)
        )""",
        "CREATE INDEX care_log_by_day ON care_log(day, person_id)",
        f"""CREATE TABLE care_entry (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES care_profile(person_id),
            day TEXT NOT NULL CHECK (day {_DAY}),
            service TEXT NOT NULL REFERENCES care_service(key),
            minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 720),
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            {_VOID}
        )""",
        "CREATE UNIQUE INDEX care_entry_once ON care_entry(person_id, day, service)"
        " WHERE voided_at IS NULL",
        # The valid entries of a span of days, with everything the month's figures count: the
        # statistics read the index alone, never the table (a year of entries in ~10 ms).
        "CREATE INDEX care_entry_by_day ON care_entry(day, service)",
        "CREATE INDEX care_entry_valid_by_day ON care_entry(day, person_id, service, minutes)"
        " WHERE voided_at IS NULL",
        f"""CREATE TABLE care_dose (
            id INTEGER PRIMARY KEY,
            medication_id INTEGER NOT NULL REFERENCES care_medication(id),
            person_id INTEGER NOT NULL REFERENCES care_profile(person_id),
            day TEXT NOT NULL CHECK (day {_DAY}),
            scheduled_time TEXT NOT NULL CHECK (scheduled_time {_TIME}),
            status TEXT NOT NULL CHECK (status IN ('given', 'refused', 'missed')),
            at_time TEXT NOT NULL CHECK (at_time {_TIME}),
            given_by TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            {_VOID}
        )""",
        "CREATE UNIQUE INDEX care_dose_once ON care_dose(medication_id, day, scheduled_time)"
        " WHERE voided_at IS NULL",
        "CREATE INDEX care_dose_by_day ON care_dose(day, person_id)",
        # The same for doses: the month's given / refused / missed from the index alone.
        "CREATE INDEX care_dose_valid_by_day ON care_dose(day, person_id, status)"
        " WHERE voided_at IS NULL",
        f"""CREATE TABLE care_handover (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES care_profile(person_id),
            day TEXT NOT NULL CHECK (day {_DAY}),
            pickup_id INTEGER REFERENCES care_pickup(id),
            collector_name TEXT NOT NULL CHECK (length(trim(collector_name)) BETWEEN 1 AND 50),
            collected_at TEXT NOT NULL CHECK (collected_at {_TIME}),
            reason TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            {_VOID},
            CHECK (pickup_id IS NOT NULL OR length(trim(reason)) > 0)
        )""",
        "CREATE UNIQUE INDEX care_handover_once ON care_handover(person_id, day)"
        " WHERE voided_at IS NULL",
        "CREATE INDEX care_handover_by_day ON care_handover(day)",
        f"""CREATE TABLE care_incident (
            id INTEGER PRIMARY KEY,
            person_id INTEGER REFERENCES person(id),
            occurred_at TEXT NOT NULL CHECK (substr(occurred_at, 1, 10) {_DAY}
                                             AND length(occurred_at) = 16),
            kind TEXT NOT NULL CHECK (kind IN ('跌倒', '癫痫发作', '冲突', '擅自离开', '疾病',
                                               '其他')),
            severity TEXT NOT NULL CHECK (severity IN ('一般', '较重', '严重')),
            place TEXT NOT NULL DEFAULT '',
            what_happened TEXT NOT NULL CHECK (length(trim(what_happened)) > 0),
            action_taken TEXT NOT NULL DEFAULT '',
            guardian_told_name TEXT NOT NULL DEFAULT '',
            guardian_told_at TEXT,
            follow_up TEXT NOT NULL DEFAULT '',
            closed_at TEXT,
            closed_by TEXT,
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            {_VOID}
        )""",
        "CREATE INDEX care_incident_by_time ON care_incident(occurred_at)",
        "CREATE INDEX care_incident_open ON care_incident(severity) WHERE closed_at IS NULL"
        " AND voided_at IS NULL",
        f"""CREATE TABLE care_provider (
            id INTEGER PRIMARY KEY,
            organisation TEXT NOT NULL CHECK (length(trim(organisation)) BETWEEN 1 AND 80),
            contract_number TEXT NOT NULL CHECK (length(trim(contract_number)) BETWEEN 1 AND 40),
            service TEXT NOT NULL DEFAULT '',
            starts_on TEXT NOT NULL CHECK (starts_on {_DAY}),
            ends_on TEXT NOT NULL CHECK (ends_on {_DAY} AND ends_on >= starts_on),
            unit TEXT NOT NULL CHECK (unit IN ('hours', 'sessions')),
            contracted_quantity INTEGER NOT NULL CHECK (contracted_quantity > 0),
            amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
            contact TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (contract_number)
        )""",
        f"""CREATE TABLE care_provider_session (
            id INTEGER PRIMARY KEY,
            provider_id INTEGER NOT NULL REFERENCES care_provider(id),
            day TEXT NOT NULL CHECK (day {_DAY}),
            staff_name TEXT NOT NULL CHECK (length(trim(staff_name)) BETWEEN 1 AND 50),
            content TEXT NOT NULL DEFAULT '',
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 720),
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            {_VOID}
        )""",
        "CREATE INDEX care_provider_session_by_day ON care_provider_session(day, provider_id)",
        """CREATE TABLE care_provider_session_member (
            session_id INTEGER NOT NULL REFERENCES care_provider_session(id),
            person_id INTEGER NOT NULL REFERENCES member(person_id),
            PRIMARY KEY (session_id, person_id)
        ) WITHOUT ROWID""",
        f"""CREATE TABLE care_meal_rate (
            id INTEGER PRIMARY KEY,
            effective_from TEXT NOT NULL UNIQUE CHECK (effective_from {_MONTH}),
            cost_fen INTEGER NOT NULL CHECK (cost_fen >= 0),
            contribution_fen INTEGER NOT NULL
                CHECK (contribution_fen >= 0 AND contribution_fen <= cost_fen)
        )""",
    ]
    # A closed month's records are read-only, whatever path a write takes.
    by_day = {"care_log": "day", "care_entry": "day", "care_dose": "day",
              "care_handover": "day", "care_provider_session": "day"}
    for table, column in by_day.items():
        new, old = f"substr(NEW.{column}, 1, 7)", f"substr(OLD.{column}, 1, 7)"
        statements += closed_month_triggers(
            table, on_insert=month_closed(new),
            on_update=f"{month_closed(old)} OR {month_closed(new)}",
            on_delete=month_closed(old))
    # An incident's follow-up and closing stay writable after its month closed; what the
    # report counts (when, how serious, whether it stands) does not.
    new, old = "substr(NEW.occurred_at, 1, 7)", "substr(OLD.occurred_at, 1, 7)"
    counted_changed = ("(NEW.occurred_at IS NOT OLD.occurred_at OR NEW.severity IS NOT"
                       " OLD.severity OR NEW.voided_at IS NOT OLD.voided_at)")
    statements += closed_month_triggers(
        "care_incident", on_insert=month_closed(new),
        on_update=f"{counted_changed} AND ({month_closed(old)} OR {month_closed(new)})",
        on_delete=month_closed(old))
    # Members served by a session follow their session's day.
    session_month = ("(SELECT substr(day, 1, 7) FROM care_provider_session"
                     " WHERE id = {row}.session_id)")
    statements += closed_month_triggers(
        "care_provider_session_member",
        on_insert=month_closed(session_month.format(row="NEW")),
        on_update=f"{month_closed(session_month.format(row='OLD'))}"
                  f" OR {month_closed(session_month.format(row='NEW'))}",
        on_delete=month_closed(session_month.format(row="OLD")))
    # A meal price may not take effect in or before a closed month (as subsidy_rate, v6).
    closed_from = "EXISTS (SELECT 1 FROM month_state WHERE closed = 1 AND month >= {month})"
    statements += closed_month_triggers(
        "care_meal_rate", on_insert=closed_from.format(month="NEW.effective_from"),
        on_update=f"{closed_from.format(month='OLD.effective_from')}"
                  f" OR {closed_from.format(month='NEW.effective_from')}",
        on_delete=closed_from.format(month="OLD.effective_from"))
    execute_all(conn, statements)
    conn.executemany(
        "INSERT INTO care_service (key, name, kind, counts_minutes, default_minutes, sort)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(*service, 10 * (number + 1)) for number, service in enumerate(_SERVICES)])
