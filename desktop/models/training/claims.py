"""Training subsidy claims (培训补贴申请): what a course's claim holds, and the register of
claims made (Qt-free; the workbook and printed form are made in other layers).

A claim is for a course that has ended (its last day before today) and lists every trainee
enrolled on it (withdrawn ones included: they attended some sessions) with the sessions and
minutes they attended (:mod:`.completion`'s rule) and whether they completed. The amount
follows the course's standard, for completed trainees only:

- ``per_completion``: ``subsidy_fen`` for each trainee who completed;
- ``per_hour``: ``subsidy_fen`` per attended hour of each trainee who completed, i.e. their
  attended minutes × ``subsidy_fen`` ÷ 60, rounded half up to the fen, trainee by trainee;
- ``none``: nothing (no claim can be made).

:func:`make_claim` registers it under a number ``PXBT-{centre code}-{year}-{0001}``, once per
course (a claim made in error is voided with a reason, and then made again).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.admin import audit
from desktop.models.admin.centre import load_profile
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import NotFoundError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.identity import mask_id
from desktop.models.reporting import month_close
from desktop.models.training import rules
from desktop.models.training.completion import course_attendance
from desktop.models.training.courses import Course, load_course
from desktop.models.training.rules import TrainingRefused

PREFIX = "PXBT"


@dataclass(frozen=True)
class ClaimLine:
    """One trainee on a claim."""

    enrolment_id: int
    person_id: int
    name: str
    masked_id: str
    attended_sessions: int
    counted_sessions: int
    attended_minutes: int
    percent: str
    completed: bool
    amount_fen: int


@dataclass(frozen=True)
class ClaimData:
    """A course's claim: its trainees and totals; ``number`` once registered."""

    course: Course
    lines: tuple[ClaimLine, ...]
    number: str | None
    made_on: str | None

    @property
    def trainees(self) -> int:
        """How many trainees the claim lists."""
        return len(self.lines)

    @property
    def completed(self) -> int:
        """How many of them completed."""
        return sum(1 for line in self.lines if line.completed)

    @property
    def attended_minutes(self) -> int:
        """The minutes all of them attended."""
        return sum(line.attended_minutes for line in self.lines)

    @property
    def amount_fen(self) -> int:
        """The amount claimed, in fen."""
        return sum(line.amount_fen for line in self.lines)


def line_amount(course: Course, completed: bool, attended_minutes: int) -> int:
    """One trainee's subsidy in fen by the course's standard (module docstring)."""
    if not completed or course.subsidy_kind == "none":
        return 0
    if course.subsidy_kind == "per_completion":
        return course.subsidy_fen
    return (attended_minutes * course.subsidy_fen + 30) // 60


def claim_data(db: Database, course_id: int) -> ClaimData:
    """The course's claim as it stands (with its number when registered). Refused
    (TrainingRefused) for a course that has not ended or was cancelled."""
    course = load_course(db, course_id)
    today = db.clock.today().isoformat()
    if course.cancelled:
        raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "课程“{name}”已取消，不能申请培训补贴"), name=course.name))
    if course.last_day >= today:
        raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "课程“{name}”{last} 才结束：课程结束后才能申请培训补贴"),
            name=course.name, last=course.last_day))
    ids = {int(r[0]): r[1] for r in db.query(
        "SELECT e.id, p.id_number FROM training_enrolment e JOIN person p ON p.id = e.person_id"
        " WHERE e.course_id = ?", (course_id,))}
    lines = []
    for row in course_attendance(db, course_id, today=today):
        figures, completed = row.attendance, row.completed_on is not None
        lines.append(ClaimLine(
            enrolment_id=row.enrolment_id, person_id=row.person_id, name=row.name,
            masked_id=mask_id(ids.get(row.enrolment_id)), attended_sessions=figures.attended,
            counted_sessions=figures.counted, attended_minutes=figures.attended_minutes,
            percent=figures.percent, completed=completed,
            amount_fen=line_amount(course, completed, figures.attended_minutes)))
    made = db.query_one("SELECT number, made_on FROM training_claim WHERE course_id = ?"
                        " AND voided_at IS NULL", (course_id,))
    return ClaimData(course, tuple(lines), made["number"] if made else None,
                     made["made_on"] if made else None)


