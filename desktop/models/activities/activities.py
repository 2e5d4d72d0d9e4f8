"""Cultural and sports activities (文体活动): the activities, their participants, yearly counts.

Rules this module keeps:

- An activity may be entered for a past day or planned for a day up to a year ahead
  (``MAX_PLAN_DAYS``). Participants are a record of who actually took part, so they can only
  be added on or after the activity's day; sign-up lists for planned activities are not kept.
- Participants are members on the register that day (the rule the kiosk and staff sign-ins
  follow: not archived, not left before the day).
- Nothing disappears silently: a wrong activity is voided with a reason and stays on record;
  removing a participant needs a reason and is written to the audit log with the row as it was.
- Every change needs Permission.EDIT_ATTENDANCE and is audited.
- Nothing changes in a closed (submitted) month: not its activities, not their participants,
  and no activity moves into or out of it (``month_close.ensure_month_open``).

The policy (西政发〔2016〕8号, item 十五) asks that every member who wishes takes part in at
least three activities a year. The issue reads that as "cultural or sports" (文体); the
policy text itself says "文化活动". ``COUNTED_KINDS`` holds the kinds that count, in one place.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.attendance.attendance import eligibility_problem
from desktop.models.clock import now_iso
from desktop.models.db import Database, row_as
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people import search_keys
from desktop.models.people.identity import mask_id
from desktop.models.people.people_query import PeopleQuery, search_ids
from desktop.models.people.person_input import PersonRole
from desktop.models.people.register import on_register
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.text_input import clean_line, compact

KINDS = ("文化", "体育", "康复", "节日慰问", "其他")
# The kinds that count towards a member's yearly activities (policy: 文化体育活动).
COUNTED_KINDS: tuple[str, ...] = ("文化", "体育")
YEARLY_TARGET = 3
TITLE_MAX = 100
PLACE_MAX = 100
ORGANISER_MAX = 50
REASON_MAX = 200
# Activities are planned a few months ahead at most; a date years away is a typing mistake.
MAX_PLAN_DAYS = 366
EARLIEST_DAY = date(2000, 1, 1)
SEARCH_LIMIT = 50
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


class ActivityError(WarmHomeError):
    """A change to an activity or its participants that cannot be made (the message says why)."""


@dataclass(frozen=True)
class ActivityInput:
    """What the activity form holds; ``day`` is ISO text (YYYY-MM-DD) as typed."""

    title: str
    kind: str
    day: str
    place: str = ""
    organiser: str = ""


@dataclass(frozen=True)
class Activity:
    """One stored activity with its number of participants."""

    id: int
    title: str
    kind: str
    day: str
    place: str
    organiser: str
    participants: int
    voided: bool
    void_reason: str | None

    def as_input(self) -> ActivityInput:
        """The activity as form input (for editing)."""
        return ActivityInput(self.title, self.kind, self.day, self.place, self.organiser)


@dataclass(frozen=True)
class Participant:
    """A member who took part in an activity."""

    person_id: int
    name: str
    id_number: str  # masked
    added_at: str


@dataclass(frozen=True)
class Candidate:
    """A member who could be added: from the day's sign-ins or from a search."""

    person_id: int
    name: str
    detail: str  # sign-in time (HH:MM) or the masked ID number
    participating: bool


@dataclass(frozen=True)
class MemberCount:
    """How many counted activities a member took part in during a year."""

    person_id: int
    name: str
    count: int
    card_number: str = ""  # tells apart members with the same name

    @property
    def below_target(self) -> bool:
        """Fewer than the policy's three a year."""
        return self.count < YEARLY_TARGET


# -- validation ---------------------------------------------------------------------------------
def _clean(text: str) -> str:
    return clean_line(text)


def normalised(raw: ActivityInput) -> ActivityInput:
    """The input with spaces tidied (as it will be stored)."""
    return ActivityInput(title=_clean(raw.title), kind=(raw.kind or "").strip(),
                         day=compact(raw.day), place=_clean(raw.place),
                         organiser=_clean(raw.organiser))


