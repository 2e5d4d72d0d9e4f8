"""Training courses: create, change, cancel, read (Qt-free).

A course has a type (:data:`rules.COURSE_KINDS`), a form (ordinary, order-based for a named
employer, entrepreneurship), a teacher (a person on the register or an organisation's name),
a place, its first and last day, the minutes of one session, a capacity, its completion rule
(minimum attendance in %, optionally an assessment that must be passed) and its subsidy
standard (fen per trainee who completes, or fen per attended hour, or none). Its sessions are
in :mod:`.sessions`. A course is never deleted: it is cancelled with a reason, which cancels
its sessions still to come.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database, row_as
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.text_input import clean_line, clean_name
from desktop.models.training import rules
from desktop.models.training.rules import TrainingRefused


@dataclass
class CourseInput:
    """What staff type for a course. ``min_attendance_pct`` None: the centre's default."""

    name: str
    kind: str
    first_day: str
    last_day: str
    minutes_per_session: int
    capacity: int
    form: str = "ordinary"
    employer: str = ""
    teacher_person_id: int | None = None
    teacher_org: str = ""
    place: str = ""
    min_attendance_pct: int | None = None
    assessment_required: bool = False
    subsidy_kind: str = "none"
    subsidy_fen: int = 0
    note: str = ""


@dataclass(frozen=True)
class Course:
    """A stored course (a row of ``training_course``)."""

    id: int
    name: str
    kind: str
    form: str
    employer: str
    teacher_person_id: int | None
    teacher_org: str
    place: str
    first_day: str
    last_day: str
    minutes_per_session: int
    capacity: int
    min_attendance_pct: int
    assessment_required: int
    subsidy_kind: str
    subsidy_fen: int
    note: str
    created_by: str
    created_at: str
    updated_at: str
    cancelled_at: str | None
    cancel_reason: str | None

    @property
    def cancelled(self) -> bool:
        """Whether the course was cancelled."""
        return self.cancelled_at is not None


_FIELDS = ("name", "kind", "form", "employer", "teacher_person_id", "teacher_org", "place",
           "first_day", "last_day", "minutes_per_session", "capacity", "min_attendance_pct",
           "assessment_required", "subsidy_kind", "subsidy_fen", "note")


def load_course(db: Database, course_id: int) -> Course:
    """The course; NotFoundError when there is none with that id."""
    row = db.query_one("SELECT * FROM training_course WHERE id = ?", (course_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的培训课程"),
                                    id=course_id))
    return row_as(Course, row)


def list_courses(db: Database, *, year: int | None = None,
                 include_cancelled: bool = False) -> list[Course]:
    """Courses newest first; those running at any time in ``year`` when given."""
    where, params = ["1 = 1"], []
    if year is not None:
        where.append("first_day <= ? AND last_day >= ?")
        params += [f"{year}-12-31", f"{year}-01-01"]
    if not include_cancelled:
        where.append("cancelled_at IS NULL")
    return [row_as(Course, r) for r in db.query(
        f"SELECT * FROM training_course WHERE {' AND '.join(where)}"
        " ORDER BY first_day DESC, id DESC", params)]


