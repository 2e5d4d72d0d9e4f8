"""Finding a sale again at the till (Qt-free): by the sale number printed on its receipt (the
first characters of its uid, any letter case), for a refund, a void or a reprint."""

from __future__ import annotations

from desktop.models.db import Database
from desktop.models.sales.sales import Sale, get_sale
from desktop.models.text_input import compact

MIN_NUMBER = 4
MOST_FOUND = 20


def sales_by_number(db: Database, number: str) -> list[Sale]:
    """Sales whose uid starts with ``number`` (at least four characters), newest first; at
    most twenty."""
    text = compact(number).lower()
    if len(text) < MIN_NUMBER:
        return []
    pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [get_sale(db, int(row[0])) for row in db.query(
        "SELECT id FROM sales_sale WHERE lower(uid) LIKE ? ESCAPE '\\'"
        " ORDER BY day DESC, time DESC, id DESC LIMIT ?", (pattern, MOST_FOUND))]

