"""Demo vocational training (职业培训): courses of every type and form over the demo's years,
their sessions and roll calls, enrolments with a waiting list and withdrawals, completions and
their certificates, subsidy claims, job placements with their follow-ups, and skills
competitions.

The training capability's demo step (declared as ``DEMO`` in ``desktop.models.training``),
run inside the demo's transaction after the people step made the members and volunteers.
Deterministic for a given random state and "today". Rows are written in bulk
(``executemany``) with the ids given here and one audit entry for the whole load, as the
volunteer and sales steps do: ten years make some eighty courses, fifteen hundred sessions
and twenty thousand roll-call marks, in about half a second.

What the data looks like: each year runs every course of :data:`COURSES` (every course type of
``rules.COURSE_KINDS`` and every form: ordinary, order-based for a named employer,
entrepreneurship), in spring or autumn, one or two afternoons a week for six to twelve weeks;
now and then a course is cancelled before it starts. Trainees are working-age members; a
popular course fills up and keeps a waiting list, and a place freed by an early withdrawal goes
to the first on the list (held to the sessions from that day). A course nobody enrolled in did
not run (cancelled the week before it began, its sessions with it), and a session with nobody
left on the list (all withdrew) is cancelled. About 2 % of sessions are cancelled; every past
session has its roll call except a few of the last fortnight's in courses still running (the
report's check finds them; a course that has ended is fully roll-called, so its trainees can
complete); a trainee marked present who signed in at the kiosk that day by the session's end
(the attendance step's sign-ins) keeps the kiosk's pre-mark (``from_kiosk``). Each trainee has
their own reliability: mostly present, now and then late, leaving early, excused or absent.
After a course ends, those meeting its rule (and passing the assessment where one is required)
complete within a week and get their certificate; a course with a subsidy standard is claimed
some weeks later (the latest ones are left to claim). About a third of those who complete find
work (most of an order-based course, with its employer); their follow-ups at 1, 3, 6 and 12
months are done on time, except a few recent ones (the home page shows them as due). Each year
a few trainees enter a skills competition. Courses after "today" are open for enrolment; the
running ones are half taught.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.models.admin import audit
from desktop.models.admin.centre import load_profile
from desktop.models.admin.permissions import DEMO_ACTOR
from desktop.models.db import Database
from desktop.models.training import rules
from desktop.models.training.certificates import PREFIX as CERTIFICATE_PREFIX
from desktop.models.training.claims import PREFIX as CLAIM_PREFIX

if TYPE_CHECKING:
    from desktop.models.demo.demo import DemoRun

ACTOR = DEMO_ACTOR


@dataclass(frozen=True)
class _Plan:
    """A course run every year: what, for whom, when and how it is paid for."""

    name: str
    kind: str
    form: str
    employer: str
    teacher_org: str
    weekdays: str  # ISO weekday digits
    starts_at: str
    ends_at: str
    weeks: int
    capacity: int
    min_pct: int
    assessment: bool
    subsidy_kind: str
    subsidy_fen: int
    start_month: int
    job: str  # the job a placement after it usually is
    employment_form: int


COURSES = (
    _Plan("西点烘焙基础班", "西点", "ordinary", "", "西城区职业技能培训学校", "2", "09:00",
          "11:30", 10, 16, 80, True, "per_completion", 80000, 3, "烘焙助理", 2),
    _Plan("软陶手工制作", "软陶", "ordinary", "", "", "3", "14:00", "16:00", 8, 12, 80,
          False, "per_completion", 50000, 4, "手工制作员", 5),
    _Plan("平面设计入门", "平面设计", "ordinary", "", "北京市残疾人职业技能培训中心", "14",
          "14:00", "16:30", 12, 15, 80, True, "per_hour", 3000, 9, "美工助理", 7),
    _Plan("微商创业培训", "微商", "entrepreneurship", "", "西城区创业服务中心", "5", "09:30",
          "11:30", 6, 20, 75, False, "per_completion", 60000, 5, "网店店主", 3),
    _Plan("计算机基础与办公软件", "电脑", "ordinary", "", "西城区职业技能培训学校", "24",
          "09:00", "11:00", 8, 18, 80, False, "per_hour", 2500, 10, "数据录入员", 7),
    _Plan("保健按摩定向班", "按摩", "order", "京城盲人按摩中心", "京城盲人按摩中心", "13",
          "09:00", "12:00", 10, 12, 85, True, "per_completion", 120000, 9, "保健按摩师", 2),
    _Plan("咖啡制作定岗培训", "其他", "order", "西城区爱心咖啡屋", "", "4", "14:00", "16:00",
          6, 10, 80, False, "per_completion", 60000, 4, "咖啡师", 2),
    _Plan("手机摄影与短视频", "其他", "ordinary", "", "", "1", "14:00", "15:30", 6, 20, 70,
          False, "none", 0, 11, "", 7),
)
PLACE = "温馨家园活动室"
EMPLOYERS = ("西城区残疾人就业服务中心推荐单位", "金融街物业服务公司", "西单商场",
             "德胜街道社区服务中心", "北京市温馨社会企业", "白纸坊社区超市")
CANCEL_REASON = "报名人数不足，课程取消"
NOBODY_ENROLLED = "无人报名，课程取消"
SESSION_CANCEL = "授课老师临时有事，本次课取消"
NOBODY_LEFT = "学员均已退出，本次课取消"
WITHDRAW_REASONS = ("身体原因，无法坚持", "找到工作，退出培训", "家中有事", "课程时间冲突")
WAITING_CLOSED = "课程已结束，未能入班"
END_REASONS = ("合同到期", "身体原因离职", "单位调整岗位")
COMPETITIONS = {
    "district": "西城区残疾人职业技能竞赛",
    "city": "北京市残疾人职业技能竞赛",
    "national": "全国残疾人职业技能大赛",
}
RESULTS = ("一等奖", "二等奖", "三等奖", "优秀奖", "参赛")
RECENT_UNMARKED = timedelta(days=14)  # past sessions this recent may still await a roll call
FOLLOW_UPS_ALL_DONE = timedelta(days=60)  # follow-ups due before this are all done


@dataclass
class _Trainee:
    enrolment_id: int
    person_id: int
    enrolled_on: date
    applied_on: date
    reliability: float
    row: list[object] = field(default_factory=list)  # its enrolment row, completed later
    withdrawn_on: date | None = None
    unmarked: int = 0
    attended: int = 0
    counted: int = 0
    minutes: int = 0
    completed_on: date | None = None


@dataclass
class _Rows:
    """Everything to insert, with the ids given here (so rows can refer to each other)."""

    courses: list[tuple[object, ...]] = field(default_factory=list)
    sessions: list[tuple[object, ...]] = field(default_factory=list)
    enrolments: list[list[object]] = field(default_factory=list)
    marks: list[tuple[object, ...]] = field(default_factory=list)
    certificates: list[tuple[object, ...]] = field(default_factory=list)
    claims: list[tuple[object, ...]] = field(default_factory=list)
    placements: list[tuple[object, ...]] = field(default_factory=list)
    follow_ups: list[tuple[object, ...]] = field(default_factory=list)
    competitions: list[tuple[object, ...]] = field(default_factory=list)
    ids: dict[str, int] = field(default_factory=dict)

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table] - 1


def _numbered(rows: list[tuple[object, ...]], prefix: str, code: str,
              day_at: int) -> list[tuple[object, ...]]:
    """``rows`` by their day (column ``day_at``) with the register's number in front:
    ``{prefix}-{code}-{year}-0001`` on, in the order they were made, as the models number."""
    counts: dict[str, int] = {}
    numbered = []
    for row in sorted(rows, key=lambda r: (str(r[day_at]), int(str(r[0])))):
        year = str(row[day_at])[:4]
        counts[year] = counts.get(year, 0) + 1
        numbered.append((f"{prefix}-{code}-{year}-{counts[year]:04d}", *row))
    return numbered


def generate(db: Database, run: DemoRun) -> dict[str, int]:
    """The demo step: :func:`generate_training` over the run's years up to its "today"."""
    return generate_training(db, run.rng, run.options.today, run.options.years)


