"""The day end (日结): the cash the till should hold against what staff count, the difference
recorded with a word of explanation (Qt-free).

The till's drawer holds the counter's money only: expected cash is the day's valid cash sales
at the counter less the cash refunded that day on counter sales (the change given is already
netted: a sale's total is what stayed in the till). A bazaar's money comes in through the
bazaar's settlement and an order's through its payment: both are shown beside the counter's,
by channel, never in the drawer. The float kept in the drawer is not part of it: staff count
the takings. A day may be counted again (a miscount found later): every count stays, the
latest stands; a count made before later sales or refunds changed the expected cash says so.
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
from desktop.models.sales.rules import (
    CASH,
    CHANNELS,
    PAYMENT_METHODS,
    REASON_MAX,
    require_sell,
)
from desktop.models.text_input import clean_line

COUNTER, BAZAAR, ORDER = CHANNELS


@dataclass(frozen=True)
class DayTotals:
    """A day's takings by channel (counter, bazaar, order) and payment method: the valid
    sales dated that day, the refunds dated that day (by the channel and method of the sale
    refunded), and how many valid sales there were in each channel."""

    day: str
    counts: dict[str, int]
    sales_by_channel: dict[str, dict[str, int]]
    refunds_by_channel: dict[str, dict[str, int]]

    @property
    def sales(self) -> int:
        """Valid sales that day, every channel."""
        return sum(self.counts.values())

    @property
    def by_payment(self) -> dict[str, int]:
        """Sales by payment method, every channel."""
        return {m: sum(c[m] for c in self.sales_by_channel.values()) for m in PAYMENT_METHODS}

    @property
    def refunds_by_payment(self) -> dict[str, int]:
        """Refunds by payment method, every channel."""
        return {m: sum(c[m] for c in self.refunds_by_channel.values())
                for m in PAYMENT_METHODS}

    def net_fen(self, channel: str, method: str | None = None) -> int:
        """A channel's sales less its refunds, for one payment method or all of them."""
        methods = PAYMENT_METHODS if method is None else (method,)
        return sum(self.sales_by_channel[channel][m] - self.refunds_by_channel[channel][m]
                   for m in methods)

    @property
    def expected_cash_fen(self) -> int:
        """Cash that should be in the till's drawer: the counter's cash sales less the cash
        refunded on counter sales."""
        return self.net_fen(COUNTER, CASH)


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
    """The day's valid sales and refunds by channel and payment method (every channel and
    method present, 0 if none)."""
    on = day.isoformat()
    counts = dict.fromkeys(CHANNELS, 0)
    sold = {channel: dict.fromkeys(PAYMENT_METHODS, 0) for channel in CHANNELS}
    for row in db.query("SELECT payment, channel, count(*) AS n, sum(total_fen) AS fen"
                        " FROM sales_sale WHERE day = ? AND voided_at IS NULL"
                        " GROUP BY payment, channel", (on,)):
        sold[row["channel"]][row["payment"]] += int(row["fen"])
        counts[row["channel"]] += int(row["n"])
    refunded = {channel: dict.fromkeys(PAYMENT_METHODS, 0) for channel in CHANNELS}
    for row in db.query("SELECT s.channel, s.payment, sum(r.amount_fen) AS fen"
                        " FROM sales_refund r JOIN sales_line l ON l.id = r.line_id"
                        " JOIN sales_sale s ON s.id = l.sale_id"
                        " WHERE r.day = ? GROUP BY s.channel, s.payment", (on,)):
        refunded[row["channel"]][row["payment"]] += int(row["fen"])
    return DayTotals(on, counts, sold, refunded)


def expected_cash(db: Database, day: date) -> int:
    """Cash the till's drawer should hold for ``day``: the counter's cash sales less the cash
    refunded on counter sales, in fen."""
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
