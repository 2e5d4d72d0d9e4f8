"""The checks the monthly report runs on volunteer service (Qt-free): the queries behind the
findings of :mod:`.indicator_provider`, each a count.

- sign-ins of a past day without a sign-out, from which no service was recorded either (staff
  have not confirmed until when the volunteer served): the hours of that day are missing;
- shifts with more sign-ups (not cancelled) than places: the capacity was lowered after people
  signed up, or the sign-ups were written round the model; the figures stay true (filled %
  above 100), so this warns and does not block;
- a volunteer credited with more than the daily maximum on one day: the ledger, which the
  certificates and 志愿北京 rely on, would be untrue, so this blocks the export.
"""

from __future__ import annotations

from datetime import date

from desktop.models.db import Database

# Valid sign-ins of the period before ``before`` without a sign-out and without a valid
# service row made from them (staff confirming the time served writes one).
NO_SIGN_OUT_SQL = """
SELECT count(*) FROM volunteer_sign_in i
 WHERE i.day BETWEEN :first AND :last AND i.day < :before
   AND i.signed_out_at IS NULL AND i.voided_at IS NULL
   AND NOT EXISTS (SELECT 1 FROM volunteer_service s WHERE s.sign_in_id = i.id
                   AND s.voided_at IS NULL)"""

# Shifts of the period, not cancelled, with more sign-ups not cancelled than places.
OVER_CAPACITY_SQL = """
SELECT count(*) FROM volunteer_shift sh
 WHERE sh.day BETWEEN :first AND :last AND sh.cancelled_at IS NULL
   AND (SELECT count(*) FROM volunteer_signup su
         WHERE su.shift_id = sh.id AND su.status <> 'cancelled') > sh.capacity"""

# (volunteer, day) pairs of the period whose valid service exceeds the daily maximum.
OVER_DAILY_SQL = """
SELECT count(*) FROM (
    SELECT person_id, day FROM volunteer_service
     WHERE day BETWEEN :first AND :last AND voided_at IS NULL
     GROUP BY person_id, day HAVING sum(minutes) > :most)"""


def sign_ins_without_sign_out(db: Database, first: str, last: str, before: date) -> int:
    """Valid sign-ins from ``first`` to ``last``, on days before ``before``, never signed out
    and with no service recorded from them."""
    return int(db.scalar(NO_SIGN_OUT_SQL, {"first": first, "last": last,
                                           "before": before.isoformat()}))


def shifts_over_capacity(db: Database, first: str, last: str) -> int:
    """Shifts from ``first`` to ``last``, not cancelled, with more sign-ups than places."""
    return int(db.scalar(OVER_CAPACITY_SQL, {"first": first, "last": last}))


def days_over_maximum(db: Database, first: str, last: str, most: int) -> int:
    """Volunteer-days from ``first`` to ``last`` credited with more than ``most`` minutes."""
    return int(db.scalar(OVER_DAILY_SQL, {"first": first, "last": last, "most": most}))