def generate_training(db: Database, rng: random.Random, today: date,
                      years: int) -> dict[str, int]:
    """Fill the training tables for ``years`` calendar years up to ``today`` (and the courses
    planned after it); call inside the demo's transaction, after the members exist. Returns
    counts for the summary."""
    if not db.in_transaction:
        raise RuntimeError("generate_training runs inside the demo's transaction")
    local = random.Random(rng.getrandbits(64))
    # The running day is still being recorded: no roll call, completion or follow-up yet.
    last = today if today < db.clock.now().date() else today - timedelta(days=1)
    members = [(int(r[0]), date.fromisoformat(r[1])) for r in db.query(
        "SELECT m.person_id, p.birth_date FROM member m JOIN person p ON p.id = m.person_id"
        " WHERE m.active = 1 AND p.archived_at IS NULL AND p.birth_date IS NOT NULL"
        " ORDER BY m.person_id")]
    if not members:
        return {"training_courses": 0}
    teachers = [int(r[0]) for r in db.query(
        "SELECT v.person_id FROM volunteer v JOIN person p ON p.id = v.person_id"
        " WHERE p.archived_at IS NULL ORDER BY v.person_id LIMIT 5")]
    code = load_profile(db).code.strip().upper() or "DEMO"
    rows = _Rows(ids={t: _next_id(db, t) for t in (
        "training_course", "training_session", "training_enrolment", "training_placement")})
    first_year = today.year - years + 1
    for year in range(first_year, today.year + 1):
        for plan in COURSES:
            _course(local, rows, plan, year, members, teachers, today, last)
        _competitions(local, rows, year, last)
    _insert(db, rows, code)
    counts = {"training_courses": len(rows.courses), "training_sessions": len(rows.sessions),
              "training_enrolments": len(rows.enrolments), "training_marks": len(rows.marks),
              "training_completions": sum(1 for r in rows.enrolments if r[10]),
              "training_certificates": len(rows.certificates),
              "training_placements": len(rows.placements),
              "training_follow_ups": len(rows.follow_ups),
              "training_competitions": len(rows.competitions),
              "training_claims": len(rows.claims)}
    audit.record(db, actor=ACTOR.username, action="create", table="training_course",
                 record_id=None, after={**counts, "from": f"{first_year}-01-01",
                                        "to": last.isoformat()},
                 reason="载入演示数据：培训课程、课次、报名、点名、结业、证书、补贴申请、就业安置、"
                        "回访和技能竞赛批量写入，未逐条记录")
    return counts


