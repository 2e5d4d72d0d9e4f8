"""Daily-care records for the report's tests (``tests/models/care``, ``tests/excel/care``,
``tests/cli``), written with plain SQL inside ``db.transaction()`` as the care modules store
them: the report reads the tables, whichever part of the capability wrote them.

``month_of_care`` fills the ``care_centre`` of :mod:`tests.care_support` with a known month:
the figures the tests expect are in :data:`EXPECTED`.
"""

from __future__ import annotations

from datetime import date

from desktop.models.db import Database
from tests.care_support import CareCentre, care_centre

STAMP = "2024-05-13T12:00:00"
# Present on these days of May 2024 (a Monday and the Tuesday after; a Friday).
MAY_DAYS = (date(2024, 5, 13), date(2024, 5, 14), date(2024, 5, 17))


def entry(db: Database, person_id: int, day: str, service: str, minutes: int | None = None,
          *, voided: bool = False) -> int:
    """A care entry (a service ticked); voided with a reason when ``voided``."""
    with db.transaction():
        return db.execute(
            "INSERT INTO care_entry (person_id, day, service, minutes, recorded_by, created_at,"
            " voided_at, void_reason) VALUES (?, ?, ?, ?, 'staff', ?, ?, ?)",
            (person_id, day, service, minutes, STAMP, STAMP if voided else None,
             "勾错了" if voided else None)).lastrowid or 0


def care_log(db: Database, person_id: int, day: str, mood: str = "好",
             note: str = "情绪稳定") -> None:
    """The day's note for a member."""
    with db.transaction():
        db.execute("INSERT INTO care_log (person_id, day, mood, note, recorded_by, created_at,"
                   " updated_at) VALUES (?, ?, ?, ?, 'staff', ?, ?)",
                   (person_id, day, mood, note, STAMP, STAMP))


def dose(db: Database, medication_id: int, person_id: int, day: str, time: str,
         status: str = "given", *, voided: bool = False) -> None:
    """One scheduled dose recorded as given, refused or missed."""
    with db.transaction():
        db.execute("INSERT INTO care_dose (medication_id, person_id, day, scheduled_time, status,"
                   " at_time, given_by, recorded_by, created_at, voided_at, void_reason)"
                   " VALUES (?, ?, ?, ?, ?, ?, '李护士', 'staff', ?, ?, ?)",
                   (medication_id, person_id, day, time, status, time, STAMP,
                    STAMP if voided else None, "录错" if voided else None))


def handover(db: Database, person_id: int, day: str, pickup_id: int, at: str = "16:30",
             name: str = "王家长") -> None:
    """The member collected by an allowed pick-up person."""
    with db.transaction():
        db.execute("INSERT INTO care_handover (person_id, day, pickup_id, collector_name,"
                   " collected_at, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, 'staff', ?)",
                   (person_id, day, pickup_id, name, at, STAMP))


def incident(db: Database, person_id: int | None, occurred_at: str, severity: str = "一般",
             *, voided: bool = False) -> None:
    """An incident (a fall) at ``occurred_at`` (YYYY-MM-DDTHH:MM)."""
    with db.transaction():
        db.execute("INSERT INTO care_incident (person_id, occurred_at, kind, severity,"
                   " what_happened, recorded_by, created_at, updated_at, voided_at, void_reason)"
                   " VALUES (?, ?, '跌倒', ?, '在活动室滑倒', 'staff', ?, ?, ?, ?)",
                   (person_id, occurred_at, severity, STAMP, STAMP, STAMP if voided else None,
                    "重复登记" if voided else None))


def provider(db: Database, organisation: str, number: str, unit: str, quantity: int,
             starts_on: str = "2024-01-01", ends_on: str = "2024-12-31") -> int:
    """A purchased-service contract; returns its id."""
    with db.transaction():
        return db.execute(
            "INSERT INTO care_provider (organisation, contract_number, starts_on, ends_on, unit,"
            " contracted_quantity, amount_fen, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, 100000, ?, ?)",
            (organisation, number, starts_on, ends_on, unit, quantity, STAMP,
             STAMP)).lastrowid or 0


