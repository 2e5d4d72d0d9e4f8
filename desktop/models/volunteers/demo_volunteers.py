"""Demo volunteer service (志愿服务): details and cards, a basic training, weekly patterns per
post, their shifts, sign-ups, sign-ins and sign-outs and the service hours they give, over the
demo's years.

The volunteer capability's demo step (declared as ``DEMO`` in ``desktop.models.volunteers``),
run inside the demo's transaction after the people step made the volunteers. Deterministic for
a given random state and "today". Rows are written in bulk (``executemany``) with one audit
entry for the whole load, as the attendance and care steps do: ten years make some ten
thousand shifts and a few tens of thousands of sign-ups, sign-ins and service rows.

What the data looks like: every volunteer has details (skills, availability, photo consent)
and about half a kiosk card; each post runs a weekly pattern a year (the pattern kept, each
of its days a shift), materialised up to two weeks after "today" so the week ahead is planned.
A volunteer serves from a start date (the first few from the beginning: they reach the higher
stars), some stop after a few years; each has one to four regular (post, weekday) slots and
signs up for most of those shifts, and now and then fills a free place elsewhere. Of past
sign-ups about 7 % are no-shows, 3 % excused and 3 % cancelled beforehand; the others signed in
at the kiosk a little before the shift and out around its end, and the service row carries
``rules.service_minutes`` of that, never more than the daily maximum in a day. Rarely a
volunteer forgot to sign out and staff confirmed service to the shift's end; a few times a
month someone helped without a shift (an unplanned sign-in that staff confirmed). The running
day gets sign-ups but no sign-ins yet.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from desktop.models.admin import audit
from desktop.models.admin.permissions import DEMO_ACTOR
from desktop.models.db import Database
from desktop.models.volunteers.rules import (
    max_daily_minutes,
    round_minutes,
    rounding_minutes,
    service_minutes,
)

if TYPE_CHECKING:
    from desktop.models.demo.demo import DemoRun

ACTOR = DEMO_ACTOR
# Post name → (ISO weekday digits, starts, ends, capacity) of its weekly pattern.
SCHEDULE = {
    "日间照料协助": ("135", "09:00", "12:00", 2),
    "文体活动": ("24", "14:00", "16:30", 3),
    "助餐": ("12345", "11:00", "13:00", 2),
    "陪同就医": ("2", "08:30", "11:30", 1),
    "手工坊指导": ("3", "14:00", "16:00", 2),
    "义卖": ("6", "09:00", "12:00", 2),
    "培训助教": ("4", "09:00", "11:30", 2),
}
PLANNED_AHEAD = timedelta(days=13)
CORE = 6  # the first volunteers serve from the beginning to "today"
SKILLS = ("", "书法", "手工", "唱歌", "电脑", "理发", "按摩", "摄影", "英语", "烹饪", "急救证")
AVAILABILITY = ("工作日上午", "工作日下午", "周末", "周二、周四", "每周一次", "时间灵活")
TRAINING = ("志愿服务通用培训", 120)
CANCEL_REASONS = ("临时有事，提前取消", "家中有事")
EXCUSE_REASONS = ("身体不适，已请假", "家人生病，已请假")
SHIFT_CANCEL = "天气原因，活动取消"
UNPLANNED_POST = "文体活动"
UNPLANNED_CONTENT = "临时协助活动布置和场地整理"


@dataclass
class _Volunteer:
    person_id: int
    start: date
    end: date | None
    card: bool
    slots: list[tuple[str, int]] = field(default_factory=list)  # (post name, ISO weekday)

    def serves_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass
class _Rows:
    """Everything to insert, with the ids given here (so rows can refer to each other)."""

    patterns: list[tuple[object, ...]] = field(default_factory=list)
    shifts: list[tuple[object, ...]] = field(default_factory=list)
    signups: list[tuple[object, ...]] = field(default_factory=list)
    sign_ins: list[tuple[object, ...]] = field(default_factory=list)
    service: list[tuple[object, ...]] = field(default_factory=list)
    minutes: int = 0


def generate(db: Database, run: DemoRun) -> dict[str, int]:
    """The demo step: :func:`generate_volunteers` over the run's years up to its "today"."""
    return generate_volunteers(db, run.rng, run.options.today, run.options.years)