def _next_id(db: Database, table: str) -> int:
    return int(db.scalar(f"SELECT coalesce(max(id), 0) + 1 FROM {table}"))  # our own names


def _stamp(day: date, clock: str = "09:00") -> str:
    return f"{day.isoformat()}T{clock}:00"


def _minutes(plan: _Plan) -> int:
    return (int(plan.ends_at[:2]) * 60 + int(plan.ends_at[3:])
            - int(plan.starts_at[:2]) * 60 - int(plan.starts_at[3:]))


def _course(rng: random.Random, rows: _Rows, plan: _Plan, year: int,
            members: list[tuple[int, date]], teachers: list[int], today: date,
            last: date) -> None:
    """One year's run of ``plan``: the course and everything that came of it up to ``last``."""
    first_day = date(year, plan.start_month, 1) + timedelta(days=rng.randrange(0, 20))
    days = [first_day + timedelta(days=n) for n in range(plan.weeks * 7)
            if str((first_day + timedelta(days=n)).isoweekday()) in plan.weekdays]
    first_day, last_day = days[0], days[-1]
    created = first_day - timedelta(days=rng.randrange(30, 50))
    if created > today:
        return  # not announced yet: a course is planned some weeks ahead
    course_id = rows.next_id("training_course")
    cancelled = rng.random() < 0.05
    teacher = rng.choice(teachers) if teachers and not plan.teacher_org else None
    minutes = _minutes(plan)
    rows.courses.append((
        course_id, plan.name, plan.kind, plan.form, plan.employer, teacher, plan.teacher_org,
        PLACE, first_day.isoformat(), last_day.isoformat(), minutes, plan.capacity,
        plan.min_pct, int(plan.assessment), plan.subsidy_kind, plan.subsidy_fen, "",
        _stamp(created), _stamp(created),
        _stamp(first_day - timedelta(days=7)) if cancelled else None,
        CANCEL_REASON if cancelled else None))
    sessions: list[tuple[int, date, bool]] = []  # held or to come: (id, day, roll-called)
    first_session_row = len(rows.sessions)
    for day in days:
        session_id = rows.next_id("training_session")
        off = cancelled or (rng.random() < 0.02 and day != last_day)
        # Only a course still running may have a recent session awaiting its roll call: one
        # that has ended is complete, else none of its trainees could complete.
        taken = not off and day <= last and (day < last - RECENT_UNMARKED or last_day < last
                                             or rng.random() < 0.65)
        rows.sessions.append((
            session_id, course_id, day.isoformat(), plan.starts_at, plan.ends_at, minutes,
            _stamp(created), _stamp(day, plan.ends_at) if taken else None,
            ACTOR.username if taken else None,
            (_stamp(first_day - timedelta(days=7)) if cancelled else _stamp(day, "07:30"))
            if off else None,
            (CANCEL_REASON if cancelled else SESSION_CANCEL) if off else None))
        if not off:
            sessions.append((session_id, day, taken))
    if cancelled:
        return
    trainees = _enrol(rng, rows, plan, course_id, first_day, last_day, created, members, today)
    if not trainees and first_day <= last:
        # Nobody enrolled: the course did not run, and holds no session.
        called_off = _stamp(first_day - timedelta(days=7))
        rows.courses[-1] = (*rows.courses[-1][:19], called_off, NOBODY_ENROLLED)
        rows.sessions[first_session_row:] = [
            _cancelled(row, called_off, NOBODY_ENROLLED) if row[9] is None else row
            for row in rows.sessions[first_session_row:]]
        return
    empty = {session_id for session_id, day, _ in sessions if day <= last and not any(
        _on_list(t, day) for t in trainees)}
    if empty:
        rows.sessions[first_session_row:] = [
            _cancelled(row, _stamp(date.fromisoformat(str(row[2])), "07:30"), NOBODY_LEFT)
            if row[0] in empty else row for row in rows.sessions[first_session_row:]]
        sessions = [s for s in sessions if s[0] not in empty]
    _attend(rng, rows, trainees, sessions, minutes, last)
    if last_day >= last:
        return
    _complete(rng, rows, plan, course_id, trainees, last_day, last)


