"""Schema v10: volunteer service (志愿服务).

For each person with the volunteer role: the details the service record needs (skills,
availability, consent to be photographed, a card for the kiosk) and the training received;
posts (岗位, seeded with the usual ones); shifts, one-off or made from a weekly pattern (the
pattern kept, each of its days a shift of its own so that one day can be cancelled or changed);
who is signed up for a shift (cancelled with a reason, marked no-show or excused); the
volunteers' own sign-ins and sign-outs (at the kiosk or by staff; without a shift they are
unplanned service for staff to confirm); the service entries that carry the hours (minutes), each
saying what was done, from a sign-in within a shift or entered by staff with its content; and
the register of certificates of service (志愿服务证明), numbered, with their reprints.

Nothing is deleted: a wrong sign-in, service entry or sign-up is voided or cancelled with a
reason, and every write is audited by ``desktop.models.volunteers``. Records dated in a closed
month are read-only (the same triggers as v5's).
"""

from __future__ import annotations

import sqlite3

from desktop.models.migrations.shared import closed_month_triggers, execute_all, month_closed

# The usual posts (岗位) of a centre, in list order: name, what it asks of a volunteer.
_POSTS = (
    ("日间照料协助", "耐心细致；参加过照料培训"),
    ("文体活动", "有文艺、体育特长者优先"),
    ("助餐", "持健康证"),
    ("陪同就医", "熟悉就医流程；参加过安全培训"),
    ("手工坊指导", "会软陶、串珠、编织等手工"),
    ("义卖", "能使用收银和扫码"),
    ("培训助教", "熟悉电脑或相关职业技能"),
)

_DAY = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
_TIME = "GLOB '[0-2][0-9]:[0-5][0-9]'"
_STAMP = ("GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]'")


