"""Finding a member at the kiosk by name, pinyin initials or full pinyin.

The kiosk is public: unlike the staff search it must not find people by phone number, ID
number or card number (typing a stranger's number must not show their face). So only
digit-free queries are searched, only active members who may sign in on the day are
returned, and a match must come from a name key (the name, its initials, its full pinyin).

Every tile is ranked on one scale (:class:`MatchRank`), whoever signs the person in: a
volunteer whose initials are exactly what was typed comes before a member whose initials
only start with it (kiosk_people merges the members and the other people by it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.models.db import Database
from desktop.models.people import search_keys
from desktop.models.people.people_query import PeopleQuery, search_ids
from desktop.models.people.person_input import PersonRole

MAX_TILES = 12
_CHUNK = 100

# How well a typed query matches a person's name keys, best first (the staff search's ranks,
# people_query._rank, restricted to what the kiosk matches at all).
EXACT = 0  # the whole name, its initials or its full pinyin, as typed
START = 1  # the start of one of those
INSIDE = 2  # Han characters inside the name (the given name alone)
RARE = 3  # a rare reading of a heteronym, as typed or at its start
UNRANKED = 4


@dataclass(frozen=True, order=True)
class MatchRank:
    """Where a tile goes among all tiles: by ``level`` (EXACT…RARE), then by the name's
    pinyin, then by person id (stable)."""

    level: int
    sort_name: str = ""
    person_id: int = 0


@dataclass(frozen=True)
class KioskMatch:
    """One member tile: who, the name shown, and the card's last characters."""

    person_id: int
    name: str
    card_tail: str  # shown only to tell apart two members of the same name
    rank: MatchRank = field(default=MatchRank(UNRANKED), compare=False)


def name_keys(search_text: str) -> list[str]:
    """The name-like keys of a packed search column: every key without a digit.

    Phone, card, volunteer and ID keys all carry digits; names and their pinyin do not.
    """
    keys = search_text.replace(search_keys.ALT, search_keys.SEP).split(search_keys.SEP)
    return [k for k in keys if k and not any(c.isdigit() for c in k)]


def has_han(text: str) -> bool:
    """Whether the text holds a Han character (a typed name rather than pinyin)."""
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def name_matches(query: str, keys: list[str]) -> bool:
    """Whether ``query`` matches one of these name keys (as the kiosk matches: see
    :func:`match_level`)."""
    return _level(query, keys, []) is not None


def match_level(query: str, search_text: str) -> int | None:
    """How well a normalised query matches a packed search column's name keys (EXACT…RARE),
    or None when it does not match as the kiosk matches: pinyin from the start of a key
    ("zs" finds 张三, not 李子森's "lzs"), Han text anywhere in the name (a person may type
    only the given name)."""
    usual, _, rare = search_text.partition(search_keys.ALT)
    return _level(query, name_keys(usual), name_keys(rare))


def _level(query: str, usual: list[str], rare: list[str]) -> int | None:
    if query in usual:
        return EXACT
    if any(k.startswith(query) for k in usual):
        return START
    if has_han(query) and any(query in k for k in usual):
        return INSIDE
    if any(k.startswith(query) for k in rare):
        return RARE
    return None


def match_rank(query: str, search_text: str, sort_name: str, person_id: int) -> MatchRank | None:
    """The tile's place for this query (None: no match); the one ranking of every tile."""
    level = match_level(query, search_text)
    return None if level is None else MatchRank(level, sort_name or "", person_id)


def find_members(db: Database, text: str, day: date | None = None,
                 limit: int = MAX_TILES) -> list[KioskMatch]:
    """Up to ``limit`` members for a kiosk query, best match first (empty for a number);
    members on the register on ``day`` (default today by ``db``'s clock)."""
    query = search_keys.normalise_query(text)
    # Any digit at all, ٣ as much as 3 (isdigit, not only ASCII): a number is never searched.
    if not query or any(c.isdigit() for c in query):
        return []
    today = (day or db.clock.today()).isoformat()
    ranked = search_ids(db, PeopleQuery(text=query, role=PersonRole.MEMBER))
    found: list[KioskMatch] = []
    for start in range(0, len(ranked), _CHUNK):
        chunk = ranked[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = db.query(
            "SELECT p.id, p.name, p.name_sort, p.search_text,"
            " coalesce(m.card_number, '') AS card"
            " FROM person p JOIN member m ON m.person_id = p.id"
            f" WHERE p.id IN ({marks}) AND p.archived_at IS NULL AND m.active = 1"
            " AND (m.joined_on IS NULL OR m.joined_on <= ?)"
            " AND (m.left_on IS NULL OR m.left_on >= ?)", [*chunk, today, today])
        by_id = {r["id"]: r for r in rows}
        for person_id in chunk:
            row = by_id.get(person_id)
            if row is None:
                continue
            rank = match_rank(query, row["search_text"], row["name_sort"], person_id)
            if rank is None:
                continue
            found.append(KioskMatch(person_id, row["name"], row["card"][-4:], rank))
            if len(found) == limit:
                return found
    return found
