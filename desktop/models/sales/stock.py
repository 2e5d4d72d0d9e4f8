"""Stock of handicrafts: what is on hand, computed from one movement row per change, never a
stored number that could go wrong silently (Qt-free).

Production brings items in (who made how many, on which day); adjustments take them out or
put them back with a reason (damaged, sample, gift, other); consignment sends items to a shop
or fair and takes back what was not sold; a stock-take posts the difference between the count
and the books, with a reason, for every product counted, in one transaction. Sales, refunds and
voids write their own movements (:mod:`.sales`, :mod:`.refunds`). An order's items leave stock
when it is delivered, as a consignment to the customer (:func:`order_place`), taken back by its
payment's sale (:mod:`.orders`, :mod:`.sales`). Every change is audited and refused in a closed
month.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.sales.rules import (
    SaleRefused,
    clean_reason,
    ensure_maker,
    product_name,
    require_sell,
)
from desktop.models.text_input import clean_line

MAX_QUANTITY = 10_000
PLACE_MAX = 40
ADJUSTMENTS = {
    "damaged": Message(QT_TRANSLATE_NOOP("Messages", "损坏")),
    "sample": Message(QT_TRANSLATE_NOOP("Messages", "样品")),
    "gift": Message(QT_TRANSLATE_NOOP("Messages", "赠送")),
    "other": Message(QT_TRANSLATE_NOOP("Messages", "其他")),
}


@dataclass(frozen=True)
class Movement:
    """One stock change of a product."""

    id: int
    day: str
    kind: str
    quantity: int
    adjustment: str | None
    reason: str
    place: str
    maker_id: int | None
    recorded_by: str


@dataclass(frozen=True)
class CountResult:
    """One product of a stock-take: the books, the count, the difference posted."""

    product_id: int
    expected: int
    counted: int

    @property
    def difference(self) -> int:
        """Counted less expected (negative: items missing)."""
        return self.counted - self.expected


@dataclass(frozen=True)
class StockRow:
    """A product's stock: on hand at the centre and out on consignment."""

    product_id: int
    code: str
    name: str
    category: str
    on_hand: int
    on_consignment: int


def stock_list(db: Database, *, include_archived: bool = False) -> list[StockRow]:
    """Every product's stock (those on sale unless asked) by category and name: the lists,
    the count sheet of a stock-take."""
    where = "" if include_archived else " WHERE p.archived_at IS NULL"
    return [StockRow(int(r["id"]), r["code"], r["name"], r["category"], int(r["on_hand"]),
                     int(r["consigned"])) for r in db.query(
        "SELECT p.id, p.code, p.name, p.category, coalesce(sum(m.quantity), 0) AS on_hand,"
        " -coalesce(sum(CASE WHEN m.kind IN ('consignment_out', 'consignment_back')"
        " THEN m.quantity END), 0) AS consigned"
        " FROM sales_product p LEFT JOIN sales_stock_movement m ON m.product_id = p.id"
        f"{where} GROUP BY p.id ORDER BY p.category, p.name, p.id")]


def on_hand(db: Database, product_id: int) -> int:
    """Items of the product at the centre now: the sum of its movements."""
    return int(db.scalar("SELECT coalesce(sum(quantity), 0) FROM sales_stock_movement"
                         " WHERE product_id = ?", (product_id,)))


def on_hand_all(db: Database) -> dict[int, int]:
    """Items on hand of every product that ever moved, by product id."""
    return {int(r[0]): int(r[1]) for r in db.query(
        "SELECT product_id, sum(quantity) FROM sales_stock_movement GROUP BY product_id")}


def on_consignment(db: Database, product_id: int, place: str) -> int:
    """Items of the product sent to ``place`` and not yet taken back."""
    return -int(db.scalar(
        "SELECT coalesce(sum(quantity), 0) FROM sales_stock_movement WHERE product_id = ?"
        " AND place = ? AND kind IN ('consignment_out', 'consignment_back')",
        (product_id, clean_line(place))))


def movements(db: Database, product_id: int) -> list[Movement]:
    """The product's movements, oldest first."""
    return [Movement(int(r["id"]), r["day"], r["kind"], int(r["quantity"]), r["adjustment"],
                     r["reason"], r["place"],
                     None if r["maker_id"] is None else int(r["maker_id"]), r["recorded_by"])
            for r in db.query(
                "SELECT id, day, kind, quantity, adjustment, reason, place, maker_id,"
                " recorded_by FROM sales_stock_movement WHERE product_id = ? ORDER BY day, id",
                (product_id,))]


