"""A month of attendance: the member x day matrix and the summary figures (CLI, reports).

Only valid (not voided) sign-ins count. "Days open" are the days with at least one sign-in.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.person_input import PROGRAMMES
from desktop.models.people.register import on_register
from desktop.models.text_input import compact

# ASCII digits only: \d would also take ٢٠٢٦ and ２０２６, which SQLite's GLOB checks refuse.
_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")


def normalise_month(text: str | None) -> str:
    """A month as a person typed it (``２０２６－１０``, `` 2026-10 ``), as YYYY-MM;
    ValidationError when it is not a month."""
    month = compact(text)
    month_days(month)
    return month


def month_days(month: str) -> list[str]:
    """Every date of a YYYY-MM month as ISO text; ValidationError for a malformed month
    (the month as stored: clean a typed one with :func:`normalise_month`)."""
    match = _MONTH.fullmatch(month or "")
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1900:
        raise ValidationError(
            {
                "month": Message(
                    QT_TRANSLATE_NOOP("Messages", "月份应为 YYYY-MM，如 2026-11，现在是“{month}”"),
                    month=month,
                )
            }
        )
    year, number = int(match.group(1)), int(match.group(2))
    last = calendar.monthrange(year, number)[1]
    return [date(year, number, d).isoformat() for d in range(1, last + 1)]


@dataclass
class MonthMatrix:
    """Members (rows) x days (columns): True where the member signed in."""

    month: str
    days: list[str]
    members: list[tuple[int, str]]
    present: set[tuple[int, str]] = field(default_factory=set)

    def member_total(self, person_id: int) -> int:
        """Days this member came."""
        return sum(1 for day in self.days if (person_id, day) in self.present)

    def day_total(self, day: str) -> int:
        """Members who came that day."""
        return sum(1 for person_id, _ in self.members if (person_id, day) in self.present)

    @property
    def total(self) -> int:
        """All sign-ins of the month (人次)."""
        return len(self.present)


def _programme_clause(programme: str | None) -> tuple[str, dict[str, Any]]:
    if not programme:
        return "", {}
    if programme not in PROGRAMMES:
        raise ValidationError(
            {
                "programme": Message(
                    QT_TRANSLATE_NOOP("Messages", "服务项目应为 {programmes} 之一"),
                    programmes="、".join(PROGRAMMES),
                )
            }
        )
    return (" AND EXISTS (SELECT 1 FROM member_programme mp WHERE mp.person_id = s.person_id"
            " AND mp.programme = :programme)", {"programme": programme})


def matrix_members_sql(member_clause: str = "") -> str:
    """The matrix's rows: the members on the register from :first to :last, and every member
    with a valid sign-in then, in pinyin order (``member_clause``: a programme's)."""
    # EXISTS probes the member's own valid sign-ins (the partial index on person and day);
    # "IN (all the month's sign-ins)" read every sign-in of the month a second time.
    return ("SELECT p.id, p.name FROM member m JOIN person p ON p.id = m.person_id"
            f" WHERE ({on_register()}"
            "  OR EXISTS (SELECT 1 FROM sign_in s WHERE s.person_id = m.person_id"
            "   AND s.day BETWEEN :first AND :last AND s.voided_at IS NULL))"
            f"{member_clause} ORDER BY p.name_sort, p.id")


def month_matrix(db: Database, month: str, programme: str | None = None) -> MonthMatrix:
    """The matrix for a month: every member on the register that month, plus anyone who
    signed in, in pinyin order; optionally one programme only."""
    days = month_days(month)
    clause, params = _programme_clause(programme)
    bounds = {"first": days[0], "last": days[-1], **params}
    present = {(int(r[0]), str(r[1])) for r in db.query(
        "SELECT s.person_id, s.day FROM sign_in s WHERE s.day BETWEEN :first AND :last"
        f" AND s.voided_at IS NULL{clause}", bounds)}
    member_clause = clause.replace("s.person_id", "m.person_id")
    rows = db.query(matrix_members_sql(member_clause), bounds)
    members = [(int(r[0]), str(r[1])) for r in rows]
    return MonthMatrix(month=month, days=days, members=members, present=present)


def days_open(db: Database, first: str, last: str) -> int:
    """Days from ``first`` to ``last`` (ISO dates) with at least one valid sign-in."""
    # One index probe per calendar day, stopping at the first valid sign-in: far cheaper on
    # long spans than counting distinct days over every sign-in.
    return int(db.scalar(
        "WITH RECURSIVE d(day) AS (SELECT ? UNION ALL SELECT date(day, '+1 day') FROM d"
        " WHERE day < ?) SELECT count(*) FROM d WHERE EXISTS (SELECT 1 FROM sign_in s"
        " WHERE s.day = d.day AND s.voided_at IS NULL)", (first, last)))


def _figures(db: Database, days: list[str], programme: str | None) -> dict[str, Any]:
    clause, params = _programme_clause(programme)
    row = db.query_one(
        "SELECT count(*), count(DISTINCT s.person_id), count(DISTINCT s.day) FROM sign_in s"
        f" WHERE s.day BETWEEN :first AND :last AND s.voided_at IS NULL{clause}",
        {"first": days[0], "last": days[-1], **params})
    assert row is not None
    sign_ins, members, days_open = int(row[0]), int(row[1]), int(row[2])
    average = round(sign_ins / days_open, 1) if days_open else 0.0
    return {"sign_ins": sign_ins, "members": members, "days_open": days_open,
            "average_per_day": average}


def summary(db: Database, month: str) -> dict[str, Any]:
    """The month's figures: 人次, distinct members, days open, average per day, by programme.

    The shape is the public JSON of `warmhome attendance summary --json`.
    """
    days = month_days(month)
    result: dict[str, Any] = {"month": month, **_figures(db, days, None)}
    result["by_programme"] = {p: _figures(db, days, p) for p in PROGRAMMES}
    return result
