"""Undoing sales: voiding a whole sale entered by mistake (its items back in stock) and
refunding part of a line to a customer (Qt-free).

A void keeps the sale, marked with when, by whom and why; a sale that already has refunds is
not voided (the money given back would be counted twice): the rest is refunded instead. A
refund is against one line, never for more items than were sold or more money than was paid
(less what was refunded already), with a reason; the items go back into stock when staff say
they can be sold again. Both are refused when the month they change is closed.
"""

from __future__ import annotations

from dataclasses import dataclass
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
from desktop.models.sales.rules import SaleRefused, clean_reason, require_sell


@dataclass(frozen=True)
class Refundable:
    """What is left to refund on a line."""

    line_id: int
    sold: int
    paid_fen: int
    refunded_items: int
    refunded_fen: int

    @property
    def items_left(self) -> int:
        """Items not refunded yet."""
        return self.sold - self.refunded_items

    @property
    def fen_left(self) -> int:
        """Money paid for the line and not refunded yet."""
        return self.paid_fen - self.refunded_fen


def refundable(db: Database, line_id: int) -> Refundable:
    """The line's items and money, and what has been refunded of them; NotFoundError."""
    row = db.query_one(
        "SELECT l.quantity, l.quantity * l.unit_price_fen - l.discount_fen AS paid,"
        " coalesce((SELECT sum(quantity) FROM sales_refund WHERE line_id = l.id), 0) AS items,"
        " coalesce((SELECT sum(amount_fen) FROM sales_refund WHERE line_id = l.id), 0) AS fen"
        " FROM sales_line l WHERE l.id = ?", (line_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的销售明细"), id=line_id))
    return Refundable(line_id, int(row["quantity"]), int(row["paid"]), int(row["items"]),
                      int(row["fen"]))


def void_sale(db: Database, sale_id: int, reason: str, *, actor: Actor) -> None:
    """Void a sale with a reason: it stays on record, counts for nothing, and its items go
    back into stock today (those of a delivered order back out at its customer, as before the
    payment)."""
    require_sell(actor)
    why = clean_reason(reason, field="reason", missing=Message(QT_TRANSLATE_NOOP(
        "Messages", "请填写作废原因，例如：录错了商品")))
    today = db.clock.today().isoformat()
    with db.transaction():
        sale = db.query_one("SELECT id, uid, day, voided_at FROM sales_sale WHERE id = ?",
                            (sale_id,))
        if sale is None:
            raise NotFoundError(Message(QT_TRANSLATE_NOOP(
                "Messages", "没有编号为 {id} 的销售记录"), id=sale_id))
        if sale["voided_at"] is not None:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "这笔销售已于 {at} 作废，没有重复作废"),
                at=str(sale["voided_at"]).replace("T", " ")))
        ensure_month_open(db, sale["day"])
        ensure_month_open(db, today)
        if db.scalar("SELECT 1 FROM sales_refund r JOIN sales_line l ON l.id = r.line_id"
                     " WHERE l.sale_id = ?", (sale_id,)) is not None:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "这笔销售已有退款，不能整笔作废：请对其余商品办理退款")))
        now = now_iso(db.clock)
        db.execute("UPDATE sales_sale SET voided_at = ?, void_reason = ?, voided_by = ?"
                   " WHERE id = ?", (now, why, actor.username, sale_id))
        for line in db.query("SELECT id, product_id, quantity FROM sales_line"
                             " WHERE sale_id = ?", (sale_id,)):
            stock.insert_movement(db, int(line["product_id"]), today, "void",
                                  int(line["quantity"]), actor=actor, reason=why,
                                  sale_line_id=int(line["id"]))
            # A delivered order's payment took its items back from the customer to sell
            # them: voided, they are out at the customer again, awaiting a new payment.
            for back in db.query("SELECT quantity, place FROM sales_stock_movement"
                                 " WHERE sale_line_id = ? AND kind = 'consignment_back'",
                                 (int(line["id"]),)):
                stock.insert_movement(db, int(line["product_id"]), today, "consignment_out",
                                      -int(back["quantity"]), actor=actor, reason=why,
                                      place=back["place"], sale_line_id=int(line["id"]))
        audit.record(db, actor=actor.username, action="void", table="sales_sale",
                     record_id=sale_id, before={"voided_at": None},
                     after={"uid": sale["uid"], "day": sale["day"], "voided_at": now},
                     reason=why)


def refund_line(db: Database, line_id: int, quantity: int, amount_fen: int, reason: str, *,
                restock: bool, actor: Actor, day: date | None = None) -> int:
    """Refund ``quantity`` items of a line and ``amount_fen`` of what was paid for it, with a
    reason, on ``day`` (today); the items go back into stock when ``restock``. Returns the
    refund's id; nothing is written when refused."""
    require_sell(actor)
    stock.check_quantity(quantity)
    why = clean_reason(reason, field="reason", missing=Message(QT_TRANSLATE_NOOP(
        "Messages", "请填写退款原因，例如：顾客退货，商品有瑕疵")))
    if amount_fen <= 0:
        raise ValidationError({"amount_fen": Message(QT_TRANSLATE_NOOP(
            "Messages", "退款金额应大于0元"))})
    on = (day or db.clock.today()).isoformat()
    with db.transaction():
        left = refundable(db, line_id)
        sale = db.query_one("SELECT s.id, s.voided_at, l.product_id FROM sales_line l"
                            " JOIN sales_sale s ON s.id = l.sale_id WHERE l.id = ?",
                            (line_id,))
        assert sale is not None  # refundable() found the line
        if sale["voided_at"] is not None:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "这笔销售已作废，不能再退款")))
        if quantity > left.items_left:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "该商品卖出 {sold} 件，已退 {done} 件，最多还能退 {left} 件"),
                sold=left.sold, done=left.refunded_items, left=left.items_left))
        if amount_fen > left.fen_left:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "退款 {amount} 元超过了可退的 {left} 元（实付 {paid} 元，已退"
                            " {done} 元）：退款不能多于顾客所付"),
                amount=format_yuan(amount_fen), left=format_yuan(left.fen_left),
                paid=format_yuan(left.paid_fen), done=format_yuan(left.refunded_fen)))
        ensure_month_open(db, on)
        refund_id = int(db.execute(
            "INSERT INTO sales_refund (line_id, day, quantity, amount_fen, reason, restocked,"
            " recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (line_id, on, quantity, amount_fen, why, int(restock), actor.username,
             now_iso(db.clock))).lastrowid or 0)
        if restock:
            stock.insert_movement(db, int(sale["product_id"]), on, "refund", quantity,
                                  actor=actor, reason=why, refund_id=refund_id)
        audit.record(db, actor=actor.username, action="create", table="sales_refund",
                     record_id=refund_id, reason=why,
                     after={"line_id": line_id, "day": on, "quantity": quantity,
                            "amount_fen": amount_fen, "restocked": restock})
    return refund_id
