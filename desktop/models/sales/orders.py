"""Orders from companies and government units (单位订购): the customer, the items at the price
agreed, the due date, delivery and invoice status (Qt-free).

An order is not yet money: the sale is recorded when it is paid, from the order's lines
(:func:`sale_for_order`, channel ``order``), and counts in the month it is paid (the day end,
the makers' income and the monthly workbook all go by the sale's day). Its items leave stock
when they leave the centre: delivery books them out to the customer (a consignment to
:func:`desktop.models.sales.stock.order_place`), so a stock-take between delivery and payment
finds the books right, and the payment's sale takes them back from there before selling them,
so they leave stock once. An order paid before it is delivered takes its items at payment, as a
counter sale does, and its delivery moves nothing. An order is never deleted: one called off is
cancelled with a reason (only before delivery, so its items never left).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.sales import stock
from desktop.models.sales.rules import SaleRefused, clean_reason, require_sell
from desktop.models.sales.sales import LineInput, SaleInput
from desktop.models.text_input import clean_line

CUSTOMER_MAX = 60
INVOICE_STATUSES = {
    "none": Message(QT_TRANSLATE_NOOP("Messages", "不需要发票")),
    "requested": Message(QT_TRANSLATE_NOOP("Messages", "待开发票")),
    "issued": Message(QT_TRANSLATE_NOOP("Messages", "已开发票")),
}


@dataclass(frozen=True)
class OrderInput:
    """An order as entered: ``lines`` are (product id, quantity) pairs at today's prices."""

    customer: str
    lines: Sequence[tuple[int, int]]
    due_day: date | None = None
    contact: str = ""
    note: str = ""
    day: date | None = None


@dataclass(frozen=True)
class OrderLine:
    """One stored line of an order."""

    product_id: int
    name: str
    quantity: int
    unit_price_fen: int


@dataclass(frozen=True)
class OrderHead:
    """What every view of an order shows: who ordered, when, when due and delivered, and
    the invoice status (a key of :data:`INVOICE_STATUSES`)."""

    id: int
    customer: str
    contact: str
    day: str
    due_day: str | None
    delivered_on: str | None
    invoice_status: str


@dataclass(frozen=True)
class Order(OrderHead):
    """A stored order with its lines."""

    note: str
    cancelled: bool
    lines: tuple[OrderLine, ...] = field(default=())

    @property
    def total_fen(self) -> int:
        """What the order comes to."""
        return sum(line.quantity * line.unit_price_fen for line in self.lines)


def create_order(db: Database, data: OrderInput, *, actor: Actor) -> int:
    """Record an order with its lines at the catalogue prices of today; returns its id."""
    require_sell(actor)
    customer, day = clean_line(data.customer), (data.day or db.clock.today())
    errors: dict[str, str] = {}
    if not customer:
        errors["customer"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写订购单位，例如：月坛街道办事处"))
    elif len(customer) > CUSTOMER_MAX:
        errors["customer"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "订购单位最多 {limit} 个字"), limit=CUSTOMER_MAX)
    if not data.lines:
        errors["lines"] = Message(QT_TRANSLATE_NOOP("Messages", "订单里至少要有一种商品"))
    if data.due_day is not None and data.due_day < day:
        errors["due_day"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "交货日期 {due} 早于下单日期 {day}：请核对"),
            due=data.due_day.isoformat(), day=day.isoformat())
    if errors:
        raise ValidationError(errors)
    for _, quantity in data.lines:
        stock.check_quantity(quantity)
    with db.transaction():
        priced = []
        for product_id, quantity in data.lines:
            row = db.query_one("SELECT name, price_fen, archived_at FROM sales_product"
                               " WHERE id = ?", (product_id,))
            if row is None:
                raise NotFoundError(Message(QT_TRANSLATE_NOOP(
                    "Messages", "没有编号为 {id} 的商品"), id=product_id))
            if row["archived_at"] is not None:
                raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                    "Messages", "“{name}”已下架，不能销售：如需销售，请先在商品目录中恢复"),
                    name=row["name"]))
            priced.append((product_id, quantity, int(row["price_fen"])))
        now = now_iso(db.clock)
        order_id = int(db.execute(
            "INSERT INTO sales_order (customer, contact, day, due_day, note, recorded_by,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (customer, clean_line(data.contact), day.isoformat(),
             None if data.due_day is None else data.due_day.isoformat(),
             clean_line(data.note), actor.username, now, now)).lastrowid or 0)
        db.executemany("INSERT INTO sales_order_line (order_id, product_id, quantity,"
                       " unit_price_fen) VALUES (?, ?, ?, ?)",
                       [(order_id, *line) for line in priced])
        audit.record(db, actor=actor.username, action="create", table="sales_order",
                     record_id=order_id,
                     after={"customer": customer, "day": day.isoformat(),
                            "due_day": None if data.due_day is None
                            else data.due_day.isoformat(),
                            "lines": [f"{p}×{q}@{fen}" for p, q, fen in priced]})
    return order_id


