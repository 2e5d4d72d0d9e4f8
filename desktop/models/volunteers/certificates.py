"""Certificates of service (志愿服务证明): issued from the ledger, numbered in a register,
reprinted with the same number (Qt-free).

A certificate carries what 《志愿服务记录与证明出具办法》 asks (docs/domain.md): the name,
ID type and number (masked), volunteer number, the period, the posts and content, the total
hours recorded here, the centre with its responsible person, handler and phone, the
certificate's number and date, and room for the seal (the printed form's). The number is
``ZYFW-{centre code}-{year}-{0001}``, counted per centre and year. A period without recorded
hours is refused, and so is a period that ends after today. A reprint keeps the number and
the hours and counts the reprints (the paper says 补打); its posts and content come from the
service rows that were valid when it was issued (recorded by then and not voided by then), so
a sign-in voided afterwards does not change what a reprint shows. The same person and period
are certified once: issuing again is refused with the number to reprint, unless the records
of the period have changed since (a correction); the year's job reprints instead of numbering
again. Every issue and reprint is audited in its transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop.models.admin import audit
from desktop.models.admin.centre import load_profile
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.identity import mask_id
from desktop.models.text_input import clean_name
from desktop.models.volunteers import rules
from desktop.models.volunteers.ledger import person_name

ID_TYPE = QT_TRANSLATE_NOOP("Messages", "居民身份证")
# How many different contents the certificate names before "等".
CONTENTS_SHOWN = 6


class CertificateError(WarmHomeError):
    """A certificate refused: no hours in the period, the centre not set up."""


@dataclass(frozen=True)
class Certificate:
    """What a certificate shows. ``posts`` are (post, minutes) in list order; ``minutes`` is
    the total recorded for the period when it was issued."""

    id: int
    number: str
    person_id: int
    name: str
    id_type: str
    masked_id: str
    volunteer_number: str
    period_from: str
    period_to: str
    posts: tuple[tuple[str, int], ...]
    contents: str
    minutes: int
    centre_name: str
    responsible_person: str
    phone: str
    handler: str
    issued_on: str
    reprints: int

    @property
    def hours(self) -> str:
        """The total hours with one decimal."""
        return rules.hours_text(self.minutes)


def _period(period_from: str, period_to: str, today: date) -> tuple[str, str]:
    errors: dict[str, str] = {}
    days = []
    for field, text in (("period_from", period_from), ("period_to", period_to)):
        try:
            days.append(date.fromisoformat(text.strip()).isoformat())
        except ValueError:
            errors[field] = Message(QT_TRANSLATE_NOOP(
                "Messages", "日期“{day}”不正确：请写成 年-月-日，如 2024-05-06"), day=text)
    if not errors and days[0] > days[1]:
        errors["period_to"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "服务期间的结束日期 {to} 早于开始日期 {start}"), to=days[1], start=days[0])
    elif not errors and days[1] > today.isoformat():
        # Hours not served yet cannot be certified.
        errors["period_to"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "服务期间的结束日期 {to} 还没到：证明只能出具到今天（{today}）为止"),
            to=days[1], today=today.isoformat())
    if errors:
        raise ValidationError(errors)
    return days[0], days[1]


def period_minutes(db: Database, person_id: int, period_from: str, period_to: str) -> int:
    """The volunteer's valid service minutes from ``period_from`` to ``period_to``."""
    return int(db.scalar(
        "SELECT coalesce(sum(minutes), 0) FROM volunteer_service INDEXED BY"
        " volunteer_service_valid WHERE person_id = ? AND voided_at IS NULL"
        " AND day BETWEEN ? AND ?", (person_id, period_from, period_to)))


def changed_since(db: Database, person_id: int, period_from: str, period_to: str,
                  issued_at: str) -> int:
    """How many of the volunteer's service rows in the period were recorded or voided after
    ``issued_at`` (0: a certificate issued then still matches the records)."""
    return int(db.scalar(
        "SELECT count(*) FROM volunteer_service WHERE person_id = ? AND day BETWEEN ? AND ?"
        " AND (created_at > ? OR voided_at > ?)",
        (person_id, period_from, period_to, issued_at, issued_at)))


