"""A month of volunteer service (志愿服务) in figures (Qt-free).

The figures everybody counts the same way (issue 15; the monthly report's 汇总 rows, the 志愿服务
detail sheet and the bench read them from here):

- *hours* are the minutes of valid (not voided) ``volunteer_service`` rows, the ledger;
- *active volunteers* in a period are the persons with a valid service row in it; *new* ones
  those whose first valid service day lies in it;
- *shifts* are the period's shifts not cancelled; their *places* the sum of their capacities;
  *sign-ups* the sign-ups not cancelled on those shifts (signed up, no-show or excused): filled
  % is sign-ups over places, computed where it is shown (a percentage never adds up);
- *no-shows* are the sign-ups with status ``no_show`` on those shifts;
- a volunteer's *cumulative* minutes are all valid service up to the period's last day, and
  the *star* is :func:`rules.star_level` of them.

Everything here is counts and sums keyed by person id: no name leaves :func:`period_stats`, so
the report and the export (which run without a signed-in account) may read it. Each query
reads a day-ordered index of v10 (``EXPLAIN QUERY PLAN`` is checked by the tests), so a month
costs the same after ten years.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from desktop.models.attendance.attendance_month import month_days
from desktop.models.db import Database
from desktop.models.volunteers.rules import star_hours, star_level

# Valid service of the period per person and post: minutes, days. The day index
# volunteer_service_by_day(day, person_id) bounds the rows to the period's.
SERVICE_SQL = """
SELECT s.person_id AS person_id, s.post_id AS post_id, sum(s.minutes) AS minutes,
       count(DISTINCT s.day) AS days
  FROM volunteer_service s
 WHERE s.day BETWEEN :first AND :last AND s.voided_at IS NULL
 GROUP BY s.person_id, s.post_id"""
# The period's active volunteers with valid service before it (so not new), and their
# cumulative minutes up to the period's end: the partial index of valid service
# (person_id, day, minutes) answers both without visiting the table.
CUMULATIVE_SQL = """
SELECT a.person_id AS person_id,
       (SELECT coalesce(sum(c.minutes), 0) FROM volunteer_service c
         WHERE c.person_id = a.person_id AND c.day <= :last AND c.voided_at IS NULL)
           AS cumulative,
       EXISTS (SELECT 1 FROM volunteer_service b
                WHERE b.person_id = a.person_id AND b.day < :first AND b.voided_at IS NULL)
           AS served_before
  FROM (SELECT DISTINCT person_id FROM volunteer_service
         WHERE day BETWEEN :first AND :last AND voided_at IS NULL) a"""
# The period's shifts not cancelled, per post: how many, and their places.
SHIFTS_SQL = """
SELECT sh.post_id AS post_id, count(*) AS shifts, sum(sh.capacity) AS places
  FROM volunteer_shift sh
 WHERE sh.day BETWEEN :first AND :last AND sh.cancelled_at IS NULL
 GROUP BY sh.post_id"""
# Sign-ups not cancelled on those shifts, per person, post and status (the partial index of
# sign-ups not cancelled, by shift, is the one read).
SIGNUPS_SQL = """
SELECT su.person_id AS person_id, sh.post_id AS post_id, su.status AS status, count(*) AS n
  FROM volunteer_shift sh JOIN volunteer_signup su ON su.shift_id = sh.id
 WHERE sh.day BETWEEN :first AND :last AND sh.cancelled_at IS NULL
   AND su.status <> 'cancelled'
 GROUP BY su.person_id, sh.post_id, su.status"""


def filled_percent(signups: int, places: int) -> int | None:
    """``signups`` over ``places`` in whole percent, half up (as the district's consolidation
    recomputes it, and as people round: 12.5 % is 13 %); None without places."""
    return (200 * signups + places) // (2 * places) if places else None


@dataclass(frozen=True)
class VolunteerMonth:
    """One volunteer over the period (the detail sheet's rows, by person id)."""

    person_id: int
    minutes: int = 0
    days: int = 0
    cumulative_minutes: int = 0
    star: int = 0
    new: int = 0  # 1 when the first valid service day ever lies in the period
    shifts: int = 0  # sign-ups not cancelled (signed up, no-show, excused)
    no_shows: int = 0

    @property
    def hours(self) -> float:
        """The period's service in hours, to hundredths."""
        return round(self.minutes / 60, 2)

    @property
    def cumulative_hours(self) -> float:
        """All service up to the period's end in hours, to hundredths."""
        return round(self.cumulative_minutes / 60, 2)


@dataclass(frozen=True)
class PostMonth:
    """One post over the period: service, volunteers, shifts, places, sign-ups, no-shows."""

    post_id: int
    name: str
    minutes: int = 0
    volunteers: int = 0
    shifts: int = 0
    places: int = 0
    signups: int = 0
    no_shows: int = 0

    @property
    def filled_percent(self) -> int | None:
        """Sign-ups over places in whole percent, half up; None without places."""
        return filled_percent(self.signups, self.places)


@dataclass(frozen=True)
class VolunteerStats:
    """The volunteer figures of a period (a month unless made by :func:`period_stats`)."""

    month: str
    active: int
    new: int
    minutes: int
    shifts: int
    places: int
    signups: int
    no_shows: int
    per_volunteer: tuple[VolunteerMonth, ...] = field(default=(), repr=False)
    by_post: tuple[PostMonth, ...] = field(default=(), repr=False)

    @property
    def hours(self) -> float:
        """The service minutes in hours, to hundredths."""
        return round(self.minutes / 60, 2)

    @property
    def filled_percent(self) -> int | None:
        """Sign-ups over places in whole percent, half up; None without places."""
        return filled_percent(self.signups, self.places)

    def as_json(self) -> dict[str, Any]:
        """Stable keys (for a command line or a bench)."""
        return {"month": self.month, "active": self.active, "new": self.new,
                "minutes": self.minutes, "hours": self.hours, "shifts": self.shifts,
                "places": self.places, "signups": self.signups,
                "filled_percent": self.filled_percent, "no_shows": self.no_shows}


def month_stats(db: Database, month: str) -> VolunteerStats:
    """The volunteer figures of a YYYY-MM month (ValidationError for a malformed month)."""
    days = month_days(month)
    return period_stats(db, days[0], days[-1], label=month)


def period_stats(db: Database, first: str, last: str, *, label: str = "") -> VolunteerStats:
    """The volunteer figures from ``first`` to ``last`` (ISO days). Read once per read
    snapshot (the monthly report's indicators and its sheet share it)."""
    name = label or f"{first}..{last}"
    stats = db.snapshot_read(("volunteers.period_stats", first, last),
                             lambda: _period_stats(db, first, last, name))
    return stats if stats.month == name else replace(stats, month=name)


def _period_stats(db: Database, first: str, last: str, name: str) -> VolunteerStats:
    bounds = {"first": first, "last": last}
    people: dict[int, dict[str, int]] = {}
    posts: dict[int, dict[str, int]] = {}
    post_people: dict[int, set[int]] = {}

    def add(table: dict[int, dict[str, int]], key: int, name: str, value: int) -> None:
        counts = table.setdefault(key, {})
        counts[name] = counts.get(name, 0) + value

    for row in db.query(SERVICE_SQL, bounds):
        person, post = int(row["person_id"]), int(row["post_id"])
        add(people, person, "minutes", int(row["minutes"]))
        # Days are distinct per post here; the person's own days are counted below.
        add(posts, post, "minutes", int(row["minutes"]))
        post_people.setdefault(post, set()).add(person)
    for row in db.query("SELECT person_id, count(DISTINCT day) AS days FROM volunteer_service"
                        " WHERE day BETWEEN :first AND :last AND voided_at IS NULL"
                        " GROUP BY person_id", bounds):
        people[int(row["person_id"])]["days"] = int(row["days"])
    thresholds = star_hours(db)
    for row in db.query(CUMULATIVE_SQL, bounds):
        counts = people[int(row["person_id"])]
        counts["cumulative_minutes"] = int(row["cumulative"])
        counts["star"] = star_level(int(row["cumulative"]), thresholds)
        counts["new"] = 0 if row["served_before"] else 1
    for row in db.query(SHIFTS_SQL, bounds):
        add(posts, int(row["post_id"]), "shifts", int(row["shifts"]))
        add(posts, int(row["post_id"]), "places", int(row["places"]))
    for row in db.query(SIGNUPS_SQL, bounds):
        person, post, n = int(row["person_id"]), int(row["post_id"]), int(row["n"])
        add(people, person, "shifts", n)
        add(posts, post, "signups", n)
        if row["status"] == "no_show":
            add(people, person, "no_shows", n)
            add(posts, post, "no_shows", n)
    per_volunteer = tuple(VolunteerMonth(person_id, **counts)
                          for person_id, counts in sorted(people.items()))
    by_post = _by_post(db, posts, post_people)
    active = sum(1 for v in per_volunteer if v.minutes)
    return VolunteerStats(
        month=name, active=active, new=sum(v.new for v in per_volunteer),
        minutes=sum(v.minutes for v in per_volunteer),
        shifts=sum(p.shifts for p in by_post), places=sum(p.places for p in by_post),
        signups=sum(p.signups for p in by_post), no_shows=sum(p.no_shows for p in by_post),
        per_volunteer=per_volunteer, by_post=by_post)


def _by_post(db: Database, posts: dict[int, dict[str, int]],
             post_people: dict[int, set[int]]) -> tuple[PostMonth, ...]:
    """Every active post (with zeros too) in list order, and any inactive one that still has
    something in the period."""
    result: list[PostMonth] = []
    for row in db.query("SELECT id, name, active FROM volunteer_post ORDER BY sort, id"):
        post = int(row["id"])
        if row["active"] or post in posts:
            result.append(PostMonth(post, str(row["name"]), volunteers=len(
                post_people.get(post, ())), **posts.get(post, {})))
    return tuple(result)