def validate_activity(data: ActivityInput, today: date) -> dict[str, str]:
    """Field name → what is wrong on ``today``; empty when the activity can be saved."""
    errors: dict[str, str] = {}
    if not data.title:
        errors["title"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写活动名称"))
    elif len(data.title) > TITLE_MAX:
        errors["title"] = Message(
            QT_TRANSLATE_NOOP("Messages", "活动名称最多{limit}个字，现在是{length}个字"),
            limit=TITLE_MAX,
            length=len(data.title),
        )
    if data.kind not in KINDS:
        errors["kind"] = Message(
            QT_TRANSLATE_NOOP("Messages", "活动类型应为 {kinds} 之一"), kinds="、".join(KINDS)
        )
    problem = _day_problem(data.day, today)
    if problem:
        errors["day"] = problem
    if len(data.place) > PLACE_MAX:
        errors["place"] = Message(
            QT_TRANSLATE_NOOP("Messages", "地点最多{limit}个字"), limit=PLACE_MAX
        )
    if len(data.organiser) > ORGANISER_MAX:
        errors["organiser"] = Message(
            QT_TRANSLATE_NOOP("Messages", "组织者最多{limit}个字"), limit=ORGANISER_MAX
        )
    return errors


def _day_problem(text: str, today: date) -> str | None:
    if not text:
        return Message(QT_TRANSLATE_NOOP("Messages", "请填写活动日期"))
    bad = Message(
        QT_TRANSLATE_NOOP(
            "Messages", "活动日期应为 YYYY-MM-DD 格式的真实日期，如 2026-05-17，现在是“{text}”"
        ),
        text=text,
    )
    # fromisoformat alone would also take 20260517 and week dates.
    if not _DAY.match(text):
        return bad
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return bad
    if day < EARLIEST_DAY:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "活动日期不能早于 {earliest}"),
            earliest=EARLIEST_DAY.isoformat(),
        )
    if day > today + timedelta(days=MAX_PLAN_DAYS):
        return Message(QT_TRANSLATE_NOOP("Messages", "活动日期最多可提前一年安排"))
    return None


def _clean_reason(reason: str, what: str) -> str:
    text = _clean(reason)
    if not text:
        raise ValidationError(
            {"reason": Message(QT_TRANSLATE_NOOP("Messages", "请填写{what}原因"), what=what)}
        )
    if len(text) > REASON_MAX:
        raise ValidationError(
            {
                "reason": Message(
                    QT_TRANSLATE_NOOP("Messages", "原因最多{limit}个字"), limit=REASON_MAX
                )
            }
        )
    return text


# -- reading ------------------------------------------------------------------------------------
_ACTIVITY_SQL = """
SELECT a.id, a.title, a.kind, a.day, a.place, a.organiser, a.voided_at IS NOT NULL AS voided,
       a.void_reason,
       (SELECT count(*) FROM activity_participant ap WHERE ap.activity_id = a.id) AS participants
FROM activity a
"""


def _activity(row: sqlite3.Row) -> Activity:
    return row_as(Activity, row, voided=bool)


def get_activity(db: Database, activity_id: int) -> Activity:
    """One activity by id; NotFoundError when there is none."""
    row = db.query_one(_ACTIVITY_SQL + " WHERE a.id = ?", (activity_id,))
    if row is None:
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "没有编号为 {activity_id} 的活动"),
                activity_id=activity_id,
            )
        )
    return _activity(row)


def list_activities(db: Database, year: int | None = None, kind: str | None = None, *,
                    include_voided: bool = False) -> list[Activity]:
    """Activities of a year (all years when None), newest first; optionally one kind."""
    clauses: list[str] = []
    params: list[Any] = []
    if year is not None:
        clauses.append("a.day BETWEEN ? AND ?")
        params += [f"{year:04d}-01-01", f"{year:04d}-12-31"]
    if kind:
        clauses.append("a.kind = ?")
        params.append(kind)
    if not include_voided:
        clauses.append("a.voided_at IS NULL")
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = db.query(_ACTIVITY_SQL + where + " ORDER BY a.day DESC, a.id DESC", params)
    return [_activity(r) for r in rows]


