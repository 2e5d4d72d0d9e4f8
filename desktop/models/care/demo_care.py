"""Demo daily care (日间照料): profiles, pick-up people, medication, service plans, and years of
care logs, doses, hand-overs, incidents and purchased services, consistent with the sign-ins.

The daily-care capability's demo step (declared as ``DEMO`` in ``desktop.models.care``), run
inside the demo's transaction after attendance (its sign-ins are the days members were there).
Deterministic for a given random state and "today". Like the attendance step, the rows are
written in bulk (``executemany``) with one audit entry for the whole load: forty members over
ten years make about half a million care rows, which must load in seconds.

What the data looks like: every 日间照料 member has a care profile, a guardian and sometimes a
second person allowed to collect them, and a plan per year (lunch every day, personal care for
those who need it, rehab training with minutes on some weekdays, one or two activities),
reviewed every three months; a few current plans are overdue for review. On every day a member
signed in (and a valid sign-in only), the plan's services are ticked, mostly all of them, and
now and then an activity outside the plan; a mood is noted most days. About two members in
three take medicine at the centre: each scheduled dose is recorded, mostly given, a few refused
or missed, and very rarely a day's doses were forgotten (what the report's check finds). Each
day ends with a hand-over to someone on the list (rarely someone else, with a reason). A few
incidents a year, mostly 一般, rarely 严重, all closed except possibly a recent serious one.
Two social organisations deliver services under a contract each year (one in hours, one in
sessions); meals have a price from the first month and a rise half-way. The running day (when
"today" is today) gets no care records yet: staff fill it in.
"""

from __future__ import annotations

import bisect
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.models.admin import audit
from desktop.models.admin.permissions import DEMO_ACTOR
from desktop.models.attendance.demo_attendance import open_days
from desktop.models.care.day_care import PROGRAMME, add_months
from desktop.models.care.profile import join_risks
from desktop.models.db import Database

if TYPE_CHECKING:
    from desktop.models.demo.demo import DemoRun

ACTOR = DEMO_ACTOR
REVIEW_MONTHS = 3
SELF_CARE = {"自理": 15, "半自理": 55, "不能自理": 30}
TEXTURES = {"普通": 72, "软食": 18, "碎食": 8, "流食": 2}
ALLERGIES = ("", "", "", "", "青霉素", "海鲜", "花生", "头孢类")
RESTRICTIONS = ("", "", "低盐", "低糖", "忌辛辣", "低脂")
HOSPITALS = ("西城区精神卫生保健所", "北京大学第一医院", "北京大学人民医院", "首都医科大学宣武医院",
             "西城区展览路医院", "西城区广外医院", "北京安定医院")
# Flags from the profile's own list (profile.RISK_FLAGS), so a demo profile opens with its boxes
# ticked; what the flag "其他" stands for is in its note.
RISKS = ("走失", "癫痫", "跌倒", "吞咽困难", "其他")
RISK_NOTES = {"走失": "外出活动须有人陪同，离站时核对接送人",
              "癫痫": "发作时侧卧、计时，超过5分钟呼叫120",
              "跌倒": "行走需搀扶，地面保持干燥", "吞咽困难": "进食软食，小口慢咽，餐后观察",
              "其他": "情绪易激动：避免争执，安排安静角落，及时告知家属"}
MEDICINES = (("丙戊酸钠缓释片", "0.5g"), ("利培酮片", "1mg"), ("奥氮平片", "5mg"),
             ("卡马西平片", "0.1g"), ("阿立哌唑片", "5mg"), ("左乙拉西坦片", "0.5g"),
             ("氨氯地平片", "5mg"), ("二甲双胍片", "0.5g"))
DOSE_TIMES = (("12:00",), ("12:00",), ("12:30",), ("11:30",), ("10:00", "14:30"))
STAFF = ("李红梅", "张建军", "刘静", "王海燕", "陈晓东")
OTHER_PICKUP = ("邻居", "社区网格员", "亲戚")
GOALS = ("保持生活自理能力，按时进餐、服药", "提高手部精细动作能力", "改善情绪，增加与他人交流",
         "维持关节活动度，预防跌倒", "学习简单家务和购物技能", "坚持康复训练，改善行走能力")
