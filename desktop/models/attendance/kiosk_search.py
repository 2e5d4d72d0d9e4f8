"""Finding a member at the kiosk by name, pinyin initials or full pinyin.

The kiosk is public: unlike the staff search it must not find people by phone number, ID
number or card number (typing a stranger's number must not show their face). So only
digit-free queries are searched, only active members who may sign in on the day are
returned, and a match must come from a name key (the name, its initials, its full pinyin).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.models.db import Database
from desktop.models.people import search_keys
from desktop.models.people.people_query import PeopleQuery, search_ids
from desktop.models.people.person_input import PersonRole

MAX_TILES = 12
_CHUNK = 100


@dataclass(frozen=True)
class KioskMatch:
    """One member tile: who, the name shown, and the card's last characters."""

    person_id: int
    name: str
    card_tail: str  # shown only to tell apart two members of the same name


def name_keys(search_text: str) -> list[str]:
    """The name-like keys of a packed search column: every key without a digit.

    Phone, card, volunteer and ID keys all carry digits; names and their pinyin do not.
    """
    keys = search_text.replace(search_keys.ALT, search_keys.SEP).split(search_keys.SEP)
    return [k for k in keys if k and not any(c.isdigit() for c in k)]


def _has_han(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def name_matches(query: str, keys: list[str]) -> bool:
    # Pinyin must match from the start of a key ("zs" finds 张三, not 李子森's "lzs"); Han
    # text may match anywhere in the name (a member may type only the given name).
    if any(k.startswith(query) for k in keys):
        return True
    return _has_han(query) and any(query in k for k in keys)


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
            "SELECT p.id, p.name, p.search_text, coalesce(m.card_number, '') AS card"
            " FROM person p JOIN member m ON m.person_id = p.id"
            f" WHERE p.id IN ({marks}) AND p.archived_at IS NULL AND m.active = 1"
            " AND (m.joined_on IS NULL OR m.joined_on <= ?)"
            " AND (m.left_on IS NULL OR m.left_on >= ?)", [*chunk, today, today])
        by_id = {r["id"]: r for r in rows}
        for person_id in chunk:
            row = by_id.get(person_id)
            if row is None or not name_matches(query, name_keys(row["search_text"])):
                continue
            found.append(KioskMatch(person_id, row["name"], row["card"][-4:]))
            if len(found) == limit:
                return found
    return found
