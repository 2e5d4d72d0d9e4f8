"""Meals (餐费): the price of a meal by the month it takes effect from, and the month's meal
statement per day-care member (what the family pays and what the centre pays), Qt-free.

A *meal* is a valid (not voided) ``care_entry`` whose service kind is in ``MEAL_KINDS`` (the
same count the monthly report's 用餐人次 uses). A month is charged at the price in effect for
it (the latest ``care_meal_rate`` whose month is not after it): the cost of a meal and the
member's own contribution (个人自付, never above the cost); the centre pays the rest. Prices
follow the subsidy rates' rule: a change may not take effect in or before a closed month, so a
reported month keeps its figures. Money is integer fen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.attendance.attendance_month import month_days, normalise_month
from desktop.models.care.day_care import MEAL_KINDS, PROGRAMME, require_care
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import MonthClosedError

# A meal above 200 元 is a typing mistake (an extra zero or two).
MAX_MEAL_FEN = 20_000
# A price is set at most a year ahead; further is more likely a mistyped year.
MAX_MONTHS_AHEAD = 12


@dataclass(frozen=True)
class MealRate:
    """The price of one meal from ``effective_from`` (YYYY-MM) on: its cost and the member's
    own contribution, in fen; the centre pays the difference."""

    effective_from: str
    cost_fen: int
    contribution_fen: int

    @property
    def centre_fen(self) -> int:
        """What the centre pays for one meal."""
        return self.cost_fen - self.contribution_fen


@dataclass(frozen=True)
class MealRow:
    """One member's meals in a month and what they cost."""

    person_id: int
    name: str
    days: tuple[str, ...]
    meals: int
    cost_fen: int
    contribution_fen: int

    @property
    def centre_fen(self) -> int:
        """The centre's share."""
        return self.cost_fen - self.contribution_fen


@dataclass(frozen=True)
class MealStatement:
    """The month's meals per member at the month's price (None: no price set, every amount 0)."""

    month: str
    rate: MealRate | None
    rows: list[MealRow]

    @property
    def meals(self) -> int:
        """Meals served in the month."""
        return sum(r.meals for r in self.rows)

    @property
    def cost_fen(self) -> int:
        """What the month's meals cost."""
        return sum(r.cost_fen for r in self.rows)

    @property
    def contribution_fen(self) -> int:
        """What the families pay."""
        return sum(r.contribution_fen for r in self.rows)

    @property
    def centre_fen(self) -> int:
        """What the centre pays."""
        return self.cost_fen - self.contribution_fen


@dataclass(frozen=True)
class MemberMeals:
    """One member's month for the family: each day with its meals, the totals at the price."""

    person_id: int
    name: str
    month: str
    rate: MealRate | None
    days: list[tuple[str, int]]
    meals: int
    cost_fen: int
    contribution_fen: int

    @property
    def centre_fen(self) -> int:
        """The centre's share."""
        return self.cost_fen - self.contribution_fen


# -- prices ---------------------------------------------------------------------------------------
def _rate(row: Any) -> MealRate:
    return MealRate(row["effective_from"], int(row["cost_fen"]), int(row["contribution_fen"]))


def rate_history(db: Database) -> list[MealRate]:
    """Every price set, oldest first."""
    return [_rate(r) for r in db.query("SELECT effective_from, cost_fen, contribution_fen"
                                       " FROM care_meal_rate ORDER BY effective_from")]


def rate_for(db: Database, month: str) -> MealRate | None:
    """The price in effect for a YYYY-MM month (None: none set for it or before it)."""
    row = db.query_one("SELECT effective_from, cost_fen, contribution_fen FROM care_meal_rate"
                       " WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT 1",
                       (month,))
    return _rate(row) if row is not None else None


def _shift_month(month: str, months: int) -> str:
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def validate_rate(cost_fen: int, contribution_fen: int) -> dict[str, str]:
    """Field name → what is wrong with a price (fen); empty when it can be saved."""
    errors: dict[str, str] = {}
    for field, value in (("cost_fen", cost_fen), ("contribution_fen", contribution_fen)):
        if not isinstance(value, int) or isinstance(value, bool):
            errors[field] = Message(QT_TRANSLATE_NOOP("Messages", "金额应为整数（分）"))
        elif value < 0:
            errors[field] = Message(QT_TRANSLATE_NOOP("Messages", "金额不能为负数"))
        elif value > MAX_MEAL_FEN:
            errors[field] = Message(QT_TRANSLATE_NOOP(
                "Messages", "每餐最多 {limit} 元，请检查是否多输了0"), limit=MAX_MEAL_FEN // 100)
    if not errors and contribution_fen > cost_fen:
        errors["contribution_fen"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "个人自付 {contribution} 元高于每餐费用 {cost} 元：自付部分不能超过餐费"),
            contribution=f"{contribution_fen / 100:.2f}", cost=f"{cost_fen / 100:.2f}")
    return errors