def activity_years(db: Database, today: date | None = None) -> list[int]:
    """Years that have activities, plus the current year (``today``'s, by default by ``db``'s
    clock), newest first (the year filter)."""
    current = (today or db.clock.today()).year
    years = {int(r[0]) for r in db.query("SELECT DISTINCT substr(day, 1, 4) FROM activity")}
    return sorted(years | {current}, reverse=True)


def participants(db: Database, activity_id: int) -> list[Participant]:
    """The activity's participants in pinyin order, ID numbers masked."""
    rows = db.query(
        "SELECT p.id, p.name, p.id_number, ap.added_at FROM activity_participant ap"
        " JOIN person p ON p.id = ap.person_id WHERE ap.activity_id = ?"
        " ORDER BY p.name_sort, p.id", (activity_id,))
    return [Participant(int(r["id"]), r["name"], mask_id(r["id_number"]), r["added_at"])
            for r in rows]


def day_candidates(db: Database, activity_id: int) -> list[Candidate]:
    """Members with a valid sign-in on the activity's day, in sign-in order."""
    activity = get_activity(db, activity_id)
    rows = db.query(
        "SELECT s.person_id, p.name, substr(s.signed_in_at, 12, 5) AS time_in,"
        " EXISTS (SELECT 1 FROM activity_participant ap WHERE ap.activity_id = ?"
        "         AND ap.person_id = s.person_id) AS participating"
        " FROM sign_in s JOIN person p ON p.id = s.person_id"
        " WHERE s.day = ? AND s.voided_at IS NULL ORDER BY s.signed_in_at, s.id",
        (activity_id, activity.day))
    return [Candidate(int(r["person_id"]), r["name"], r["time_in"], bool(r["participating"]))
            for r in rows]


def search_candidates(db: Database, activity_id: int, text: str,
                      limit: int = SEARCH_LIMIT) -> list[Candidate]:
    """Members on the register matching a name, pinyin initials, card or ID ending."""
    if not search_keys.normalise_query(text):
        return []  # nothing typed but spaces or invisible marks: not "everyone"
    ids = search_ids(db, PeopleQuery(text=text, role=PersonRole.MEMBER))[:limit]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {int(r["id"]): r for r in db.query(
        f"SELECT p.id, p.name, p.id_number, EXISTS (SELECT 1 FROM activity_participant ap"
        f" WHERE ap.activity_id = ? AND ap.person_id = p.id) AS participating"
        f" FROM person p WHERE p.id IN ({marks})", [activity_id, *ids])}
    return [Candidate(i, rows[i]["name"], mask_id(rows[i]["id_number"]),
                      bool(rows[i]["participating"])) for i in ids if i in rows]


