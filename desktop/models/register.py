"""Who is on the register (在册) in a period: the one definition every report uses.

A member is on the register in a period (first .. last, ISO dates) when the member role is
active, the person was not archived by the period's last day (archived after it, or never), and
the member joined on or before the last day (or has no date) and left on or after the first day
(or has not left). Archiving a member therefore removes them from the month they were archived
in and every later month, never from earlier months (which may already have been submitted).

Today's lists (the kiosk, the paper sign-in sheet) ask a different question, "may this person
sign in today", and keep their own rule: an archived person may not.

The same rule is written three ways here, side by side so they cannot drift apart: as an SQL
condition (:func:`on_register`), as a query for the closed months one person counts in
(:func:`closed_months_on_register`), and in Python over logged values (:func:`counts_in`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.models.db import Database

# The last day of a month_state row's month, in SQL ("2024-05" → "2024-05-31").
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


def closed_months_on_register(db: Database, person_id: int) -> frozenset[str]:
    """The closed (submitted) months, YYYY-MM, in which this person is on the register."""
    rows = db.query(
        "SELECT ms.month FROM month_state ms, member m JOIN person p ON p.id = m.person_id"
        f" WHERE ms.closed = 1 AND m.person_id = :person_id"
        f" AND {on_register(_MONTH_FIRST, _MONTH_LAST)}", {"person_id": person_id})
    return frozenset(str(r[0]) for r in rows)


def closed_months_changed(db: Database, person_id: int,
                          before: frozenset[str]) -> list[str]:
    """Closed months whose register a write changed for this person, oldest first: call with
    :func:`closed_months_on_register` taken before the write, inside the same transaction."""
    return sorted(before ^ closed_months_on_register(db, person_id))


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
