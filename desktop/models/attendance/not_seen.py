"""Members not seen recently (久未签到): who has not signed in for N weeks, and how to reach them.

The list staff phone or visit (走访) from, and tell about coming activities: members on the
register today (:func:`desktop.models.people.register.on_register`, archived people never)
whose last valid sign-in is N weeks or more ago — exactly N weeks counts — or who never
signed in, with their phone, their guardians and family (``family_link``), their emergency
contact, community and address.

Phones and addresses are sensitive personal information (docs/domain.md): :func:`members_not_seen`
gives them masked, for looking at the list; :func:`call_list` gives them in full to an actor
with ``REVEAL_SENSITIVE`` and writes an audit entry naming whose numbers were revealed and
what for (looked at, exported, printed).

N is a centre setting (:func:`weeks_setting`), changed from the list itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.centre import get_setting, set_setting
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people import register
from desktop.models.people.identity import mask_address, mask_phone
from desktop.models.people.person_input import PROGRAMMES

WEEKS_SETTING = "attendance.not_seen_weeks"
DEFAULT_WEEKS = 4
MIN_WEEKS = 1
MAX_WEEKS = 52
LIST_TITLE = "久未签到会员联系名单"

# Kinds of contact, in the order a caller tries them after the member.
GUARDIAN = "guardian"
FAMILY = "family"
EMERGENCY = "emergency"
KIND_NAMES = {GUARDIAN: "监护人", FAMILY: "家属", EMERGENCY: "紧急联系人"}


@dataclass(frozen=True)
class Contact:
    """Someone to call about a member: a guardian, a family member or the emergency contact."""

    name: str
    relation: str  # 母亲, 儿子 … as registered; '' when not given
    kind: str  # GUARDIAN, FAMILY or EMERGENCY
    phone: str  # masked unless the list was revealed

    def describe(self) -> str:
        """One line in Chinese for exports and the command line: 王芳（母亲·监护人）138****5678."""
        role = "·".join(part for part in (self.relation, KIND_NAMES[self.kind]) if part)
        who = f"{self.name}（{role}）" if self.name else role
        return f"{who} {self.phone}" if self.phone and not self.name else who + self.phone

    def as_json(self) -> dict[str, Any]:
        """The JSON shape of `warmhome people not-seen --json`."""
        return {"name": self.name, "relation": self.relation, "kind": self.kind,
                "phone": self.phone}


@dataclass(frozen=True)
class NotSeenMember:
    """One member on the list."""

    person_id: int
    name: str
    last_sign_in: str | None  # ISO date of the last valid sign-in; None: never signed in
    registered_on: str  # joining date (入会日期), or the day the record was made
    days_since: int  # days since the last sign-in, or since registering when never
    phone: str
    community: str
    address: str
    contacts: tuple[Contact, ...] = ()
    name_sort: str = ""  # the pinyin sort key, for ordering by name

    @property
    def never_signed_in(self) -> bool:
        """Whether the member has no valid sign-in at all."""
        return self.last_sign_in is None

    @property
    def weeks_since(self) -> int:
        """Whole weeks since the last sign-in (since registering when never signed in)."""
        return self.days_since // 7

    def as_json(self) -> dict[str, Any]:
        """The JSON shape of `warmhome people not-seen --json` (keys are a public contract)."""
        return {"id": self.person_id, "name": self.name, "last_sign_in": self.last_sign_in,
                "never_signed_in": self.never_signed_in, "registered_on": self.registered_on,
                "days_since": self.days_since, "weeks_since": self.weeks_since,
                "phone": self.phone, "community": self.community, "address": self.address,
                "contacts": [c.as_json() for c in self.contacts]}


@dataclass(frozen=True)
class NotSeenList:
    """The list as of ``today``: members whose last sign-in is on or before ``cutoff``."""

    today: str
    weeks: int
    cutoff: str
    programme: str | None
    full_details: bool  # phones and addresses in full (an audited call list)
    members: list[NotSeenMember] = field(default_factory=list)

    @property
    def never_count(self) -> int:
        """How many on the list never signed in."""
        return sum(1 for m in self.members if m.never_signed_in)

    def as_json(self) -> dict[str, Any]:
        """The JSON document of `warmhome people not-seen --json`."""
        return {"today": self.today, "weeks": self.weeks, "cutoff": self.cutoff,
                "programme": self.programme, "full_details": self.full_details,
                "count": len(self.members), "never_signed_in": self.never_count,
                "members": [m.as_json() for m in self.members]}


# -- the setting ---------------------------------------------------------------------------------

def check_weeks(weeks: int) -> None:
    """ValidationError unless ``weeks`` is a whole number from MIN_WEEKS to MAX_WEEKS."""
    if isinstance(weeks, bool) or not isinstance(weeks, int) or \
            not MIN_WEEKS <= weeks <= MAX_WEEKS:
        raise ValidationError(
            {
                "weeks": Message(
                    QT_TRANSLATE_NOOP("Messages", "未签到周数应为{minimum}–{maximum}周"),
                    minimum=MIN_WEEKS,
                    maximum=MAX_WEEKS,
                )
            }
        )


def weeks_setting(db: Database) -> int:
    """The centre's N: weeks without a sign-in that put a member on the list."""
    try:
        value = int(get_setting(db, WEEKS_SETTING, str(DEFAULT_WEEKS)))
    except ValueError:
        return DEFAULT_WEEKS
    return value if MIN_WEEKS <= value <= MAX_WEEKS else DEFAULT_WEEKS


