"""Who is on the register (在册) in a period: the one definition every report uses.

A member is on the register in a period (first .. last, ISO dates) when the member role is
active, the person was not archived by the period's last day (archived after it, or never), and
the member joined on or before the last day (or has no date) and left on or after the first day
(or has not left). Archiving a member therefore removes them from the month they were archived
in and every later month, never from earlier months (which may already have been submitted).

Today's lists (the kiosk, the paper sign-in sheet) ask a different question, "may this person
sign in today", and keep their own rule: an archived person may not.

The same rule is written side by side here so the ways of asking cannot drift apart: an SQL
condition (:func:`on_register`); what one person adds to each closed month's people figures,
register included (:func:`closed_month_footprints`), which people edits use to refuse a change
to a submitted month; and the same in Python over logged values (:func:`counts_in`,
:func:`footprint`), which the 变更 listing uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.models.db import Database

# The first and last day of a month_state row's month, in SQL ("2024-05" → "2024-05-01",
# "2024-05-31").
_MONTH_FIRST = "(ms.month || '-01')"
_MONTH_LAST = "date(ms.month || '-01', '+1 month', '-1 day')"


def on_register(first: str = ":first", last: str = ":last", *, member: str = "m",
                person: str = "p") -> str:
    """The SQL condition "on the register at some time from ``first`` to ``last``".

    ``first`` and ``last`` are SQL expressions for ISO dates, normally named placeholders
    (the default ``:first`` / ``:last``); ``member`` and ``person`` are the aliases of the
    ``member`` and ``person`` tables in the query.
    """
    m, p = member, person
    # archived_at is a timestamp (2024-06-15T10:00:00): its date part is the archive day.
    return (f"({m}.active = 1"
            f" AND ({p}.archived_at IS NULL OR substr({p}.archived_at, 1, 10) > {last})"
            f" AND ({m}.joined_on IS NULL OR {m}.joined_on <= {last})"
            f" AND ({m}.left_on IS NULL OR {m}.left_on >= {first}))")


# What one member adds to a month's people figures in 汇总: on the register (在册会员 and
# its category and grade rows), joined in the month, joined from 1 January to the month's end
# (本年累计), left in the month, left in the year so far. New and leaving members are counted
# by their dates alone, as the people indicators count them.
Footprint = tuple[bool, bool, bool, bool, bool]
_NO_FOOTPRINT: Footprint = (False, False, False, False, False)
_YEAR_FIRST = "(substr(ms.month, 1, 4) || '-01-01')"


def closed_month_footprints(db: Database, person_id: int) -> dict[str, Footprint]:
    """What this person adds to the people figures of each closed (submitted) month."""
    first, last, year = _MONTH_FIRST, _MONTH_LAST, _YEAR_FIRST
    rows = db.query(
        f"SELECT ms.month, {on_register(first, last)},"
        f" coalesce(m.joined_on BETWEEN {first} AND {last}, 0),"
        f" coalesce(m.joined_on BETWEEN {year} AND {last}, 0),"
        f" coalesce(m.left_on BETWEEN {first} AND {last}, 0),"
        f" coalesce(m.left_on BETWEEN {year} AND {last}, 0)"
        " FROM month_state ms, member m JOIN person p ON p.id = m.person_id"
        " WHERE ms.closed = 1 AND m.person_id = :person_id", {"person_id": person_id})
    return {str(r[0]): (bool(r[1]), bool(r[2]), bool(r[3]), bool(r[4]), bool(r[5]))
            for r in rows}


def closed_months_changed(db: Database, person_id: int,
                          before: dict[str, Footprint]) -> list[str]:
    """Closed months whose people figures a write changed, oldest first: call with
    :func:`closed_month_footprints` taken before the write, inside the same transaction."""
    after = closed_month_footprints(db, person_id)
    return sorted(month for month in before.keys() | after.keys()
                  if before.get(month, _NO_FOOTPRINT) != after.get(month, _NO_FOOTPRINT))


def footprint(values: Mapping[str, Any], first: str, last: str) -> Footprint:
    """:func:`closed_month_footprints`' figures for a person as logged in the audit log, for
    the month ``first`` .. ``last``."""
    year = last[:4] + "-01-01"
    joined = str(values.get("joined_on") or "")
    left = str(values.get("left_on") or "")
    return (counts_in(values, first, last),
            bool(joined) and first <= joined <= last, bool(joined) and year <= joined <= last,
            bool(left) and first <= left <= last, bool(left) and year <= left <= last)


def counts_in(values: Mapping[str, Any], first: str, last: str) -> bool:
    """Whether a person whose membership fields are ``values`` is on the register from
    ``first`` to ``last``, by the same rule as :func:`on_register`.

    ``values`` is a person as logged in the audit log (``is_member``, ``joined_on``,
    ``left_on``; ``archived_at`` when known); an empty mapping is no member at all.
    """
    if not values.get("is_member"):
        return False
    archived = str(values.get("archived_at") or "")[:10]
    joined = values.get("joined_on") or ""
    left = values.get("left_on") or ""
    return ((not archived or archived > last) and (not joined or joined <= last)
            and (not left or left >= first))