def order_place(order_id: int, customer: str) -> str:
    """The place an order's delivered items are out at until it is paid: the order and its
    customer, as the stock list's movements show it (no longer than a place typed)."""
    head = f"订单 {order_id}（"
    return f"{head}{customer[:PLACE_MAX - len(head) - 1]}）"


def out_at(db: Database, place: str) -> dict[int, int]:
    """Items of each product out on consignment at ``place`` now (products with none left
    out are left out)."""
    return {int(r[0]): int(r[1]) for r in db.query(
        "SELECT product_id, -sum(quantity) AS out FROM sales_stock_movement WHERE place = ?"
        " AND kind IN ('consignment_out', 'consignment_back') GROUP BY product_id"
        " HAVING out > 0", (place,))}


def check_quantity(quantity: int, field: str = "quantity") -> None:
    """ValidationError unless ``quantity`` is a whole number of items from 1 to 10,000."""
    if not 1 <= quantity <= MAX_QUANTITY:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
            "Messages", "数量应为1–{most}件"), most=MAX_QUANTITY)})


def insert_movement(db: Database, product_id: int, day: str, kind: str, quantity: int, *,
                    actor: Actor, **extra: object) -> int:
    """Write one movement row (inside the caller's transaction); returns its id."""
    values: dict[str, object] = {
        "product_id": product_id, "day": day, "kind": kind, "quantity": quantity,
        "adjustment": None, "reason": "", "place": "", "maker_id": None, "sale_line_id": None,
        "refund_id": None, "stock_take_id": None, "recorded_by": actor.username,
        "created_at": now_iso(db.clock)}
    values.update(extra)
    columns = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    return int(db.execute(f"INSERT INTO sales_stock_movement ({columns}) VALUES ({marks})",
                          values).lastrowid or 0)


def _not_below_zero(db: Database, product_id: int, taking: int) -> None:
    have = on_hand(db, product_id)
    if taking > have:
        raise SaleRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "“{name}”库存只有 {have} 件，不能减少 {taking} 件：请先盘点或登记入库"),
            name=product_name(db, product_id), have=have, taking=taking))


def _audited(db: Database, movement_id: int, actor: Actor, after: dict[str, object],
             reason: str | None = None) -> None:
    audit.record(db, actor=actor.username, action="create", table="sales_stock_movement",
                 record_id=movement_id, after=after, reason=reason)


def record_production(db: Database, product_id: int, quantity: int, day: date, *,
                      maker_id: int | None = None, actor: Actor) -> int:
    """Items made and brought into stock (by ``maker_id``, a member, when known)."""
    require_sell(actor)
    check_quantity(quantity)
    with db.transaction():
        product_name(db, product_id)
        if maker_id is not None:
            ensure_maker(db, maker_id)
        ensure_month_open(db, day.isoformat())
        movement_id = insert_movement(db, product_id, day.isoformat(), "production", quantity,
                                      actor=actor, maker_id=maker_id)
        _audited(db, movement_id, actor, {"product_id": product_id, "day": day.isoformat(),
                                          "kind": "production", "quantity": quantity,
                                          "maker_id": maker_id})
    return movement_id