def set_rate(db: Database, effective_from: str, cost_fen: int, contribution_fen: int, *,
             actor: Actor) -> None:
    """Set the price of a meal from ``effective_from`` (YYYY-MM, at most a year ahead) on, in
    one transaction with its audit entry (what the months it covers had, what they have now).

    Refused, nothing written: ValidationError (a price that is negative, too high, or whose
    contribution is above the cost; a malformed month), MonthClosedError (a month from
    ``effective_from`` on is closed: its reported figures would change).
    """
    require_care(actor)
    actor.require(Permission.EDIT_SETTINGS)
    try:
        month = normalise_month(effective_from)
    except ValidationError as exc:
        raise ValidationError({"effective_from": exc.fields["month"]}) from None
    errors = validate_rate(cost_fen, contribution_fen)
    latest = _shift_month(f"{db.clock.today():%Y-%m}", MAX_MONTHS_AHEAD)
    if month > latest:
        errors["effective_from"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "餐费标准最多提前 {months} 个月设定（最晚从 {latest} 起执行），"
                        "现在是 {month}"), months=MAX_MONTHS_AHEAD, latest=latest, month=month)
    if errors:
        raise ValidationError(errors)
    with db.transaction():
        closed = db.scalar("SELECT max(month) FROM month_state WHERE closed = 1 AND month >= ?",
                           (month,))
        if closed:
            raise MonthClosedError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{closed} 已报送关账：餐费标准只能从之后未关账的月份起执行；"
                            "请选 {next} 或更晚的月份"), closed=closed,
                next=_shift_month(closed, 1)))
        before = rate_for(db, month)
        after = MealRate(month, cost_fen, contribution_fen)
        if before is not None and (before.cost_fen, before.contribution_fen) == (
                cost_fen, contribution_fen):
            return
        if before is not None and before.effective_from == month:
            db.execute("UPDATE care_meal_rate SET cost_fen = ?, contribution_fen = ?"
                       " WHERE effective_from = ?", (cost_fen, contribution_fen, month))
            action = "update"
        else:
            db.execute("INSERT INTO care_meal_rate (effective_from, cost_fen, contribution_fen)"
                       " VALUES (?, ?, ?)", (month, cost_fen, contribution_fen))
            action = "create"
        record_id = int(db.scalar("SELECT id FROM care_meal_rate WHERE effective_from = ?",
                                  (month,)))
        audit.record(db, actor=actor.username, action=action, table="care_meal_rate",
                     record_id=record_id, before=_audit_values(before),
                     after=_audit_values(after))


def _audit_values(rate: MealRate | None) -> dict[str, Any] | None:
    if rate is None:
        return None
    return {"effective_from": rate.effective_from, "meal_cost_fen": rate.cost_fen,
            "meal_contribution_fen": rate.contribution_fen}


# -- statements -----------------------------------------------------------------------------------
_MEALS_SQL = """
SELECT e.person_id, p.name, e.day, count(*) AS meals
FROM care_entry e
JOIN care_service s ON s.key = e.service
JOIN person p ON p.id = e.person_id
WHERE e.voided_at IS NULL AND e.day BETWEEN ? AND ? AND s.kind IN ({kinds}){person}
GROUP BY e.person_id, e.day
ORDER BY p.name_sort, p.id, e.day
"""


def _meal_days(db: Database, month: str, person_id: int | None = None) -> list[Any]:
    days = month_days(month)
    person = " AND e.person_id = ?" if person_id is not None else ""
    params: tuple[Any, ...] = (days[0], days[-1], *MEAL_KINDS)
    if person_id is not None:
        params += (person_id,)
    return db.query(_MEALS_SQL.format(kinds=",".join("?" * len(MEAL_KINDS)), person=person),
                    params)


def meal_statement(db: Database, month: str, *, actor: Actor) -> MealStatement:
    """The meals of a YYYY-MM month per member who had any (name order): the days, the meals,
    their cost, the family's contribution and the centre's share at the month's price."""
    require_care(actor)
    rate = rate_for(db, month)
    cost, contribution = (rate.cost_fen, rate.contribution_fen) if rate else (0, 0)
    grouped: dict[int, tuple[str, list[str], int]] = {}
    for row in _meal_days(db, month):
        name, days, meals = grouped.get(int(row["person_id"]), (row["name"], [], 0))
        days.append(row["day"])
        grouped[int(row["person_id"])] = (name, days, meals + int(row["meals"]))
    rows = [MealRow(person_id, name, tuple(days), meals, meals * cost, meals * contribution)
            for person_id, (name, days, meals) in grouped.items()]
    return MealStatement(month, rate, rows)


def member_statement(db: Database, person_id: int, month: str, *,
                     actor: Actor) -> MemberMeals:
    """One member's meals in a YYYY-MM month for the family: each day with a meal and how many,
    the totals, what the family pays and what the centre pays."""
    require_care(actor)
    name = db.scalar("SELECT name FROM person WHERE id = ?", (person_id,))
    if name is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {person_id} 的人员"), person_id=person_id))
    rate = rate_for(db, month)
    days = [(r["day"], int(r["meals"])) for r in _meal_days(db, month, person_id)]
    meals = sum(count for _, count in days)
    cost, contribution = (rate.cost_fen, rate.contribution_fen) if rate else (0, 0)
    return MemberMeals(person_id, name, month, rate, days, meals, meals * cost,
                       meals * contribution)


def day_care_members_without_meals(db: Database, month: str, *, actor: Actor) -> int:
    """How many active 日间照料 members had no meal in the month (the statement lists only
    those who had one; the page says how many it leaves out)."""
    require_care(actor)
    days = month_days(month)
    return int(db.scalar(
        "SELECT count(*) FROM member m JOIN member_programme mp ON mp.person_id = m.person_id"
        " AND mp.programme = ? JOIN person p ON p.id = m.person_id"
        " WHERE m.active = 1 AND p.archived_at IS NULL AND NOT EXISTS ("
        "  SELECT 1 FROM care_entry e JOIN care_service s ON s.key = e.service"
        "  WHERE e.person_id = m.person_id AND e.voided_at IS NULL AND e.day BETWEEN ? AND ?"
        f"  AND s.kind IN ({','.join('?' * len(MEAL_KINDS))}))",
        (PROGRAMME, days[0], days[-1], *MEAL_KINDS)))


def current_month(today: date) -> str:
    """``today``'s month, YYYY-MM."""
    return f"{today.year:04d}-{today.month:02d}"