def _next_number(db: Database, code: str, year: int) -> str:
    prefix = f"{PREFIX}-{code}-{year}-"
    last = db.scalar("SELECT max(number) FROM training_claim WHERE number LIKE ?",
                     (prefix + "%",))
    return f"{prefix}{int(last[len(prefix):]) + 1 if last else 1:04d}"


def make_claim(db: Database, course_id: int, *, actor: Actor) -> ClaimData:
    """Register the course's claim today under the next number, with its totals, audited.
    Refused, nothing written: the course has not ended (TrainingRefused naming its last
    day), has no subsidy standard or no completed trainee, a claim is already registered
    (its number given), the centre has no code; today in a closed month."""
    rules.require_manage(actor)
    today = db.clock.today()
    now = now_iso(db.clock)
    with db.transaction():
        data = claim_data(db, course_id)
        course = data.course
        if data.number is not None:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "课程“{name}”的培训补贴已于 {day} 申请，编号 {number}"),
                name=course.name, day=data.made_on, number=data.number))
        if course.subsidy_kind == "none":
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "课程“{name}”没有设置补贴标准：请先在课程里填写补贴方式和金额"),
                name=course.name))
        if data.completed == 0:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "课程“{name}”还没有学员结业，没有可申请的补贴：请先办理结业"),
                name=course.name))
        month_close.ensure_month_open(db, today.isoformat())
        code = load_profile(db).code.strip().upper()
        if not code:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "还没有填写中心代码，申请无法编号：请管理员先在“设置”中填写中心信息")))
        number = _next_number(db, code, today.year)
        values = {"course_id": course_id, "number": number, "made_on": today.isoformat(),
                  "trainees": data.trainees, "completed": data.completed,
                  "attended_minutes": data.attended_minutes, "amount_fen": data.amount_fen}
        claim_id = int(db.execute(
            "INSERT INTO training_claim (course_id, number, made_on, trainees, completed,"
            " attended_minutes, amount_fen, made_by, created_at) VALUES (:course_id, :number,"
            " :made_on, :trainees, :completed, :attended_minutes, :amount_fen, :by, :at)",
            {**values, "by": actor.username, "at": now}).lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="training_claim",
                     record_id=claim_id, after=values)
    return claim_data(db, course_id)


def void_claim(db: Database, number: str, reason: str, *, actor: Actor) -> None:
    """Void a registered claim with a reason, audited (the number is not used again)."""
    rules.require_manage(actor)
    reason = rules.clean_reason(reason)
    now = now_iso(db.clock)
    with db.transaction():
        row = db.query_one("SELECT id, made_on FROM training_claim WHERE number = ?"
                           " AND voided_at IS NULL", (number,))
        if row is None:
            raise NotFoundError(Message(QT_TRANSLATE_NOOP(
                "Messages", "没有编号为 {number} 的有效培训补贴申请"), number=number))
        month_close.ensure_month_open(db, row["made_on"])
        db.execute("UPDATE training_claim SET voided_at = ?, void_reason = ? WHERE id = ?",
                   (now, reason, row["id"]))
        audit.record(db, actor=actor.username, action="void", table="training_claim",
                     record_id=int(row["id"]), after={"voided_at": now}, reason=reason)


def claims_register(db: Database, year: int | None = None) -> list[dict[str, object]]:
    """The register of claims (voided ones included, marked), by number: number, made_on,
    course, trainees, completed, attended_minutes, amount_fen, voided_at, void_reason."""
    where, params = ("WHERE substr(t.made_on, 1, 4) = ?", (str(year),)) if year else ("", ())
    return [dict(r) for r in db.query(
        "SELECT t.number, t.made_on, c.name AS course, t.trainees, t.completed,"
        " t.attended_minutes, t.amount_fen, t.voided_at, t.void_reason FROM training_claim t"
        f" JOIN training_course c ON c.id = t.course_id {where} ORDER BY t.number", params)]