BY_HAND = ""
"""The handler given as this: the 经办人 is left blank on the paper, to be written by hand."""


def _handler(db: Database, actor: Actor, handler: str | None) -> str:
    """The handler (经办人) printed on the paper: ``handler`` when given (the command line
    names a person, or BY_HAND for a blank), else the account's display name."""
    if handler == BY_HAND:
        return BY_HAND
    if handler is not None:
        name = clean_name(handler)
        if not name:
            raise ValidationError({"handler": Message(QT_TRANSLATE_NOOP(
                "Messages", "请写明经办人的姓名：证明上要印经办人"))})
        return name
    name = db.scalar("SELECT display_name FROM user_account WHERE username = ?",
                     (actor.username,))
    return str(name) if name else actor.username


def _next_number(db: Database, code: str, year: int) -> str:
    prefix = f"ZYFW-{code}-{year}-"
    last = db.scalar("SELECT max(number) FROM volunteer_certificate WHERE number LIKE ?",
                     (prefix + "%",))
    return f"{prefix}{int(last[len(prefix):]) + 1 if last else 1:04d}"


def _breakdown(db: Database, person_id: int, start: str, end: str, issued_at: str,
               minutes: int) -> tuple[tuple[tuple[str, int], ...], list[str]]:
    """The posts with their minutes and the contents (most minutes first) of the service
    rows a certificate issued at ``issued_at`` counted: those recorded by then and not voided
    by then. Times are to the second, so a row voided in the very second of issuing is
    ambiguous, and rows stamped later than they were written (imported, a computer clock set
    wrong) would be missed: the readings are tried in turn until one adds up to the stored
    total (the last one is used if none does)."""
    readings = ("s.created_at <= :at AND (s.voided_at IS NULL OR s.voided_at > :at)",
                "s.created_at <= :at AND (s.voided_at IS NULL OR s.voided_at >= :at)",
                "(s.voided_at IS NULL OR s.voided_at >= :at)")
    values = {"person": person_id, "start": start, "end": end, "at": issued_at}
    for reading in readings:
        where = f" WHERE s.person_id = :person AND s.day BETWEEN :start AND :end AND {reading}"
        posts = tuple((r["name"], int(r["minutes"])) for r in db.query(
            "SELECT p.name, sum(s.minutes) AS minutes FROM volunteer_service s"
            " JOIN volunteer_post p ON p.id = s.post_id" + where
            + " GROUP BY s.post_id ORDER BY p.sort, p.id", values))
        if sum(m for _, m in posts) == minutes:
            break
    contents = [r["content"] for r in db.query(
        "SELECT s.content FROM volunteer_service s" + where
        + " GROUP BY s.content ORDER BY sum(s.minutes) DESC, s.content", values)]
    return posts, contents


def _build(db: Database, row: dict[str, object], handler: str) -> Certificate:
    person_id, start, end = int(str(row["person_id"])), str(row["period_from"]), \
        str(row["period_to"])
    person = db.query_one(
        "SELECT p.name, p.id_number, v.volunteer_number FROM person p"
        " JOIN volunteer v ON v.person_id = p.id WHERE p.id = ?", (person_id,))
    assert person is not None
    posts, contents = _breakdown(db, person_id, start, end, str(row["issued_at"]),
                                 int(str(row["minutes"])))
    summary = "、".join(contents[:CONTENTS_SHOWN]) + ("等" if len(contents) > CONTENTS_SHOWN
                                                      else "")
    profile = load_profile(db)
    return Certificate(
        id=int(str(row["id"])), number=str(row["number"]), person_id=person_id,
        name=person["name"], id_type=Message(ID_TYPE), masked_id=mask_id(person["id_number"]),
        volunteer_number=person["volunteer_number"] or "", period_from=start, period_to=end,
        posts=posts, contents=summary, minutes=int(str(row["minutes"])),
        centre_name=profile.name, responsible_person=profile.responsible_person,
        phone=profile.phone, handler=handler, issued_on=str(row["issued_at"])[:10],
        reprints=int(str(row["reprints"])))


