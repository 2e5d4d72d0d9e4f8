"""The roll call of a session (点名): the tick list of its trainees and saving it (Qt-free).

The list holds everyone enrolled in the course on the session's day (enrolled on or before
it, and not withdrawn on or before it), by name, each with their current mark. A trainee with
no mark saved who signed in at the kiosk that day before the session ended (a valid
``sign_in`` row, members only, whose sign-in minute is at or before the session's
``ends_at``: someone who came at 20:09 was not at the 09:00–11:00 class) is pre-marked
present with ``from_kiosk`` set and ``confirmed`` false, for staff to confirm; one
with neither shows no mark. Saving writes every trainee's mark in ONE transaction with one
audit entry, sets the session's roll-call time and is refused whole (nothing written) when the
session is cancelled, still to come, in a closed month (MonthClosedError with the month-close
message), or when a trainee on the list is left without a mark.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting import month_close
from desktop.models.training import rules
from desktop.models.training.rules import TrainingRefused
from desktop.models.training.sessions import Session, load_session


@dataclass(frozen=True)
class RollCallLine:
    """One trainee on a session's roll call. ``mark`` is None when nothing is saved and the
    kiosk gave no pre-mark; ``confirmed`` says the mark was saved by staff; ``from_kiosk`` that
    the trainee signed in at the kiosk that day by the session's end (a pre-mark until
    confirmed)."""

    enrolment_id: int
    person_id: int
    name: str
    mark: str | None
    from_kiosk: bool
    confirmed: bool


@dataclass(frozen=True)
class RollCall:
    """A session with its roll call."""

    session: Session
    course_name: str
    lines: tuple[RollCallLine, ...]

    @property
    def taken(self) -> bool:
        """Whether the roll call was saved."""
        return self.session.roll_called_at is not None


# The trainees of a session's course on its day, their saved mark and whether they signed in
# at the kiosk that day by the session's end (HH:MM compared as text).
_LINES = """
SELECT e.id, e.person_id, p.name, a.mark, a.from_kiosk,
       EXISTS (SELECT 1 FROM sign_in si WHERE si.person_id = e.person_id AND si.day = :day
               AND substr(si.signed_in_at, 12, 5) <= :ends AND si.voided_at IS NULL) AS kiosk
FROM training_enrolment e
JOIN person p ON p.id = e.person_id
LEFT JOIN training_attendance a ON a.session_id = :session AND a.enrolment_id = e.id
WHERE e.course_id = :course AND e.enrolled_on IS NOT NULL AND e.enrolled_on <= :day
  AND (e.withdrawn_on IS NULL OR e.withdrawn_on > :day)
ORDER BY p.name_sort, e.id
"""


def _lines(db: Database, session: Session) -> tuple[RollCallLine, ...]:
    lines = []
    for r in db.query(_LINES, {"day": session.day, "ends": session.ends_at,
                               "session": session.id, "course": session.course_id}):
        saved = r["mark"] is not None
        lines.append(RollCallLine(
            enrolment_id=int(r["id"]), person_id=int(r["person_id"]), name=r["name"],
            mark=r["mark"] if saved else ("present" if r["kiosk"] else None),
            from_kiosk=bool(r["from_kiosk"]) if saved else bool(r["kiosk"]), confirmed=saved))
    return tuple(lines)


def roll_call(db: Database, session_id: int) -> RollCall:
    """The session's roll call as staff see it (one query for the list)."""
    session = load_session(db, session_id)
    name = str(db.scalar("SELECT name FROM training_course WHERE id = ?", (session.course_id,)))
    return RollCall(session, name, _lines(db, session))


def save_roll_call(db: Database, session_id: int, marks: Mapping[int, str], *,
                   actor: Actor) -> RollCall:
    """Save the roll call: ``marks`` maps enrolment id → mark (:data:`rules.MARKS`); a
    trainee left out keeps the mark shown (saved, or the kiosk's pre-mark, now confirmed).
    One transaction, one audit entry; returns the roll call as saved. ``from_kiosk`` is kept
    on a present mark of a trainee who signed in at the kiosk that day by the session's end."""
    rules.require_manage(actor)
    bad = {k: v for k, v in marks.items() if v not in rules.MARKS}
    if bad:
        raise ValidationError({"marks": Message(QT_TRANSLATE_NOOP(
            "Messages", "点名只能标记出勤、迟到、早退、请假或缺勤"))})
    now = now_iso(db.clock)
    with db.transaction():
        session = load_session(db, session_id)
        if session.cancelled:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{day} 的课已取消（{reason}），不用点名"), day=session.day,
                reason=session.cancel_reason))
        month_close.ensure_month_open(db, session.day)
        if session.day > db.clock.today().isoformat():
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{day} 的课还没上，不能提前点名"), day=session.day))
        lines = _lines(db, session)
        known = {line.enrolment_id for line in lines}
        strangers = sorted(set(marks) - known)
        if strangers:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "报名记录 {ids} 不在这次课的名单上：请刷新名单后再点名"),
                ids="、".join(map(str, strangers))))
        final = {line.enrolment_id: marks.get(line.enrolment_id, line.mark) for line in lines}
        missing = [line.name for line in lines if final[line.enrolment_id] is None]
        if missing:
            raise ValidationError({"marks": Message(QT_TRANSLATE_NOOP(
                "Messages", "还有 {count} 位学员没有标记：{names}。请为每位学员选择出勤情况"),
                count=len(missing), names="、".join(missing))})
        before = {line.enrolment_id: line.mark for line in lines if line.confirmed}
        kiosk = {line.enrolment_id for line in lines if line.from_kiosk}
        db.executemany(
            "INSERT INTO training_attendance (session_id, enrolment_id, mark, from_kiosk,"
            " marked_by, marked_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (session_id, enrolment_id) DO UPDATE SET mark = excluded.mark,"
            " from_kiosk = excluded.from_kiosk, marked_by = excluded.marked_by,"
            " marked_at = excluded.marked_at"
            " WHERE mark IS NOT excluded.mark OR from_kiosk IS NOT excluded.from_kiosk",
            [(session_id, enrolment_id, mark,
              1 if mark == "present" and enrolment_id in kiosk else 0, actor.username, now)
             for enrolment_id, mark in final.items()])
        db.execute("UPDATE training_session SET roll_called_at = ?, roll_called_by = ?"
                   " WHERE id = ?", (now, actor.username, session_id))
        audit.record(db, actor=actor.username,
                     action="update" if session.roll_called_at else "create",
                     table="training_attendance", record_id=session_id,
                     before={"marks": before} if before else None,
                     after={"day": session.day, "marks": final})
        return RollCall(load_session(db, session_id),
                        str(db.scalar("SELECT name FROM training_course WHERE id = ?",
                                      (session.course_id,))), _lines(db, session))
