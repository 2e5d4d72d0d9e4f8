"""The centre's side of a bazaar (义卖展销): exporting a package for the laptop (Qt-free).

A package holds the catalogue (every product on sale: code, name, category, price, material
cost, and the id of its maker set — never the makers' names: nothing personal leaves the
centre), the stock taken along, the centre's code and name, a new package id, the export time
and a new secret key. The centre keeps the package (with its key) in its own database, so the
laptop's sales file, signed with that key, can be told from an altered one or another centre's.

Stock: the items taken along leave the centre's stock as a consignment to the bazaar (one
``consignment_out`` row per product, to a place named for the bazaar and its day), in the
transaction that records the package, so the books show them as out, not on the shelves, while
the bazaar lasts. The import (:mod:`.bazaar_import`) first takes back from that consignment the
items each sale sold and then records the sale (so nothing is subtracted twice), and takes the
unsold rest back into stock once.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.models.admin import audit
from desktop.models.admin.centre import centre_code, get_setting
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.sales import stock
from desktop.models.sales.bazaar_file import PACKAGE_FORMAT, VERSION, digest, write_file
from desktop.models.sales.rules import SaleRefused, require_sell
from desktop.models.text_input import clean_line

PLACE_MAX = 20
BAZAAR_KEY_PREFIX = "sales.bazaar."


@dataclass(frozen=True)
class ExportResult:
    """A package written: its id, file, place and day, products in its catalogue and the
    products and items taken along."""

    package_id: str
    path: Path
    place: str
    day: str
    catalogue: int
    products_taken: int
    items_taken: int


@dataclass(frozen=True)
class PackageRow:
    """A package the centre exported."""

    id: int
    package_id: str
    place: str
    day: str
    stock_place: str
    exported_at: str
    returned_at: str | None


def is_bazaar_database(db: Database) -> bool:
    """True for a laptop's database opened from a package (it sells; it exports nothing)."""
    return bool(get_setting(db, BAZAAR_KEY_PREFIX + "package_id"))


def current_stock(db: Database) -> dict[int, int]:
    """What a package takes along by default: every product on sale with items on hand."""
    return {row.product_id: row.on_hand for row in stock.stock_list(db) if row.on_hand > 0}


def clean_place(place: str) -> str:
    """The bazaar's place as typed; ValidationError when empty or too long."""
    where = clean_line(place)
    if not where:
        raise ValidationError({"place": Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写义卖的地点，例如：什刹海庙会"))})
    if len(where) > PLACE_MAX:
        raise ValidationError({"place": Message(QT_TRANSLATE_NOOP(
            "Messages", "义卖地点最多 {limit} 个字"), limit=PLACE_MAX)})
    return where


def _check_take(db: Database, take: Mapping[int, int]) -> dict[int, int]:
    chosen = {int(p): int(q) for p, q in take.items() if int(q) != 0}
    if not chosen:
        raise ValidationError({"take": Message(QT_TRANSLATE_NOOP(
            "Messages", "请至少选择一种带去义卖的商品及数量"))})
    for product_id, quantity in chosen.items():
        stock.check_quantity(quantity, "take")
        row = db.query_one("SELECT name, archived_at FROM sales_product WHERE id = ?",
                           (product_id,))
        if row is None or row["archived_at"] is not None:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "编号 {id} 的商品不在售，不能带去义卖"), id=product_id))
        have = stock.on_hand(db, product_id)
        if quantity > have:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "“{name}”库存只有 {have} 件，不能带走 {quantity} 件"),
                name=row["name"], have=have, quantity=quantity))
    return chosen


def export_package(db: Database, out: Path, place: str, day: date,
                   take: Mapping[int, int], *, actor: Actor) -> ExportResult:
    """Write a package for a bazaar at ``place`` on ``day`` taking ``take`` (product id →
    items) to ``out``, and record it with the items as consigned to the bazaar, in one
    transaction: when the file cannot be written nothing is recorded, and the other way
    round."""
    require_sell(actor)
    where = clean_place(place)
    if is_bazaar_database(db):
        raise SaleRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "这是义卖电脑的数据库，不能再导出义卖包：请在中心的电脑上导出")))
    code = centre_code(db)
    if not code:
        raise SaleRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "还没有填写中心编码：请管理员先在“设置 → 中心信息”中填写，再导出义卖包")))
    package_id = uuid.uuid4().hex
    key = secrets.token_hex(32)
    stock_place = f"义卖 {where}（{day.isoformat()}·{package_id[:4]}）"
    written: list[Path] = []
    try:
        result = _export(db, out, where, day, take, actor, code, package_id, key, stock_place,
                         written)
    except BaseException:
        # Only the commit can fail once the file is there: a package the centre has no record
        # of would be refused when its sales come back, so it must not be left behind.
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return result


def _export(db: Database, out: Path, where: str, day: date, take: Mapping[int, int],
            actor: Actor, code: str, package_id: str, key: str, stock_place: str,
            written: list[Path]) -> ExportResult:
    """The export's transaction (see :func:`export_package`); the file written is appended
    to ``written``."""
    with db.transaction():
        ensure_month_open(db, day.isoformat())
        chosen = _check_take(db, take)
        now = now_iso(db.clock)
        products = [dict(r) for r in db.query(
            "SELECT id, code, name, category, price_fen, material_cost_fen, maker_set_id"
            " FROM sales_product WHERE archived_at IS NULL ORDER BY id")]
        row_id = int(db.execute(
            "INSERT INTO sales_bazaar_package (package_id, place, day, stock_place, key,"
            " exported_by, exported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (package_id, where, day.isoformat(), stock_place, key, actor.username,
             now)).lastrowid or 0)
        db.executemany(
            "INSERT INTO sales_bazaar_take (package_id, product_id, quantity, price_fen)"
            " VALUES (?, ?, ?, ?)",
            [(row_id, p["id"], chosen.get(int(p["id"]), 0), p["price_fen"]) for p in products])
        for product_id, quantity in sorted(chosen.items()):
            stock.insert_movement(db, product_id, day.isoformat(), "consignment_out",
                                  -quantity, actor=actor, place=stock_place)
        audit.record(db, actor=actor.username, action="create", table="sales_bazaar_package",
                     record_id=row_id,
                     after={"package_id": package_id, "place": where, "day": day.isoformat(),
                            "take": [f"{p}×{q}" for p, q in sorted(chosen.items())]})
        body = {
            "package_id": package_id, "centre_code": code,
            "centre_name": get_setting(db, "centre.name"), "place": where,
            "day": day.isoformat(), "exported_at": now, "key": key,
            "products": products,
            "take": [{"product_id": p, "quantity": q} for p, q in sorted(chosen.items())],
        }
        # Written inside the transaction: a file that cannot be written rolls it back.
        path = write_file(out, {"format": PACKAGE_FORMAT, "version": VERSION, "body": body,
                                "digest": digest(body)})
        written.append(path)
    return ExportResult(package_id, path, where, day.isoformat(), len(products), len(chosen),
                        sum(chosen.values()))


def packages(db: Database) -> list[PackageRow]:
    """The packages exported, newest first."""
    return [PackageRow(int(r["id"]), r["package_id"], r["place"], r["day"], r["stock_place"],
                       r["exported_at"], r["returned_at"]) for r in db.query(
        "SELECT * FROM sales_bazaar_package ORDER BY exported_at DESC, id DESC")]
