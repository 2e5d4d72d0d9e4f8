"""员工代签到: staff sign in a volunteer who did not use the kiosk, for one of the shifts they
signed up for that day (or as unplanned service), at the time they came and, for a shift
already over, the time they left, in one audited transaction (Qt-free).

Choosing the shift matters for a past shift: signed in "now" the volunteer would be unplanned
service and their sign-up marked 未到. A sign-up already marked 未到 (the tab marks ended
shifts as it opens) may be chosen too: staff signing the volunteer in to it is the
correction, so the 未到 is undone in the same transaction (reason :data:`CAME_REASON`).
The times are the volunteer's real ones: no later than now, the sign-out not before the
sign-in; the hours are those of a sign-out at the kiosk (:func:`sign_ins.write_sign_out`:
the overlap with the shift, rounded down, capped).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.volunteers import no_shows, rules, sign_ins
from desktop.models.volunteers.sign_ins import SignInOutcome, SignInResult, VolunteerSignInError

# The reason recorded when a 未到 is undone because staff signed the volunteer in to it.
CAME_REASON = "员工代签到：本人来了"


@dataclass(frozen=True)
class ShiftChoice:
    """A shift of the day the volunteer is signed up for (or marked 未到 on) and not yet
    signed in to."""

    shift_id: int
    post_name: str
    starts_at: str
    ends_at: str
    signup_id: int
    no_show: bool

    @property
    def label(self) -> str:
        """The post and the time, as the form lists it (and that it is marked 未到)."""
        if self.no_show:
            return Message(QT_TRANSLATE_NOOP(
                "Messages", "{post} {starts}–{ends}（已记未到，代签到后撤销）"),
                post=self.post_name, starts=self.starts_at, ends=self.ends_at)
        return Message(QT_TRANSLATE_NOOP("Messages", "{post} {starts}–{ends}"),
                       post=self.post_name, starts=self.starts_at, ends=self.ends_at)


def shifts_to_sign(db: Database, person_id: int, day: str | date) -> list[ShiftChoice]:
    """The volunteer's shifts of ``day`` 'signed_up' or marked 未到 (not cancelled, not
    请假), on shifts not cancelled, with no valid sign-in of theirs linked; by start."""
    text = day.isoformat() if isinstance(day, date) else day
    return [ShiftChoice(int(r["id"]), str(r["name"]), str(r["starts_at"]), str(r["ends_at"]),
                        int(r["signup_id"]), r["status"] == "no_show")
            for r in db.query(
                "SELECT sh.id, vp.name, sh.starts_at, sh.ends_at, su.id AS signup_id,"
                " su.status FROM volunteer_signup su"
                " JOIN volunteer_shift sh ON sh.id = su.shift_id"
                " JOIN volunteer_post vp ON vp.id = sh.post_id"
                " WHERE su.person_id = ? AND su.status IN ('signed_up', 'no_show')"
                " AND sh.day = ?"
                " AND sh.cancelled_at IS NULL"
                " AND NOT EXISTS (SELECT 1 FROM volunteer_sign_in s WHERE s.shift_id = sh.id"
                "  AND s.person_id = su.person_id AND s.voided_at IS NULL)"
                " ORDER BY sh.starts_at, sh.id", (person_id, text))]


def staff_sign_in(db: Database, person_id: int, *, day: date, signed_in: time,
                  signed_out: time | None = None, shift_id: int | None = None,
                  actor: Actor) -> SignInResult:
    """Sign the volunteer in on ``day`` at ``signed_in`` (and out at ``signed_out`` when
    given), on ``shift_id`` (one of :func:`shifts_to_sign`) or, with None, to the shift the
    time falls on (:func:`sign_ins.shift_for`) else as unplanned service. ALREADY, nothing
    written, when they are still signed in from earlier that day. Refused, nothing written:
    a time later than now, a sign-out before the sign-in, a shift not theirs to sign in to,
    an archived person or non-volunteer, a closed month. A chosen shift marked 未到 has the
    未到 undone in the same transaction."""
    rules.require_manage(actor)
    came = datetime.combine(day, signed_in.replace(second=0, microsecond=0))
    left = (datetime.combine(day, signed_out.replace(second=0, microsecond=0))
            if signed_out is not None else None)
    if left is not None and left < came:
        raise ValidationError({"signed_out_at": Message(QT_TRANSLATE_NOOP(
            "Messages", "签退时间 {out} 早于签到时间 {in_}：请核对时间"),
            out=left.strftime("%H:%M"), in_=came.strftime("%H:%M"))})
    if max(came, left or came) > db.clock.now():
        raise ValidationError({"signed_in_at": Message(QT_TRANSLATE_NOOP(
            "Messages", "时间不能晚于现在"))})
    with db.transaction():
        rules.ensure_volunteer(db, person_id)
        choices = {c.shift_id: c for c in shifts_to_sign(db, person_id, day)}
        if shift_id is not None and shift_id not in choices:
            name = db.scalar("SELECT name FROM person WHERE id = ?", (person_id,))
            raise VolunteerSignInError(Message(QT_TRANSLATE_NOOP(
                "Messages",
                "{name} 在 {day} 没有报名这个班次，或已为这个班次签到过：请重新选择班次"),
                name=str(name or ""), day=day.isoformat()))
        chosen = choices.get(shift_id) if shift_id is not None else None
        if chosen is not None and chosen.no_show:
            no_shows.undo_no_show(db, chosen.signup_id, CAME_REASON, actor=actor)
        result = sign_ins.volunteer_sign_in(db, person_id, method="staff", actor=actor,
                                            now=came, shift_id=shift_id)
        if result.status == SignInOutcome.ALREADY and chosen is not None and chosen.no_show:
            # Still signed in from earlier: nothing is recorded, the 未到 stays as it was.
            raise VolunteerSignInError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 已于 {time} 签到，还没有签退：请先为 TA 签退"),
                name=result.sign_in.name, time=result.sign_in.time_in))
        if result.status == SignInOutcome.ALREADY or left is None:
            return result
        sign_ins.write_sign_out(db, result.sign_in, left.isoformat(timespec="seconds"), actor)
    return SignInResult(SignInOutcome.SIGNED_IN, sign_ins.get_sign_in(db, result.sign_in.id))