def upgrade(conn: sqlite3.Connection) -> None:
    """Create the volunteer tables, their indexes and closed-month triggers; seed the posts."""
    statements = [
        """CREATE TABLE volunteer_detail (
            person_id INTEGER PRIMARY KEY REFERENCES volunteer(person_id),
            skills TEXT NOT NULL DEFAULT '',
            availability TEXT NOT NULL DEFAULT '',
            photo_consent INTEGER NOT NULL DEFAULT 0 CHECK (photo_consent IN (0, 1)),
            card_number TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE UNIQUE INDEX volunteer_detail_card ON volunteer_detail(card_number)"
        " WHERE card_number IS NOT NULL",
        f"""CREATE TABLE volunteer_training (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES volunteer(person_id),
            day TEXT NOT NULL CHECK (day {_DAY}),
            topic TEXT NOT NULL CHECK (length(trim(topic)) BETWEEN 1 AND 60),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT
        )""",
        "CREATE INDEX volunteer_training_by_person ON volunteer_training(person_id, day)",
        """CREATE TABLE volunteer_post (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 30),
            requirements TEXT NOT NULL DEFAULT '',
            sort INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        )""",
        f"""CREATE TABLE volunteer_pattern (
            id INTEGER PRIMARY KEY,
            post_id INTEGER NOT NULL REFERENCES volunteer_post(id),
            weekdays TEXT NOT NULL
                CHECK (length(weekdays) BETWEEN 1 AND 7 AND weekdays NOT GLOB '*[^1-7]*'),
            starts_at TEXT NOT NULL CHECK (starts_at {_TIME}),
            ends_at TEXT NOT NULL CHECK (ends_at {_TIME} AND ends_at > starts_at),
            capacity INTEGER NOT NULL CHECK (capacity > 0),
            first_day TEXT NOT NULL CHECK (first_day {_DAY}),
            last_day TEXT NOT NULL CHECK (last_day {_DAY} AND last_day >= first_day),
            note TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        f"""CREATE TABLE volunteer_shift (
            id INTEGER PRIMARY KEY,
            post_id INTEGER NOT NULL REFERENCES volunteer_post(id),
            pattern_id INTEGER REFERENCES volunteer_pattern(id),
            day TEXT NOT NULL CHECK (day {_DAY}),
            starts_at TEXT NOT NULL CHECK (starts_at {_TIME}),
            ends_at TEXT NOT NULL CHECK (ends_at {_TIME} AND ends_at > starts_at),
            capacity INTEGER NOT NULL CHECK (capacity > 0),
            note TEXT NOT NULL DEFAULT '',
            cancelled_at TEXT,
            cancel_reason TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            CHECK (cancelled_at IS NULL OR length(trim(coalesce(cancel_reason, ''))) > 0)
        )""",
        "CREATE INDEX volunteer_shift_by_day ON volunteer_shift(day, starts_at)",
        "CREATE UNIQUE INDEX volunteer_shift_pattern_day ON volunteer_shift(pattern_id, day)"
        " WHERE pattern_id IS NOT NULL",
        """CREATE TABLE volunteer_signup (
            id INTEGER PRIMARY KEY,
            shift_id INTEGER NOT NULL REFERENCES volunteer_shift(id),
            person_id INTEGER NOT NULL REFERENCES volunteer(person_id),
            status TEXT NOT NULL DEFAULT 'signed_up'
                CHECK (status IN ('signed_up', 'cancelled', 'no_show', 'excused')),
            reason TEXT NOT NULL DEFAULT '',
            method TEXT NOT NULL DEFAULT 'staff' CHECK (method IN ('staff', 'kiosk')),
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (status NOT IN ('cancelled', 'excused') OR length(trim(reason)) > 0)
        )""",
        "CREATE UNIQUE INDEX volunteer_signup_once ON volunteer_signup(shift_id, person_id)"
        " WHERE status <> 'cancelled'",
        "CREATE INDEX volunteer_signup_by_person ON volunteer_signup(person_id, shift_id)",
        f"""CREATE TABLE volunteer_sign_in (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES volunteer(person_id),
            day TEXT NOT NULL CHECK (day {_DAY}),
            shift_id INTEGER REFERENCES volunteer_shift(id),
            signed_in_at TEXT NOT NULL CHECK (signed_in_at {_STAMP}),
            signed_out_at TEXT CHECK (signed_out_at IS NULL OR signed_out_at {_STAMP}),
            method TEXT NOT NULL CHECK (method IN ('card', 'search', 'keypad', 'staff')),
            confirmed_by TEXT,
            confirmed_at TEXT,
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT,
            CHECK (signed_out_at IS NULL OR signed_out_at >= signed_in_at),
            CHECK (substr(signed_in_at, 1, 10) = day),
            CHECK (voided_at IS NULL OR length(trim(coalesce(void_reason, ''))) > 0)
        )""",
        "CREATE INDEX volunteer_sign_in_by_day ON volunteer_sign_in(day, person_id)",
        "CREATE INDEX volunteer_sign_in_by_person ON volunteer_sign_in(person_id, day)",
        f"""CREATE TABLE volunteer_service (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES volunteer(person_id),
            day TEXT NOT NULL CHECK (day {_DAY}),
            post_id INTEGER NOT NULL REFERENCES volunteer_post(id),
            shift_id INTEGER REFERENCES volunteer_shift(id),
            sign_in_id INTEGER REFERENCES volunteer_sign_in(id),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
            content TEXT NOT NULL CHECK (length(trim(content)) BETWEEN 1 AND 200),
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT,
            CHECK (voided_at IS NULL OR length(trim(coalesce(void_reason, ''))) > 0)
        )""",
        "CREATE INDEX volunteer_service_by_day ON volunteer_service(day, person_id)",
        "CREATE INDEX volunteer_service_valid ON volunteer_service(person_id, day, minutes)"
        " WHERE voided_at IS NULL",
        "CREATE UNIQUE INDEX volunteer_service_of_sign_in ON volunteer_service(sign_in_id)"
        " WHERE sign_in_id IS NOT NULL AND voided_at IS NULL",
        f"""CREATE TABLE volunteer_certificate (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            person_id INTEGER NOT NULL REFERENCES volunteer(person_id),
            period_from TEXT NOT NULL CHECK (period_from {_DAY}),
            period_to TEXT NOT NULL CHECK (period_to {_DAY} AND period_to >= period_from),
            minutes INTEGER NOT NULL CHECK (minutes > 0),
            issued_by TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            reprints INTEGER NOT NULL DEFAULT 0 CHECK (reprints >= 0),
            last_printed_at TEXT NOT NULL
        )""",
        "CREATE INDEX volunteer_certificate_by_person ON volunteer_certificate(person_id)",
    ]
    for table in ("volunteer_shift", "volunteer_sign_in", "volunteer_service",
                  "volunteer_training"):
        new, old = "substr(NEW.day, 1, 7)", "substr(OLD.day, 1, 7)"
        statements += closed_month_triggers(
            table, on_insert=month_closed(new),
            on_update=f"{month_closed(old)} OR {month_closed(new)}",
            on_delete=month_closed(old))
    # A sign-up follows its shift's day.
    shift_month = "(SELECT substr(day, 1, 7) FROM volunteer_shift WHERE id = {row}.shift_id)"
    statements += closed_month_triggers(
        "volunteer_signup", on_insert=month_closed(shift_month.format(row="NEW")),
        on_update=f"{month_closed(shift_month.format(row='OLD'))}"
                  f" OR {month_closed(shift_month.format(row='NEW'))}",
        on_delete=month_closed(shift_month.format(row="OLD")))
    execute_all(conn, statements)
    conn.executemany("INSERT INTO volunteer_post (name, requirements, sort) VALUES (?, ?, ?)",
                     [(name, needs, 10 * (n + 1)) for n, (name, needs) in enumerate(_POSTS)])