def set_weeks_setting(db: Database, weeks: int, *, actor: Actor) -> None:
    """Remember N for this centre (an audited settings change; nothing when unchanged)."""
    actor.require(Permission.EDIT_SETTINGS)
    check_weeks(weeks)
    with db.transaction():
        before = weeks_setting(db)
        if before == weeks:
            return
        set_setting(db, WEEKS_SETTING, str(weeks))
        audit.record(db, actor=actor.username, action="update", table="setting",
                     record_id=None, before={WEEKS_SETTING: before},
                     after={WEEKS_SETTING: weeks})


# -- the list ------------------------------------------------------------------------------------

def cutoff_day(today: date, weeks: int) -> date:
    """The latest last sign-in that still puts a member on the list: ``weeks`` weeks ago."""
    return today - timedelta(weeks=weeks)


# The last valid sign-in up to today is one seek per member in the index of valid sign-ins
# by (person_id, day), not a grouping of every sign-in: EXPLAIN QUERY PLAN shows
# "SEARCH s USING INDEX sign_in_once_a_day (person_id=? AND day<?)". MATERIALIZED keeps
# SQLite from copying that subquery into the outer filter, where it would run twice.
_MEMBERS_SQL = f"""
WITH seen AS MATERIALIZED (
  SELECT p.id, p.name, p.name_sort, p.phone, p.community, p.address,
         p.emergency_contact, p.emergency_phone,
         coalesce(m.joined_on, substr(p.created_at, 1, 10)) AS registered_on,
         (SELECT max(s.day) FROM sign_in s
           WHERE s.person_id = p.id AND s.voided_at IS NULL AND s.day <= :last) AS last_day
  FROM member m JOIN person p ON p.id = m.person_id
  WHERE {register.on_register()} AND p.archived_at IS NULL
    AND (:programme IS NULL OR EXISTS (SELECT 1 FROM member_programme mp
                                       WHERE mp.person_id = p.id AND mp.programme = :programme))
)
SELECT * FROM seen WHERE last_day IS NULL OR last_day <= :cutoff
"""

_CONTACTS_SQL = """
SELECT f.member_id, g.name, f.relation, f.is_guardian, g.phone
FROM family_link f JOIN person g ON g.id = f.person_id
WHERE f.member_id IN ({marks}) AND g.archived_at IS NULL
ORDER BY f.is_guardian DESC, g.name_sort, g.id
"""