def _year_bounds(year: int) -> tuple[str, str]:
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def member_counts(db: Database, year: int) -> list[MemberCount]:
    """Every member on the register during ``year`` (and anyone who took part) with the number
    of counted activities (``COUNTED_KINDS``, not voided) that year, in pinyin order.

    One SQL statement: the year's participations are counted once, then joined to members.
    """
    first, last = _year_bounds(year)
    kind_values = {f"kind{n}": kind for n, kind in enumerate(COUNTED_KINDS)}
    kinds = ", ".join(f":{key}" for key in kind_values)
    rows = db.query(
        "WITH counted AS ("
        "  SELECT ap.person_id, count(*) AS n FROM activity a"
        "  JOIN activity_participant ap ON ap.activity_id = a.id"
        f" WHERE a.day BETWEEN :first AND :last AND a.voided_at IS NULL AND a.kind IN ({kinds})"
        "  GROUP BY ap.person_id)"
        " SELECT p.id, p.name, coalesce(c.n, 0) AS n, coalesce(m.card_number, '')"
        " FROM member m"
        " JOIN person p ON p.id = m.person_id"
        " LEFT JOIN counted c ON c.person_id = m.person_id"
        f" WHERE c.n IS NOT NULL OR {on_register()}"
        " ORDER BY p.name_sort, p.id",
        {"first": first, "last": last, **kind_values})
    return [MemberCount(int(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in rows]


def members_below_target(db: Database, year: int) -> list[MemberCount]:
    """Members on the register that year with fewer than three counted activities."""
    return [row for row in member_counts(db, year) if row.below_target]


def member_count(db: Database, person_id: int, year: int) -> int:
    """One member's counted activities in a year."""
    first, last = _year_bounds(year)
    kinds = ",".join("?" * len(COUNTED_KINDS))
    return int(db.scalar(
        "SELECT count(*) FROM activity_participant ap JOIN activity a ON a.id = ap.activity_id"
        f" WHERE ap.person_id = ? AND a.day BETWEEN ? AND ? AND a.voided_at IS NULL"
        f" AND a.kind IN ({kinds})", [person_id, first, last, *COUNTED_KINDS]))


# -- writing ------------------------------------------------------------------------------------
def _validated(raw: ActivityInput, today: date) -> ActivityInput:
    data = normalised(raw)
    errors = validate_activity(data, today)
    if errors:
        raise ValidationError(errors)
    return data


def create_activity(db: Database, raw: ActivityInput, *, actor: Actor,
                    today: date | None = None) -> int:
    """Validate and store a new activity (``today`` by default by ``db``'s clock); return its
    id."""
    actor.require(Permission.EDIT_ATTENDANCE)
    data = _validated(raw, today or db.clock.today())
    values = {**asdict(data), "created_at": now_iso(db.clock)}
    with db.transaction():
        ensure_month_open(db, data.day)
        cursor = db.execute(
            "INSERT INTO activity (title, kind, day, place, organiser, created_at)"
            " VALUES (:title, :kind, :day, :place, :organiser, :created_at)", values)
        activity_id = int(cursor.lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="activity",
                     record_id=activity_id, after=asdict(data))
    return activity_id


def _open_activity(db: Database, activity_id: int) -> Activity:
    activity = get_activity(db, activity_id)
    ensure_month_open(db, activity.day)
    if activity.voided:
        raise ActivityError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "活动“{title}”已作废，不能修改"), title=activity.title
            )
        )
    return activity


def update_activity(db: Database, activity_id: int, raw: ActivityInput, *, actor: Actor,
                    today: date | None = None) -> None:
    """Save changes to an activity. An activity with participants cannot move to a day that
    has not come yet (its participants took part on a real day)."""
    actor.require(Permission.EDIT_ATTENDANCE)
    today = today or db.clock.today()
    data = _validated(raw, today)
    with db.transaction():
        before = _open_activity(db, activity_id)
        # Moving an activity into a closed month would change that month too.
        ensure_month_open(db, data.day)
        if before.participants and data.day > today.isoformat():
            raise ValidationError(
                {
                    "day": Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "已有 {count} 名参加者，活动日期不能改到将来"
                        ),
                        count=before.participants,
                    )
                }
            )
        old = asdict(before.as_input())
        new = asdict(data)
        if old == new:
            return
        db.execute("UPDATE activity SET title = :title, kind = :kind, day = :day,"
                   " place = :place, organiser = :organiser WHERE id = :id",
                   {**new, "id": activity_id})
        changed = [key for key in new if new[key] != old[key]]
        audit.record(db, actor=actor.username, action="update", table="activity",
                     record_id=activity_id, before={k: old[k] for k in changed},
                     after={k: new[k] for k in changed})


def void_activity(db: Database, activity_id: int, reason: str, *, actor: Actor) -> None:
    """Void a wrong activity with a reason; it and its participants stay on record but no
    longer count."""
    actor.require(Permission.EDIT_ATTENDANCE)
    text = _clean_reason(reason, Message(QT_TRANSLATE_NOOP("Messages", "作废")))
    with db.transaction():
        activity = get_activity(db, activity_id)
        ensure_month_open(db, activity.day)
        if activity.voided:
            raise ActivityError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "活动“{title}”已经作废"), title=activity.title
                )
            )
        stamp = now_iso(db.clock)
        db.execute("UPDATE activity SET voided_at = ?, void_reason = ? WHERE id = ?",
                   (stamp, text, activity_id))
        audit.record(db, actor=actor.username, action="void", table="activity",
                     record_id=activity_id, before={"voided_at": None},
                     after={"voided_at": stamp}, reason=text)


