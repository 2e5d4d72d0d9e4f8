"""The makers' monthly income from handicraft sales, and its payout (Qt-free).

For a month: every valid sale dated in it, less the refunds dated in it (a refund's material
cost comes back only with the item, when it is restocked), attributed to the makers of each
line's maker set by their percentages. Each maker gets the items of their products sold, their
part of the revenue and of the material cost, and their share: the split rule's basis (revenue
less material cost, or revenue; :mod:`.rules`) times the makers' percentage. A maker whose
basis is negative (sold below cost) receives nothing rather than owing.

Money is split in integer fen by the largest-remainder method, so the makers' parts add up
exactly to the whole: the month's revenue, its material cost, and the makers' pool (the
rounded total of the shares). Payouts record what was paid to whom, once per maker and month.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.sales.rules import (
    SaleRefused,
    SplitRule,
    month_bounds,
    require_sell,
    split_rule,
)

K = TypeVar("K")


def split_fen(whole: int, weights: Mapping[K, int]) -> dict[K, int]:
    """``whole`` fen (≥ 0) split in proportion to non-negative ``weights`` by the largest
    remainder: each part is its quota rounded down, and the fen left over go one each to the
    largest remainders (ties to the key listed first). The parts add up exactly to ``whole``."""
    total = sum(weights.values())
    if total <= 0:
        return dict.fromkeys(weights, 0)
    quotas = {key: divmod(whole * weight, total) for key, weight in weights.items()}
    parts = {key: quota for key, (quota, _) in quotas.items()}
    left = whole - sum(parts.values())
    order = sorted(weights, key=lambda key: -quotas[key][1])
    for key in order[:left]:
        parts[key] += 1
    return parts


def _hundredths(weights: Mapping[K, int]) -> dict[K, int]:
    """Amounts given in hundredths of a fen (summing to whole fen) as whole fen adding up
    exactly, by the largest remainder."""
    whole = sum(weights.values()) // 100
    parts = {key: weight // 100 for key, weight in weights.items()}
    order = sorted(weights, key=lambda key: -(weights[key] % 100))
    for key in order[:whole - sum(parts.values())]:
        parts[key] += 1
    return parts


@dataclass(frozen=True)
class Payout:
    """A maker's income of a month, as paid."""

    id: int
    month: str
    person_id: int
    share_fen: int
    paid_on: str
    paid_by: str


@dataclass(frozen=True)
class MakerIncome:
    """One maker's month: items of their products sold, their part of revenue and material
    cost, their share, and the payout if it was made."""

    person_id: int
    name: str
    items: int
    revenue_fen: int
    material_cost_fen: int
    share_fen: int
    payout: Payout | None


@dataclass(frozen=True)
class MonthIncome:
    """A month's makers' income: the totals, the rule applied and each maker."""

    month: str
    rule: SplitRule
    items: int
    revenue_fen: int
    material_cost_fen: int
    makers: tuple[MakerIncome, ...]

    @property
    def share_fen(self) -> int:
        """The makers' pool: what all makers receive together."""
        return sum(maker.share_fen for maker in self.makers)


# Each line (sold) and refund (given back) of the month with its maker set's shares.
_MOVES_SQL = """
SELECT l.product_id AS product_id, l.maker_set_id AS set_id, l.quantity AS items,
       l.quantity * l.unit_price_fen - l.discount_fen AS revenue,
       l.quantity * l.unit_material_cost_fen AS cost
  FROM sales_line l JOIN sales_sale s ON s.id = l.sale_id
 WHERE s.day BETWEEN :first AND :last AND s.voided_at IS NULL
UNION ALL
SELECT l.product_id, l.maker_set_id, -r.quantity, -r.amount_fen,
       CASE WHEN r.restocked THEN -r.quantity * l.unit_material_cost_fen ELSE 0 END
  FROM sales_refund r JOIN sales_line l ON l.id = r.line_id
  JOIN sales_sale s ON s.id = l.sale_id
 WHERE r.day BETWEEN :first AND :last AND s.voided_at IS NULL"""


def _shares(db: Database) -> dict[int, list[tuple[int, int]]]:
    """Every maker set's (maker, percent) pairs: a small table, read whole in one query (a
    month sells from some sixty sets), once per read snapshot (a workbook works out eight
    months)."""
    def read() -> dict[int, list[tuple[int, int]]]:
        found: dict[int, list[tuple[int, int]]] = {}
        for set_id, person_id, percent in db.query(
                "SELECT set_id, person_id, share_percent FROM sales_maker_share"
                " ORDER BY set_id, person_id"):
            found.setdefault(int(set_id), []).append((int(person_id), int(percent)))
        return found

    return db.snapshot_read(("sales.maker_shares",), read)


def _maker_names(db: Database) -> dict[int, tuple[str, str]]:
    """Every maker's name and its pinyin sort key by person id, once per read snapshot."""
    return db.snapshot_read(("sales.maker_names",), lambda: {
        int(r[0]): (r[1], r[2] or "") for r in db.query(
            "SELECT id, name, name_sort FROM person"
            " WHERE id IN (SELECT person_id FROM sales_maker_share)")})


def month_income(db: Database, month: str) -> MonthIncome:
    """The makers' income of ``month`` (YYYY-MM) under the current split rule, makers by
    name; the payouts already made are attached.

    Worked out once per :meth:`Database.read_snapshot`: the monthly workbook asks for its
    month three times (this month, the year so far, the 希联圆梦 sheet) and for last month
    twice."""
    return db.snapshot_read(("sales.month_income", month), lambda: _month_income(db, month))


