"""Volunteers at the kiosk: found by their card (``volunteer_detail.card_number``), their name
or its pinyin initials like members, and signed in or out (Qt-free).

Declared to attendance as ``KIOSK_PEOPLE`` (:mod:`desktop.models.attendance.kiosk_people`), so
attendance never imports this package. A volunteer's first tap of the day signs them in (to
their shift, or as unplanned service for staff to confirm); a tap while signed in signs them
out, unless they signed in only minutes ago (a second scan of the same card: ``already``).
Unknown, archived and inactive volunteers get the kiosk's one neutral refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.models.admin.permissions import Actor
from desktop.models.attendance.attendance import NOT_FOUND_MESSAGE, KioskRefusal
from desktop.models.attendance.kiosk_people import (
    KioskOffer,
    KioskPeople,
    KioskPersonMatch,
    KioskPersonResult,
)
from desktop.models.attendance.kiosk_search import MAX_TILES, match_rank
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people import search_keys
from desktop.models.people.people_query import PeopleQuery, search_ids
from desktop.models.people.person_input import PersonRole
from desktop.models.text_input import compact
from desktop.models.volunteers import rules, sign_ins, signups
from desktop.models.volunteers.sign_ins import SignInOutcome, VolunteerSignIn

# A second tap this soon after signing in is the same arrival, not leaving.
SIGN_OUT_AFTER = timedelta(minutes=10)
_CHUNK = 100
# At most this many open shifts are offered on the greeting (the earliest): room on screen;
# the kiosk shows how many more there are (and fewer buttons when even these do not fit).
MAX_OFFERS = 3


def role_text() -> str:
    """The role the kiosk shows under a volunteer's name."""
    return Message(QT_TRANSLATE_NOOP("Messages", "志愿者"))


def volunteer_for_card(db: Database, card: str) -> int | None:
    """The active, not archived volunteer holding this kiosk card (case-insensitive)."""
    value = db.scalar(
        "SELECT d.person_id FROM volunteer_detail d JOIN volunteer v ON v.person_id = d.person_id"
        " JOIN person p ON p.id = d.person_id WHERE upper(d.card_number) = ? AND v.active = 1"
        " AND p.archived_at IS NULL", (compact(card).upper(),))
    return int(value) if value is not None else None


def find_volunteers(db: Database, text: str, day: date, limit: int = MAX_TILES,
                    ) -> list[KioskPersonMatch]:
    """Up to ``limit`` active volunteers whose name, initials or pinyin match ``text`` (a
    number is never searched: the kiosk is public); best match first, ranked as members are
    (:func:`~desktop.models.attendance.kiosk_search.match_rank`) so the kiosk can merge them."""
    del day  # a volunteer is on the register until made inactive or archived
    query = search_keys.normalise_query(text)
    if not query or any(c.isdigit() for c in query):
        return []
    ranked = search_ids(db, PeopleQuery(text=query, role=PersonRole.VOLUNTEER))
    found: list[KioskPersonMatch] = []
    for start in range(0, len(ranked), _CHUNK):
        chunk = ranked[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = {r["id"]: r for r in db.query(
            "SELECT p.id, p.name, p.name_sort, p.search_text,"
            " coalesce(d.card_number, '') AS card,"
            " coalesce(d.photo_consent, 0) AS consent"
            " FROM person p JOIN volunteer v ON v.person_id = p.id"
            " LEFT JOIN volunteer_detail d ON d.person_id = p.id"
            f" WHERE p.id IN ({marks}) AND p.archived_at IS NULL AND v.active = 1", chunk)}
        for person_id in chunk:
            row = rows.get(person_id)
            if row is None:
                continue
            rank = match_rank(query, row["search_text"], row["name_sort"], person_id)
            if rank is None:
                continue
            found.append(KioskPersonMatch(person_id, row["name"], row["card"][-4:],
                                          role_text(), show_photo=bool(row["consent"]),
                                          rank=rank))
            if len(found) == limit:
                return found
    return found


def photo_consent(db: Database, person_id: int) -> bool:
    """Whether the volunteer agreed to their register photo being shown at the kiosk."""
    return bool(db.scalar("SELECT photo_consent FROM volunteer_detail WHERE person_id = ?",
                          (person_id,)))


def shift_text(record: VolunteerSignIn) -> str:
    """The line the kiosk shows for the sign-in's shift, or that it is unplanned."""
    if record.shift_id is None:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "没有排班：已记为临时服务，请工作人员确认"))
    return Message(QT_TRANSLATE_NOOP("Messages", "今天的班次：{post} {starts}–{ends}"),
                   post=record.post_name, starts=record.starts_at, ends=record.ends_at)