def _on_list(trainee: _Trainee, day: date) -> bool:
    """Whether the trainee is on the roll call of a session on ``day``."""
    return trainee.enrolled_on <= day and (trainee.withdrawn_on is None
                                           or day < trainee.withdrawn_on)


def _cancelled(row: tuple[object, ...], at: str, reason: str) -> tuple[object, ...]:
    """A session row as cancelled at ``at`` for ``reason``, without a roll call."""
    return (*row[:7], None, None, at, reason)


def _enrol(rng: random.Random, rows: _Rows, plan: _Plan, course_id: int, first_day: date,
           last_day: date, created: date, members: list[tuple[int, date]],
           today: date) -> list[_Trainee]:
    """Who applied: enrolled up to the places, a waiting list when more applied; an early
    withdrawal's place goes to the first waiting. Returns the enrolled trainees."""
    eligible = [pid for pid, born in members
                if 18 <= (first_day - born).days // 365 < 60]
    wanted = plan.capacity + rng.choice((-4, -2, 0, 1, 2, 3))
    applicants = rng.sample(eligible, min(max(wanted, 3), len(eligible)))
    applied_from = created + timedelta(days=3)
    trainees: list[_Trainee] = []
    waiting: list[tuple[int, int, date]] = []
    for n, person_id in enumerate(applicants):
        applied = applied_from + timedelta(days=min(n, 25))
        if applied > today:
            break
        enrolment_id = rows.next_id("training_enrolment")
        if len(trainees) < plan.capacity:
            trainees.append(_Trainee(enrolment_id, person_id, applied, applied,
                                     rng.choice((0.97, 0.93, 0.9, 0.85, 0.75, 0.6))))
        else:
            waiting.append((enrolment_id, person_id, applied))
    for trainee in trainees:
        if rng.random() < 0.08:
            trainee.withdrawn_on = first_day + timedelta(days=rng.randrange(3, 40))
            if trainee.withdrawn_on > min(last_day, today):
                trainee.withdrawn_on = None
    freed = sorted(t.withdrawn_on for t in trainees if t.withdrawn_on is not None
                   and t.withdrawn_on < last_day - timedelta(days=14))
    promoted: list[_Trainee] = []
    for day in freed:
        if not waiting:
            break
        enrolment_id, person_id, applied = waiting.pop(0)
        promoted.append(_Trainee(enrolment_id, person_id, day, applied, 0.9))
    for trainee in trainees + promoted:
        trainee.row = _enrolment_row(rng, course_id, trainee)
        rows.enrolments.append(trainee.row)
    for enrolment_id, person_id, applied in waiting:
        closed = last_day < today - timedelta(days=1)
        rows.enrolments.append([
            enrolment_id, course_id, person_id, "withdrawn" if closed else "waiting",
            applied.isoformat(), None, last_day.isoformat() if closed else None,
            WAITING_CLOSED if closed else None, None, None, None, None, None, None, None,
            ACTOR.username, _stamp(applied), _stamp(applied)])
    return trainees + promoted


def _enrolment_row(rng: random.Random, course_id: int, trainee: _Trainee) -> list[object]:
    """An enrolment row; the completion columns are filled in by :func:`_complete`."""
    withdrawn, applied = trainee.withdrawn_on, trainee.applied_on
    return [trainee.enrolment_id, course_id, trainee.person_id,
            "withdrawn" if withdrawn else "enrolled", applied.isoformat(),
            trainee.enrolled_on.isoformat(), withdrawn.isoformat() if withdrawn else None,
            rng.choice(WITHDRAW_REASONS) if withdrawn else None, None, None, None, None, None,
            None, None, ACTOR.username, _stamp(applied), _stamp(withdrawn or applied)]


def _attend(rng: random.Random, rows: _Rows, trainees: list[_Trainee],
            sessions: list[tuple[int, date, bool]], minutes: int, last: date) -> None:
    """The marks of every roll-called session, and each trainee's counts up to the course's
    end (the completion rule of :mod:`.completion`)."""
    for session_id, day, taken in sessions:
        for t in trainees:
            if not _on_list(t, day):
                continue
            if day > last:
                continue
            roll = rng.random()
            if roll < t.reliability:
                mark = "present" if roll < t.reliability - 0.08 else rng.choice(
                    ("late", "late", "left_early"))
            elif roll < t.reliability + (1 - t.reliability) * 0.4:
                mark = "excused"
            else:
                mark = "absent"
            if not taken:
                t.counted += 1  # held without a roll call: counts against, and no completion
                t.unmarked += 1
                continue
            rows.marks.append((session_id, t.enrolment_id, mark, ACTOR.username,
                               _stamp(day, "12:30")))
            if mark != "excused":
                t.counted += 1
            if mark in rules.ATTENDED_MARKS:
                t.attended += 1
                t.minutes += minutes


def _complete(rng: random.Random, rows: _Rows, plan: _Plan, course_id: int,
              trainees: list[_Trainee], last_day: date, last: date) -> None:
    """After the course: completion for those meeting the rule (and the assessment), their
    certificates, placements and follow-ups, and the subsidy claim."""
    completed: list[_Trainee] = []
    for t in trainees:
        row = t.row
        if t.withdrawn_on is not None or t.unmarked:
            continue
        if plan.assessment:
            passed = rng.random() < 0.9
            row[8], row[9] = ("passed", rng.randrange(65, 99)) if passed else (
                "failed", rng.randrange(35, 60))
        if not rules.meets_rule(t.attended, t.counted, plan.min_pct):
            continue
        if plan.assessment and row[8] != "passed":
            continue
        day = last_day + timedelta(days=rng.randrange(0, 8))
        if day > last:
            continue
        t.completed_on = day
        row[10:15] = [day.isoformat(), t.attended, t.counted, t.minutes, ACTOR.username]
        row[17] = _stamp(day, "16:00")
        completed.append(t)
        issued = day + timedelta(days=rng.randrange(0, 4))
        if issued <= last:
            reprints = 1 if rng.random() < 0.04 else 0
            rows.certificates.append((t.enrolment_id, issued.isoformat(),
                                      ACTOR.username, _stamp(issued, "10:00"), reprints,
                                      _stamp(issued + timedelta(days=30 * reprints), "10:00")))
        if plan.job:
            _placement(rng, rows, plan, t, day, last)
    _claim(rng, rows, plan, course_id, trainees, completed, last)


def _claim(rng: random.Random, rows: _Rows, plan: _Plan, course_id: int,
           trainees: list[_Trainee], completed: list[_Trainee], last: date) -> None:
    """The course's subsidy claim a few weeks after the completions (not for the latest)."""
    if plan.subsidy_kind == "none" or not completed:
        return
    made = max(t.completed_on for t in completed if t.completed_on) + timedelta(
        days=rng.randrange(10, 30))
    if made > last - timedelta(days=45):
        return
    amount = 0
    for t in completed:
        amount += plan.subsidy_fen if plan.subsidy_kind == "per_completion" else (
            t.minutes * plan.subsidy_fen + 30) // 60
    rows.claims.append((course_id, made.isoformat(), len(trainees), len(completed),
                        sum(t.minutes for t in trainees), amount, ACTOR.username,
                        _stamp(made, "15:00")))


def _placement(rng: random.Random, rows: _Rows, plan: _Plan, t: _Trainee, completed: date,
               last: date) -> None:
    """Work found after completing (most of an order-based course, a third of the others),
    and its follow-ups at 1, 3, 6 and 12 months."""
    chance = 0.75 if plan.form == "order" else 0.45 if plan.form == "entrepreneurship" else 0.3
    if rng.random() >= chance:
        return
    started = completed + timedelta(days=rng.randrange(7, 90))
    if started > last:
        return
    employer = plan.employer or ("自主经营" if plan.form == "entrepreneurship"
                                 else rng.choice(EMPLOYERS))
    ended: date | None = None
    if rng.random() < 0.2:
        ended = started + timedelta(days=rng.randrange(60, 420))
        ended = ended if ended <= last else None
    placement_id = rows.next_id("training_placement")
    rows.placements.append((placement_id, t.enrolment_id, employer, plan.job,
                            started.isoformat(), plan.employment_form,
                            ended.isoformat() if ended else None,
                            rng.choice(END_REASONS) if ended else "", ACTOR.username,
                            _stamp(started, "16:00")))
    band = {2: "3000–5000", 3: "2000–3000", 5: "2000以下", 7: "2000–3000"}
    for months in rules.FOLLOW_UP_MONTHS:
        due = date.fromisoformat(rules.add_months(started.isoformat(), months))
        done = due + timedelta(days=rng.randrange(0, 12))
        if done > last or (due > last - FOLLOW_UPS_ALL_DONE and rng.random() < 0.4):
            continue  # still to do: the home page lists it
        employed = ended is None or ended > done
        rows.follow_ups.append((placement_id, months, done.isoformat(), int(employed),
                                band.get(plan.employment_form, "") if employed else "",
                                "" if employed else "已离职，继续推荐岗位", ACTOR.username,
                                _stamp(done, "15:00")))


def _competitions(rng: random.Random, rows: _Rows, year: int, last: date) -> None:
    """A few of the year's trainees who completed enter a skills competition in the autumn."""
    done = [(int(str(r[2])), int(str(r[1]))) for r in rows.enrolments
            if r[10] and str(r[10]).startswith(str(year))]
    entered: set[tuple[int, str, date]] = set()
    for _ in range(min(len(done), rng.choice((2, 3, 4)))):
        person_id, course_id = rng.choice(done)
        level = rng.choices(("district", "city", "national"), weights=(6, 3, 1))[0]
        held = date(year, rng.choice((10, 11)), rng.randrange(1, 28))
        if held > last or (person_id, level, held) in entered:
            continue  # to come, or the same entry twice (the models refuse a duplicate)
        entered.add((person_id, level, held))
        rows.competitions.append((person_id, course_id, COMPETITIONS[level], level,
                                  held.isoformat(), rng.choice(RESULTS), ACTOR.username,
                                  _stamp(held, "17:00")))


def _insert(db: Database, rows: _Rows, code: str) -> None:
    by = ACTOR.username
    db.executemany(
        "INSERT INTO training_course (id, name, kind, form, employer, teacher_person_id,"
        " teacher_org, place, first_day, last_day, minutes_per_session, capacity,"
        " min_attendance_pct, assessment_required, subsidy_kind, subsidy_fen, note,"
        f" created_by, created_at, updated_at, cancelled_at, cancel_reason) VALUES (?, ?, ?, ?,"
        f" ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{by}', ?, ?, ?, ?)", rows.courses)
    db.executemany(
        "INSERT INTO training_session (id, course_id, day, starts_at, ends_at, minutes,"
        " created_at, roll_called_at, roll_called_by, cancelled_at, cancel_reason, created_by)"
        f" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{by}')", rows.sessions)
    db.executemany(
        "INSERT INTO training_enrolment (id, course_id, person_id, status, applied_on,"
        " enrolled_on, withdrawn_on, withdraw_reason, assessment, assessment_score,"
        " completed_on, attended_sessions, counted_sessions, attended_minutes, completed_by,"
        " created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?, ?)", [tuple(r) for r in rows.enrolments])
    db.executemany(
        "INSERT INTO training_attendance (session_id, enrolment_id, mark, marked_by, marked_at)"
        " VALUES (?, ?, ?, ?, ?)", rows.marks)
    # A trainee present who signed in at the kiosk that day by the session's end was
    # pre-marked by it (roll_call's rule).
    db.execute(
        "UPDATE training_attendance SET from_kiosk = 1 WHERE mark = 'present' AND EXISTS ("
        " SELECT 1 FROM training_session s JOIN training_enrolment e"
        " ON e.id = training_attendance.enrolment_id JOIN sign_in si ON si.person_id ="
        " e.person_id AND si.day = s.day AND si.voided_at IS NULL"
        " AND substr(si.signed_in_at, 12, 5) <= s.ends_at"
        " WHERE s.id = training_attendance.session_id)")
    db.executemany(
        "INSERT INTO training_certificate (number, enrolment_id, issued_on, issued_by,"
        " issued_at, reprints, last_printed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        _numbered(rows.certificates, CERTIFICATE_PREFIX, code, 1))
    db.executemany(
        "INSERT INTO training_claim (number, course_id, made_on, trainees, completed,"
        " attended_minutes, amount_fen, made_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _numbered(rows.claims, CLAIM_PREFIX, code, 1))
    db.executemany(
        "INSERT INTO training_placement (id, enrolment_id, employer, job, started_on,"
        " employment_form, ended_on, end_reason, recorded_by, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.placements)
    db.executemany(
        "INSERT INTO training_follow_up (placement_id, due_month, done_on, still_employed,"
        " income_band, note, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows.follow_ups)
    db.executemany(
        "INSERT INTO training_competition (person_id, course_id, name, level, held_on, result,"
        " recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows.competitions)