MOOD_WEIGHTS = {"好": 68, "一般": 27, "差": 5}
NOTES = ("情绪稳定，积极参加活动", "午睡较好", "午餐进食偏少，已告知家属", "与同伴相处融洽",
         "下午有些烦躁，安抚后好转", "康复训练配合良好")
REFUSE_NOTES = ("情绪不稳，拒绝服药，已告知家属", "称已在家服用，未服，已联系家属核实")
INCIDENT_KINDS = {"跌倒": 35, "癫痫发作": 15, "冲突": 20, "擅自离开": 10, "疾病": 15, "其他": 5}
SEVERITY_WEIGHTS = {"一般": 76, "较重": 20, "严重": 4}
WHAT = {"跌倒": "在活动室行走时滑倒，左膝着地", "癫痫发作": "午休后出现抽搐，约2分钟后缓解",
        "冲突": "与其他会员因座位发生争执，有推搡", "擅自离开": "下午活动时未告知工作人员离开站点",
        "疾病": "午餐后诉头晕、恶心，测血压偏高", "其他": "误食他人带来的零食，出现轻微过敏"}
ACTION = {"跌倒": "检查无明显外伤，冰敷观察", "癫痫发作": "侧卧保护、计时，发作停止后休息观察",
          "冲突": "工作人员及时劝开，分别安抚",
          "擅自离开": "工作人员沿路寻找，在社区路口找到并陪同返回",
          "疾病": "休息、测量血压，通知家属陪同就医", "其他": "停止进食，观察皮肤反应"}
FOLLOW_UP = "已与家属沟通，调整照料安排，后续观察无异常"
# Two organisations under contract each year: one counted in hours, one in sessions.
PROVIDERS = (
    ("西城区康馨社会工作事务所", "KX", "康复训练和心理疏导", "hours", 200, 8000, (2, 4), 120),
    ("北京阳光启智康复服务中心", "YG", "音乐治疗小组", "sessions", 40, 60000, (3,), 90),
)
PROVIDER_STAFF = ("周社工", "吴康复师", "郑老师", "孙老师", "冯社工")


@dataclass
class _Plan:
    """One yearly plan: from ``starts``, the services by ISO weekday digit."""

    starts: str
    services: dict[int, list[tuple[str, int | None, float]]] = field(default_factory=dict)


@dataclass
class _Member:
    person_id: int
    start: date
    plans: list[_Plan] = field(default_factory=list)
    medications: list[tuple[int, str, str | None, tuple[str, ...]]] = field(default_factory=list)
    pickups: list[tuple[int, str]] = field(default_factory=list)  # id, name
    guardian: str = ""


def generate(db: Database, run: DemoRun) -> dict[str, int]:
    """The demo step: :func:`generate_care` over the run's years up to its "today"."""
    return generate_care(db, run.rng, run.options.today, run.options.years)