def record_adjustment(db: Database, product_id: int, quantity: int, adjustment: str,
                      reason: str, day: date, *, actor: Actor) -> int:
    """Items taken out of stock (``quantity`` < 0: damaged, a sample, a gift …) or found
    (> 0), with the kind of adjustment and a reason (required for "other")."""
    require_sell(actor)
    if adjustment not in ADJUSTMENTS:
        raise ValidationError({"adjustment": Message(QT_TRANSLATE_NOOP(
            "Messages", "请选择调整类型：损坏、样品、赠送或其他"))})
    check_quantity(abs(quantity))
    why = clean_line(reason)
    if adjustment == "other" or why:
        why = clean_reason(reason, field="reason", missing=Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写库存调整的原因")))
    why = why or str(ADJUSTMENTS[adjustment])
    with db.transaction():
        product_name(db, product_id)
        ensure_month_open(db, day.isoformat())
        if quantity < 0:
            _not_below_zero(db, product_id, -quantity)
        movement_id = insert_movement(db, product_id, day.isoformat(), "adjustment", quantity,
                                      actor=actor, adjustment=adjustment, reason=why)
        _audited(db, movement_id, actor, {"product_id": product_id, "day": day.isoformat(),
                                          "kind": "adjustment", "adjustment": adjustment,
                                          "quantity": quantity}, why)
    return movement_id


def _clean_place(place: str) -> str:
    where = clean_line(place)
    if not where:
        raise ValidationError({"place": Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写寄售的地点，例如：什刹海便民店、春节庙会"))})
    if len(where) > PLACE_MAX:
        raise ValidationError({"place": Message(QT_TRANSLATE_NOOP(
            "Messages", "寄售地点最多 {limit} 个字"), limit=PLACE_MAX)})
    return where


def consign_out(db: Database, product_id: int, quantity: int, place: str, day: date, *,
                actor: Actor) -> int:
    """Items sent to a shop or fair on consignment (no more than are on hand)."""
    require_sell(actor)
    check_quantity(quantity)
    where = _clean_place(place)
    with db.transaction():
        product_name(db, product_id)
        ensure_month_open(db, day.isoformat())
        _not_below_zero(db, product_id, quantity)
        movement_id = insert_movement(db, product_id, day.isoformat(), "consignment_out",
                                      -quantity, actor=actor, place=where)
        _audited(db, movement_id, actor, {"product_id": product_id, "day": day.isoformat(),
                                          "kind": "consignment_out", "quantity": -quantity,
                                          "place": where})
    return movement_id


def consign_back(db: Database, product_id: int, quantity: int, place: str, day: date, *,
                 actor: Actor) -> int:
    """Items taken back from consignment (no more than are out at that place)."""
    require_sell(actor)
    check_quantity(quantity)
    where = _clean_place(place)
    with db.transaction():
        name = product_name(db, product_id)
        ensure_month_open(db, day.isoformat())
        out = on_consignment(db, product_id, where)
        if quantity > out:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "“{name}”在{place}寄售的只有 {out} 件，不能收回 {quantity} 件"),
                name=name, place=where, out=out, quantity=quantity))
        movement_id = insert_movement(db, product_id, day.isoformat(), "consignment_back",
                                      quantity, actor=actor, place=where)
        _audited(db, movement_id, actor, {"product_id": product_id, "day": day.isoformat(),
                                          "kind": "consignment_back", "quantity": quantity,
                                          "place": where})
    return movement_id


def stock_take(db: Database, counts: Mapping[int, int], reason: str, day: date, *,
               actor: Actor) -> list[CountResult]:
    """Record a stock-take: each product's count against the books, and a movement for every
    difference, with the reason, all in one transaction. A reason is required when anything
    differs; nothing is written when a count is refused."""
    require_sell(actor)
    if not counts:
        raise ValidationError({"counts": Message(QT_TRANSLATE_NOOP(
            "Messages", "请至少填写一种商品的盘点数量"))})
    if any(counted < 0 for counted in counts.values()):
        raise ValidationError({"counts": Message(QT_TRANSLATE_NOOP(
            "Messages", "盘点数量不能为负数"))})
    with db.transaction():
        for product_id in counts:
            product_name(db, product_id)
        ensure_month_open(db, day.isoformat())
        results = [CountResult(product_id, on_hand(db, product_id), int(counted))
                   for product_id, counted in sorted(counts.items())]
        differing = [r for r in results if r.difference]
        why = clean_line(reason)
        if differing or why:
            why = clean_reason(reason, field="reason", missing=Message(QT_TRANSLATE_NOOP(
                "Messages", "盘点有 {count} 种商品与账面不符：请填写差异的原因"),
                count=len(differing)))
        why = why or str(Message(QT_TRANSLATE_NOOP("Messages", "盘点无差异")))
        take_id = int(db.execute(
            "INSERT INTO sales_stock_take (day, reason, recorded_by, created_at)"
            " VALUES (?, ?, ?, ?)",
            (day.isoformat(), why, actor.username, now_iso(db.clock))).lastrowid or 0)
        db.executemany("INSERT INTO sales_stock_count (stock_take_id, product_id, expected,"
                       " counted) VALUES (?, ?, ?, ?)",
                       [(take_id, r.product_id, r.expected, r.counted) for r in results])
        for result in differing:
            insert_movement(db, result.product_id, day.isoformat(), "stock_take",
                            result.difference, actor=actor, reason=why, stock_take_id=take_id)
        audit.record(db, actor=actor.username, action="create", table="sales_stock_take",
                     record_id=take_id, reason=why,
                     after={"day": day.isoformat(), "products": len(results),
                            "differences": [f"{r.product_id}:{r.difference:+d}"
                                            for r in differing]})
    return results
