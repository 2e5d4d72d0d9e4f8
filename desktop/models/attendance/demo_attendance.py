"""Demo attendance: years of sign-ins, cultural and sports activities, subsidy settings.

The attendance capability's demo step (declared as ``DEMO`` in ``desktop.models.attendance``),
run inside the demo's transaction after the people exist. Deterministic for a given random state
and "today". Rows are written in bulk (``executemany``) without an audit entry each: 400 members
over ten years make about 600,000 sign-ins, which must load in seconds. One audit entry records
the whole load instead.

What the data looks like: the centre is open Monday to Saturday (Saturday mornings are
quieter) except on public holidays. Each member has their own regularity and habits: 职康站
trainees come most days, arrive early and sign out after 4–6 hours; day-care members come
often and stay long; other members come when they like. Now and then someone is ill for a
few weeks. Most sign-ins are card scans; some are kiosk searches, staff entries or a paper
sheet on a day the kiosk was down; a few were voided with a reason.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.models.admin import audit
from desktop.models.admin.permissions import DEMO_ACTOR
from desktop.models.db import Database
from desktop.models.subsidy import subsidy

if TYPE_CHECKING:
    from desktop.models.demo.demo import DemoRun

ACTOR = DEMO_ACTOR
DEMO_RATE_FEN = 4000  # 40 元 a day
DEMO_MIN_STAY_MINUTES = 4 * 60
# Spring Festival (春节) dates: the centre closes from the eve for a week.
SPRING_FESTIVAL = {
    2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31), 2015: (2, 19),
    2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12),
    2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
    2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31),
    2034: (2, 19), 2035: (2, 8),
}
METHODS = (("card", 78), ("search", 11), ("keypad", 5), ("staff", 6))
VOID_REASONS = ("误刷他人卡，本人当天未到", "重复补签", "代签无效，本人未到",
                "日期录错，已按正确日期补签")
PAPER_DAY_SHARE = 0.01
VOID_SHARE = 0.002
ILLNESS_START = 0.002

ACTIVITY_KINDS = {"文化": 34, "体育": 30, "康复": 14, "节日慰问": 10, "其他": 12}
TITLES = {
    "文化": ("书法练习", "国画小组", "剪纸手工", "合唱排练", "摄影讲座", "读书分享会",
             "串珠手工", "京剧欣赏", "残疾人艺术节节目排练", "电影放映", "插花体验",
             "软陶创作"),
    "体育": ("回春操", "柔力球", "飞镖比赛", "门球练习", "冰蹴球", "旱地冰壶",
             "台式迷你冰球", "太极拳", "乒乓球友谊赛", "健步走", "八段锦"),
    "康复": ("康复训练讲座", "音乐治疗", "中医理疗咨询", "心理疏导小组", "辅具适配咨询"),
    "其他": ("安全知识讲座", "普法宣传", "智能手机课堂", "垃圾分类宣传", "防诈骗讲座",
             "生日会"),
}
PLACES = ("活动室", "多功能厅", "社区广场", "康复室", "街道文化中心", "月坛公园",
          "西城区残疾人文体中心")
ORGANISERS = ("温馨家园", "街道残联", "社区居委会", "志愿者服务队", "区残疾人文体中心")
# Share of the day's visitors who join, by kind.
JOIN_SHARE = {"文化": (0.2, 0.55), "体育": (0.2, 0.55), "康复": (0.08, 0.25),
              "节日慰问": (0.5, 0.9), "其他": (0.15, 0.45)}


@dataclass
class _Habit:
    """How one member attends."""

    person_id: int
    joined: date
    weekday_chance: float
    arrive_minute: int  # minutes after midnight, the usual arrival
    stay: tuple[int, int]  # minutes present, range
    signs_out: float


def _closed(day: date) -> bool:
    if day.weekday() == 6:
        return True
    if (day.month, day.day) in ((1, 1), (5, 1), (5, 2), (5, 3)):
        return True
    if day.month == 10 and day.day <= 7:
        return True
    month, dom = SPRING_FESTIVAL.get(day.year, (2, 1))
    eve = date(day.year, month, dom) - timedelta(days=1)
    return eve <= day <= eve + timedelta(days=6)


def open_days(first: date, last: date) -> list[date]:
    """The days the demo centre is open between two dates, inclusive."""
    days: list[date] = []
    day = first
    while day <= last:
        if not _closed(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def _habits(db: Database, rng: random.Random, first: date) -> list[_Habit]:
    programmes: dict[int, set[str]] = defaultdict(set)
    for row in db.query("SELECT person_id, programme FROM member_programme"):
        programmes[int(row[0])].add(str(row[1]))
    habits: list[_Habit] = []
    for row in db.query("SELECT m.person_id, m.joined_on FROM member m"
                        " JOIN person p ON p.id = m.person_id"
                        " WHERE m.active = 1 AND p.archived_at IS NULL ORDER BY m.person_id"):
        person_id = int(row[0])
        joined = date.fromisoformat(row[1]) if row[1] else first
        mine = programmes[person_id]
        if "职康站" in mine:
            habit = _Habit(person_id, joined, rng.uniform(0.9, 0.98),
                           rng.randint(8 * 60 + 10, 9 * 60), (240, 360), 0.97)
        elif "日间照料" in mine:
            habit = _Habit(person_id, joined, rng.uniform(0.8, 0.96),
                           rng.randint(8 * 60 + 20, 9 * 60 + 40), (180, 420), 0.85)
        else:
            habit = _Habit(person_id, joined, rng.uniform(0.7, 0.99),
                           rng.randint(8 * 60 + 40, 10 * 60 + 30), (60, 240), 0.6)
        habits.append(habit)
    return habits


# "HH:MM:" for every minute of the day and "SS" for every second: the inner loop below runs
# over a million times for ten years, and formatting each stamp anew would double its cost.
_HHMM = [f"{m // 60:02d}:{m % 60:02d}:" for m in range(24 * 60)]
_SS = [f"{s:02d}" for s in range(60)]


_METHOD_TOTAL = sum(weight for _, weight in METHODS)


def _pick_method(fraction: float) -> str:
    point = fraction * _METHOD_TOTAL
    for method, weight in METHODS:
        if point < weight:
            return method
        point -= weight
    return METHODS[-1][0]


def _sign_ins(rng: random.Random, habits: list[_Habit], days: list[date],
              cutoff: str) -> tuple[list[tuple[object, ...]], dict[date, list[int]]]:
    """Rows for the sign_in table in time order and, per day, who came (valid sign-ins)."""
    rows: list[tuple[object, ...]] = []
    came: dict[date, list[int]] = defaultdict(list)
    rnd = rng.random
    # (date, ISO text, Saturday?, paper sheet that day?)
    calendar = [(d, d.isoformat(), d.weekday() == 5, rnd() < PAPER_DAY_SHARE) for d in days]
    for habit in habits:
        ill_until = date.min
        low, high = habit.stay
        for day, iso, saturday, paper in calendar:
            if day < habit.joined or day <= ill_until:
                continue
            if rnd() < ILLNESS_START:
                ill_until = day + timedelta(days=rng.randint(5, 30))
                continue
            if rnd() >= habit.weekday_chance * (0.9 if saturday else 1.0):
                continue
            # The paper sheet is entered afterwards with one arrival time, no sign-outs.
            arrive = 9 * 60 if paper else min(max(
                int(rng.gauss(habit.arrive_minute, 14)), 7 * 60 + 30), 11 * 60 + 30)
            signed_in = f"{iso}T{_HHMM[arrive]}{'00' if paper else _SS[int(rnd() * 60)]}"
            if signed_in > cutoff:
                continue
            signed_out = None
            if not paper and rnd() < habit.signs_out:
                leave = min(arrive + low + int(rnd() * (high - low + 1)), 18 * 60 + 30)
                candidate = f"{iso}T{_HHMM[leave]}{_SS[int(rnd() * 60)]}"
                signed_out = candidate if candidate <= cutoff else None
            method = "paper" if paper else _pick_method(rnd())
            if rnd() < VOID_SHARE:
                voided = f"{iso}T{_HHMM[min(arrive + 30, 23 * 60)]}00"
                reason = rng.choice(VOID_REASONS)
                if voided <= cutoff:
                    rows.append((habit.person_id, iso, signed_in, None, "staff", signed_in,
                                 voided, reason))
                    if reason != "重复补签":
                        continue  # the member did not come: no valid sign-in that day
            rows.append((habit.person_id, iso, signed_in, signed_out, method, signed_in,
                         None, None))
            came[day].append(habit.person_id)
    # Ids grow with time, as in a centre that has used the kiosk for years.
    rows.sort(key=lambda row: (row[2], row[0]))
    return rows, came


def _festival_title(day: date) -> str:
    if day.month in (1, 2):
        return "春节走访慰问"
    if day.month == 5:
        return "全国助残日慰问"
    if day.month in (9, 10):
        return "中秋国庆慰问"
    if day.month == 12:
        return "国际残疾人日联欢"
    return "走访慰问困难会员"


def _activities(db: Database, rng: random.Random, days: list[date], came: dict[date, list[int]],
                today: date, plan_until: date) -> tuple[int, int]:
    """3–7 activities a month, participants from the day's sign-ins; a few planned ahead."""
    by_month: dict[tuple[int, int], list[date]] = defaultdict(list)
    for day in [*days, *open_days(today + timedelta(days=1), plan_until)]:
        if day.weekday() < 5:
            by_month[(day.year, day.month)].append(day)
    kinds = list(ACTIVITY_KINDS)
    weights = list(ACTIVITY_KINDS.values())
    activities = participants = 0
    rows: list[tuple[int, int, str]] = []
    for key in sorted(by_month):
        month_days = by_month[key]
        count = min(rng.randint(3, 7), len(month_days))
        for day in sorted(rng.sample(month_days, count)):
            kind = rng.choices(kinds, weights)[0]
            title = _festival_title(day) if kind == "节日慰问" else rng.choice(TITLES[kind])
            created = f"{min(day, today).isoformat()}T08:00:00"
            cursor = db.execute(
                "INSERT INTO activity (title, kind, day, place, organiser, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (title, kind, day.isoformat(), rng.choice(PLACES), rng.choice(ORGANISERS),
                 created))
            activity_id = int(cursor.lastrowid or 0)
            activities += 1
            visitors = came.get(day, [])
            if day > today or not visitors:
                continue  # planned: participants are entered on the day
            low, high = JOIN_SHARE[kind]
            size = min(len(visitors), max(1, int(len(visitors) * rng.uniform(low, high))),
                       rng.randint(20, 70))
            for person_id in rng.sample(visitors, size):
                rows.append((activity_id, person_id, f"{day.isoformat()}T17:00:00"))
            participants += size
    db.executemany("INSERT INTO activity_participant (activity_id, person_id, added_at)"
                   " VALUES (?, ?, ?)", rows)
    return activities, participants