def generate_care(db: Database, rng: random.Random, today: date,
                  years: int) -> dict[str, int]:
    """Fill the daily-care tables for ``years`` calendar years up to ``today``; call inside the
    demo's transaction, after the sign-ins exist. Returns counts for the summary."""
    if not db.in_transaction:
        raise RuntimeError("generate_care runs inside the demo's transaction")
    # A stream of our own: later steps see the same numbers whatever we consume.
    local = random.Random(rng.getrandbits(64))
    first = date(today.year - years + 1, 1, 1)
    # The running day is still being recorded: nothing for it when "today" is today.
    last = today if today < db.clock.now().date() else today - timedelta(days=1)
    services = {str(r[0]): (int(r[1]), r[2]) for r in db.query(
        "SELECT key, counts_minutes, default_minutes FROM care_service WHERE active = 1")}
    members = _members(db, local, first, today, services)
    if not members:
        return {"care_days": 0}
    visits = _visits(db, members, last)
    extras = tuple(key for key in ("music", "handicraft", "recreation") if key in services)
    entries, logs, doses, handovers = _days(local, members, visits, extras)
    db.executemany(
        "INSERT INTO care_entry (person_id, day, service, minutes, recorded_by, created_at,"
        f" voided_at, void_reason) VALUES (?, ?, ?, ?, '{ACTOR.username}', ?, ?, ?)", entries)
    db.executemany(
        "INSERT INTO care_log (person_id, day, mood, note, recorded_by, created_at, updated_at)"
        f" VALUES (?, ?, ?, ?, '{ACTOR.username}', ?, ?)", logs)
    db.executemany(
        "INSERT INTO care_dose (medication_id, person_id, day, scheduled_time, status, at_time,"
        " given_by, note, recorded_by, created_at)"
        f" VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{ACTOR.username}', ?)", doses)
    db.executemany(
        "INSERT INTO care_handover (person_id, day, pickup_id, collector_name, collected_at,"
        f" reason, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, '{ACTOR.username}', ?)",
        handovers)
    # A hand-over signs a member who had not signed out out at that time, as
    # handover.record_handover does in the app.
    db.execute(
        "UPDATE sign_in SET signed_out_at = day || 'T' || (SELECT h.collected_at"
        " FROM care_handover h WHERE h.person_id = sign_in.person_id AND h.day = sign_in.day"
        " AND h.voided_at IS NULL) || ':00'"
        " WHERE signed_out_at IS NULL AND voided_at IS NULL AND EXISTS (SELECT 1"
        " FROM care_handover h WHERE h.person_id = sign_in.person_id AND h.day = sign_in.day"
        " AND h.voided_at IS NULL)")
    incidents = _incidents(db, local, members, visits, first, last)
    sessions = _providers(db, local, visits, first, today, last)
    _meal_rates(db, first, years)
    care_days = len({(row[0], row[1]) for row in entries if row[5] is None})
    counts = {"care_days": care_days, "care_entries": sum(1 for r in entries if r[5] is None),
              "care_doses": len(doses), "care_handovers": len(handovers),
              "care_incidents": incidents, "care_sessions": sessions}
    audit.record(db, actor=ACTOR.username, action="create", table="care_log", record_id=None,
                 after={**counts, "from": first.isoformat(), "to": last.isoformat()},
                 reason="载入演示数据：日间照料档案、计划和照料记录批量写入，未逐条记录")
    return counts


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _members(db: Database, rng: random.Random, first: date, today: date,
             services: dict[str, tuple[int, int | None]]) -> list[_Member]:
    """The programme's members with their profile, pick-ups, medication and plans written."""
    guardians: dict[int, tuple[str, str, str]] = {}
    for r in db.query("SELECT f.member_id, p.name, p.phone, f.relation FROM family_link f"
                      " JOIN person p ON p.id = f.person_id WHERE f.is_guardian = 1"
                      " ORDER BY f.member_id, f.person_id"):
        guardians.setdefault(int(r[0]), (str(r[1]), str(r[2] or ""), str(r[3] or "")))
    rows = db.query(
        "SELECT m.person_id, m.joined_on, x.name FROM member m"
        " JOIN member_programme g ON g.person_id = m.person_id AND g.programme = ?"
        " JOIN person x ON x.id = m.person_id"
        " WHERE m.active = 1 AND x.archived_at IS NULL ORDER BY m.person_id", (PROGRAMME,))
    members: list[_Member] = []
    for row in rows:
        joined = date.fromisoformat(row[1]) if row[1] else first
        member = _Member(int(row[0]), max(first, min(joined, today)))
        stamp = f"{member.start.isoformat()}T09:00:00"
        risks = rng.sample(RISKS, rng.choice((0, 1, 1, 2)))
        self_care = _weighted(rng, SELF_CARE)
        db.execute(
            "INSERT INTO care_profile (person_id, self_care, diet_restrictions, allergies,"
            " diet_texture, doctor, hospital, doctor_phone, risks, risk_notes, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (member.person_id, self_care, rng.choice(RESTRICTIONS), rng.choice(ALLERGIES),
             _weighted(rng, TEXTURES), f"{rng.choice('王李张刘陈杨赵黄')}医生",
             rng.choice(HOSPITALS), f"010-6{rng.randrange(10**6, 10**7)}", join_risks(tuple(risks)),
             "；".join(RISK_NOTES[r] for r in risks), stamp, stamp))
        _pickups(db, rng, member, str(row[2]), guardians.get(member.person_id), stamp)
        _medications(db, rng, member, today, stamp)
        _plans(db, rng, member, self_care, today, services)
        members.append(member)
    return members


