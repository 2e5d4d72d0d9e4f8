"""The hours ledger (服务时长台账): per volunteer and month, per post, cumulative hours and star
levels, read from the valid (not voided) service entries (Qt-free).

**Hours** are the sum of minutes of valid ``volunteer_service`` rows; **cumulative** hours are
all of them up to a date; the **star** is ``rules.star_level(cumulative minutes,
rules.star_hours(db))``. A month's ledger for 80 volunteers over ten years is two grouped
queries on the partial index ``volunteer_service_valid`` (person_id, day, minutes), which
answers them without reading the table.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.identity import mask_id
from desktop.models.reporting import dashboard
from desktop.models.volunteers import rules


@dataclass(frozen=True)
class LedgerRow:
    """One volunteer in a month's ledger; ``posts`` are the month's posts in list order."""

    person_id: int
    name: str
    masked_id: str
    volunteer_number: str
    minutes: int
    cumulative_minutes: int
    star: int
    posts: tuple[str, ...]


@dataclass(frozen=True)
class PostMonth:
    """A volunteer's service at one post in one month, with the cumulative minutes to the
    month's end (the same on each of the month's rows)."""

    month: str
    post: str
    minutes: int
    entries: int
    cumulative_minutes: int
    star: int


@dataclass(frozen=True)
class Crossing:
    """A volunteer who reached a higher star level within a month."""

    person_id: int
    name: str
    star: int
    cumulative_minutes: int


def month_bounds(month: str) -> tuple[str, str]:
    """The first and last day (``YYYY-MM-DD``) of ``YYYY-MM``; ValidationError if malformed."""
    try:
        year, number = (int(part) for part in month.split("-"))
        last = calendar.monthrange(year, number)[1]
    except (ValueError, calendar.IllegalMonthError):
        raise ValidationError({"month": Message(QT_TRANSLATE_NOOP(
            "Messages", "月份“{month}”不正确：请写成 年-月，如 2024-05"), month=month)}) from None
    if len(month) != 7:
        raise ValidationError({"month": Message(QT_TRANSLATE_NOOP(
            "Messages", "月份“{month}”不正确：请写成 年-月，如 2024-05"), month=month)})
    return f"{month}-01", f"{month}-{last:02d}"


def month_ledger(db: Database, month: str, *, actor: Actor) -> list[LedgerRow]:
    """The month's ledger: every active volunteer, and anyone else with service in the
    month, in pinyin order; hours this month, cumulative to the month's end, star and posts."""
    rules.require_manage(actor)
    first, last = month_bounds(month)
    thresholds = rules.star_hours(db)
    totals = {int(r["person_id"]): (int(r["month_minutes"]), int(r["total"])) for r in db.query(
        "SELECT person_id, sum(minutes) AS total,"
        " coalesce(sum(CASE WHEN day >= :first THEN minutes END), 0) AS month_minutes"
        " FROM volunteer_service INDEXED BY volunteer_service_valid"
        " WHERE voided_at IS NULL AND day <= :last GROUP BY person_id",
        {"first": first, "last": last})}
    posts: dict[int, list[str]] = {}
    for r in db.query(
            "SELECT s.person_id, p.name FROM volunteer_service s"
            " JOIN volunteer_post p ON p.id = s.post_id"
            " WHERE s.voided_at IS NULL AND s.day BETWEEN ? AND ?"
            " GROUP BY s.person_id, s.post_id ORDER BY s.person_id, p.sort, p.id",
            (first, last)):
        posts.setdefault(int(r["person_id"]), []).append(r["name"])
    people = db.query(
        "SELECT p.id, p.name, p.id_number, v.volunteer_number, v.active, p.archived_at"
        # Pinyin order (the register's sort key), as the 志愿者 tab lists them.
        " FROM volunteer v JOIN person p ON p.id = v.person_id ORDER BY p.name_sort, p.id")
    rows = []
    for person in people:
        person_id = int(person["id"])
        minutes, total = totals.get(person_id, (0, 0))
        current = person["active"] and person["archived_at"] is None
        if not current and not minutes:
            continue
        rows.append(LedgerRow(
            person_id=person_id, name=person["name"], masked_id=mask_id(person["id_number"]),
            volunteer_number=person["volunteer_number"] or "", minutes=minutes,
            cumulative_minutes=total, star=rules.star_level(total, thresholds),
            posts=tuple(posts.get(person_id, ()))))
    return rows


def person_name(db: Database, person_id: int) -> str:
    """The volunteer's name; NotFoundError when no such person has the volunteer role."""
    name = db.scalar("SELECT p.name FROM person p JOIN volunteer v ON v.person_id = p.id"
                     " WHERE p.id = ?", (person_id,))
    if name is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的志愿者"), id=person_id))
    return str(name)


