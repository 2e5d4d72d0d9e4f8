"""The day end (日结): the cash the till should hold against what staff count, the difference
recorded with a word of explanation (Qt-free).

Expected cash is the day's valid cash sales taken at the centre (the counter and orders; a
bazaar's cash is counted at the bazaar) less the cash refunded that day (the change given is
already netted: a sale's total is what stayed in the till). The float kept in the drawer is
not part of it: staff count the takings. A day may be counted again (a miscount found later):
every count stays, the latest stands.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import format_yuan
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.sales.rules import CASH, PAYMENT_METHODS, REASON_MAX, require_sell
from desktop.models.text_input import clean_line


@dataclass(frozen=True)
class DayTotals:
    """A day's takings: valid sales (every channel), their total by payment method, refunds
    by method, and the cash of the sales made at the centre (not at a bazaar)."""

    day: str
    sales: int
    by_payment: dict[str, int]
    refunds_by_payment: dict[str, int]
    centre_cash_fen: int

    @property
    def expected_cash_fen(self) -> int:
        """Cash that should be in the till from the day's selling."""
        return self.centre_cash_fen - self.refunds_by_payment[CASH]


@dataclass(frozen=True)
class DayEnd:
    """A recorded day end."""

    id: int
    day: str
    expected_cash_fen: int
    counted_fen: int
    difference_fen: int
    note: str
    recorded_by: str
    created_at: str


def day_totals(db: Database, day: date) -> DayTotals:
    """The day's valid sales and refunds, by payment method (every method present, 0 if none)."""
    on = day.isoformat()
    by_payment = dict.fromkeys(PAYMENT_METHODS, 0)
    count = centre_cash = 0
    for row in db.query("SELECT payment, channel, count(*) AS n, sum(total_fen) AS fen"
                        " FROM sales_sale WHERE day = ? AND voided_at IS NULL"
                        " GROUP BY payment, channel", (on,)):
        by_payment[row["payment"]] += int(row["fen"])
        count += int(row["n"])
        if row["payment"] == CASH and row["channel"] != "bazaar":
            centre_cash += int(row["fen"])
    refunds = dict.fromkeys(PAYMENT_METHODS, 0)
    for row in db.query("SELECT s.payment, sum(r.amount_fen) AS fen FROM sales_refund r"
                        " JOIN sales_line l ON l.id = r.line_id"
                        " JOIN sales_sale s ON s.id = l.sale_id"
                        " WHERE r.day = ? GROUP BY s.payment", (on,)):
        refunds[row["payment"]] = int(row["fen"])
    return DayTotals(on, count, by_payment, refunds, centre_cash)


def expected_cash(db: Database, day: date) -> int:
    """Cash the till should hold for ``day``: cash sales less cash refunds, in fen."""
    return day_totals(db, day).expected_cash_fen


def record_day_end(db: Database, day: date, counted_fen: int, note: str = "", *,
                   actor: Actor) -> DayEnd:
    """Record the cash counted at the end of ``day`` against what is expected; a difference
    needs a note. One audited transaction; nothing written when refused."""
    require_sell(actor)
    text = clean_line(note)
    if counted_fen < 0:
        raise ValidationError({"counted_fen": Message(QT_TRANSLATE_NOOP(
            "Messages", "清点的现金不能为负数"))})
    if len(text) > REASON_MAX:
        raise ValidationError({"note": Message(QT_TRANSLATE_NOOP(
            "Messages", "说明最多 {limit} 个字"), limit=REASON_MAX)})
    on = day.isoformat()
    with db.transaction():
        ensure_month_open(db, on)
        expected = expected_cash(db, day)
        difference = counted_fen - expected
        if difference and not text:
            raise ValidationError({"note": Message(QT_TRANSLATE_NOOP(
                "Messages", "清点的现金比应有的{direction} {amount} 元：请填写说明，例如：找零"
                            "算错"),
                direction=Message(QT_TRANSLATE_NOOP("Messages", "多")) if difference > 0
                else Message(QT_TRANSLATE_NOOP("Messages", "少")),
                amount=format_yuan(abs(difference)))})
        now = now_iso(db.clock)
        day_end_id = int(db.execute(
            "INSERT INTO sales_day_end (day, expected_cash_fen, counted_fen, difference_fen,"
            " note, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (on, expected, counted_fen, difference, text, actor.username, now)).lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="sales_day_end",
                     record_id=day_end_id, reason=text or None,
                     after={"day": on, "expected_cash_fen": expected,
                            "counted_fen": counted_fen, "difference_fen": difference})
    return DayEnd(day_end_id, on, expected, counted_fen, difference, text, actor.username, now)


def day_end_of(db: Database, day: date) -> DayEnd | None:
    """The day's latest count, if it was counted."""
    row = db.query_one("SELECT * FROM sales_day_end WHERE day = ? ORDER BY id DESC LIMIT 1",
                       (day.isoformat(),))
    if row is None:
        return None
    return DayEnd(int(row["id"]), row["day"], int(row["expected_cash_fen"]),
                  int(row["counted_fen"]), int(row["difference_fen"]), row["note"],
                  row["recorded_by"], row["created_at"])