def _pickups(db: Database, rng: random.Random, member: _Member, name: str,
             guardian: tuple[str, str, str] | None, stamp: str) -> None:
    people = [guardian or (name[0] + rng.choice(("建国", "秀兰", "志强", "桂芳")),
                           f"139{rng.randrange(10**7, 10**8)}", rng.choice(("父亲", "母亲")))]
    if rng.random() < 0.5:
        people.append((name[0] + rng.choice(("明", "丽", "伟", "娜")),
                       f"138{rng.randrange(10**7, 10**8)}", rng.choice(("兄弟姐妹", "子女"))))
    for number, (who, phone, relation) in enumerate(people):
        cursor = db.execute(
            "INSERT INTO care_pickup (person_id, name, relation, phone, is_guardian, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (member.person_id, who, relation or "监护人", phone, int(number == 0), stamp, stamp))
        member.pickups.append((int(cursor.lastrowid or 0), who))
    member.guardian = people[0][0]


def _medications(db: Database, rng: random.Random, member: _Member, today: date,
                 stamp: str) -> None:
    """Two members in three take medicine at the centre; some changed medicine once."""
    if rng.random() >= 0.65:
        return
    for medicine, dose in rng.sample(MEDICINES, rng.choice((1, 1, 2))):
        times = rng.choice(DOSE_TIMES)
        starts, ends = member.start, None
        span = (today - starts).days
        changed = span > 120 and rng.random() < 0.3
        if changed:
            ends = starts + timedelta(days=rng.randint(60, span - 30))
        for number in range(2 if changed else 1):
            if number == 1:
                assert ends is not None
                medicine, dose = rng.choice(MEDICINES)
                starts, ends = ends + timedelta(days=1), None
            cursor = db.execute(
                "INSERT INTO care_medication (person_id, medicine, dose, times, supplied_by,"
                " starts_on, ends_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (member.person_id, medicine, dose, ",".join(times),
                 "家属" if rng.random() < 0.8 else "中心", starts.isoformat(),
                 ends.isoformat() if ends else None, stamp, stamp))
            member.medications.append((int(cursor.lastrowid or 0), starts.isoformat(),
                                       ends.isoformat() if ends else None, times))


def _plan_services(rng: random.Random, self_care: str,
                   services: dict[str, tuple[int, int | None]]
                   ) -> list[tuple[str, str, int | None, float]]:
    """(service, weekdays, minutes, chance of being ticked on such a day) for one plan."""
    chosen: list[tuple[str, str, int | None, float]] = [("lunch", "123456", None, 0.97)]
    if self_care != "自理":
        chosen.append(("personal_care", "123456", None, 0.93))
    chosen.append(("rehab", rng.choice(("135", "12345", "246", "1234")),
                   rng.choice((30, 30, 45, 60)), 0.88))
    for key, weekdays in rng.sample((("music", "24"), ("handicraft", "35"),
                                     ("recreation", "16")), rng.choice((1, 2))):
        chosen.append((key, weekdays, None, 0.8))
    result: list[tuple[str, str, int | None, float]] = []
    for key, weekdays, minutes, chance in chosen:
        if key not in services:
            continue  # a centre that switched a service off
        counts, default = services[key]
        result.append((key, weekdays, (minutes or default) if counts else None, chance))
    return result