def _unchanged_certificate(db: Database, person_id: int, start: str,
                           end: str) -> dict[str, object] | None:
    """The newest certificate of the volunteer from ``start`` to ``end``, or to the day it
    was issued (the year so far, as the year's job makes it), whose hours and rows still
    match the records of ``start`` to ``end`` (None: none does). A certificate for part of
    the period chosen by staff (e.g. January to June) is not taken for the whole."""
    minutes = period_minutes(db, person_id, start, end)
    for row in db.query(
            "SELECT * FROM volunteer_certificate WHERE person_id = ? AND period_from = ?"
            " AND (period_to = ? OR (period_to < ? AND period_to = substr(issued_at, 1, 10)))"
            " ORDER BY period_to DESC, id DESC", (person_id, start, end, end)):
        if int(row["minutes"]) == minutes and not changed_since(
                db, person_id, start, end, str(row["issued_at"])):
            return dict(row)
    return None


def _issue_in(db: Database, person_id: int, start: str, end: str, actor: Actor,
              handler: str | None = None) -> Certificate:
    """Issue inside the caller's transaction."""
    name = person_name(db, person_id)
    same = db.query_one(
        "SELECT number, issued_at, minutes FROM volunteer_certificate WHERE person_id = ?"
        " AND period_from = ? AND period_to = ? ORDER BY id DESC LIMIT 1",
        (person_id, start, end))
    if same is not None and not changed_since(db, person_id, start, end,
                                              str(same["issued_at"])):
        raise CertificateError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 在 {start} 至 {end} 的志愿服务证明已于 {day} 出具，编号 {number}"
                        "（{hours} 小时），此后记录没有变化：不再编新号。要再打印一份，请在"
                        "“志愿服务 → 服务证明”中选中这个编号，点“补打”"),
            name=name, start=start, end=end, day=str(same["issued_at"])[:10],
            number=same["number"], hours=rules.hours_text(int(same["minutes"]))))
    minutes = period_minutes(db, person_id, start, end)
    if minutes <= 0:
        raise CertificateError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 在 {start} 至 {end} 没有记录的志愿服务时长，不能出具志愿服务"
                        "证明：请先登记服务或换一个期间"), name=name, start=start, end=end))
    code = load_profile(db).code.strip().upper()
    if not code:
        raise CertificateError(Message(QT_TRANSLATE_NOOP(
            "Messages", "还没有填写中心代码，证明无法编号：请管理员先在“设置”中填写中心信息")))
    stamp = now_iso(db.clock)
    handler = _handler(db, actor, handler)
    values: dict[str, object] = {
        "number": _next_number(db, code, db.clock.today().year), "person_id": person_id,
        "period_from": start, "period_to": end, "minutes": minutes, "issued_by": handler,
        "issued_at": stamp, "reprints": 0, "last_printed_at": stamp}
    certificate_id = db.execute(
        "INSERT INTO volunteer_certificate (number, person_id, period_from, period_to, minutes,"
        " issued_by, issued_at, reprints, last_printed_at) VALUES (:number, :person_id,"
        " :period_from, :period_to, :minutes, :issued_by, :issued_at, :reprints,"
        " :last_printed_at)", values).lastrowid
    assert certificate_id is not None
    audit.record(db, actor=actor.username, action="create", table="volunteer_certificate",
                 record_id=certificate_id, after=values)
    return _build(db, {**values, "id": certificate_id}, handler)