def _month_income(db: Database, month: str) -> MonthIncome:
    first, last = month_bounds(month)
    rule = split_rule(db)
    rows = db.query(_MOVES_SQL, {"first": first, "last": last})
    shares = _shares(db)
    items: dict[int, int] = {}
    revenue_w: dict[int, int] = {}
    cost_w: dict[int, int] = {}
    total_items = total_revenue = total_cost = 0
    for _product, set_id, sold, revenue, cost in rows:
        total_items += sold
        total_revenue += revenue
        total_cost += cost
        for person, percent in shares.get(set_id, ()):
            items[person] = items.get(person, 0) + sold
            revenue_w[person] = revenue_w.get(person, 0) + revenue * percent
            cost_w[person] = cost_w.get(person, 0) + cost * percent
    basis_w = {person: max(0, revenue_w[person] - (cost_w[person] if rule.basis == "margin"
                                                   else 0)) for person in revenue_w}
    # Shares in units of 1/10,000 fen: basis (hundredths of fen) × the makers' percent.
    share_w = {person: weight * rule.makers_percent for person, weight in basis_w.items()}
    pool = (sum(share_w.values()) + 5_000) // 10_000  # rounded half up
    shares_fen = split_fen(pool, share_w)
    revenues, costs = _hundredths(revenue_w), _hundredths(cost_w)
    names = _maker_names(db)
    paid = {p.person_id: p for p in payouts(db, month)}
    makers = sorted((MakerIncome(person, names.get(person, ("", ""))[0], items[person],
                                 revenues[person], costs[person], shares_fen[person],
                                 paid.get(person))
                     # By pinyin, as the people register lists people (not by character code).
                     for person in items),
                    key=lambda m: (names.get(m.person_id, ("", ""))[1], m.name, m.person_id))
    return MonthIncome(month, rule, total_items, total_revenue, total_cost, tuple(makers))


@dataclass(frozen=True)
class StatementLine:
    """One product in a maker's month: items sold less returned, the money it brought (all
    makers together) and the maker's percentage of it."""

    product: str
    share_percent: int
    items: int
    revenue_fen: int


def maker_statement(db: Database, month: str, person_id: int) -> list[StatementLine]:
    """What the maker's products brought in ``month``, product by product (by name), for the
    maker's own statement; the money they receive is :func:`month_income`'s share."""
    first, last = month_bounds(month)
    rows = db.query(
        "SELECT p.name, ms.share_percent AS percent, sum(t.items) AS items,"
        f" sum(t.revenue) AS revenue FROM ({_MOVES_SQL}) t"
        " JOIN sales_maker_share ms ON ms.set_id = t.set_id AND ms.person_id = :person"
        " JOIN sales_product p ON p.id = t.product_id"
        " GROUP BY p.id, ms.share_percent ORDER BY p.name, p.id, ms.share_percent",
        {"first": first, "last": last, "person": person_id})
    return [StatementLine(r["name"], int(r["percent"]), int(r["items"]), int(r["revenue"]))
            for r in rows]


def payouts(db: Database, month: str) -> list[Payout]:
    """The payouts made for ``month``."""
    return [Payout(int(r["id"]), r["month"], int(r["person_id"]), int(r["share_fen"]),
                   r["paid_on"], r["paid_by"])
            for r in db.query("SELECT id, month, person_id, share_fen, paid_on, paid_by"
                              " FROM sales_payout WHERE month = ? ORDER BY id", (month,))]


def mark_paid(db: Database, month: str, person_ids: Iterable[int], *, actor: Actor,
              day: date | None = None) -> list[int]:
    """Record that the makers were paid their share of ``month`` on ``day`` (today), fixing
    the amounts paid; one audited transaction for all of them. Refused, with nothing written,
    for a month not over yet, a maker without income that month, or one already paid."""
    require_sell(actor)
    month_bounds(month)
    paid_on = (day or db.clock.today()).isoformat()
    wanted = list(dict.fromkeys(person_ids))
    if not wanted:
        raise ValidationError({"makers": Message(QT_TRANSLATE_NOOP(
            "Messages", "请选择要发放的制作者"))})
    if paid_on[:7] <= month:
        raise SaleRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "{month} 还没有结束，收入可能还会变化：请在下个月再发放"), month=month))
    with db.transaction():
        ensure_month_open(db, paid_on)
        income = {m.person_id: m for m in month_income(db, month).makers}
        made: list[int] = []
        for person in wanted:
            maker = income.get(person)
            if maker is None or maker.share_fen <= 0:
                name = db.scalar("SELECT name FROM person WHERE id = ?", (person,)) or person
                raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                    "Messages", "{name} 在 {month} 没有可发放的收入"), name=name, month=month))
            if maker.payout is not None:
                raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                    "Messages", "{name} 的 {month} 收入已于 {day} 发放，没有重复发放"),
                    name=maker.name, month=month, day=maker.payout.paid_on))
            payout_id = int(db.execute(
                "INSERT INTO sales_payout (month, person_id, items, revenue_fen,"
                " material_cost_fen, share_fen, paid_on, paid_by, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (month, person, maker.items, maker.revenue_fen, maker.material_cost_fen,
                 maker.share_fen, paid_on, actor.username, now_iso(db.clock))).lastrowid or 0)
            audit.record(db, actor=actor.username, action="create", table="sales_payout",
                         record_id=payout_id,
                         after={"month": month, "person_id": person, "items": maker.items,
                                "revenue_fen": maker.revenue_fen,
                                "material_cost_fen": maker.material_cost_fen,
                                "share_fen": maker.share_fen, "paid_on": paid_on})
            made.append(payout_id)
    return made