def _participant_problem(db: Database, person_id: int, day: str) -> str | None:
    problem = eligibility_problem(db, person_id, day)
    if problem == "not_member":
        name = db.scalar("SELECT name FROM person WHERE id = ?", (person_id,))
        return (
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name}（编号 {person_id}）不是会员，不能登记为活动参加者"
                ),
                name=name,
                person_id=person_id,
            )
            if name
            else Message(
                QT_TRANSLATE_NOOP("Messages", "没有编号为 {person_id} 的会员"), person_id=person_id
            )
        )
    name = db.scalar("SELECT name FROM person WHERE id = ?", (person_id,))
    if problem == "archived_member":
        return Message(
            QT_TRANSLATE_NOOP("Messages", "{name} 已归档，不能登记为活动参加者"), name=name
        )
    # eligibility_problem says "left_member" both for leaving before the day and for joining
    # after it: tell the two apart for the message.
    joined = db.scalar("SELECT joined_on FROM member WHERE person_id = ?", (person_id,))
    if joined and joined > day:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "{name} 于 {joined} 入会，晚于活动日期"),
            name=name,
            joined=joined,
        )
    if problem == "left_member":
        return Message(
            QT_TRANSLATE_NOOP("Messages", "{name} 在活动日期之前已离开，不能登记为活动参加者"),
            name=name,
        )
    return None


def add_participants(db: Database, activity_id: int, person_ids: Iterable[int], *,
                     actor: Actor, today: date | None = None) -> int:
    """Add members as participants (all or nothing); those already in are skipped.

    Returns how many were added. Refused for a voided activity, for an activity whose day has
    not come yet, and when any of the people is not a member on the register that day.
    """
    actor.require(Permission.EDIT_ATTENDANCE)
    wanted = list(dict.fromkeys(person_ids))
    added = 0
    with db.transaction():
        activity = _open_activity(db, activity_id)
        if activity.day > (today or db.clock.today()).isoformat():
            raise ActivityError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "活动日期 {day} 还没到，当天或之后才能登记参加者"
                    ),
                    day=activity.day,
                )
            )
        for person_id in wanted:
            problem = _participant_problem(db, person_id, activity.day)
            if problem:
                raise ActivityError(problem)
            if db.scalar("SELECT 1 FROM activity_participant WHERE activity_id = ?"
                         " AND person_id = ?", (activity_id, person_id)):
                continue
            stamp = now_iso(db.clock)
            db.execute("INSERT INTO activity_participant (activity_id, person_id, added_at)"
                       " VALUES (?, ?, ?)", (activity_id, person_id, stamp))
            audit.record(db, actor=actor.username, action="create",
                         table="activity_participant", record_id=activity_id,
                         after={"activity_id": activity_id, "person_id": person_id,
                                "added_at": stamp})
            added += 1
    return added


def remove_participant(db: Database, activity_id: int, person_id: int, reason: str, *,
                       actor: Actor) -> None:
    """Take a participant off an activity (e.g. entered by mistake), with a reason.

    The row goes, but the audit log keeps it as it was, who removed it, when and why.
    """
    actor.require(Permission.EDIT_ATTENDANCE)
    text = _clean_reason(reason, Message(QT_TRANSLATE_NOOP("Messages", "移除")))
    with db.transaction():
        _open_activity(db, activity_id)
        row = db.query_one("SELECT added_at FROM activity_participant WHERE activity_id = ?"
                           " AND person_id = ?", (activity_id, person_id))
        if row is None:
            raise NotFoundError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "编号 {person_id} 不是这个活动的参加者"),
                    person_id=person_id,
                )
            )
        db.execute("DELETE FROM activity_participant WHERE activity_id = ? AND person_id = ?",
                   (activity_id, person_id))
        audit.record(db, actor=actor.username, action="remove", table="activity_participant",
                     record_id=activity_id,
                     before={"activity_id": activity_id, "person_id": person_id,
                             "added_at": row["added_at"]},
                     after=None, reason=text)
