"""Search keys for finding people by name, pinyin initials and full pinyin (pypinyin).

A person's keys are packed into one text column, each key wrapped in a separator, so that one
``instr()`` scan answers exact (``\\x1fq\\x1f``), prefix (``\\x1fq``) and contains (``q``) at
once; on 100,000 people that is a few milliseconds and needs no join.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from desktop.models.text_input import compact

SEP = "\x1f"
ALT = "\x1e"
MAX_READINGS = 16
MAX_QUERY_LENGTH = 50

# Surnames whose reading as a surname differs from the common reading (docs/domain.md).
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "查": "zha",
    "翟": "zhai",
    "区": "ou",
    "覃": "qin",
    "乐": "yue",
}

_SEPARATORS = re.compile(r"[\s·•・.\-]+")


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _readings(char: str, first: bool) -> list[str]:
    """All full-pinyin readings of one character (itself, lower-cased, if not Han)."""
    if not _is_han(char):
        return [char.lower()]
    # pypinyin's dictionaries take ~0.2 s to load: only writes need them, not start-up.
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    readings = list(dict.fromkeys(found[0])) if found and found[0] else [char]
    if first and char in SURNAME_READINGS:
        special = SURNAME_READINGS[char]
        readings = [special, *(r for r in readings if r != special)]
    return readings


def name_readings(name: str) -> list[list[str]]:
    """For each character of the name (separators dropped), its candidate readings."""
    chars = [c for c in _SEPARATORS.sub("", name)]
    return [_readings(c, first=(i == 0)) for i, c in enumerate(chars)]


def pinyin_keys(name: str) -> tuple[list[str], list[str]]:
    """Initials and full-pinyin spellings of a name, every heteronym combination up to a cap.

    The first of each list is the usual reading (as :func:`sort_key` reads the name); the
    rest are other readings. 曾国藩 gives initials ``zgf`` then ``cgf``, and full
    ``zengguofan`` then ``cengguofan``.
    """
    per_char = name_readings(name)
    if not per_char:
        return [], []
    usual = tuple(sort_key(name).split(" "))
    combos = itertools.chain([usual], itertools.islice(itertools.product(*per_char), MAX_READINGS))
    full: list[str] = []
    initials: list[str] = []
    for combo in combos:
        full.append("".join(combo))
        initials.append("".join(part[0] for part in combo if part))
    return list(dict.fromkeys(initials)), list(dict.fromkeys(full))


def sort_key(name: str) -> str:
    """The name's usual full pinyin with syllables spaced, for ordering lists by pinyin."""
    chars = [c for c in _SEPARATORS.sub("", name)]
    if not chars:
        return ""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(chars, style=Style.NORMAL, errors="default")
    if chars[0] in SURNAME_READINGS:
        syllables[0] = SURNAME_READINGS[chars[0]]
    return " ".join(s.lower() for s in syllables)


def pack(keys: Sequence[str], other_readings: Sequence[str] = ()) -> str:
    """Join keys into the packed form stored in a search column.

    ``keys`` are wrapped in SEP; ``other_readings`` (rare heteronym readings) in ALT, so a
    search can rank a match on the usual reading above one on a rare reading.
    """
    cleaned = [k for k in dict.fromkeys(k.strip().lower() for k in keys) if k]
    others = [k for k in dict.fromkeys(k.strip().lower() for k in other_readings)
              if k and k not in cleaned]
    packed = SEP + SEP.join(cleaned) + SEP if cleaned else ""
    return packed + (ALT + ALT.join(others) + ALT if others else "")


def normalise_query(text: str) -> str:
    """A typed query as compared with the keys: NFKC (full-width ``ＺＳ`` is ``zs``), invisible
    marks removed, lower case; spaces and middle dots are ignored, as in names."""
    return _SEPARATORS.sub("", compact(text)).lower()[:MAX_QUERY_LENGTH]