def _plans(db: Database, rng: random.Random, member: _Member, self_care: str, today: date,
           services: dict[str, tuple[int, int | None]]) -> None:
    """A plan per calendar year, reviewed every three months; about one current plan in eight
    is overdue for its review."""
    for year in range(member.start.year, today.year + 1):
        starts = max(member.start, date(year, 1, 1))
        current = year == today.year
        ends = None if current else date(year, 12, 31)
        until = today if current else ends
        assert until is not None
        dues = []
        due = add_months(starts, REVIEW_MONTHS)
        while due <= until:
            dues.append(due)
            due = add_months(due, REVIEW_MONTHS)
        reviewed = dues[-1] if dues else None
        review_on = add_months(reviewed or starts, REVIEW_MONTHS)
        if current and dues and dues[-1] < today and rng.random() < 0.13:
            # The last review was missed: it is still due.
            reviewed, review_on = (dues[-2] if len(dues) > 1 else None), dues[-1]
        signed = min(starts + timedelta(days=rng.randint(0, 6)), today)
        stamp = f"{starts.isoformat()}T10:00:00"
        cursor = db.execute(
            "INSERT INTO care_plan (person_id, starts_on, review_on, goals, guardian_signed_by,"
            " guardian_signed_on, reviewed_on, review_notes, ended_on, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (member.person_id, starts.isoformat(), review_on.isoformat(),
             "；".join(rng.sample(GOALS, 2)), member.guardian, signed.isoformat(),
             reviewed.isoformat() if reviewed else None,
             "目标基本达成，继续执行" if reviewed else "",
             ends.isoformat() if ends else None, stamp, stamp))
        plan = _Plan(starts.isoformat())
        rows = []
        for key, weekdays, minutes, chance in _plan_services(rng, self_care, services):
            rows.append((int(cursor.lastrowid or 0), key, weekdays, minutes))
            for digit in weekdays:
                plan.services.setdefault(int(digit), []).append((key, minutes, chance))
        db.executemany("INSERT INTO care_plan_service (plan_id, service, weekdays, minutes)"
                       " VALUES (?, ?, ?, ?)", rows)
        member.plans.append(plan)


# A visit: person, day, arrival (HH:MM), departure (HH:MM) or None when never signed out.
_Visit = tuple[int, str, str, str | None]


def _visits(db: Database, members: list[_Member], last: date) -> list[_Visit]:
    """The members' valid sign-ins up to ``last``, by member and day (one per day)."""
    ids = ",".join(str(m.person_id) for m in members)  # integers of ours
    seen: set[tuple[int, str]] = set()
    visits: list[_Visit] = []
    for r in db.query("SELECT person_id, day, signed_in_at, signed_out_at FROM sign_in"
                      f" WHERE voided_at IS NULL AND day <= ? AND person_id IN ({ids})"
                      " ORDER BY person_id, day, signed_in_at", (last.isoformat(),)):
        key = (int(r[0]), str(r[1]))
        if key not in seen:
            seen.add(key)
            visits.append((key[0], key[1], str(r[2])[11:16],
                           str(r[3])[11:16] if r[3] else None))
    return visits


_HHMM = [f"{m // 60:02d}:{m % 60:02d}" for m in range(24 * 60)]


def _minute(text: str) -> int:
    return int(text[:2]) * 60 + int(text[3:5])