def session(db: Database, provider_id: int, day: str, minutes: int,
            members: tuple[int, ...] = (), *, voided: bool = False) -> None:
    """A session the provider delivered, with the members it served."""
    with db.transaction():
        session_id = db.execute(
            "INSERT INTO care_provider_session (provider_id, day, staff_name, minutes,"
            " recorded_by, created_at, voided_at, void_reason)"
            " VALUES (?, ?, '周社工', ?, 'staff', ?, ?, ?)",
            (provider_id, day, minutes, STAMP, STAMP if voided else None,
             "重复录入" if voided else None)).lastrowid
        db.executemany("INSERT INTO care_provider_session_member (session_id, person_id)"
                       " VALUES (?, ?)", [(session_id, m) for m in members])


# What month_of_care records for May 2024, as care_stats counts it.
EXPECTED = {
    "members": 3, "care_days": 5, "meals": 5, "medication_doses": 6, "doses_refused": 1,
    "doses_missed": 1, "rehab_minutes": 75,
    "incidents": {"一般": 2, "较重": 1, "严重": 0},
    "purchased_minutes": 300, "purchased_sessions": 3,
    "by_service": {"午餐": 5, "个人照料": 1, "康复训练": 2, "音乐治疗": 1, "手工制作": 0,
                   "文体娱乐": 0},
}


def month_of_care(db: Database) -> CareCentre:
    """The care centre (three members, a fourth outside the programme) with May 2024's care:

    - 王芳: 13th lunch, rehab 30, music 45, doses 08:00 and 12:00 given, a note and the
      hand-over; 14th lunch, personal care, the 08:00 dose; 17th lunch, the 12:00 dose and a
      voided recreation tick;
    - 李强: 13th lunch and rehab 45, the 12:00 dose refused; 17th the dose missed (no entry:
      no care day, the dose still counts);
    - 赵敏: 14th a dose given and a voided lunch (no care day); 17th lunch and a dose given
      (and the same dose recorded twice, the copy voided);
    - incidents: two 一般 (one without a member), one 较重, one voided, one in April;
    - an hours contract (120 h a year) with two sessions (120 + 90 min) and a voided one; a
      sessions contract (24 a year) with one session of 90 minutes; a session in June.
    """
    centre = care_centre(db, present_on=MAY_DAYS)
    wang, li, zhao = centre.members
    med = centre.medication
    entry(db, wang, "2024-05-13", "lunch")
    entry(db, wang, "2024-05-13", "rehab", 30)
    entry(db, wang, "2024-05-13", "music", 45)
    entry(db, wang, "2024-05-14", "lunch")
    entry(db, wang, "2024-05-14", "personal_care")
    entry(db, wang, "2024-05-17", "lunch")
    entry(db, wang, "2024-05-17", "recreation", 60, voided=True)
    entry(db, li, "2024-05-13", "lunch")
    entry(db, li, "2024-05-13", "rehab", 45)
    entry(db, zhao, "2024-05-14", "lunch", voided=True)
    entry(db, zhao, "2024-05-17", "lunch")
    dose(db, med[wang], wang, "2024-05-13", "08:00")
    dose(db, med[wang], wang, "2024-05-13", "12:00")
    dose(db, med[wang], wang, "2024-05-14", "08:00")
    dose(db, med[wang], wang, "2024-05-17", "12:00")
    dose(db, med[li], li, "2024-05-13", "12:00", "refused")
    dose(db, med[li], li, "2024-05-17", "12:00", "missed")
    dose(db, med[zhao], zhao, "2024-05-14", "12:00")
    dose(db, med[zhao], zhao, "2024-05-17", "12:00")
    dose(db, med[zhao], zhao, "2024-05-17", "12:00", voided=True)
    care_log(db, wang, "2024-05-13")
    handover(db, wang, "2024-05-13", centre.pickups[wang])
    incident(db, wang, "2024-05-13T10:30")
    incident(db, None, "2024-05-14T11:00")
    incident(db, li, "2024-05-31T15:59", "较重")
    incident(db, li, "2024-05-14T09:00", "严重", voided=True)
    incident(db, wang, "2024-04-30T16:00", "严重")
    hours = provider(db, "康馨社工事务所", "HT-2024-01", "hours", 120)
    sessions = provider(db, "启智康复中心", "HT-2024-02", "sessions", 24)
    session(db, hours, "2024-05-13", 120, (wang, li))
    session(db, hours, "2024-05-14", 90, (wang,))
    session(db, hours, "2024-05-14", 90, (wang,), voided=True)
    session(db, sessions, "2024-05-17", 90, (zhao,))
    session(db, sessions, "2024-06-03", 90, (zhao,))
    return centre
