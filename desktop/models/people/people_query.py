"""Finding people: ranked search with filters (ids only), and rows fetched on demand.

The people table asks :func:`search_ids` for the ordered ids of everything that matches, then
:func:`fetch_rows` for just the rows on screen; both are single SQL statements.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, assert_never

from desktop.models.db import Database
from desktop.models.people import search_keys
from desktop.models.people.identity import CATEGORIES, GRADES, mask_id, mask_phone
from desktop.models.people.person_input import ROLE_NAMES, PersonRole

MIN_ID_FRAGMENT = 4
_SEP = search_keys.SEP

SORT_COLUMNS: dict[str, str] = {
    "name": "p.name_sort",
    "sex": "p.sex",
    "birth_date": "p.birth_date",
    "street": "p.street",
    "community": "p.community",
    "category": "(SELECT category FROM member WHERE person_id = p.id AND active = 1)",
    "grade": "(SELECT grade FROM member WHERE person_id = p.id AND active = 1)",
    "created_at": "p.created_at",
    "id": "p.id",
}


# What the monthly report's people checks flag, as filters (the same rules as
# people/indicator_provider.py, applied to today's month): members still on the register
# without a certificate number, and joining or leaving dates after today within this month.
# Today is the database clock's, passed in as a parameter (never SQLite's 'now'), so the
# filter agrees with the check and a test can choose the day.
class PeopleProblem(StrEnum):
    """A monthly people check the people table can filter by (the rule's last part)."""

    NO_CERTIFICATE = "no_certificate"
    FUTURE_DATES = "future_dates"


def _problem_clause(problem: PeopleProblem, today: date) -> tuple[str, list[Any]]:
    """The filter for ``problem`` as of ``today``, and its parameters."""
    match problem:
        case PeopleProblem.NO_CERTIFICATE:
            return ("EXISTS (SELECT 1 FROM member WHERE person_id = p.id AND active = 1"
                    " AND coalesce(trim(cert_number), '') = ''"
                    " AND (left_on IS NULL OR left_on >= ?))", [today.isoformat()])
        case PeopleProblem.FUTURE_DATES:
            # As the check counts them: after today but within this month (a leaving date
            # planned for a later month is not an error yet).
            last = today.replace(day=monthrange(today.year, today.month)[1])
            return ("EXISTS (SELECT 1 FROM member WHERE person_id = p.id AND ("
                    "(joined_on > ? AND joined_on <= ?) OR (left_on > ? AND left_on <= ?)))",
                    [today.isoformat(), last.isoformat()] * 2)
        case _:
            assert_never(problem)


class ArchivedFilter(StrEnum):
    """Which people the table shows by archive state (the text is the CLI's and the
    combo's value; an unknown value is refused, never read as "everyone")."""

    ACTIVE = "active"  # on the register: not archived
    ARCHIVED = "archived"  # archived only
    ALL = "all"  # both


@dataclass
class PeopleQuery:
    """What the people table shows: a search text, filters and an order."""

    text: str = ""
    role: PersonRole | None = None
    category: int | None = None
    grade: int | None = None
    street: str | None = None
    programme: str | None = None
    archived: ArchivedFilter = ArchivedFilter.ACTIVE
    problem: PeopleProblem | None = None  # people a monthly check flags
    order_by: str = "name"
    descending: bool = False

    def __post_init__(self) -> None:
        # A plain "all" from a combo's data still works; a typo raises ValueError here
        # instead of silently showing everyone.
        self.archived = ArchivedFilter(self.archived)
        if self.role is not None:
            self.role = PersonRole(self.role)  # likewise: a typo is refused, not "anyone"
        if self.problem is not None:
            self.problem = PeopleProblem(self.problem)


@dataclass
class PersonRow:
    """One line of the people table, with identifiers already masked."""

    id: int
    name: str
    sex: str
    birth_date: str
    id_number: str
    phone: str
    street: str
    community: str
    roles: list[str] = field(default_factory=list)
    category: int | None = None
    grade: int | None = None
    cert_number: str = ""
    programmes: list[str] = field(default_factory=list)
    card_number: str = ""
    archived: bool = False

    @property
    def category_name(self) -> str:
        """Chinese category name or empty."""
        return CATEGORIES.get(self.category or 0, "")

    @property
    def grade_name(self) -> str:
        """Chinese grade name or empty."""
        return GRADES.get(self.grade or 0, "")

    @property
    def role_names(self) -> str:
        """Roles joined for display, e.g. 会员、志愿者."""
        return "、".join(ROLE_NAMES[r] for r in self.roles)

    def as_json(self) -> dict[str, Any]:
        """The public JSON shape used by `warmhome people list --json`."""
        return {
            "id": self.id,
            "name": self.name,
            "sex": self.sex,
            "birth_date": self.birth_date,
            "roles": self.roles,
            "id_number": self.id_number,
            "cert_number": self.cert_number,
            "category": self.category,
            "grade": self.grade,
            "phone": self.phone,
            "street": self.street,
            "community": self.community,
            "programmes": self.programmes,
            "archived": self.archived,
        }


def _where(query: PeopleQuery, full_scan: bool, today: date) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    match query.archived:
        case ArchivedFilter.ACTIVE:
            # A text search reads every row anyway; the unary + keeps the planner off the
            # partial index, whose random row lookups would make that scan 3–4x slower.
            clauses.append("+p.archived_at IS NULL" if full_scan else "p.archived_at IS NULL")
        case ArchivedFilter.ARCHIVED:
            clauses.append("p.archived_at IS NOT NULL")
        case ArchivedFilter.ALL:
            pass
        case _:
            assert_never(query.archived)
    match query.role:
        case None:
            pass
        case PersonRole.MEMBER:
            clauses.append("EXISTS (SELECT 1 FROM member WHERE person_id = p.id AND active = 1)")
        case PersonRole.VOLUNTEER:
            clauses.append(
                "EXISTS (SELECT 1 FROM volunteer WHERE person_id = p.id AND active = 1)")
        case PersonRole.FAMILY:
            clauses.append("EXISTS (SELECT 1 FROM family_link WHERE person_id = p.id)")
        case _:
            assert_never(query.role)
    if query.category is not None:
        clauses.append("EXISTS (SELECT 1 FROM member WHERE person_id = p.id AND active = 1"
                       " AND category = ?)")
        params.append(query.category)
    if query.grade is not None:
        clauses.append("EXISTS (SELECT 1 FROM member WHERE person_id = p.id AND active = 1"
                       " AND grade = ?)")
        params.append(query.grade)
    if query.programme:
        clauses.append("EXISTS (SELECT 1 FROM member_programme mp JOIN member m"
                       " ON m.person_id = mp.person_id WHERE mp.person_id = p.id"
                       " AND m.active = 1 AND mp.programme = ?)")
        params.append(query.programme)
    if query.street:
        clauses.append("p.street = ?")
        params.append(query.street)
    if query.problem is not None:
        clause, clause_params = _problem_clause(query.problem, today)
        clauses.append(clause)
        params.extend(clause_params)
    return clauses, params


def _rank(text: str) -> tuple[str, list[Any]]:
    """The ORDER BY term that ranks matches by what the user can see in the row.

    0: a whole name, pinyin, phone, card, ID or certificate number, as typed.
    1: the start of one of those on the usual reading, or the end of one (the last digits of
       an ID, certificate or phone are what the masked list shows).
    2: inside a name or its usual pinyin (not for digits: those would be hidden phone digits).
    3: a rare reading of a heteronym (丁 zhēng, 俊 shùn) as typed or at its start.
    4: anything else, such as digits in the hidden middle of a phone number.
    """
    sep, alt = _SEP, search_keys.ALT
    exact, prefix, suffix = sep + text + sep, sep + text, text + sep
    # The first occurrence lies before the rare readings (packed after ALT) when it is in a
    # usual key; a text found only among the rare readings is not "inside a name".
    usual_contains = ("instr(p.search_text, ?) < CASE WHEN instr(p.search_text, ?) > 0"
                      " THEN instr(p.search_text, ?) ELSE length(p.search_text) + 1 END")
    digits = text.isascii() and text.isdigit()
    # Only the terms that can apply are evaluated: on a single digit that matches most of
    # the register every term costs a scan of each matching row's keys.
    id_match = len(text) >= MIN_ID_FRAGMENT  # shorter text never matches an ID (search_ids)
    sql = ("CASE WHEN instr(p.search_text, ?) > 0"
           + (" OR instr(p.id_text, ?) > 0" if id_match else "") + " THEN 0")
    params: list[Any] = [exact, exact] if id_match else [exact]
    ends = ["instr(p.search_text, ?) > 0"]
    params.append(prefix)
    if id_match:
        ends.append("instr(p.id_text, ?) > 0")
        params.append(suffix)
    if digits:
        # The end of a phone or card number (a name key ending in the text is no match to
        # show: 李张三 is found by zs, but inside the name).
        ends.append("instr(p.search_text, ?) > 0")
        params.append(suffix)
    sql += f" WHEN {' OR '.join(ends)} THEN 1"
    if not digits:
        # Rare readings are letters: digits never match one.
        sql += f" WHEN {usual_contains} THEN 2 WHEN instr(p.search_text, ?) > 0 THEN 3"
        params += [text, alt, alt, alt + text]
    sql += " ELSE 4 END, "
    return sql, params


def search_ids(db: Database, query: PeopleQuery) -> list[int]:
    """Ids of the matching people, ranked by what the user can see (:func:`_rank`), then in
    the chosen order.

    ID and certificate numbers match only whole or by their last four or more characters.
    A monthly-check filter (``query.problem``) applies as of today by ``db``'s clock.
    """
    text = search_keys.normalise_query(query.text)
    clauses, params = _where(query, full_scan=bool(text), today=db.clock.today())
    order_col = SORT_COLUMNS.get(query.order_by, "p.name_sort")
    direction = "DESC" if query.descending else "ASC"
    rank_sql = ""
    rank_params: list[Any] = []
    if text:
        # id_text is packed lower-case (search_keys.pack), like the normalised query.
        id_match = len(text) >= MIN_ID_FRAGMENT
        match = "instr(p.search_text, ?) > 0"
        match_params: list[Any] = [text]
        if id_match:
            match += " OR instr(p.id_text, ?) > 0"
            match_params.append(text + _SEP)
        clauses.append(f"({match})")
        params.extend(match_params)
        rank_sql, rank_params = _rank(text)
    where = " AND ".join(clauses) if clauses else "1"
    # Empty values last whichever the direction (a missing birth date is not the oldest);
    # names are never empty, and their order must stay index-only for a fast first page.
    empty_last = "" if query.order_by in ("name", "id", "created_at") else (
        f"coalesce({order_col}, '') = '', ")
    sql = (
        f"SELECT p.id FROM person p WHERE {where}"
        f" ORDER BY {rank_sql}{empty_last}{order_col} {direction}, p.id {direction}"
    )
    return [r[0] for r in db.iterate(sql, [*params, *rank_params])]


_ROWS_SQL = """
SELECT p.id, p.name, p.sex, p.birth_date, p.id_number, p.phone, p.street, p.community,
       p.archived_at,
       m.active AS member_active, m.category, m.grade, m.cert_number, m.card_number,
       v.active AS volunteer_active,
       EXISTS (SELECT 1 FROM family_link f WHERE f.person_id = p.id) AS is_family,
       (SELECT group_concat(programme, ',') FROM member_programme mp
         WHERE mp.person_id = p.id) AS programmes
FROM person p
LEFT JOIN member m ON m.person_id = p.id
LEFT JOIN volunteer v ON v.person_id = p.id
WHERE p.id IN ({marks})
"""


def fetch_rows(db: Database, ids: list[int], *, masked: bool = True) -> dict[int, PersonRow]:
    """The table rows for these ids (masked identifiers unless ``masked`` is False)."""
    found: dict[int, PersonRow] = {}
    id_mask = mask_id if masked else (lambda v: v or "")
    phone_mask = mask_phone if masked else (lambda v: v or "")
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = _ROWS_SQL.format(marks=",".join("?" * len(chunk)))
        for r in db.iterate(sql, chunk):
            member = bool(r["member_active"])
            roles = [role for role, on in (("member", member),
                                          ("volunteer", bool(r["volunteer_active"])),
                                          ("family", bool(r["is_family"]))) if on]
            found[r["id"]] = PersonRow(
                id=r["id"], name=r["name"], sex=r["sex"], birth_date=r["birth_date"] or "",
                id_number=id_mask(r["id_number"]), phone=phone_mask(r["phone"]),
                street=r["street"], community=r["community"], roles=roles,
                category=r["category"] if member else None,
                grade=r["grade"] if member else None,
                cert_number=id_mask(r["cert_number"]) if member else "",
                programmes=(r["programmes"] or "").split(",") if member and r["programmes"]
                else [],
                card_number=(r["card_number"] or "") if member else "",
                archived=r["archived_at"] is not None,
            )
    return found


def list_people(db: Database, query: PeopleQuery) -> list[PersonRow]:
    """Every matching row in order (for the CLI and exports; the UI pages through ids)."""
    ids = search_ids(db, query)
    rows = fetch_rows(db, ids)
    return [rows[i] for i in ids]


def streets_in_use(db: Database) -> list[str]:
    """Distinct non-empty streets, for the street filter."""
    return [r[0] for r in db.query(
        "SELECT DISTINCT street FROM person WHERE street <> '' ORDER BY street")]


def count_people(db: Database) -> int:
    """Number of persons on the register, archived included."""
    return int(db.scalar("SELECT count(*) FROM person"))