def generate_volunteers(db: Database, rng: random.Random, today: date,
                        years: int) -> dict[str, int]:
    """Fill the volunteer-service tables for ``years`` calendar years up to ``today``; call
    inside the demo's transaction, after the volunteers exist. Returns counts for the
    summary."""
    if not db.in_transaction:
        raise RuntimeError("generate_volunteers runs inside the demo's transaction")
    # A stream of our own: later steps see the same numbers whatever we consume.
    local = random.Random(rng.getrandbits(64))
    first = date(today.year - years + 1, 1, 1)
    # The running day is still being recorded: sign-ups, but no sign-ins yet.
    last = today if today < db.clock.now().date() else today - timedelta(days=1)
    ids = [int(r[0]) for r in db.query(
        "SELECT v.person_id FROM volunteer v JOIN person p ON p.id = v.person_id"
        " WHERE v.active = 1 AND p.archived_at IS NULL ORDER BY v.person_id")]
    if not ids:
        return {"volunteer_shifts": 0}
    posts = {str(r[0]): int(r[1]) for r in db.query(
        "SELECT name, id FROM volunteer_post WHERE active = 1")}
    schedule = {name: plan for name, plan in SCHEDULE.items() if name in posts}
    volunteers = _volunteers(local, ids, first, last, schedule)
    _details(db, local, volunteers)
    rows = _Rows()
    _shifts(db, local, volunteers, posts, schedule, first, last, today + PLANNED_AHEAD, rows)
    db.executemany(
        "INSERT INTO volunteer_pattern (id, post_id, weekdays, starts_at, ends_at, capacity,"
        f" first_day, last_day, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
        f" '{ACTOR.username}', ?)", rows.patterns)
    db.executemany(
        "INSERT INTO volunteer_shift (id, post_id, pattern_id, day, starts_at, ends_at,"
        " capacity, cancelled_at, cancel_reason, created_by, created_at)"
        f" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{ACTOR.username}', ?)", rows.shifts)
    db.executemany(
        "INSERT INTO volunteer_signup (shift_id, person_id, status, reason, method,"
        f" recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '{ACTOR.username}', ?, ?)",
        rows.signups)
    db.executemany(
        "INSERT INTO volunteer_sign_in (id, person_id, day, shift_id, signed_in_at,"
        " signed_out_at, method, confirmed_by, confirmed_at, recorded_by, created_at)"
        f" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{ACTOR.username}', ?)", rows.sign_ins)
    db.executemany(
        "INSERT INTO volunteer_service (person_id, day, post_id, shift_id, sign_in_id, minutes,"
        f" content, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '{ACTOR.username}', ?)",
        rows.service)
    counts = {"volunteer_shifts": len(rows.shifts), "volunteer_signups": len(rows.signups),
              "volunteer_sign_ins": len(rows.sign_ins), "volunteer_services": len(rows.service),
              "volunteer_hours": rows.minutes // 60}
    audit.record(db, actor=ACTOR.username, action="create", table="volunteer_service",
                 record_id=None,
                 after={**counts, "from": first.isoformat(), "to": last.isoformat()},
                 reason="载入演示数据：志愿者信息、排班、报名、签到和服务时长批量写入，未逐条记录")
    return counts


def _volunteers(rng: random.Random, ids: list[int], first: date, last: date,
                schedule: dict[str, tuple[str, str, str, int]]) -> list[_Volunteer]:
    """When each volunteer serves and their regular slots: the first few from the beginning
    with three or four slots (the highest stars), the others from a day in the period with
    one or two, some stopping after a while."""
    slots = [(name, int(digit)) for name, plan in schedule.items() for digit in plan[0]]
    span = max((last - first).days, 1)
    result: list[_Volunteer] = []
    for n, person_id in enumerate(ids):
        if n < CORE:
            start, end, count = first + timedelta(days=rng.randrange(60)), None, rng.choice((3, 4))
        else:
            start = first + timedelta(days=rng.randrange(span))
            end = None
            if rng.random() < 0.35:
                end = start + timedelta(days=rng.randrange(180, 5 * 365))
                end = None if end >= last else end
            count = rng.choice((1, 1, 2, 2, 3))
        chosen = rng.sample(slots, min(count, len(slots)))
        result.append(_Volunteer(person_id, start, end, rng.random() < 0.5,
                                 sorted(chosen)))
    return result


def _details(db: Database, rng: random.Random, volunteers: list[_Volunteer]) -> None:
    """Each volunteer's details (a card for about half of them) and a basic training."""
    details, training = [], []
    for n, v in enumerate(volunteers):
        stamp = f"{v.start.isoformat()}T09:00:00"
        skills = "、".join(s for s in rng.sample(SKILLS, 2) if s)
        details.append((v.person_id, skills, rng.choice(AVAILABILITY),
                        int(rng.random() < 0.7), f"ZY{n + 1:06d}" if v.card else None,
                        stamp, stamp))
        training.append((v.person_id, v.start.isoformat(), TRAINING[0], TRAINING[1], stamp))
    db.executemany(
        "INSERT INTO volunteer_detail (person_id, skills, availability, photo_consent,"
        " card_number, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", details)
    db.executemany(
        "INSERT INTO volunteer_training (person_id, day, topic, minutes, recorded_by,"
        f" created_at) VALUES (?, ?, ?, ?, '{ACTOR.username}', ?)", training)


def _next_id(db: Database, table: str) -> int:
    return int(db.scalar(f"SELECT coalesce(max(id), 0) + 1 FROM {table}"))  # our own names


def _shifts(db: Database, rng: random.Random, volunteers: list[_Volunteer],
            posts: dict[str, int], schedule: dict[str, tuple[str, str, str, int]],
            first: date, last: date, planned_to: date, rows: _Rows) -> None:
    """A pattern per post and year, its shifts up to ``planned_to``, and what happened on the
    days up to ``last``."""
    regulars: dict[tuple[str, int], list[_Volunteer]] = defaultdict(list)
    for v in volunteers:
        for slot in v.slots:
            regulars[slot].append(v)
    step, most = rounding_minutes(db), max_daily_minutes(db)
    pattern_id, shift_id = _next_id(db, "volunteer_pattern"), _next_id(db, "volunteer_shift")
    sign_in_id = _next_id(db, "volunteer_sign_in")
    used: dict[tuple[int, str], int] = defaultdict(int)  # (person, day) → minutes credited
    patterns: dict[tuple[str, int], int] = {}
    day = first
    while day <= planned_to:
        iso, weekday = day.isoformat(), day.isoweekday()
        signed_today: set[int] = set()
        for name, (digits, starts, ends, capacity) in schedule.items():
            if str(weekday) not in digits:
                continue
            pattern = patterns.get((name, day.year))
            if pattern is None:
                pattern = patterns[(name, day.year)] = pattern_id
                pattern_id += 1
                begins = max(first, date(day.year, 1, 1)) - timedelta(days=7)
                rows.patterns.append((pattern, posts[name], digits, starts, ends, capacity,
                                      max(first, date(day.year, 1, 1)).isoformat(),
                                      f"{day.year}-12-31", f"{begins.isoformat()}T10:00:00"))
            created = f"{date(day.year, 1, 1) - timedelta(days=7)}T10:00:00"
            if rng.random() < 0.01:
                rows.shifts.append((shift_id, posts[name], pattern, iso, starts, ends, capacity,
                                    f"{iso}T07:30:00", SHIFT_CANCEL, created))
                shift_id += 1
                continue
            rows.shifts.append((shift_id, posts[name], pattern, iso, starts, ends, capacity,
                                None, None, created))
            people = _sign_ups(rng, day, regulars[(name, weekday)], volunteers, capacity,
                               signed_today)
            for v in people:
                sign_in_id = _outcome(rng, v, day, last, (shift_id, posts[name], name, starts,
                                                          ends), step, most, used, rows,
                                      sign_in_id)
                signed_today.add(v.person_id)
            shift_id += 1
        if day <= last and rng.random() < 0.12:
            sign_in_id = _unplanned(rng, day, volunteers, signed_today, posts, step, most,
                                    used, rows, sign_in_id)
        day += timedelta(days=1)


def _sign_ups(rng: random.Random, day: date, regulars: list[_Volunteer],
              volunteers: list[_Volunteer], capacity: int,
              taken: set[int]) -> list[_Volunteer]:
    """Who signed up: most regulars serving then (up to the places), now and then someone
    else filling a free place; one shift a day each (``taken``: already on a shift)."""
    chosen = [v for v in regulars
              if v.serves_on(day) and v.person_id not in taken and rng.random() < 0.9]
    rng.shuffle(chosen)
    chosen = chosen[:capacity]
    if len(chosen) < capacity and rng.random() < 0.3:
        others = [v for v in volunteers if v.serves_on(day) and v not in chosen
                  and v.person_id not in taken]
        if others:
            chosen.append(rng.choice(others))
    return chosen


def _stamp(day: date, minute: int) -> str:
    return (datetime(day.year, day.month, day.day) + timedelta(minutes=minute)).isoformat()


def _minute(text: str) -> int:
    return int(text[:2]) * 60 + int(text[3:])


def _credit(person: int, iso: str, minutes: int, most: int,
            used: dict[tuple[int, str], int]) -> int:
    """The minutes that may still be credited that day (never over the daily maximum)."""
    allowed = max(0, min(minutes, most - used[(person, iso)]))
    used[(person, iso)] += allowed
    return allowed


def _outcome(rng: random.Random, v: _Volunteer, day: date, last: date,
             shift: tuple[int, int, str, str, str], step: int, most: int,
             used: dict[tuple[int, str], int], rows: _Rows, sign_in_id: int) -> int:
    """A sign-up and, on a past day, what came of it. Returns the next sign-in id."""
    shift_id, post_id, name, starts, ends = shift
    iso = day.isoformat()
    signed_up = _stamp(day - timedelta(days=rng.randrange(1, 10)), 19 * 60)
    method = "kiosk" if v.card and rng.random() < 0.3 else "staff"
    if day > last:
        rows.signups.append((shift_id, v.person_id, "signed_up", "", method, signed_up,
                             signed_up))
        return sign_in_id
    roll = rng.random()
    if roll < 0.03:
        rows.signups.append((shift_id, v.person_id, "cancelled", rng.choice(CANCEL_REASONS),
                             method, signed_up, _stamp(day - timedelta(days=1), 20 * 60)))
        return sign_in_id
    if roll < 0.10:
        rows.signups.append((shift_id, v.person_id, "no_show", "", method, signed_up,
                             _stamp(day, 17 * 60)))
        return sign_in_id
    if roll < 0.13:
        rows.signups.append((shift_id, v.person_id, "excused", rng.choice(EXCUSE_REASONS),
                             method, signed_up, _stamp(day, 8 * 60)))
        return sign_in_id
    rows.signups.append((shift_id, v.person_id, "signed_up", "", method, signed_up, signed_up))
    begin, finish = _minute(starts), _minute(ends)
    signed_in = _stamp(day, begin - rng.randrange(0, 16))
    how = "card" if v.card else rng.choice(("search", "keypad", "staff"))
    if rng.random() < 0.02:
        # Forgot to sign out: staff confirmed service to the shift's end, as 按班次结束计
        # records it (signed out at the shift's end, confirmed by staff); without that
        # confirmation a sign-in without a sign-out gives no hours.
        signed_out = f"{iso}T{ends}:00"
        minutes = service_minutes(iso, starts, ends, signed_in, signed_out, step)
        rows.sign_ins.append((sign_in_id, v.person_id, iso, shift_id, signed_in, signed_out,
                              how, ACTOR.username, _stamp(day + timedelta(days=1), 9 * 60),
                              signed_in))
    else:
        signed_out = _stamp(day, finish + rng.randrange(-25, 11))
        minutes = service_minutes(iso, starts, ends, signed_in, signed_out, step)
        rows.sign_ins.append((sign_in_id, v.person_id, iso, shift_id, signed_in, signed_out,
                              how, None, None, signed_in))
    credited = _credit(v.person_id, iso, minutes, most, used)
    if credited > 0:
        rows.service.append((v.person_id, iso, post_id, shift_id, sign_in_id, credited, name,
                             _stamp(day, finish + 30)))
        rows.minutes += credited
    return sign_in_id + 1


def _unplanned(rng: random.Random, day: date, volunteers: list[_Volunteer],
               signed_today: set[int], posts: dict[str, int], step: int, most: int,
               used: dict[tuple[int, str], int], rows: _Rows, sign_in_id: int) -> int:
    """Someone helped without a shift: an unplanned sign-in that staff confirmed."""
    free = [v for v in volunteers if v.serves_on(day) and v.person_id not in signed_today]
    if not free or UNPLANNED_POST not in posts:
        return sign_in_id
    v = rng.choice(free)
    iso = day.isoformat()
    begin = 14 * 60 + rng.randrange(0, 30)
    served = rng.choice((60, 90, 120))
    minutes = _credit(v.person_id, iso, round_minutes(served, step), most, used)
    signed_in, signed_out = _stamp(day, begin), _stamp(day, begin + served)
    confirmed = _stamp(day, 17 * 60 + 30)
    rows.sign_ins.append((sign_in_id, v.person_id, iso, None, signed_in, signed_out,
                          "card" if v.card else "search", ACTOR.username, confirmed,
                          signed_in))
    if minutes > 0:
        rows.service.append((v.person_id, iso, posts[UNPLANNED_POST], None, sign_in_id,
                             minutes, UNPLANNED_CONTENT, confirmed))
        rows.minutes += minutes
    signed_today.add(v.person_id)
    return sign_in_id + 1
