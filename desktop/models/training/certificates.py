"""Completion certificates (结业证书): a numbered register, reprints marked 补打, and what the
printed certificate shows (Qt-free; the PDF is made in the UI layer's printed form).

Only a trainee who completed the course gets one, once: the number is
``JYPX-{centre code}-{year}-{0001}``, counted per centre and year of issue. A reprint keeps
the number and counts the reprints; the paper then says 补打. Issue and reprint are each one
audited transaction.
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
from desktop.models.training import rules
from desktop.models.training.courses import load_course, teacher_text
from desktop.models.training.enrolment import load_enrolment
from desktop.models.training.rules import TrainingRefused

PREFIX = "JYPX"


@dataclass(frozen=True)
class CertificateData:
    """What a certificate shows. ``attended_minutes`` and the sessions are those kept at
    completion; ``reprint`` says the paper is marked 补打 (a copy printed again)."""

    id: int
    number: str
    enrolment_id: int
    person_id: int
    name: str
    sex: str
    masked_id: str
    course_name: str
    kind: str
    form: str
    first_day: str
    last_day: str
    teacher: str
    attended_sessions: int
    counted_sessions: int
    attended_minutes: int
    percent: str
    assessment: str | None
    assessment_score: int | None
    completed_on: str
    centre_name: str
    responsible_person: str
    issued_on: str
    reprints: int

    @property
    def reprint(self) -> bool:
        """Whether this printing is a reprint (the paper says 补打)."""
        return self.reprints > 0

    @property
    def hours(self) -> str:
        """The attended hours with one decimal (``90`` minutes → ``1.5``)."""
        return f"{self.attended_minutes / 60:.1f}"


def _next_number(db: Database, code: str, year: int) -> str:
    prefix = f"{PREFIX}-{code}-{year}-"
    last = db.scalar("SELECT max(number) FROM training_certificate WHERE number LIKE ?",
                     (prefix + "%",))
    return f"{prefix}{int(last[len(prefix):]) + 1 if last else 1:04d}"


def certificate_of(db: Database, enrolment_id: int) -> int | None:
    """The id of the enrolment's certificate, or None when none was issued."""
    found = db.scalar("SELECT id FROM training_certificate WHERE enrolment_id = ?",
                      (enrolment_id,))
    return None if found is None else int(found)


def issue_certificate(db: Database, enrolment_id: int, *, actor: Actor) -> CertificateData:
    """Number and register the trainee's certificate today, audited; returns what to print.
    Refused (TrainingRefused, nothing written): the trainee has not completed, a certificate
    was already issued (the message gives its number: reprint it), the centre has no code."""
    rules.require_manage(actor)
    today = db.clock.today()
    now = now_iso(db.clock)
    with db.transaction():
        enrolment = load_enrolment(db, enrolment_id)
        if not enrolment.completed:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 还没有结业，不能发结业证书：请先办理结业"),
                name=enrolment.name))
        existing = db.scalar("SELECT number FROM training_certificate WHERE enrolment_id = ?",
                             (enrolment_id,))
        if existing is not None:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 的结业证书已经发过，编号 {number}：如需再打印，请用“补打”"),
                name=enrolment.name, number=existing))
        code = load_profile(db).code.strip().upper()
        if not code:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "还没有填写中心代码，证书无法编号：请管理员先在“设置”中填写中心信息")))
        number = _next_number(db, code, today.year)
        certificate_id = int(db.execute(
            "INSERT INTO training_certificate (number, enrolment_id, issued_on, issued_by,"
            " issued_at, last_printed_at) VALUES (?, ?, ?, ?, ?, ?)",
            (number, enrolment_id, today.isoformat(), actor.username, now, now)).lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="training_certificate",
                     record_id=certificate_id,
                     after={"number": number, "enrolment_id": enrolment_id,
                            "issued_on": today.isoformat()})
    return certificate_data(db, certificate_id)


def reprint_certificate(db: Database, certificate_id: int, *, actor: Actor) -> CertificateData:
    """Count a reprint (补打) of the certificate, audited; returns what to print (same number,
    marked as a reprint)."""
    rules.require_manage(actor)
    now = now_iso(db.clock)
    with db.transaction():
        reprints = db.scalar("SELECT reprints FROM training_certificate WHERE id = ?",
                             (certificate_id,))
        if reprints is None:
            raise NotFoundError(Message(QT_TRANSLATE_NOOP(
                "Messages", "没有编号为 {id} 的结业证书"), id=certificate_id))
        db.execute("UPDATE training_certificate SET reprints = reprints + 1,"
                   " last_printed_at = ? WHERE id = ?", (now, certificate_id))
        audit.record(db, actor=actor.username, action="update", table="training_certificate",
                     record_id=certificate_id, before={"reprints": int(reprints)},
                     after={"reprints": int(reprints) + 1})
    return certificate_data(db, certificate_id)


def certificate_data(db: Database, certificate_id: int) -> CertificateData:
    """What the certificate shows (its ID number masked)."""
    row = db.query_one("SELECT * FROM training_certificate WHERE id = ?", (certificate_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的结业证书"), id=certificate_id))
    enrolment = load_enrolment(db, int(row["enrolment_id"]))
    course = load_course(db, enrolment.course_id)
    person = db.query_one("SELECT sex, id_number FROM person WHERE id = ?",
                          (enrolment.person_id,))
    assert person is not None
    profile = load_profile(db)
    attended, counted = enrolment.attended_sessions or 0, enrolment.counted_sessions or 0
    return CertificateData(
        id=certificate_id, number=row["number"], enrolment_id=enrolment.id,
        person_id=enrolment.person_id, name=enrolment.name, sex=person["sex"],
        masked_id=mask_id(person["id_number"]), course_name=course.name, kind=course.kind,
        form=rules.FORM_NAMES[course.form], first_day=course.first_day,
        last_day=course.last_day, teacher=teacher_text(db, course),
        attended_sessions=attended, counted_sessions=counted,
        attended_minutes=enrolment.attended_minutes or 0,
        percent=rules.percent_text(attended, counted), assessment=enrolment.assessment,
        assessment_score=enrolment.assessment_score, completed_on=str(enrolment.completed_on),
        centre_name=profile.name, responsible_person=profile.responsible_person,
        issued_on=row["issued_on"], reprints=int(row["reprints"]))


def register(db: Database, year: int | None = None) -> list[tuple[str, str, str, str, int]]:
    """The certificate register (number, issued on, trainee, course, reprints), by number;
    the certificates issued in ``year`` when given."""
    where, params = ("WHERE substr(t.issued_on, 1, 4) = ?", (str(year),)) if year else ("", ())
    return [(r[0], r[1], r[2], r[3], int(r[4])) for r in db.query(
        "SELECT t.number, t.issued_on, p.name, c.name, t.reprints FROM training_certificate t"
        " JOIN training_enrolment e ON e.id = t.enrolment_id JOIN person p ON p.id = e.person_id"
        f" JOIN training_course c ON c.id = e.course_id {where} ORDER BY t.number", params)]
