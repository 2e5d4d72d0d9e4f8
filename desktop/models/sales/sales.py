"""A sale at the till, at a bazaar or for an order: its lines, payment and stock movements
written in one transaction (Qt-free).

Each sale has a unique text id (``uid``) made where it was sold, so a bazaar laptop's sales
come back exactly once. A line keeps the price, discount and material cost of the moment and
the product's maker set, so later catalogue changes alter nothing sold. A discount needs a
reason. Selling more than the books show is refused unless staff give a reason (the item is
there but was never entered, say): then the line is flagged with how many were short, for the
monthly checks. Payment methods are recorded, not processed; cash given must cover the total
and the change is kept. Voids and refunds are in :mod:`.refunds`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import format_yuan
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.sales import stock
from desktop.models.sales.rules import (
    CASH,
    CHANNELS,
    PAYMENT_METHODS,
    REASON_MAX,
    SaleRefused,
    require_sell,
)
from desktop.models.text_input import clean_line, compact

# HH:MM or HH:MM:SS, as the till and a bazaar file give it.
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?")
UID_LENGTH = (8, 64)


@dataclass(frozen=True)
class LineInput:
    """One line as entered: a product, how many, and any discount with its reason.
    ``unit_price_fen`` None sells at the catalogue price (a bazaar file brings its own)."""

    product_id: int
    quantity: int = 1
    discount_fen: int = 0
    discount_reason: str = ""
    unit_price_fen: int | None = None


@dataclass(frozen=True)
class SaleInput:
    """A whole sale: lines, payment and, for cash, what the customer handed over.

    ``day``/``time`` default to now by the database's clock, ``uid`` to a new one;
    ``short_reason`` lets lines be sold beyond the stock on the books.
    """

    lines: Sequence[LineInput]
    payment: str
    cash_given_fen: int | None = None
    channel: str = "counter"
    short_reason: str = ""
    day: date | None = None
    time: str | None = None
    uid: str = ""
    order_id: int | None = None


@dataclass(frozen=True)
class SaleLine:
    """A stored line."""

    id: int
    product_id: int
    name: str
    quantity: int
    unit_price_fen: int
    discount_fen: int
    discount_reason: str
    unit_material_cost_fen: int
    short_quantity: int

    @property
    def amount_fen(self) -> int:
        """What the customer paid for the line."""
        return self.quantity * self.unit_price_fen - self.discount_fen


@dataclass(frozen=True)
class Sale:
    """A stored sale with its lines."""

    id: int
    uid: str
    day: str
    time: str
    channel: str
    payment: str
    total_fen: int
    cash_given_fen: int | None
    change_fen: int | None
    recorded_by: str
    voided: bool
    lines: tuple[SaleLine, ...] = field(default=())


@dataclass(frozen=True)
class _Priced:
    """A line as it will be stored: what was entered and the product's terms of the moment."""

    line: LineInput
    name: str
    price_fen: int
    material_cost_fen: int
    maker_set_id: int

    @property
    def amount_fen(self) -> int:
        return self.line.quantity * self.price_fen - self.line.discount_fen


def new_uid() -> str:
    """A new sale id, unique wherever it is made (a bazaar laptop as much as the centre)."""
    return uuid.uuid4().hex


def _check(sale: SaleInput) -> None:
    errors: dict[str, str] = {}
    if not sale.lines:
        errors["lines"] = Message(QT_TRANSLATE_NOOP("Messages", "请至少扫入或选择一件商品"))
    if sale.payment not in PAYMENT_METHODS:
        errors["payment"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "请选择付款方式：现金、微信、支付宝、银行卡或其他"))
    if sale.channel not in CHANNELS:
        errors["channel"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "销售渠道应为门店、义卖展销或订单"))
    if sale.time is not None and not _TIME.fullmatch(sale.time):
        errors["time"] = Message(QT_TRANSLATE_NOOP("Messages", "时间应为 时:分，如 09:30"))
    uid = compact(sale.uid)
    if uid and not UID_LENGTH[0] <= len(uid) <= UID_LENGTH[1]:
        errors["uid"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "销售单号应为 {low}–{high} 个字符，现在是“{uid}”"),
            low=UID_LENGTH[0], high=UID_LENGTH[1], uid=uid)
    for line in sale.lines:
        if not 1 <= line.quantity <= stock.MAX_QUANTITY:
            errors["quantity"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "数量应为1–{most}件"), most=stock.MAX_QUANTITY)
        if line.unit_price_fen is not None and line.unit_price_fen <= 0:
            errors["price_fen"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "售价应大于0元：请填写商品的售价"))
        if line.discount_fen < 0:
            errors["discount_fen"] = Message(QT_TRANSLATE_NOOP("Messages", "优惠金额不能为负数"))
        elif line.discount_fen > 0 and not clean_line(line.discount_reason):
            errors["discount_reason"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "有优惠时请填写优惠原因，例如：残疾人家属、批量购买"))
        elif len(clean_line(line.discount_reason)) > REASON_MAX:
            errors["discount_reason"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "原因最多 {limit} 个字"), limit=REASON_MAX)
    if errors:
        raise ValidationError(errors)