def issue(db: Database, person_id: int, period_from: str, period_to: str, *,
          actor: Actor, handler: str | None = None) -> Certificate:
    """Issue a numbered certificate for the volunteer's recorded hours in the period, with
    ``handler`` as its 经办人 (default: the actor's display name). Refused, with nothing
    written, for a period without recorded hours, dates out of order, an end after today, a
    centre without its code, or a period already certified whose records have not changed
    since (the message names the number to reprint)."""
    rules.require_manage(actor)
    start, end = _period(period_from, period_to, db.clock.today())
    with db.transaction():
        return _issue_in(db, person_id, start, end, actor, handler)


def _reprint_in(db: Database, certificate_id: int, actor: Actor) -> Certificate:
    row = db.query_one("SELECT * FROM volunteer_certificate WHERE id = ?", (certificate_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的志愿服务证明"), id=certificate_id))
    stamp = now_iso(db.clock)
    db.execute("UPDATE volunteer_certificate SET reprints = reprints + 1, last_printed_at = ?"
               " WHERE id = ?", (stamp, certificate_id))
    audit.record(db, actor=actor.username, action="update", table="volunteer_certificate",
                 record_id=certificate_id, before={"reprints": row["reprints"]},
                 after={"reprints": row["reprints"] + 1, "last_printed_at": stamp})
    values = dict(row)
    values["reprints"] = row["reprints"] + 1
    return _build(db, values, str(row["issued_by"]))


def reprint(db: Database, certificate_id: int, *, actor: Actor) -> Certificate:
    """The certificate again, with its number, hours and handler, counted as a reprint."""
    rules.require_manage(actor)
    with db.transaction():
        return _reprint_in(db, certificate_id, actor)


@dataclass(frozen=True)
class RegisterRow:
    """One line of the register."""

    id: int
    number: str
    person_id: int
    name: str
    period_from: str
    period_to: str
    minutes: int
    issued_by: str
    issued_at: str
    reprints: int


def register(db: Database, *, actor: Actor, year: int | None = None) -> list[RegisterRow]:
    """The register of certificates, newest first (those issued in ``year`` if given)."""
    rules.require_manage(actor)
    where, params = ("WHERE substr(c.issued_at, 1, 4) = ?", (f"{year:04d}",)) if year \
        else ("", ())
    return [RegisterRow(int(r["id"]), r["number"], int(r["person_id"]), r["name"],
                        r["period_from"], r["period_to"], int(r["minutes"]), r["issued_by"],
                        r["issued_at"], int(r["reprints"])) for r in db.query(
        "SELECT c.*, p.name FROM volunteer_certificate c JOIN person p ON p.id = c.person_id "
        + where + " ORDER BY c.issued_at DESC, c.id DESC", params)]


def year_certificates(db: Database, year: int, *, actor: Actor,
                      progress: Callable[[int, int], None] | None = None) -> list[Certificate]:
    """A certificate for the year (1 January to 31 December, or to today in the current
    year) for every volunteer with recorded hours in it, in pinyin order. A certificate already
    issued from 1 January whose records have not changed since (e.g. the year's job run
    yesterday) is reprinted as it was rather than numbered again, so running the job again
    does not fill the register. ``progress(done, total)`` is called after each."""
    rules.require_manage(actor)
    start = f"{year:04d}-01-01"
    end = min(f"{year:04d}-12-31", db.clock.today().isoformat())
    if end < start:
        return []
    people = [int(r["person_id"]) for r in db.query(
        "SELECT s.person_id FROM volunteer_service s"
        " INDEXED BY volunteer_service_valid JOIN person p ON p.id = s.person_id"
        " JOIN volunteer v ON v.person_id = s.person_id"
        " WHERE s.voided_at IS NULL AND s.day BETWEEN ? AND ? GROUP BY s.person_id"
        " ORDER BY p.name_sort, s.person_id", (start, end))]
    found = []
    with db.transaction():
        for done, person_id in enumerate(people, 1):
            existing = _unchanged_certificate(db, person_id, start, end)
            found.append(_reprint_in(db, int(str(existing["id"])), actor)
                         if existing is not None else _issue_in(db, person_id, start, end, actor))
            if progress is not None:
                progress(done, len(people))
    return found