def get_order(db: Database, order_id: int) -> Order:
    """The order with its lines; NotFoundError otherwise."""
    row = db.query_one("SELECT * FROM sales_order WHERE id = ?", (order_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的订单"),
                                    id=order_id))
    lines = tuple(OrderLine(int(r["product_id"]), r["name"], int(r["quantity"]),
                            int(r["unit_price_fen"])) for r in db.query(
        "SELECT l.product_id, p.name, l.quantity, l.unit_price_fen FROM sales_order_line l"
        " JOIN sales_product p ON p.id = l.product_id WHERE l.order_id = ? ORDER BY l.id",
        (order_id,)))
    return Order(int(row["id"]), row["customer"], row["contact"], row["day"], row["due_day"],
                 row["delivered_on"], row["invoice_status"], row["note"],
                 row["cancelled_at"] is not None, lines)


def _change(db: Database, order_id: int, actor: Actor, column: str, value: object,
            reason: str | None = None) -> None:
    before = db.scalar(f"SELECT {column} FROM sales_order WHERE id = ?", (order_id,))
    db.execute(f"UPDATE sales_order SET {column} = ?, updated_at = ? WHERE id = ?",
               (value, now_iso(db.clock), order_id))
    audit.record(db, actor=actor.username, action="update", table="sales_order",
                 record_id=order_id, before={column: before}, after={column: value},
                 reason=reason)


def mark_delivered(db: Database, order_id: int, day: date, *, actor: Actor) -> int:
    """Record the day the order was delivered (the delivery note's date) and, unless it was
    paid already, take its items out of stock that day, booked out to the customer until the
    payment sells them. Items beyond the stock on the books are left for the payment (which
    asks for a reason, as the till does); returns how many those are (0: all taken)."""
    require_sell(actor)
    with db.transaction():
        order = get_order(db, order_id)
        if order.cancelled:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "订单已取消，不能登记交货")))
        if order.delivered_on is not None:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "订单已于 {day} 交货，没有重复登记"), day=order.delivered_on))
        paid = db.scalar("SELECT 1 FROM sales_sale WHERE order_id = ? AND voided_at IS NULL",
                         (order_id,)) is not None
        short = 0 if paid else _deliver_stock(db, order, day, actor)
        _change(db, order_id, actor, "delivered_on", day.isoformat())
    return short


def _deliver_stock(db: Database, order: Order, day: date, actor: Actor) -> int:
    """Book the order's items out to its customer on ``day`` as far as the books have them
    (each movement audited); the number of items they did not have."""
    ensure_month_open(db, day.isoformat())
    place = stock.order_place(order.id, order.customer)
    left: dict[int, int] = {}
    short = 0
    for line in order.lines:
        have = left.get(line.product_id, stock.on_hand(db, line.product_id))
        taken = min(max(have, 0), line.quantity)
        left[line.product_id] = have - taken
        short += line.quantity - taken
        if taken:
            movement_id = stock.insert_movement(db, line.product_id, day.isoformat(),
                                                "consignment_out", -taken, actor=actor,
                                                place=place)
            audit.record(db, actor=actor.username, action="create",
                         table="sales_stock_movement", record_id=movement_id,
                         after={"product_id": line.product_id, "day": day.isoformat(),
                                "kind": "consignment_out", "quantity": -taken,
                                "place": place})
    return short


def set_invoice_status(db: Database, order_id: int, status: str, *, actor: Actor) -> None:
    """Set whether an invoice is not needed, requested or issued."""
    require_sell(actor)
    if status not in INVOICE_STATUSES:
        raise ValidationError({"invoice_status": Message(QT_TRANSLATE_NOOP(
            "Messages", "发票状态应为不需要发票、待开发票或已开发票"))})
    with db.transaction():
        if get_order(db, order_id).invoice_status != status:
            _change(db, order_id, actor, "invoice_status", status)


def cancel_order(db: Database, order_id: int, reason: str, *, actor: Actor) -> None:
    """Cancel an order not delivered, with a reason; it stays on record."""
    require_sell(actor)
    why = clean_reason(reason, field="reason", missing=Message(QT_TRANSLATE_NOOP(
        "Messages", "请填写取消订单的原因")))
    with db.transaction():
        order = get_order(db, order_id)
        if order.cancelled or order.delivered_on is not None:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "订单已交货或已取消，不能再取消")))
        db.execute("UPDATE sales_order SET cancel_reason = ? WHERE id = ?", (why, order_id))
        _change(db, order_id, actor, "cancelled_at", now_iso(db.clock), why)


def sale_for_order(db: Database, order_id: int, payment: str, *,
                   cash_given_fen: int | None = None, short_reason: str = "") -> SaleInput:
    """The sale that records the order's payment: its lines at the agreed prices, channel
    ``order``; pass it to :func:`desktop.models.sales.sales.record_sale`."""
    order = get_order(db, order_id)
    if order.cancelled:
        raise SaleRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "订单已取消，不能收款")))
    return SaleInput([LineInput(line.product_id, line.quantity,
                                unit_price_fen=line.unit_price_fen) for line in order.lines],
                     payment, cash_given_fen=cash_given_fen, channel="order",
                     short_reason=short_reason, order_id=order_id)
