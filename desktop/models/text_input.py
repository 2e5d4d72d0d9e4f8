"""Cleaning text that people type or import, before anything checks or stores it (docs/domain.md).

Three kinds of field, three cleaners:

* :func:`compact` for codes (ID and certificate numbers, phones, card numbers, centre codes,
  months, dates, amounts): NFKC (full-width ``１１０１０５`` → ``110105``), invisible marks
  removed, every space removed, dash look-alikes made ``-``.
* :func:`clean_name` for names of people: NFKC, invisible marks removed, runs of spaces made
  one, spaces between two Chinese characters dropped (``张　三`` padded to line up with
  three-character names is ``张三``), the dot of minority names made ``·`` whatever dot was typed.
* :func:`clean_text` for free text (address, notes, reasons): invisible marks removed and the
  ends trimmed, ideographic spaces included. Not NFKC: it would turn the Chinese punctuation
  people write in prose (，：（）) into ASCII.

Format checks then match ASCII digits only (``[0-9]``, :func:`is_ascii_digits`): ``\\d`` and
``str.isdigit`` also accept ``٣`` and ``३``, which NFKC leaves as they are.
"""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that pasting from web pages, chat apps and Word leaves inside names:
# zero-width space / non-joiner / joiner, word joiner, left-to-right and right-to-left marks,
# and the byte order mark. They are all "format" characters (category Cf), and every other
# Cf character (soft hyphen, direction embeddings and isolates, invisible operators) is just
# as invisible, so the whole category goes.
INVISIBLE_MARKS = "\u200b\u200c\u200d\u2060\u200e\u200f\ufeff"
# Letters that render as nothing: the Hangul fillers (category Lo, so listed by hand).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
# Dashes an input method gives for "-": hyphen, non-breaking hyphen, figure dash, en and em
# dash, horizontal bar, minus sign (NFKC already maps the full-width hyphen-minus).
_DASHES = re.compile("[\u2010-\u2015\u2212\ufe58]")
_SPACES = re.compile(r"\s+")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# A dot or space between two Chinese characters, as people type the separator of a minority
# name (阿依古丽·买买提): the dot of the ID card is U+00B7.
_NAME_DOT = re.compile(f"(?<=[{_HAN}])\\s*[·・•‧∙⋅.]\\s*(?=[{_HAN}])")
_HAN_GAP = re.compile(f"(?<=[{_HAN}])\\s+(?=[{_HAN}])")
NAME_DOT = "\u00b7"


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def strip_invisible(text: str) -> str:
    """``text`` without zero-width, direction and other invisible format characters."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf"
                   and c not in _BLANK_LETTERS)


def compact(text: str | None) -> str:
    """A code as typed, made comparable: NFKC, no invisible marks, no spaces, ASCII dashes.

    Letter case is kept; callers upper-case where the code's letters are case-free
    (the ``X`` of an ID, a card number, a centre code).
    """
    value = _nfkc(strip_invisible(text or ""))
    # NFKC once more: removing a space can join a letter to a combining mark (¯ is " ̄").
    return _nfkc(_SPACES.sub("", _DASHES.sub("-", value)))


def clean_name(text: str | None) -> str:
    """A person's name as stored and compared (see the module docstring)."""
    value = " ".join(_nfkc(strip_invisible(text or "")).split())
    value = _NAME_DOT.sub(NAME_DOT, value)
    return _nfkc(_HAN_GAP.sub("", value))


def clean_text(text: str | None) -> str:
    """Free text without invisible marks, trimmed at both ends (ideographic spaces too)."""
    return strip_invisible(text or "").strip()


def clean_line(text: str | None) -> str:
    """One line of free text (a title, a place, a reason): invisible marks removed and every
    run of spaces, ideographic ones included, made one space."""
    return " ".join(strip_invisible(text or "").split())


def is_ascii_digits(text: str) -> bool:
    """True for a non-empty run of 0–9 only (``str.isdigit`` also takes ``٣``, ``²``, ``③``)."""
    return text.isascii() and text.isdigit()
