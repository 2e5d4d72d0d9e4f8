"""The sale being rung up at the till: its lines before they are recorded (plain Python).

Scanning a product already in the cart adds one to its line instead of a second line, so a
customer's three key rings are one line of 3. The cart keeps one sale id (uid) from its first
line until it is recorded or cleared: however often 结账 is pressed, the sale can be recorded
only once (the models refuse a uid recorded before).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from desktop.models.sales import stock
from desktop.models.sales.catalogue import Product
from desktop.models.sales.sales import LineInput, new_uid
from desktop.models.text_input import compact

# An amount of 元 as the change display reads it while it is typed (parse_yuan checks it).
_AMOUNT = re.compile(r"[0-9]{1,9}(\.[0-9]{1,2})?")


@dataclass(frozen=True)
class CartLine:
    """A line on the screen."""

    product_id: int
    code: str
    name: str
    price_fen: int
    quantity: int = 1
    discount_fen: int = 0
    discount_reason: str = ""

    @property
    def amount_fen(self) -> int:
        """The line's total after its discount."""
        return self.quantity * self.price_fen - self.discount_fen

    def as_input(self) -> LineInput:
        """The line as the models take it."""
        return LineInput(self.product_id, self.quantity, self.discount_fen,
                         self.discount_reason if self.discount_fen else "")


def typed_fen(text: str) -> int | None:
    """An amount typed in 元 as fen, or None when it is not one."""
    value = compact(text).replace(",", "").lstrip("¥￥")
    if not _AMOUNT.fullmatch(value):
        return None
    whole, _, cents = value.partition(".")
    return int(whole) * 100 + int(cents.ljust(2, "0"))


def with_quantity(line: CartLine, text: str) -> CartLine:
    """The line with the quantity typed (1–10,000); unchanged when the text is not one. A
    discount larger than the new amount is dropped (it would be refused at 结账)."""
    try:
        quantity = int(text.strip())
    except ValueError:
        return line
    if not 1 <= quantity <= stock.MAX_QUANTITY:
        return line
    changed = replace(line, quantity=quantity)
    if changed.discount_fen > quantity * line.price_fen:
        changed = replace(changed, discount_fen=0, discount_reason="")
    return changed


class Cart:
    """The lines of the sale being rung up, and its uid."""

    def __init__(self) -> None:
        self.lines: list[CartLine] = []
        self.uid = new_uid()

    def add(self, product: Product) -> int:
        """One more of ``product``: its line's quantity goes up, or a new line is added at the
        end. Returns the line's position."""
        for n, line in enumerate(self.lines):
            if line.product_id == product.id:
                self.lines[n] = with_quantity(line, str(line.quantity + 1))
                return n
        self.lines.append(CartLine(product.id, product.code, product.name, product.price_fen))
        return len(self.lines) - 1

    @property
    def total_fen(self) -> int:
        """What the customer pays."""
        return sum(line.amount_fen for line in self.lines)

    def clear(self) -> None:
        """Empty the cart for the next customer, with a new uid."""
        self.lines = []
        self.uid = new_uid()