def person_ledger(db: Database, person_id: int, *, actor: Actor) -> list[PostMonth]:
    """One volunteer's service per month and post, newest month first, with the cumulative
    minutes and star at each month's end."""
    rules.require_manage(actor)
    person_name(db, person_id)
    thresholds = rules.star_hours(db)
    rows = db.query(
        "SELECT substr(s.day, 1, 7) AS month, p.name AS post, sum(s.minutes) AS minutes,"
        " count(*) AS entries FROM volunteer_service s JOIN volunteer_post p ON p.id = s.post_id"
        " WHERE s.person_id = ? AND s.voided_at IS NULL"
        " GROUP BY month, s.post_id ORDER BY month, p.sort, p.id", (person_id,))
    running, by_month = 0, {}
    for r in rows:
        running += int(r["minutes"])
        by_month[r["month"]] = running
    found = [PostMonth(month=r["month"], post=r["post"], minutes=int(r["minutes"]),
                       entries=int(r["entries"]), cumulative_minutes=by_month[r["month"]],
                       star=rules.star_level(by_month[r["month"]], thresholds)) for r in rows]
    found.sort(key=lambda row: row.month, reverse=True)
    return found


def cumulative_minutes(db: Database, person_id: int, up_to: str) -> int:
    """The volunteer's valid service minutes on days up to ``up_to`` (inclusive)."""
    return int(db.scalar(
        "SELECT coalesce(sum(minutes), 0) FROM volunteer_service INDEXED BY"
        " volunteer_service_valid WHERE person_id = ? AND voided_at IS NULL AND day <= ?",
        (person_id, up_to)))


def crossed_levels(db: Database, month: str) -> list[Crossing]:
    """Who reached a higher star level in ``month`` (their star at the month's end above the
    star before it), in pinyin order."""
    first, last = month_bounds(month)
    thresholds = rules.star_hours(db)
    found = []
    for r in db.query(
            "SELECT s.person_id, p.name, sum(s.minutes) AS total,"
            " coalesce(sum(CASE WHEN s.day < :first THEN s.minutes END), 0) AS before"
            " FROM volunteer_service s INDEXED BY volunteer_service_valid"
            " JOIN person p ON p.id = s.person_id"
            " WHERE s.voided_at IS NULL AND s.day <= :last GROUP BY s.person_id"
            " HAVING sum(CASE WHEN s.day >= :first THEN 1 ELSE 0 END) > 0"
            " ORDER BY p.name_sort, s.person_id", {"first": first, "last": last}):
        star = rules.star_level(int(r["total"]), thresholds)
        if star > rules.star_level(int(r["before"]), thresholds):
            found.append(Crossing(int(r["person_id"]), r["name"], star, int(r["total"])))
    return found


def level_alerts(db: Database, now: datetime) -> list[dashboard.Alert]:
    """Home page: each volunteer who reached a higher star level this month (a warning, the
    dashboard's lowest level: something to tell the volunteer, for the 志愿服务 page)."""
    from desktop.models.reporting.indicators import Severity

    month = now.strftime("%Y-%m")
    return [dashboard.Alert(
        f"volunteers.star.{month}.{c.person_id}", Severity.WARNING, Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 本月志愿服务累计 {hours} 小时，达到{star}星：可告知本人并在"
                        "志愿北京申请星级认定"),
            name=c.name, hours=rules.hours_text(c.cumulative_minutes), star=c.star),
        "volunteers") for c in crossed_levels(db, month)]


def month_counts(db: Database, month: str) -> dict[str, int]:
    """The month's non-cancelled shifts and its no-shows (sign-ups marked no_show)."""
    first, last = month_bounds(month)
    shifts = db.scalar("SELECT count(*) FROM volunteer_shift WHERE day BETWEEN ? AND ?"
                       " AND cancelled_at IS NULL", (first, last))
    no_shows = db.scalar(
        "SELECT count(*) FROM volunteer_signup u JOIN volunteer_shift s ON s.id = u.shift_id"
        " WHERE s.day BETWEEN ? AND ? AND u.status = 'no_show'", (first, last))
    return {"shifts": int(shifts), "no_shows": int(no_shows)}


@dataclass(frozen=True)
class VolunteerChoice:
    """A volunteer found by name or pinyin, for choosing one (certificates, 补录服务)."""

    person_id: int
    name: str
    masked_id: str
    volunteer_number: str


def find_volunteers(db: Database, text: str, *, actor: Actor,
                    limit: int = 30) -> list[VolunteerChoice]:
    """Volunteers (not archived) matching a name, its pinyin or initials, or an ID ending, as
    the people register finds them; nothing for a blank text."""
    from desktop.models.people import search_keys
    from desktop.models.people.people_query import PeopleQuery, search_ids
    from desktop.models.people.person_input import PersonRole

    rules.require_manage(actor)
    if not search_keys.normalise_query(text):
        return []
    ids = search_ids(db, PeopleQuery(text=text, role=PersonRole.VOLUNTEER))[:limit]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {int(r["id"]): r for r in db.query(
        f"SELECT p.id, p.name, p.id_number, v.volunteer_number FROM person p"
        f" JOIN volunteer v ON v.person_id = p.id WHERE p.id IN ({marks})", ids)}
    return [VolunteerChoice(i, rows[i]["name"], mask_id(rows[i]["id_number"]),
                            rows[i]["volunteer_number"] or "") for i in ids if i in rows]