def _checked(db: Database, data: CourseInput) -> dict[str, object]:
    """The cleaned values of ``data``; ValidationError naming every field that is wrong."""
    errors: dict[str, str] = {}
    values: dict[str, object] = {
        "name": clean_line(data.name), "kind": clean_line(data.kind),
        "form": data.form, "employer": clean_line(data.employer),
        "teacher_person_id": data.teacher_person_id, "teacher_org": clean_line(data.teacher_org),
        "place": clean_line(data.place), "minutes_per_session": data.minutes_per_session,
        "capacity": data.capacity,
        "min_attendance_pct": (rules.default_min_attendance(db)
                               if data.min_attendance_pct is None else data.min_attendance_pct),
        "assessment_required": 1 if data.assessment_required else 0,
        "subsidy_kind": data.subsidy_kind,
        "subsidy_fen": data.subsidy_fen if data.subsidy_kind != "none" else 0,
        "note": clean_line(data.note),
    }
    if not values["name"] or len(str(values["name"])) > 60:
        errors["name"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写课程名称（最多60个字）"))
    if values["kind"] not in rules.COURSE_KINDS:
        errors["kind"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "培训类型应为：{kinds}"), kinds="、".join(rules.COURSE_KINDS))
    if data.form not in rules.FORMS:
        errors["form"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "培训形式应为：{forms}"),
            forms="；".join(str(rules.FORM_NAMES[form]) for form in rules.FORMS))
    elif data.form == "order" and not values["employer"]:
        errors["employer"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "订单、定岗、定向培训要写明用人单位"))
    if data.teacher_person_id is not None and db.scalar(
            "SELECT 1 FROM person WHERE id = ?", (data.teacher_person_id,)) is None:
        errors["teacher_person_id"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的人员"), id=data.teacher_person_id)
    days: list[str] = []
    for field in ("first_day", "last_day"):
        try:
            days.append(rules.parse_day(getattr(data, field), field))
        except ValidationError as error:
            errors.update(error.fields)
    if len(days) == 2:
        values["first_day"], values["last_day"] = days
        if days[1] < days[0]:
            errors["last_day"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "结束日期 {last} 早于开始日期 {first}"), last=days[1], first=days[0])
    if not 1 <= data.minutes_per_session <= 1440:
        errors["minutes_per_session"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "每次课时长应为1–1440分钟"))
    if data.capacity < 1:
        errors["capacity"] = Message(QT_TRANSLATE_NOOP("Messages", "招收人数至少为1人"))
    if not 0 <= int(str(values["min_attendance_pct"])) <= 100:
        errors["min_attendance_pct"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "结业要求的出勤率应为0–100%"))
    if data.subsidy_kind not in rules.SUBSIDY_KINDS:
        errors["subsidy_kind"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "补贴标准应为按结业人数、按出勤学时或无补贴"))
    elif data.subsidy_kind != "none" and data.subsidy_fen <= 0:
        errors["subsidy_fen"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写补贴金额（大于0元）"))
    if errors:
        raise ValidationError(errors)
    return values


def create_course(db: Database, data: CourseInput, *, actor: Actor) -> int:
    """Store a new course in one audited transaction; returns its id. ValidationError for
    bad input (nothing written). Sessions are added by :mod:`.sessions`."""
    rules.require_manage(actor)
    values = _checked(db, data)
    now = now_iso(db.clock)
    with db.transaction():
        course_id = int(db.execute(
            f"INSERT INTO training_course ({', '.join(_FIELDS)}, created_by, created_at,"
            f" updated_at) VALUES ({', '.join('?' * len(_FIELDS))}, ?, ?, ?)",
            [values[f] for f in _FIELDS] + [actor.username, now, now]).lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="training_course",
                     record_id=course_id, after=values)
    return course_id


def update_course(db: Database, course_id: int, data: CourseInput, *, actor: Actor) -> None:
    """Change a course in one audited transaction. Refused (TrainingRefused, nothing
    written) for a cancelled course, for dates that would leave a session outside them, and
    for a capacity below the trainees already enrolled."""
    rules.require_manage(actor)
    values = _checked(db, data)
    with db.transaction():
        course = load_course(db, course_id)
        if course.cancelled:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "课程“{name}”已取消，不能再修改"), name=course.name))
        outside = db.scalar(
            "SELECT min(day) FROM training_session WHERE course_id = ? AND cancelled_at IS NULL"
            " AND (day < ? OR day > ?)", (course_id, values["first_day"], values["last_day"]))
        if outside is not None:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "课程在 {day} 还有课，不在新的起止日期内：请先取消这次课，再改日期"),
                day=outside))
        enrolled = int(db.scalar("SELECT count(*) FROM training_enrolment WHERE course_id = ?"
                                 " AND status = 'enrolled'", (course_id,)))
        if enrolled > int(str(values["capacity"])):
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "已有 {count} 人报名，招收人数不能少于 {count}"), count=enrolled))
        before = {f: getattr(course, f) for f in _FIELDS}
        changed = {f: v for f, v in values.items() if before[f] != v}
        if not changed:
            return
        db.execute(f"UPDATE training_course SET {', '.join(f'{f} = ?' for f in changed)},"
                   " updated_at = ? WHERE id = ?",
                   [*changed.values(), now_iso(db.clock), course_id])
        audit.record(db, actor=actor.username, action="update", table="training_course",
                     record_id=course_id, before={f: before[f] for f in changed}, after=changed)


def cancel_course(db: Database, course_id: int, reason: str, *, actor: Actor) -> int:
    """Cancel a course with a reason, and its sessions after today (those already held keep
    their roll call), in one audited transaction; returns how many sessions were cancelled."""
    rules.require_manage(actor)
    reason = rules.clean_reason(reason)
    now = now_iso(db.clock)
    today = db.clock.today().isoformat()
    with db.transaction():
        course = load_course(db, course_id)
        if course.cancelled:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "课程“{name}”已经取消过了"), name=course.name))
        db.execute("UPDATE training_course SET cancelled_at = ?, cancel_reason = ?,"
                   " updated_at = ? WHERE id = ?", (now, reason, now, course_id))
        sessions = db.execute(
            "UPDATE training_session SET cancelled_at = ?, cancel_reason = ? WHERE course_id = ?"
            " AND cancelled_at IS NULL AND day > ?", (now, reason, course_id, today)).rowcount
        audit.record(db, actor=actor.username, action="cancel", table="training_course",
                     record_id=course_id, after={"cancelled_at": now, "sessions": sessions},
                     reason=reason)
    return int(sessions)


def course_input(course: Course) -> CourseInput:
    """The course as the form shows it, to change and pass to :func:`update_course`."""
    values = {f: getattr(course, f) for f in _FIELDS}
    values["assessment_required"] = bool(values["assessment_required"])
    return CourseInput(**values)


def teacher_text(db: Database, course: Course) -> str:
    """Who teaches: the teacher's name (and the organisation when both are given)."""
    name = "" if course.teacher_person_id is None else str(db.scalar(
        "SELECT name FROM person WHERE id = ?", (course.teacher_person_id,)) or "")
    return "，".join(part for part in (clean_name(name), course.teacher_org) if part)