def _contacts(db: Database, rows: list[Any], masked: bool) -> dict[int, list[Contact]]:
    phone = mask_phone if masked else (lambda v: v or "")
    found: dict[int, list[Contact]] = {int(r["id"]): [] for r in rows}
    ids = list(found)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in db.query(_CONTACTS_SQL.format(marks=",".join("?" * len(chunk))), chunk):
            found[int(r["member_id"])].append(Contact(
                name=r["name"], relation=r["relation"],
                kind=GUARDIAN if r["is_guardian"] else FAMILY, phone=phone(r["phone"])))
    for r in rows:
        name, number = (r["emergency_contact"] or "").strip(), r["emergency_phone"] or ""
        linked = found[int(r["id"])]
        # The emergency contact is often the guardian entered twice: list them once.
        if (name or number) and not any(c.name == name and c.phone == phone(number)
                                         for c in linked):
            linked.append(Contact(name=name, relation="", kind=EMERGENCY, phone=phone(number)))
    return found


def _load(db: Database, weeks: int, today: date, programme: str | None,
          masked: bool) -> NotSeenList:
    check_weeks(weeks)
    if programme is not None and programme not in PROGRAMMES:
        raise ValidationError(
            {
                "programme": Message(
                    QT_TRANSLATE_NOOP("Messages", "没有“{programme}”这个服务项目"),
                    programme=programme,
                )
            }
        )
    cutoff = cutoff_day(today, weeks)
    with db.read_snapshot():
        rows = db.query(_MEMBERS_SQL, {"first": today.isoformat(), "last": today.isoformat(),
                                       "cutoff": cutoff.isoformat(), "programme": programme})
        contacts = _contacts(db, rows, masked)
    phone = mask_phone if masked else (lambda v: v or "")
    address = mask_address if masked else (lambda v: v or "")
    members: list[NotSeenMember] = []
    for r in rows:
        last = r["last_day"]
        since = date.fromisoformat(last or r["registered_on"])
        members.append(NotSeenMember(
            person_id=int(r["id"]), name=r["name"], last_sign_in=last,
            registered_on=r["registered_on"], days_since=max((today - since).days, 0),
            phone=phone(r["phone"]), community=r["community"], address=address(r["address"]),
            contacts=tuple(contacts[int(r["id"])]), name_sort=r["name_sort"]))
    # Longest unseen first; a member who never came counts from the day they registered.
    members.sort(key=lambda m: (-m.days_since, m.name_sort, m.person_id))
    return NotSeenList(today=today.isoformat(), weeks=weeks, cutoff=cutoff.isoformat(),
                       programme=programme, full_details=not masked, members=members)


def members_not_seen(db: Database, weeks: int, *, today: date,
                     programme: str | None = None) -> NotSeenList:
    """Members on the register on ``today`` (optionally of one programme) whose last valid
    sign-in is ``weeks`` weeks or more before ``today``, or who never signed in; phones and
    addresses masked. ValidationError for weeks outside 1–52 or an unknown programme."""
    return _load(db, weeks, today, programme, masked=True)


def call_list(db: Database, weeks: int, *, today: date, actor: Actor, purpose: str,
              programme: str | None = None) -> NotSeenList:
    """:func:`members_not_seen` with full phones and addresses, for phoning and visiting.

    Needs ``REVEAL_SENSITIVE`` (PermissionDenied otherwise, nothing written); writes one audit
    entry naming the members whose details were revealed and ``purpose`` (查看, 打印, the
    file exported to). Inside a caller's transaction the entry is part of it, so an export
    that fails leaves no entry behind.
    """
    actor.require(Permission.REVEAL_SENSITIVE)
    with db.transaction():
        found = _load(db, weeks, today, programme, masked=False)
        audit.record(db, actor=actor.username, action="reveal", table="person", record_id=None,
                     after={"list": LIST_TITLE, "weeks": weeks, "today": found.today,
                            "programme": programme,
                            "person_ids": [m.person_id for m in found.members]},
                     reason=f"{LIST_TITLE}：显示完整电话和住址（{purpose}）")
    return found