def generate(db: Database, run: DemoRun) -> dict[str, int]:
    """The demo step: :func:`generate_attendance` over the run's years up to its "today"."""
    return generate_attendance(db, run.rng, run.options.today, run.options.years)


def generate_attendance(db: Database, rng: random.Random, today: date,
                        years: int) -> dict[str, int]:
    """Fill sign-ins and activities for ``years`` calendar years up to ``today``, and the
    subsidy settings; call inside the demo's transaction. Returns counts for the summary."""
    # A stream of our own: later steps see the same numbers whatever we consume.
    local = random.Random(rng.getrandbits(64))
    first = date(today.year - years + 1, 1, 1)
    # Nothing after the present moment when "today" is today; the whole day for a past one.
    now = db.clock.now()
    cutoff = now.isoformat(timespec="seconds") if today >= now.date() \
        else f"{today.isoformat()}T23:59:59"
    if not db.in_transaction:
        raise RuntimeError("generate_attendance runs inside the demo's transaction")
    days = open_days(first, today)
    habits = _habits(db, local, first)
    rows, came = _sign_ins(local, habits, days, cutoff)
    db.executemany(
        "INSERT INTO sign_in (person_id, day, signed_in_at, signed_out_at, method, recorded_by,"
        " created_at, voided_at, void_reason)"
        f" VALUES (?, ?, ?, ?, ?, '{ACTOR.username}', ?, ?, ?)", rows)
    activities, participants = _activities(db, local, days, came, today,
                                           today + timedelta(days=30))
    voided = sum(1 for row in rows if row[6] is not None)
    audit.record(db, actor=ACTOR.username, action="create", table="sign_in", record_id=None,
                 after={"sign_ins": len(rows), "voided": voided, "activities": activities,
                        "activity_participants": participants, "from": first.isoformat(),
                        "to": today.isoformat()},
                 reason="载入演示数据：签到和文体活动批量写入，未逐条记录")
    if not subsidy.rate_history(db) and not db.scalar(
            "SELECT 1 FROM month_state WHERE closed = 1 LIMIT 1"):
        # The demo's months all have a rate: the entry applies from the beginning.
        subsidy.save_settings(db, subsidy.SubsidySettings(DEMO_RATE_FEN, DEMO_MIN_STAY_MINUTES),
                              actor=ACTOR, effective_from=subsidy.BEGINNING)
    return {"sign_ins": len(rows) - voided, "activities": activities,
            "activity_participants": participants}
