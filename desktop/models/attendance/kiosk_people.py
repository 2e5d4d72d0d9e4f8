"""Other people the kiosk signs in besides members, declared by their capabilities (Qt-free).

Attendance does not import those capabilities: a models package declares
``KIOSK_PEOPLE = ("package.module:PROVIDER",)``, each a :class:`KioskPeople` with the three
things the kiosk asks: who holds a card, who matches a typed name (tiles), and signing a person
in or out (a :class:`KioskPersonResult` the kiosk shows). Members keep their own path
(:mod:`.attendance`, :mod:`.kiosk_search`); a card is asked of these after no member holds
it. Typed names are different: :func:`find_tiles` ranks members and these people together
(:class:`~.kiosk_search.MatchRank`), so a volunteer whose initials are exactly what was typed
is never pushed off the tiles by members matching less well.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.models import capabilities
from desktop.models.admin.permissions import Actor
from desktop.models.attendance.kiosk_search import UNRANKED, KioskMatch, MatchRank, find_members
from desktop.models.db import Database


@dataclass(frozen=True)
class KioskPersonMatch:
    """One tile: who, the name shown, the card's last characters and the role shown."""

    person_id: int
    name: str
    card_tail: str
    role: str
    # False when the person has not agreed to their photo being shown (drawn initial instead).
    show_photo: bool = True
    # The tile's place among all tiles (kiosk_search.match_rank, the members' ranking too).
    rank: MatchRank = field(default=MatchRank(UNRANKED), compare=False)


@dataclass(frozen=True)
class KioskOffer:
    """Something the person may choose on the greeting (a volunteer: an open shift today):
    ``key`` goes back to :attr:`KioskPeople.take`, ``label`` is shown on the button."""

    key: int
    label: str


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
    # False when the person has not agreed to their photo being shown (drawn initial instead).
    show_photo: bool = True
    # Choices offered on the greeting (none: nothing to choose).
    offers: tuple[KioskOffer, ...] = ()
    # How many more choices there are than ``offers`` holds (the kiosk sends them to staff).
    more_offers: int = 0


@dataclass(frozen=True)
class KioskPeople:
    """What one capability answers the kiosk."""

    # The person holding this card (as scanned), or None.
    person_for_card: Callable[[Database, str], int | None]
    # Up to ``limit`` tiles for a typed name on a day.
    find: Callable[[Database, str, date, int], list[KioskPersonMatch]]
    # Sign the person in (or out); KioskRefusal when they may not.
    sign: Callable[[Database, int, str, Actor, datetime | None], KioskPersonResult]
    # The person chose an offer (its key) on the greeting; None when nothing is offered.
    take: Callable[[Database, int, int, Actor], KioskPersonResult] | None = None


def providers(extra: Sequence[str] = ()) -> list[KioskPeople]:
    """Every declared provider, in the order of the declaring packages."""
    return [capabilities.resolve(ref) for ref in
            capabilities.declarations("desktop.models", "KIOSK_PEOPLE", extra)]


def card_holder(db: Database, scanned: str,
                extra: Sequence[str] = ()) -> tuple[KioskPeople, int] | None:
    """The provider and person holding this card (asked in order), or None."""
    for provider in providers(extra):
        person_id = provider.person_for_card(db, scanned)
        if person_id is not None:
            return provider, person_id
    return None


def sign_by_card(db: Database, scanned: str, *, actor: Actor, now: datetime | None = None,
                 extra: Sequence[str] = ()) -> KioskPersonResult | None:
    """Sign in (or out) whoever besides members holds this card; None when nobody does.
    The provider's KioskRefusal passes through."""
    holder = card_holder(db, scanned, extra)
    if holder is None:
        return None
    provider, person_id = holder
    return provider.sign(db, person_id, "card", actor, now)


def find_people(db: Database, text: str, day: date, limit: int,
                extra: Sequence[str] = ()) -> list[tuple[KioskPeople, KioskPersonMatch]]:
    """Up to ``limit`` tiles of the providers for a typed name, best match first (their
    :class:`MatchRank`), each with the provider that signs them."""
    if limit <= 0:
        return []
    found = [(provider, match) for provider in providers(extra)
             for match in provider.find(db, text, day, limit)]
    # Stable: a tie (which a provider cannot know of another) keeps the providers' order.
    found.sort(key=lambda pair: pair[1].rank)
    return found[:limit]


@dataclass(frozen=True)
class KioskTile:
    """One tile for a typed name: a member (``provider`` None: attendance signs them in) or
    someone a provider signs in."""

    match: KioskMatch | KioskPersonMatch
    provider: KioskPeople | None = None

    @property
    def rank(self) -> MatchRank:
        """Its place among all tiles."""
        return self.match.rank


def find_tiles(db: Database, text: str, day: date, limit: int,
               extra: Sequence[str] = ()) -> list[KioskTile]:
    """Up to ``limit`` tiles for a typed name, members and every provider's people on one
    ranking (exact initials or name first, whoever the person is); empty for a number."""
    members = [KioskTile(m) for m in find_members(db, text, day, limit)]
    others = [KioskTile(m, p) for p, m in find_people(db, text, day, limit, extra)]
    tiles = sorted([*members, *others], key=lambda tile: tile.rank)
    return tiles[:limit]