def _days(rng: random.Random, members: list[_Member], visits: list[_Visit],
          extras: tuple[str, ...]) -> tuple[list[tuple[object, ...]], ...]:
    """Rows for care_entry, care_log, care_dose and care_handover, one visit at a time."""
    entries: list[tuple[object, ...]] = []
    logs: list[tuple[object, ...]] = []
    doses: list[tuple[object, ...]] = []
    handovers: list[tuple[object, ...]] = []
    by_id = {m.person_id: m for m in members}
    rnd = rng.random
    moods, mood_weights = list(MOOD_WEIGHTS), list(MOOD_WEIGHTS.values())
    starts = {m.person_id: [p.starts for p in m.plans] for m in members}
    weekday_of: dict[str, int] = {}
    for person_id, day, arrived, left in visits:
        member = by_id[person_id]
        weekday = weekday_of.get(day)
        if weekday is None:
            weekday = weekday_of[day] = date.fromisoformat(day).isoweekday()
        index = bisect.bisect_right(starts[person_id], day) - 1
        if index < 0:
            continue  # signed in before joining the programme's first plan
        stay_end = left or _HHMM[min(_minute(arrived) + 180 + int(rnd() * 240), 18 * 60)]
        stamp = f"{day}T{stay_end}:00"
        ticked = set()
        for key, minutes, chance in member.plans[index].services.get(weekday, ()):
            if rnd() < chance:
                if minutes is not None and rnd() < 0.15:
                    minutes = max(10, minutes - 15)  # cut short
                entries.append((person_id, day, key, minutes, stamp, None, None))
                ticked.add(key)
        if extras and rnd() < 0.04:
            extra = extras[int(rnd() * len(extras))]
            if extra not in ticked:
                entries.append((person_id, day, extra, 60, stamp, None, None))
        if rnd() < 0.003 and "lunch" not in ticked:
            # A tick taken back: recorded, then voided.
            entries.append((person_id, day, "lunch", None, stamp, stamp, "误勾，当天未用餐"))
        if rnd() < 0.9:
            note = NOTES[int(rnd() * len(NOTES))] if rnd() < 0.06 else ""
            logs.append((person_id, day, rng.choices(moods, mood_weights)[0], note, stamp,
                         stamp))
        for medication_id, from_day, to_day, times in member.medications:
            if day < from_day or (to_day is not None and day > to_day) or rnd() < 0.002:
                continue  # not in effect, or (rarely) forgotten that day
            for at in times:
                point = rnd()
                if point < 0.965:
                    status, when, note = "given", _HHMM[_minute(at) + int(rnd() * 15)], ""
                elif point < 0.985:
                    status, when, note = "refused", at, REFUSE_NOTES[int(rnd() * 2)]
                else:
                    status, when, note = "missed", at, "当天忘记给药，已告知家属"
                doses.append((medication_id, person_id, day, at, status, when,
                              STAFF[int(rnd() * len(STAFF))], note, f"{day}T{when}:00"))
        if rnd() < 0.99:
            if rnd() < 0.02:
                handovers.append((person_id, day, None, "刘先生",
                                  stay_end, f"家属临时委托{OTHER_PICKUP[int(rnd() * 3)]}接回，"
                                            "已电话确认", stamp))
            else:
                pickup_id, who = member.pickups[0 if rnd() < 0.85 else -1]
                handovers.append((person_id, day, pickup_id, who, stay_end, "", stamp))
    return entries, logs, doses, handovers


def _incidents(db: Database, rng: random.Random, members: list[_Member], visits: list[_Visit],
               first: date, last: date) -> int:
    """A few incidents a year, on days the member was there; closed within a week, except
    possibly the latest serious one if it happened in the last month."""
    by_year: dict[int, list[_Visit]] = defaultdict(list)
    for visit in visits:
        by_year[int(visit[1][:4])].append(visit)
    guardians = {m.person_id: m.guardian for m in members}
    chosen: list[tuple[_Visit, str]] = []
    for year in sorted(by_year):
        pool = by_year[year]
        for visit in rng.sample(pool, min(len(pool), rng.randint(4, 9))):
            chosen.append((visit, _weighted(rng, SEVERITY_WEIGHTS)))
    chosen.sort(key=lambda item: (item[0][1], item[0][0]))
    recent = (last - timedelta(days=30)).isoformat()
    open_one = next((i for i in range(len(chosen) - 1, -1, -1)
                     if chosen[i][1] != "一般" and chosen[i][0][1] >= recent), None)
    rows = []
    for number, ((person_id, day, arrived, _left), severity) in enumerate(chosen):
        kind = _weighted(rng, INCIDENT_KINDS)
        minute = min(max(_minute(arrived) + rng.randint(30, 300), 9 * 60), 16 * 60)
        occurred = f"{day}T{_HHMM[minute]}"
        told = f"{day}T{_HHMM[min(minute + rng.randint(10, 60), 23 * 60)]}"
        closed_day = date.fromisoformat(day) + timedelta(days=rng.randint(1, 7))
        closed = None if number == open_one or closed_day > last \
            else f"{closed_day.isoformat()}T16:30:00"
        voided = f"{day}T17:30:00" if rng.random() < 0.03 else None
        rows.append((person_id, occurred, kind, severity, rng.choice(("活动室", "康复室", "餐厅",
                                                                      "走廊", "卫生间")),
                     WHAT[kind], ACTION[kind], guardians.get(person_id, ""), told,
                     FOLLOW_UP if closed else "", closed, ACTOR.username if closed else None,
                     f"{occurred}:00", closed or f"{occurred}:00", voided,
                     "重复登记" if voided else None))
    db.executemany(
        "INSERT INTO care_incident (person_id, occurred_at, kind, severity, place, what_happened,"
        " action_taken, guardian_told_name, guardian_told_at, follow_up, closed_at, closed_by,"
        f" recorded_by, created_at, updated_at, voided_at, void_reason) VALUES (?, ?, ?, ?, ?,"
        f" ?, ?, ?, ?, ?, ?, ?, '{ACTOR.username}', ?, ?, ?, ?)", rows)
    return sum(1 for row in rows if row[-2] is None)


