"""The checks the monthly report runs on daily care (Qt-free): the queries behind the findings
of :mod:`.indicator_provider`, each a count.

- care recorded for a member on a day without a valid sign-in (the sign-in was voided after
  the care was recorded, or the care was written round the model): the report's figures
  would not agree with attendance, so this blocks the export;
- individual service plans whose review is overdue;
- care days on which a medication schedule in effect has no dose recorded at all (given,
  refused or missed).
"""

from __future__ import annotations

from datetime import date

from desktop.models.db import Database

# Care entries (valid), notes (a mood or a note: a note row emptied out says nothing, and
# notes are never deleted) and doses (valid) of the period whose member has no valid sign-in
# that day, counted once per member and day. Each part reads its table's day index, and the
# sign-in is looked up by the partial (person_id, day) index of valid sign-ins.
_WITHOUT_SIGN_IN_SQL = """
SELECT count(*) FROM (
    SELECT person_id, day FROM care_entry
     WHERE day BETWEEN :first AND :last AND voided_at IS NULL
    UNION SELECT person_id, day FROM care_log
     WHERE day BETWEEN :first AND :last AND (mood <> '' OR note <> '')
    UNION SELECT person_id, day FROM care_dose
     WHERE day BETWEEN :first AND :last AND voided_at IS NULL) r
 WHERE NOT EXISTS (SELECT 1 FROM sign_in s WHERE s.person_id = r.person_id
                   AND s.day = r.day AND s.voided_at IS NULL)"""

# A plan not ended on the day, started by then, whose next review was due before it. Review
# dates only move forward (a review sets the next one after the day it was held), so a plan
# whose review is due before a past month's last day was overdue then and still is.
_OVERDUE_SQL = """
SELECT count(*) FROM care_plan
 WHERE starts_on <= :day AND (ended_on IS NULL OR ended_on > :day) AND review_on < :day"""

# (schedule, care day) pairs with no dose recorded: a care day is a member and a day with a
# valid care entry; the schedule is in effect that day. Days before ``before`` only: doses due
# later today may still be given.
_NO_DOSE_SQL = """
SELECT count(*) FROM (
    SELECT DISTINCT person_id, day FROM care_entry
     WHERE day BETWEEN :first AND :last AND day < :before AND voided_at IS NULL) c
  JOIN care_medication m ON m.person_id = c.person_id AND m.starts_on <= c.day
                        AND (m.ends_on IS NULL OR m.ends_on >= c.day)
 WHERE NOT EXISTS (SELECT 1 FROM care_dose d WHERE d.medication_id = m.id AND d.day = c.day
                   AND d.voided_at IS NULL)"""


def care_without_sign_in(db: Database, first: str, last: str) -> int:
    """Member-days from ``first`` to ``last`` with care recorded (an entry, a note or a dose)
    but no valid sign-in."""
    return int(db.scalar(_WITHOUT_SIGN_IN_SQL, {"first": first, "last": last}))


def overdue_reviews(db: Database, day: date) -> int:
    """Plans whose review was due before ``day`` and has not been held by then (nor since)."""
    return int(db.scalar(_OVERDUE_SQL, {"day": day.isoformat()}))


def care_days_without_dose(db: Database, first: str, last: str, before: date) -> int:
    """(medication schedule, care day) pairs from ``first`` to ``last`` and before ``before``
    where the schedule was in effect and no dose was recorded."""
    return int(db.scalar(_NO_DOSE_SQL, {"first": first, "last": last,
                                        "before": before.isoformat()}))
