"""People search per keystroke: what the table does each time the search box changes.

Each keystroke runs ``search_ids`` (every matching id, ranked) and ``fetch_rows`` for the first
50 ids (the rows on screen). Queries are typed one character at a time, as a person would;
Chinese characters arrive whole, as an input method commits them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from bench.common import Figure, median, percentile
from desktop.models.db import Database, open_database
from desktop.models.people import search_keys
from desktop.models.people.people_query import PeopleQuery, fetch_rows, search_ids

VISIBLE_ROWS = 50


@dataclass(frozen=True)
class Keystroke:
    """One timed keystroke: the text in the box so far, the time and how many people matched."""

    session: str
    text: str
    ms: float
    hits: int


def _prefixes(word: str) -> list[str]:
    return [word[:n] for n in range(1, len(word) + 1)]


def typing_sessions(db: Database) -> list[tuple[str, list[str]]]:
    """What gets typed: fixed queries plus a name, ID ending and card taken from the data."""
    count = int(db.scalar("SELECT count(*) FROM person"))
    sample = db.query_one(
        "SELECT p.name, p.id_number, m.card_number FROM person p"
        " JOIN member m ON m.person_id = p.id"
        " WHERE p.archived_at IS NULL AND p.id_number IS NOT NULL AND m.card_number IS NOT NULL"
        " ORDER BY p.id LIMIT 1 OFFSET ?", (count // 2,))
    sessions: list[tuple[str, list[str]]] = [
        ("surname in pinyin", _prefixes("zhang")),
        ("initials", _prefixes("zs")),
        ("Chinese surname", ["曾"]),
        ("Chinese name", ["张", "张伟"]),
        ("phone prefix", _prefixes("138")),
    ]
    if sample is not None:
        full = search_keys.sort_key(sample["name"]).replace(" ", "")
        sessions += [
            (f"full pinyin of {sample['name']}", _prefixes(full)),
            ("ID, last 4", _prefixes(sample["id_number"][-4:])),
            ("card number", _prefixes(sample["card_number"].lower())),
        ]
    return sessions


def time_keystroke(db: Database, text: str) -> tuple[float, int]:
    """Milliseconds for one search plus the visible rows, and the number of matches."""
    started = time.perf_counter()
    ids = search_ids(db, PeopleQuery(text=text))
    fetch_rows(db, ids[:VISIBLE_ROWS])
    return (time.perf_counter() - started) * 1000, len(ids)


def type_all(db: Database, rounds: int) -> list[Keystroke]:
    """Type every session ``rounds`` times; one unrecorded listing first warms the cache."""
    time_keystroke(db, "")
    sessions = typing_sessions(db)
    strokes: list[Keystroke] = []
    for _ in range(rounds):
        for name, texts in sessions:
            for text in texts:
                ms, hits = time_keystroke(db, text)
                strokes.append(Keystroke(name, text, ms, hits))
    return strokes


def list_all_ms(db: Database, repeats: int = 5) -> float:
    """Median time to list every id with no search text, plus the first screen of rows."""
    return median([time_keystroke(db, "")[0] for _ in range(repeats)])


def run_search(path: Path, label: str, target_ms: float, rounds: int) -> tuple[list[Figure],
                                                                                list[Keystroke]]:
    """Measure typing on the database at ``path``; figures are labelled with ``label``."""
    with open_database(path) as db:
        strokes = type_all(db, rounds)
        listing = list_all_ms(db)
    times = [s.ms for s in strokes]
    worst = max(strokes, key=lambda s: s.ms)
    figures = [
        Figure(f"search keystroke, {label}: median", median(times), "ms", target_ms,
               note=f"{len(times)} keystrokes"),
        Figure(f"search keystroke, {label}: p95", percentile(times, 0.95), "ms",
               note=f"worst {worst.ms:.1f} ms typing {worst.text!r} ({worst.hits:,} matches)"),
        Figure(f"list everyone (empty search), {label}", listing, "ms",
               note="ids in name order + first 50 rows"),
    ]
    return figures, strokes


def per_session(strokes: list[Keystroke]) -> list[tuple[str, str, float, int]]:
    """Per typed text: session, text, median ms, matches, in typing order."""
    grouped: dict[tuple[str, str], list[Keystroke]] = {}
    for stroke in strokes:
        grouped.setdefault((stroke.session, stroke.text), []).append(stroke)
    return [(session, text, median([s.ms for s in group]), group[0].hits)
            for (session, text), group in grouped.items()]