def _priced(db: Database, sale: SaleInput) -> list[_Priced]:
    """Each line with its product's row; refuses unknown or archived products and discounts
    larger than the line."""
    priced = []
    for line in sale.lines:
        row = db.query_one("SELECT id, name, price_fen, material_cost_fen, maker_set_id,"
                           " archived_at FROM sales_product WHERE id = ?", (line.product_id,))
        if row is None:
            raise NotFoundError(Message(QT_TRANSLATE_NOOP(
                "Messages", "没有编号为 {id} 的商品"), id=line.product_id))
        if row["archived_at"] is not None:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "“{name}”已下架，不能销售：如需销售，请先在商品目录中恢复"),
                name=row["name"]))
        price = int(line.unit_price_fen or row["price_fen"])
        if line.discount_fen > line.quantity * price:
            raise ValidationError({"discount_fen": Message(QT_TRANSLATE_NOOP(
                "Messages", "“{name}”的优惠 {discount} 元超过了它的金额 {amount} 元"),
                name=row["name"], discount=format_yuan(line.discount_fen),
                amount=format_yuan(line.quantity * price))})
        priced.append(_Priced(line, row["name"], price, int(row["material_cost_fen"]),
                              int(row["maker_set_id"])))
    return priced


def _shortfalls(db: Database, priced: list[_Priced], delivered: dict[int, int]) -> list[int]:
    """For each line, how many of its items are beyond the stock on the books and the items
    ``delivered`` (by product: an order's, taken back to be sold) (lines of the same product
    draw on the same stock, in order)."""
    left: dict[int, int] = {}
    short = []
    for line in (p.line for p in priced):
        have = left.get(line.product_id, stock.on_hand(db, line.product_id)
                        + delivered.get(line.product_id, 0))
        taken = min(max(have, 0), line.quantity)
        short.append(line.quantity - taken)
        left[line.product_id] = have - taken
    return short


def _short_refusal(db: Database, priced: list[_Priced], short: list[int],
                   delivered: dict[int, int]) -> SaleRefused:
    first = priced[next(n for n, missing in enumerate(short) if missing)]
    line = first.line
    wanted = sum(p.line.quantity for p in priced if p.line.product_id == line.product_id)
    return SaleRefused(Message(QT_TRANSLATE_NOOP(
        "Messages", "“{name}”账面库存只有 {have} 件，这笔要卖 {wanted} 件：如果东西确实在"
                    "（例如入库未登记），请填写原因后再结账"),
        name=first.name, wanted=wanted,
        have=stock.on_hand(db, line.product_id) + delivered.get(line.product_id, 0)))


def _check_order(db: Database, order_id: int) -> str:
    """Refuses paying an order unknown, cancelled or paid already; returns the place its
    delivered items are out at until paid (:func:`stock.order_place`)."""
    order = db.query_one("SELECT customer, cancelled_at FROM sales_order WHERE id = ?",
                         (order_id,))
    if order is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的订单"),
                                    id=order_id))
    if order["cancelled_at"] is not None:
        raise SaleRefused(Message(QT_TRANSLATE_NOOP("Messages", "订单已取消，不能收款")))
    paid = db.query_one("SELECT day FROM sales_sale WHERE order_id = ? AND voided_at IS NULL",
                        (order_id,))
    if paid is not None:
        raise SaleRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "订单已于 {day} 收款，没有重复收款"), day=paid["day"]))
    return stock.order_place(order_id, order["customer"])


