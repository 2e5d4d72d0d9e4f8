"""Purchased services (政府购买服务): contracts with social organisations, the sessions they
delivered, each month's fulfilment and the monthly service confirmation sheet (服务确认单), Qt-free.

A contract counts in hours or in sessions. A delivered session is dated within the contract's
period, never in the future, in an open month; it serves day-care members who signed in that
day (a provider works with the members present, so anyone else is refused with the same
message the daily log gives, which says how to add a forgotten sign-in first). A session entered
by mistake is voided with a reason, never deleted. How much a month owes and how much it got is
the one rule of :mod:`.fulfilment`.

Changing a contract's period, unit or quantity changes the fulfilment of every month it covers,
so once a month of the contract has been closed (reported upward) those three stay as they are;
the organisation's name, the description, the amount and the contact can still be corrected.
Every write is one transaction with its audit entry; money is integer fen.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.attendance.attendance_month import month_days
from desktop.models.care.day_care import ensure_day_care_member, ensure_present, require_care
from desktop.models.care.fulfilment import Fulfilment, delivered, owed_in_month
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import DuplicateError, NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import MonthClosedError, ensure_month_open
from desktop.models.text_input import clean_line, compact

UNITS = {"hours": QT_TRANSLATE_NOOP("Messages", "小时"),
         "sessions": QT_TRANSLATE_NOOP("Messages", "次")}
ORGANISATION_MAX = 80
CONTRACT_NUMBER_MAX = 40
SERVICE_MAX = 200
CONTACT_MAX = 50
PHONE_MAX = 30
STAFF_MAX = 50
CONTENT_MAX = 200
REASON_MAX = 200
# A contract for more than this many hours or sessions is a typing mistake (an extra zero).
MAX_QUANTITY = 99_999
MAX_AMOUNT_FEN = 99_999_999_999
MIN_MINUTES, MAX_MINUTES = 1, 720
_ISO_DAY_LENGTH = 10


@dataclass(frozen=True)
class ProviderInput:
    """A contract as typed: the period as YYYY-MM-DD, ``unit`` 'hours' or 'sessions', the
    quantity in whole hours or sessions, the amount in integer fen."""

    organisation: str
    contract_number: str
    service: str
    starts_on: str
    ends_on: str
    unit: str
    contracted_quantity: int
    amount_fen: int
    contact: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Provider(ProviderInput):
    """A stored contract."""

    id: int = 0


@dataclass(frozen=True)
class SessionInput:
    """A delivered session as typed: the provider's staff member, what was done, how long, and
    the day-care members it served (person ids)."""

    provider_id: int
    day: str
    staff_name: str
    content: str
    minutes: int
    members: tuple[int, ...]


@dataclass(frozen=True)
class Session:
    """A stored session with the names of the members it served (name order)."""

    id: int
    provider_id: int
    day: str
    staff_name: str
    content: str
    minutes: int
    members: tuple[int, ...]
    member_names: tuple[str, ...]
    recorded_by: str
    voided_at: str | None
    void_reason: str | None

    @property
    def voided(self) -> bool:
        """Whether the session was voided (it counts for nothing)."""
        return self.voided_at is not None


@dataclass(frozen=True)
class ContractMonth:
    """One contract's month: what it owed and what it got (:class:`Fulfilment`), and how many
    members it served (人次: each member once per session)."""

    provider: Provider
    fulfilment: Fulfilment
    member_visits: int


@dataclass(frozen=True)
class Confirmation:
    """What the monthly service confirmation sheet (服务确认单) shows: the contract, the month's
    valid sessions by date, their totals, and owed against delivered."""

    provider: Provider
    month: str
    sessions: list[Session]
    total_minutes: int
    member_visits: int
    members: int
    fulfilment: Fulfilment


# -- contracts ------------------------------------------------------------------------------------
def unit_name(unit: str) -> str:
    """小时 or 次 (a Message)."""
    return Message(UNITS.get(unit, unit))


def normalised(data: ProviderInput) -> ProviderInput:
    """The contract as stored: lines cleaned, the contract number and the dates compacted."""
    return replace(data, organisation=clean_line(data.organisation),
                   contract_number=compact(data.contract_number),
                   service=clean_line(data.service), starts_on=compact(data.starts_on),
                   ends_on=compact(data.ends_on), contact=clean_line(data.contact),
                   phone=compact(data.phone))


def _day(text: str) -> date | None:
    if len(text) != _ISO_DAY_LENGTH or not text.isascii():
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _length(errors: dict[str, str], field: str, value: str, limit: int, label: str) -> None:
    if len(value) > limit:
        errors[field] = Message(QT_TRANSLATE_NOOP("Messages", "{label}最多 {limit} 个字"),
                                label=label, limit=limit)


def validate_provider(data: ProviderInput) -> dict[str, str]:
    """Field name → what is wrong with the (normalised) contract; empty when it can be saved."""
    errors: dict[str, str] = {}
    if not data.organisation:
        errors["organisation"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写服务机构名称"))
    _length(errors, "organisation", data.organisation, ORGANISATION_MAX,
            Message(QT_TRANSLATE_NOOP("Messages", "服务机构名称")))
    if not data.contract_number:
        errors["contract_number"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写合同编号"))
    _length(errors, "contract_number", data.contract_number, CONTRACT_NUMBER_MAX,
            Message(QT_TRANSLATE_NOOP("Messages", "合同编号")))
    _length(errors, "service", data.service, SERVICE_MAX,
            Message(QT_TRANSLATE_NOOP("Messages", "服务内容")))
    first, last = _day(data.starts_on), _day(data.ends_on)
    for field, value, parsed in (("starts_on", data.starts_on, first),
                                 ("ends_on", data.ends_on, last)):
        if parsed is None:
            errors[field] = Message(QT_TRANSLATE_NOOP(
                "Messages", "日期“{value}”不对：请写成 年-月-日，例如 2024-01-01"), value=value)
    if first is not None and last is not None and last < first:
        errors["ends_on"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "合同结束日期 {ends_on} 早于开始日期 {starts_on}：请检查合同期"),
            ends_on=data.ends_on, starts_on=data.starts_on)
    if data.unit not in UNITS:
        errors["unit"] = Message(QT_TRANSLATE_NOOP("Messages", "计量单位应为小时或次"))
    quantity = data.contracted_quantity
    if not isinstance(quantity, int) or isinstance(quantity, bool):
        errors["contracted_quantity"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "合同数量应为整数（小时数或次数）"))
    elif quantity <= 0:
        errors["contracted_quantity"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "合同数量应大于 0（整小时数或次数），现在是 {quantity}"),
            quantity=quantity)
    elif quantity > MAX_QUANTITY:
        errors["contracted_quantity"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "合同数量最多 {limit}，请检查是否多输了0"), limit=MAX_QUANTITY)
    amount = data.amount_fen
    if not isinstance(amount, int) or isinstance(amount, bool):
        errors["amount_fen"] = Message(QT_TRANSLATE_NOOP("Messages", "合同金额应为整数（分）"))
    elif amount < 0:
        errors["amount_fen"] = Message(QT_TRANSLATE_NOOP("Messages", "合同金额不能为负数"))
    elif amount > MAX_AMOUNT_FEN:
        errors["amount_fen"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "合同金额过大，请检查是否多输了0"))
    _length(errors, "contact", data.contact, CONTACT_MAX,
            Message(QT_TRANSLATE_NOOP("Messages", "联系人")))
    _length(errors, "phone", data.phone, PHONE_MAX,
            Message(QT_TRANSLATE_NOOP("Messages", "联系电话")))
    return errors


_PROVIDER_COLUMNS = ("id, organisation, contract_number, service, starts_on, ends_on, unit,"
                     " contracted_quantity, amount_fen, contact, phone")


def _provider(row: Any) -> Provider:
    return Provider(id=int(row["id"]), organisation=row["organisation"],
                    contract_number=row["contract_number"], service=row["service"],
                    starts_on=row["starts_on"], ends_on=row["ends_on"], unit=row["unit"],
                    contracted_quantity=int(row["contracted_quantity"]),
                    amount_fen=int(row["amount_fen"]), contact=row["contact"],
                    phone=row["phone"])


def _find_provider(db: Database, provider_id: int) -> Provider:
    row = db.query_one(f"SELECT {_PROVIDER_COLUMNS} FROM care_provider WHERE id = ?",
                       (provider_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的购买服务合同"), id=provider_id))
    return _provider(row)


def get_provider(db: Database, provider_id: int, *, actor: Actor) -> Provider:
    """One contract; NotFoundError when there is none."""
    require_care(actor)
    return _find_provider(db, provider_id)


def providers(db: Database, *, actor: Actor) -> list[Provider]:
    """Every contract, the latest period first."""
    require_care(actor)
    return [_provider(row) for row in db.query(
        f"SELECT {_PROVIDER_COLUMNS} FROM care_provider"
        " ORDER BY starts_on DESC, organisation, id")]


def _checked(data: ProviderInput) -> ProviderInput:
    # A stored Provider may be passed back in: only its input fields count.
    clean = normalised(ProviderInput(**{f.name: getattr(data, f.name)
                                        for f in fields(ProviderInput)}))
    errors = validate_provider(clean)
    if errors:
        raise ValidationError(errors)
    return clean


def _ensure_unique_number(db: Database, number: str, provider_id: int | None) -> None:
    row = db.query_one("SELECT id, organisation FROM care_provider"
                       " WHERE lower(contract_number) = lower(?) AND id IS NOT ?",
                       (number, provider_id))
    if row is not None:
        raise DuplicateError(Message(QT_TRANSLATE_NOOP(
            "Messages", "合同编号“{number}”已登记（{organisation}）：请检查编号，"
                        "或在列表中修改那份合同"), number=number,
            organisation=row["organisation"]), int(row["id"]), "contract_number")


def _audit_values(provider: ProviderInput) -> dict[str, Any]:
    values = asdict(provider)
    values.pop("id", None)
    return values


def add_provider(db: Database, data: ProviderInput, *, actor: Actor) -> int:
    """Store a new contract in one transaction with its audit entry; returns its id.

    ValidationError for a field that is wrong (contracted quantity zero or negative, the end
    before the start …), DuplicateError for a contract number already used.
    """
    require_care(actor)
    clean = _checked(data)
    now = now_iso(db.clock)
    with db.transaction():
        _ensure_unique_number(db, clean.contract_number, None)
        provider_id = int(db.execute(
            "INSERT INTO care_provider (organisation, contract_number, service, starts_on,"
            " ends_on, unit, contracted_quantity, amount_fen, contact, phone, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (clean.organisation, clean.contract_number, clean.service, clean.starts_on,
             clean.ends_on, clean.unit, clean.contracted_quantity, clean.amount_fen,
             clean.contact, clean.phone, now, now)).lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="care_provider",
                     record_id=provider_id, after=_audit_values(clean))
    return provider_id


def _closed_months_of(db: Database, first: str, last: str) -> list[str]:
    return [r[0] for r in db.query(
        "SELECT month FROM month_state WHERE closed = 1 AND month BETWEEN ? AND ?"
        " ORDER BY month", (first[:7], last[:7]))]


def update_provider(db: Database, provider_id: int, data: ProviderInput, *,
                    actor: Actor) -> None:
    """Change a contract in one transaction, audited with what it was and what it is.

    Refused (nothing written) like :func:`add_provider`; also when sessions already recorded
    would fall outside the new period, and when the period, unit or quantity would change
    while a month of the old or new period is closed (its reported fulfilment would change).
    """
    require_care(actor)
    clean = _checked(data)
    with db.transaction():
        before = _find_provider(db, provider_id)
        _ensure_unique_number(db, clean.contract_number, provider_id)
        after = Provider(**asdict(clean), id=provider_id)
        if after == before:
            return
        counted = ("starts_on", "ends_on", "unit", "contracted_quantity")
        if any(getattr(before, name) != getattr(after, name) for name in counted):
            closed = sorted(set(_closed_months_of(db, before.starts_on, before.ends_on))
                            | set(_closed_months_of(db, after.starts_on, after.ends_on)))
            if closed:
                raise MonthClosedError(Message(QT_TRANSLATE_NOOP(
                    "Messages", "合同期内的 {month} 已报送关账：合同期、计量单位和合同数量不能再改"
                                "（会改变已报送月份的完成率）；机构名称、服务内容、金额和联系方式"
                                "仍可修改"), month=closed[-1]))
        outside = db.scalar(
            "SELECT count(*) FROM care_provider_session WHERE provider_id = ?"
            " AND voided_at IS NULL AND (day < ? OR day > ?)",
            (provider_id, after.starts_on, after.ends_on))
        if outside:
            raise ValidationError({"ends_on": Message(QT_TRANSLATE_NOOP(
                "Messages", "已有 {count} 次服务记录在新的合同期 {starts_on} 至 {ends_on} 之外："
                            "请先作废那些记录，或改正合同期"), count=outside,
                starts_on=after.starts_on, ends_on=after.ends_on)})
        db.execute(
            "UPDATE care_provider SET organisation = ?, contract_number = ?, service = ?,"
            " starts_on = ?, ends_on = ?, unit = ?, contracted_quantity = ?, amount_fen = ?,"
            " contact = ?, phone = ?, updated_at = ? WHERE id = ?",
            (after.organisation, after.contract_number, after.service, after.starts_on,
             after.ends_on, after.unit, after.contracted_quantity, after.amount_fen,
             after.contact, after.phone, now_iso(db.clock), provider_id))
        old, new = _audit_values(before), _audit_values(after)
        changed = [key for key in new if old[key] != new[key]]
        audit.record(db, actor=actor.username, action="update", table="care_provider",
                     record_id=provider_id, before={k: old[k] for k in changed},
                     after={k: new[k] for k in changed})


# -- sessions -------------------------------------------------------------------------------------
def _session_errors(data: SessionInput, provider: Provider, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    day = _day(data.day)
    if day is None:
        errors["day"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "日期“{value}”不对：请写成 年-月-日，例如 2024-01-01"), value=data.day)
    elif day > today:
        errors["day"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "{day} 还没到：服务做完后再登记"), day=data.day)
    elif not provider.starts_on <= data.day <= provider.ends_on:
        errors["day"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "{day} 不在合同期 {starts_on} 至 {ends_on} 之内：合同期外的服务不能计入"
                        "这份合同"), day=data.day, starts_on=provider.starts_on,
            ends_on=provider.ends_on)
    if not data.staff_name:
        errors["staff_name"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写服务机构的服务人员姓名"))
    _length(errors, "staff_name", data.staff_name, STAFF_MAX,
            Message(QT_TRANSLATE_NOOP("Messages", "服务人员姓名")))
    _length(errors, "content", data.content, CONTENT_MAX,
            Message(QT_TRANSLATE_NOOP("Messages", "服务内容")))
    minutes = data.minutes
    if not isinstance(minutes, int) or isinstance(minutes, bool) \
            or not MIN_MINUTES <= minutes <= MAX_MINUTES:
        errors["minutes"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "服务时长应为 {low} 到 {high} 分钟（一天之内），现在是 {minutes}"),
            low=MIN_MINUTES, high=MAX_MINUTES, minutes=minutes)
    if not data.members:
        errors["members"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "请勾选这次服务的会员（当天已签到的日间照料会员）"))
    return errors


def add_session(db: Database, data: SessionInput, *, actor: Actor) -> int:
    """Record a delivered session with the members it served, in one transaction with its audit
    entry; returns its id.

    Refused, nothing written: ValidationError (a day outside the contract's period or in the
    future, no staff name, minutes outside 1..720, no member), MonthClosedError (the day's
    month is closed), NotFoundError (a member outside the 日间照料 programme), NotPresentError
    (a member who did not sign in that day).
    """
    require_care(actor)
    clean = replace(data, day=compact(data.day), staff_name=clean_line(data.staff_name),
                    content=clean_line(data.content),
                    members=tuple(dict.fromkeys(int(m) for m in data.members)))
    with db.transaction():
        provider = _find_provider(db, clean.provider_id)
        errors = _session_errors(clean, provider, db.clock.today())
        if errors:
            raise ValidationError(errors)
        ensure_month_open(db, clean.day)
        for person_id in clean.members:
            ensure_day_care_member(db, person_id)
            ensure_present(db, person_id, clean.day)
        session_id = int(db.execute(
            "INSERT INTO care_provider_session (provider_id, day, staff_name, content, minutes,"
            " recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (provider.id, clean.day, clean.staff_name, clean.content, clean.minutes,
             actor.username, now_iso(db.clock))).lastrowid or 0)
        db.executemany("INSERT INTO care_provider_session_member (session_id, person_id)"
                       " VALUES (?, ?)", [(session_id, m) for m in clean.members])
        audit.record(db, actor=actor.username, action="create", table="care_provider_session",
                     record_id=session_id, after={
                         "provider_id": provider.id,
                         "contract_number": provider.contract_number, "day": clean.day,
                         "staff_name": clean.staff_name, "content": clean.content,
                         "minutes": clean.minutes, "members": list(clean.members)})
    return session_id


def void_session(db: Database, session_id: int, reason: str, *, actor: Actor) -> None:
    """Void a session entered by mistake (it stays on record, counting for nothing), in one
    transaction with its audit entry. Refused when there is no reason, the session is voided
    already, or its month is closed."""
    require_care(actor)
    why = clean_line(reason)
    if not why:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写作废原因，例如：重复登记、录入错误"))})
    if len(why) > REASON_MAX:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "{label}最多 {limit} 个字"),
            label=Message(QT_TRANSLATE_NOOP("Messages", "作废原因")), limit=REASON_MAX)})
    with db.transaction():
        row = db.query_one("SELECT day, voided_at FROM care_provider_session WHERE id = ?",
                           (session_id,))
        if row is None:
            raise NotFoundError(Message(QT_TRANSLATE_NOOP(
                "Messages", "没有编号为 {id} 的购买服务记录"), id=session_id))
        if row["voided_at"] is not None:
            raise WarmHomeError(Message(QT_TRANSLATE_NOOP(
                "Messages", "这条服务记录已经作废过了")))
        ensure_month_open(db, row["day"])
        at = now_iso(db.clock)
        db.execute("UPDATE care_provider_session SET voided_at = ?, void_reason = ?"
                   " WHERE id = ?", (at, why, session_id))
        audit.record(db, actor=actor.username, action="void", table="care_provider_session",
                     record_id=session_id, before={"voided_at": None},
                     after={"voided_at": at, "void_reason": why}, reason=why)


def _sessions(db: Database, where: str, params: tuple[Any, ...]) -> list[Session]:
    rows = db.query(
        "SELECT id, provider_id, day, staff_name, content, minutes, recorded_by, voided_at,"
        f" void_reason FROM care_provider_session WHERE {where} ORDER BY day, id", params)
    served: dict[int, list[tuple[int, str]]] = {}
    if rows:
        ids = [int(r["id"]) for r in rows]
        marks = ",".join("?" * len(ids))
        for member in db.query(
                "SELECT m.session_id, m.person_id, p.name FROM care_provider_session_member m"
                f" JOIN person p ON p.id = m.person_id WHERE m.session_id IN ({marks})"
                " ORDER BY p.name_sort, p.id", ids):
            served.setdefault(int(member["session_id"]), []).append(
                (int(member["person_id"]), member["name"]))
    return [Session(id=int(r["id"]), provider_id=int(r["provider_id"]), day=r["day"],
                    staff_name=r["staff_name"], content=r["content"],
                    minutes=int(r["minutes"]),
                    members=tuple(m for m, _ in served.get(int(r["id"]), [])),
                    member_names=tuple(n for _, n in served.get(int(r["id"]), [])),
                    recorded_by=r["recorded_by"], voided_at=r["voided_at"],
                    void_reason=r["void_reason"]) for r in rows]


def sessions(db: Database, month: str, *, actor: Actor, provider_id: int | None = None,
             include_voided: bool = True) -> list[Session]:
    """The sessions of a YYYY-MM month (one contract's, or every contract's), by date."""
    require_care(actor)
    days = month_days(month)
    where = "day BETWEEN ? AND ?"
    params: tuple[Any, ...] = (days[0], days[-1])
    if provider_id is not None:
        where += " AND provider_id = ?"
        params += (provider_id,)
    if not include_voided:
        where += " AND voided_at IS NULL"
    return _sessions(db, where, params)


def _fulfilment(provider: Provider, month: str, valid: list[Session]) -> Fulfilment:
    minutes = sum(s.minutes for s in valid)
    return Fulfilment(
        provider_id=provider.id, unit=provider.unit,
        owed=owed_in_month(provider.starts_on, provider.ends_on,
                           provider.contracted_quantity, month),
        delivered=delivered(provider.unit, minutes, len(valid)),
        delivered_minutes=minutes, sessions=len(valid))


def month_fulfilment(db: Database, month: str, *, actor: Actor) -> list[ContractMonth]:
    """Each contract whose period touches the YYYY-MM month (or that has sessions in it):
    sessions, minutes, delivered and owed in its unit, and the percent."""
    require_care(actor)
    days = month_days(month)
    valid = sessions(db, month, actor=actor, include_voided=False)
    by_provider: dict[int, list[Session]] = {}
    for session in valid:
        by_provider.setdefault(session.provider_id, []).append(session)
    result = []
    for provider in providers(db, actor=actor):
        touches = provider.starts_on <= days[-1] and provider.ends_on >= days[0]
        mine = by_provider.get(provider.id, [])
        if touches or mine:
            result.append(ContractMonth(provider, _fulfilment(provider, month, mine),
                                        sum(len(s.members) for s in mine)))
    result.sort(key=lambda c: (c.provider.organisation, c.provider.contract_number))
    return result


def confirmation(db: Database, provider_id: int, month: str, *, actor: Actor) -> Confirmation:
    """The data of one contract's service confirmation sheet (服务确认单) for a YYYY-MM month:
    the contract, each valid session (date, staff, content, minutes, members served), the
    totals, owed against delivered and the percent."""
    require_care(actor)
    provider = _find_provider(db, provider_id)
    valid = sessions(db, month, actor=actor, provider_id=provider_id, include_voided=False)
    return Confirmation(
        provider=provider, month=month, sessions=valid,
        total_minutes=sum(s.minutes for s in valid),
        member_visits=sum(len(s.members) for s in valid),
        members=len({m for s in valid for m in s.members}),
        fulfilment=_fulfilment(provider, month, valid))


def format_quantity(value: float) -> str:
    """An amount of hours or sessions without needless decimals: 12 → '12', 12.5 → '12.5'."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
