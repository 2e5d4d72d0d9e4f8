"""Other people the kiosk signs in besides members, declared by their capabilities (Qt-free).

Attendance does not import those capabilities: a models package declares
``KIOSK_PEOPLE = ("package.module:PROVIDER",)``, each a :class:`KioskPeople` with the three
things the kiosk asks: who holds a card, who matches a typed name (tiles), and signing a person
in or out (a :class:`KioskPersonResult` the kiosk shows). Members keep their own path
(:mod:`.attendance`, :mod:`.kiosk_search`); these are asked after it finds no member.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desktop.models import capabilities
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database


@dataclass(frozen=True)
class KioskPersonMatch:
    """One tile: who, the name shown, the card's last characters and the role shown."""

    person_id: int
    name: str
    card_tail: str
    role: str


@dataclass(frozen=True)
class KioskPersonResult:
    """What the kiosk shows after signing someone in or out: ``status`` is 'signed_in',
    'already' (nothing recorded) or 'signed_out'; ``detail`` a line for the person (their
    shift, or what staff still do)."""

    person_id: int
    name: str
    role: str
    status: str
    time: str
    detail: str


@dataclass(frozen=True)
class KioskPeople:
    """What one capability answers the kiosk."""

    # The person holding this card (as scanned), or None.
    person_for_card: Callable[[Database, str], int | None]
    # Up to ``limit`` tiles for a typed name on a day.
    find: Callable[[Database, str, date, int], list[KioskPersonMatch]]
    # Sign the person in (or out); KioskRefusal when they may not.
    sign: Callable[[Database, int, str, Actor, datetime | None], KioskPersonResult]


def providers(extra: Sequence[str] = ()) -> list[KioskPeople]:
    """Every declared provider, in the order of the declaring packages."""
    return [capabilities.resolve(ref) for ref in
            capabilities.declarations("desktop.models", "KIOSK_PEOPLE", extra)]