def _signed_out_text(record: VolunteerSignIn) -> str:
    if record.shift_id is None:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "已签退；临时服务请工作人员确认后计时长"))
    return Message(QT_TRANSLATE_NOOP(
        "Messages", "已签退（{post}），本次计 {hours} 小时"),
        post=record.post_name, hours=rules.hours_text(record.minutes or 0))


def sign_at_kiosk(db: Database, person_id: int, method: str, actor: Actor,
                  now: datetime | None = None) -> KioskPersonResult:
    """Sign the volunteer in, or out when signed in a while ago; KioskRefusal (the neutral
    message) for anyone who is not an active volunteer."""
    if not rules.is_volunteer(db, person_id):
        raise KioskRefusal(NOT_FOUND_MESSAGE)
    moment = (now or db.clock.now()).replace(microsecond=0)
    open_now = sign_ins.open_sign_in(db, person_id, moment.date().isoformat())
    if open_now is not None and \
            moment - datetime.fromisoformat(open_now.signed_in_at) >= SIGN_OUT_AFTER:
        out = sign_ins.volunteer_sign_out(db, open_now.id, actor=actor, now=moment,
                                          method=method)
        return KioskPersonResult(person_id, out.name, role_text(), "signed_out", out.time_out,
                                 _signed_out_text(out), photo_consent(db, person_id))
    result = sign_ins.volunteer_sign_in(db, person_id, method=method, actor=actor, now=moment)
    record = result.sign_in
    status = "already" if result.status == SignInOutcome.ALREADY else "signed_in"
    offers: tuple[KioskOffer, ...] = ()
    more = 0
    if record.shift_id is None and status == "signed_in":
        shifts = open_shifts(db, moment)
        offers = tuple(KioskOffer(s.shift_id, s.label) for s in shifts[:MAX_OFFERS])
        more = len(shifts) - len(offers)
    return KioskPersonResult(person_id, record.name, role_text(), status, record.time_in,
                             shift_text(record), photo_consent(db, person_id), offers, more)


@dataclass(frozen=True)
class OpenShift:
    """A shift of today a volunteer may still sign up for at the kiosk."""

    shift_id: int
    post_name: str
    starts_at: str
    ends_at: str
    open_places: int

    @property
    def label(self) -> str:
        """The button's words: the post and the time."""
        return Message(QT_TRANSLATE_NOOP("Messages", "{post} {starts}–{ends}"),
                       post=self.post_name, starts=self.starts_at, ends=self.ends_at)


def open_shifts(db: Database, moment: datetime) -> list[OpenShift]:
    """Today's non-cancelled shifts not yet ended with places open (non-cancelled sign-ups
    under the capacity), earliest first."""
    rows = db.query(
        "SELECT sh.id, p.name, sh.starts_at, sh.ends_at, sh.capacity - (SELECT count(*)"
        "  FROM volunteer_signup u WHERE u.shift_id = sh.id AND u.status <> 'cancelled')"
        "  AS open_places"
        " FROM volunteer_shift sh JOIN volunteer_post p ON p.id = sh.post_id"
        " WHERE sh.day = ? AND sh.cancelled_at IS NULL AND sh.ends_at > ?"
        " ORDER BY sh.starts_at, sh.id",
        (moment.date().isoformat(), moment.strftime("%H:%M")))
    return [OpenShift(int(r["id"]), r["name"], r["starts_at"], r["ends_at"],
                      int(r["open_places"])) for r in rows if r["open_places"] > 0]


def sign_up_and_link(db: Database, person_id: int, shift_id: int, actor: Actor,
                     now: datetime | None = None) -> KioskPersonResult:
    """The volunteer, signed in unplanned today, chose an open shift on the greeting: signed
    up for it (:func:`signups.sign_up_at_kiosk`, same checks), which links today's sign-in to
    it as every sign-up does, in one transaction with both audit entries; neither happens when
    the shift refuses."""
    moment = (now or db.clock.now()).replace(microsecond=0)
    day = moment.date().isoformat()
    with db.transaction():
        record = sign_ins.open_sign_in(db, person_id, day)
        if record is None or record.shift_id is not None:
            raise KioskRefusal(Message(QT_TRANSLATE_NOOP(
                "Messages", "今天没有待选班次的签到，请找工作人员")))
        signups.sign_up_at_kiosk(db, shift_id, person_id, actor=actor)
    linked = sign_ins.get_sign_in(db, record.id)
    return KioskPersonResult(person_id, linked.name, role_text(), "signed_in", linked.time_in,
                             shift_text(linked), photo_consent(db, person_id))


def _take(db: Database, person_id: int, shift_id: int, actor: Actor) -> KioskPersonResult:
    return sign_up_and_link(db, person_id, shift_id, actor)


PROVIDER = KioskPeople(person_for_card=volunteer_for_card, find=find_volunteers,
                       sign=sign_at_kiosk, take=_take)
