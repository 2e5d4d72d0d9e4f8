"""Reading for the catalogue, stock and order screens (Qt-free): people to choose as makers,
where a product is out on consignment, and the names behind movement rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.models.db import Database
from desktop.models.people import search_keys
from desktop.models.people.people_query import PeopleQuery, search_ids
from desktop.models.sales.orders import OrderHead

FOUND_MAX = 20


@dataclass(frozen=True)
class PersonChoice:
    """A person found by name or pinyin: whether a member on the register decides whether
    they can make products (the models say why not)."""

    person_id: int
    name: str
    member: bool


def find_people(db: Database, text: str, limit: int = FOUND_MAX) -> list[PersonChoice]:
    """People (not archived) found by name, pinyin or initials as the people register finds
    them, best match first; nothing for a blank text. Non-members are included, marked."""
    if not search_keys.normalise_query(text):
        return []
    ids = search_ids(db, PeopleQuery(text=text))[:limit]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {int(r["id"]): r for r in db.query(
        "SELECT p.id, p.name, coalesce(m.active, 0) AS member FROM person p"
        f" LEFT JOIN member m ON m.person_id = p.id WHERE p.id IN ({marks})", ids)}
    return [PersonChoice(i, rows[i]["name"], bool(rows[i]["member"])) for i in ids if i in rows]


def person_names(db: Database, ids: Iterable[int]) -> dict[int, str]:
    """The names of the people ``ids`` (makers of movements)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    return {int(r["id"]): str(r["name"]) for r in db.query(
        f"SELECT id, name FROM person WHERE id IN ({marks})", wanted)}


def consignment_places(db: Database, product_id: int) -> list[str]:
    """Where the product has items out on consignment now, most items first."""
    return [str(r["place"]) for r in db.query(
        "SELECT place, -sum(quantity) AS out FROM sales_stock_movement WHERE product_id = ?"
        " AND kind IN ('consignment_out', 'consignment_back') GROUP BY place"
        " HAVING out > 0 ORDER BY out DESC, place", (product_id,))]


def all_places(db: Database) -> list[str]:
    """Every place items were ever sent to on consignment (to complete a place typed)."""
    return [str(r["place"]) for r in db.query(
        "SELECT DISTINCT place FROM sales_stock_movement WHERE kind = 'consignment_out'"
        " ORDER BY place")]


@dataclass(frozen=True)
class OrderRow(OrderHead):
    """An order as the orders list shows it."""

    cancelled: bool
    cancel_reason: str
    total_fen: int
    items: tuple[tuple[str, int], ...]
    paid_on: str | None


def order_rows(db: Database, *, include_closed: bool = True) -> list[OrderRow]:
    """Orders, newest first, with their total, items (name, quantity) and the day they were paid
    (a sale of the order not voided); ``include_closed`` False leaves out orders cancelled,
    or delivered and paid with no invoice still to issue."""
    rows = db.query(
        "SELECT o.id, o.customer, o.contact, o.day, o.due_day, o.delivered_on,"
        " o.invoice_status, o.cancelled_at IS NOT NULL AS cancelled,"
        " coalesce(o.cancel_reason, '') AS cancel_reason,"
        " (SELECT coalesce(sum(l.quantity * l.unit_price_fen), 0) FROM sales_order_line l"
        "  WHERE l.order_id = o.id) AS total_fen,"
        " (SELECT min(s.day) FROM sales_sale s WHERE s.order_id = o.id"
        "  AND s.voided_at IS NULL) AS paid_on"
        " FROM sales_order o ORDER BY o.day DESC, o.id DESC")
    items: dict[int, list[tuple[str, int]]] = {}
    for line in db.query("SELECT l.order_id, p.name, l.quantity FROM sales_order_line l"
                         " JOIN sales_product p ON p.id = l.product_id ORDER BY l.id"):
        items.setdefault(int(line["order_id"]), []).append((line["name"], int(line["quantity"])))
    found = [OrderRow(int(r["id"]), r["customer"], r["contact"], r["day"], r["due_day"],
                      r["delivered_on"], r["invoice_status"], bool(r["cancelled"]),
                      r["cancel_reason"], int(r["total_fen"]),
                      tuple(items.get(int(r["id"]), ())), r["paid_on"])
             for r in rows]
    if include_closed:
        return found
    return [o for o in found if not o.cancelled
            and (o.delivered_on is None or o.paid_on is None
                 or o.invoice_status == "requested")]