def record_sale(db: Database, sale: SaleInput, *, actor: Actor) -> Sale:
    """Record a whole sale (lines, payment, change, stock) in one audited transaction and
    return it as stored; nothing is written when anything is refused."""
    require_sell(actor)
    _check(sale)
    now = db.clock.now()
    day = (sale.day or now.date()).isoformat()
    time = (sale.time or now.strftime("%H:%M:%S"))
    time = time if len(time) == 8 else f"{time[:5]}:00"
    uid = compact(sale.uid) or new_uid()
    with db.transaction():
        ensure_month_open(db, day)
        if db.scalar("SELECT 1 FROM sales_sale WHERE uid = ?", (uid,)) is not None:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "销售单号 {uid} 已经记录过，没有重复记录"), uid=uid))
        # An order delivered already has its items out at the customer: the sale takes them
        # back from there before selling them, so they leave stock once.
        place = "" if sale.order_id is None else _check_order(db, sale.order_id)
        delivered = stock.out_at(db, place) if place else {}
        priced = _priced(db, sale)
        short = _shortfalls(db, priced, delivered)
        short_reason = ""
        if any(short):
            if not clean_line(sale.short_reason):
                raise _short_refusal(db, priced, short, delivered)
            short_reason = clean_line(sale.short_reason)
            if len(short_reason) > REASON_MAX:
                raise ValidationError({"short_reason": Message(QT_TRANSLATE_NOOP(
                    "Messages", "原因最多 {limit} 个字"), limit=REASON_MAX)})
        total = sum(p.amount_fen for p in priced)
        given = change = None
        if sale.payment == CASH:
            given = total if sale.cash_given_fen is None else int(sale.cash_given_fen)
            if given < total:
                raise ValidationError({"cash_given_fen": Message(QT_TRANSLATE_NOOP(
                    "Messages", "实收现金 {given} 元少于应收 {total} 元：请核对收款"),
                    given=format_yuan(given), total=format_yuan(total))})
            change = given - total
        sale_id = int(db.execute(
            "INSERT INTO sales_sale (uid, day, time, channel, payment, total_fen,"
            " cash_given_fen, change_fen, order_id, recorded_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (uid, day, time, sale.channel, sale.payment, total, given, change, sale.order_id,
             actor.username, now_iso(db.clock))).lastrowid or 0)
        for item, missing in zip(priced, short, strict=True):
            line = item.line
            line_id = int(db.execute(
                "INSERT INTO sales_line (sale_id, product_id, maker_set_id, quantity,"
                " unit_price_fen, discount_fen, discount_reason, unit_material_cost_fen,"
                " short_quantity, short_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (sale_id, line.product_id, item.maker_set_id, line.quantity,
                 item.price_fen, line.discount_fen,
                 clean_line(line.discount_reason) if line.discount_fen else "",
                 item.material_cost_fen, missing, short_reason if missing else "",
                 )).lastrowid or 0)
            back = min(line.quantity, delivered.get(line.product_id, 0))
            if back:
                delivered[line.product_id] -= back
                stock.insert_movement(db, line.product_id, day, "consignment_back", back,
                                      actor=actor, place=place, sale_line_id=line_id)
            stock.insert_movement(db, line.product_id, day, "sale", -line.quantity,
                                  actor=actor, sale_line_id=line_id)
        audit.record(db, actor=actor.username, action="create", table="sales_sale",
                     record_id=sale_id, reason=short_reason or None,
                     after={"uid": uid, "day": day, "time": time, "channel": sale.channel,
                            "payment": sale.payment, "total_fen": total,
                            "cash_given_fen": given, "change_fen": change,
                            "lines": [f"{p.line.product_id}×{p.line.quantity}"
                                      + (f" -{p.line.discount_fen}" if p.line.discount_fen
                                         else "") for p in priced],
                            "short": sum(short)})
        return get_sale(db, sale_id)


def get_sale(db: Database, sale_id: int) -> Sale:
    """The sale with its lines; NotFoundError otherwise."""
    row = db.query_one("SELECT * FROM sales_sale WHERE id = ?", (sale_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的销售记录"),
                                    id=sale_id))
    lines = tuple(SaleLine(
        int(r["id"]), int(r["product_id"]), r["name"], int(r["quantity"]),
        int(r["unit_price_fen"]), int(r["discount_fen"]), r["discount_reason"],
        int(r["unit_material_cost_fen"]), int(r["short_quantity"]))
        for r in db.query("SELECT l.*, p.name FROM sales_line l JOIN sales_product p"
                          " ON p.id = l.product_id WHERE l.sale_id = ? ORDER BY l.id",
                          (sale_id,)))
    return Sale(int(row["id"]), row["uid"], row["day"], row["time"], row["channel"],
                row["payment"], int(row["total_fen"]),
                None if row["cash_given_fen"] is None else int(row["cash_given_fen"]),
                None if row["change_fen"] is None else int(row["change_fen"]),
                row["recorded_by"], row["voided_at"] is not None, lines)


def sale_id_for_uid(db: Database, uid: str) -> int | None:
    """The id of the sale recorded under ``uid``, if any (a bazaar import asks first)."""
    value = db.scalar("SELECT id FROM sales_sale WHERE uid = ?", (compact(uid),))
    return None if value is None else int(value)


def sales_of_day(db: Database, day: date) -> list[Sale]:
    """The day's sales (voided ones too), in the order they were made."""
    return [get_sale(db, int(r[0])) for r in db.query(
        "SELECT id FROM sales_sale WHERE day = ? ORDER BY time, id", (day.isoformat(),))]


def short_lines(db: Database, first: str, last: str) -> list[tuple[str, str, int, str]]:
    """Lines of valid sales from ``first`` to ``last`` sold beyond the stock on the books:
    (day, product name, items short, reason given), for the monthly checks."""
    return [(r["day"], r["name"], int(r["short_quantity"]), r["short_reason"])
            for r in db.query(
                "SELECT s.day, p.name, l.short_quantity, l.short_reason FROM sales_line l"
                " JOIN sales_sale s ON s.id = l.sale_id JOIN sales_product p"
                " ON p.id = l.product_id WHERE s.day BETWEEN ? AND ? AND s.voided_at IS NULL"
                " AND l.short_quantity > 0 ORDER BY s.day, l.id", (first, last))]