def _providers(db: Database, rng: random.Random, visits: list[_Visit], first: date,
               today: date, last: date) -> int:
    """Each year a contract with each organisation and its sessions on their weekdays, for
    members present that day."""
    present: dict[str, list[int]] = defaultdict(list)
    for person_id, visited, _arrived, _left in visits:
        present[visited].append(person_id)
    days = open_days(first, last)
    session_id = int(db.scalar("SELECT coalesce(max(id), 0) FROM care_provider_session"))
    sessions: list[tuple[object, ...]] = []
    served: list[tuple[int, int]] = []
    for year in range(first.year, today.year + 1):
        for organisation, code, service, unit, quantity, price, weekdays, minutes in PROVIDERS:
            stamp = f"{year}-01-01T09:00:00"
            provider_id = int(db.execute(
                "INSERT INTO care_provider (organisation, contract_number, service, starts_on,"
                " ends_on, unit, contracted_quantity, amount_fen, contact, phone, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (organisation, f"XC-GM-{year}-{code}", service, f"{year}-01-01",
                 f"{year}-12-31", unit, quantity, quantity * price,
                 rng.choice(PROVIDER_STAFF), f"010-8{rng.randrange(10**6, 10**7)}", stamp,
                 stamp)).lastrowid or 0)
            for day in days:
                if day.year != year or day.isoweekday() not in weekdays or rng.random() > 0.9:
                    continue
                there = present.get(day.isoformat(), [])
                if not there:
                    continue
                session_id += 1
                iso = day.isoformat()
                length = minutes if rng.random() < 0.85 else minutes - 30
                sessions.append((session_id, provider_id, iso, rng.choice(PROVIDER_STAFF),
                                 service, length, f"{iso}T16:00:00", None, None))
                group = rng.sample(there, min(len(there), rng.randint(4, 10)))
                served += [(session_id, person_id) for person_id in sorted(group)]
                if rng.random() < 0.01:
                    session_id += 1  # entered twice by mistake, the copy voided
                    sessions.append((session_id, provider_id, iso, sessions[-1][3], service,
                                     length, f"{iso}T16:05:00", f"{iso}T16:10:00", "重复录入"))
    db.executemany(
        "INSERT INTO care_provider_session (id, provider_id, day, staff_name, content, minutes,"
        f" recorded_by, created_at, voided_at, void_reason) VALUES (?, ?, ?, ?, ?, ?,"
        f" '{ACTOR.username}', ?, ?, ?)", sessions)
    db.executemany("INSERT INTO care_provider_session_member (session_id, person_id)"
                   " VALUES (?, ?)", served)
    return sum(1 for row in sessions if row[7] is None)


def _meal_rates(db: Database, first: date, years: int) -> None:
    """15 元 a meal, 5 元 paid by the family, from the first month; 18 and 6 from half-way."""
    if db.scalar("SELECT 1 FROM care_meal_rate LIMIT 1"):
        return
    rates = [(f"{first:%Y-%m}", 1500, 500)]
    if years >= 4:
        rates.append((f"{first.year + years // 2}-01", 1800, 600))
    db.executemany("INSERT INTO care_meal_rate (effective_from, cost_fen, contribution_fen)"
                   " VALUES (?, ?, ?)", rates)
