"""The laptop's side of a bazaar (义卖展销): opening a package into its own database and
writing the sales back as a signed file (Qt-free).

The laptop keeps a normal Warm Home database (its own file, with the normal durability and
backups), marked as a bazaar database by settings holding the package id, the centre's code and
the key: nothing typed at the bazaar is ever lost. Opening copies the package's catalogue in
with the centre's product and maker-set ids (so each sale line names the same product and
makers' set at the centre; the makers themselves stay at the centre) and records the stock
taken along as a stock-take, so the till sells from it as from any stock. The centre's name and
code are copied too: backups are named with the centre code.

The return file carries every sale made on the laptop (uid, day, time, payment, cash, lines,
voids and refunds made at the bazaar), the package id and the centre code, signed with the
package's key (:mod:`.bazaar_file`). It can be written as often as wanted: the centre imports
each sale once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.centre import get_setting, set_setting
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people import search_keys
from desktop.models.sales import stock
from desktop.models.sales.bazaar_file import (
    PACKAGE_FORMAT,
    RETURN_FORMAT,
    VERSION,
    BazaarFileError,
    digest,
    read_file,
    sign,
    write_file,
)
from desktop.models.sales.bazaar_package import BAZAAR_KEY_PREFIX, is_bazaar_database
from desktop.models.sales.rules import SaleRefused, require_sell

_IDENTITY = ("package_id", "centre_code", "centre_name", "place", "day", "key")


@dataclass(frozen=True)
class BazaarIdentity:
    """What marks a laptop's database: the package it was opened from."""

    package_id: str
    centre_code: str
    centre_name: str
    place: str
    day: str
    key: str


@dataclass(frozen=True)
class ReturnResult:
    """A sales file written on the laptop."""

    path: Path
    package_id: str
    sales: int
    voided: int


def identity(db: Database) -> BazaarIdentity | None:
    """The package this laptop database was opened from, or None for a centre's database."""
    if not is_bazaar_database(db):
        return None
    values = {name: get_setting(db, BAZAAR_KEY_PREFIX + name) for name in _IDENTITY}
    return BazaarIdentity(**values)


def _package_body(path: Path) -> dict[str, Any]:
    document, _ = read_file(path, PACKAGE_FORMAT)
    body = document["body"]
    if document.get("digest") != digest(body):
        raise BazaarFileError(Message(QT_TRANSLATE_NOOP(
            "Messages", "义卖包 {path} 已损坏或被修改过，不能打开：请从中心重新导出"),
            path=path))
    return body


def open_package(db: Database, path: Path, *, actor: Actor) -> BazaarIdentity:
    """Fill this (new) database from the package at ``path``: the catalogue, the stock taken
    along, the centre and the package's identity, in one audited transaction. Refused on a
    database that already holds products (a centre's, or a laptop's already opened)."""
    require_sell(actor)
    body = _package_body(Path(path))
    with db.transaction():
        opened = identity(db)
        if opened is not None:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "这个数据库已经打开了{day}在{place}的义卖包，不能再打开另一个："
                            "请为新的义卖新建一个数据库文件"),
                day=opened.day, place=opened.place))
        if db.scalar("SELECT 1 FROM sales_product LIMIT 1") is not None:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "这个数据库里已有商品（可能是中心的数据库），不能打开义卖包："
                            "请为义卖电脑新建一个数据库文件")))
        code = get_setting(db, "centre.code")
        if code and code.strip().upper() != str(body["centre_code"]).upper():
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "本机的中心编码是 {ours}，义卖包来自中心 {theirs}："
                            "请在“设置 → 中心信息”中把中心编码改为 {theirs} 后再打开"),
                ours=code, theirs=body["centre_code"]))
        now = now_iso(db.clock)
        _copy_catalogue(db, body["products"], actor.username, now)
        if not code:
            set_setting(db, "centre.code", str(body["centre_code"]))
            set_setting(db, "centre.name", str(body.get("centre_name") or body["centre_code"]))
        for name in _IDENTITY:
            set_setting(db, BAZAAR_KEY_PREFIX + name, str(body.get(name) or ""))
        audit.record(db, actor=actor.username, action="create", table="setting",
                     record_id=None,
                     after={BAZAAR_KEY_PREFIX + "package_id": body["package_id"],
                            BAZAAR_KEY_PREFIX + "centre_code": body["centre_code"],
                            BAZAAR_KEY_PREFIX + "place": body["place"],
                            BAZAAR_KEY_PREFIX + "day": body["day"],
                            BAZAAR_KEY_PREFIX + "products": len(body["products"])})
        counts = {int(t["product_id"]): int(t["quantity"]) for t in body["take"]}
        if counts:
            reason = str(Message(QT_TRANSLATE_NOOP("Messages", "义卖带出的商品（{place}）"),
                                 place=body["place"]))
            stock.stock_take(db, counts, reason, date.fromisoformat(body["day"]), actor=actor)
        result = identity(db)
    assert result is not None
    return result


def _copy_catalogue(db: Database, products: list[dict[str, Any]], by: str, now: str) -> None:
    for p in products:
        initials, full = search_keys.pinyin_keys(p["name"])
        keys = [str(p["name"]).lower(), str(p["code"]).lower(), *initials[:1], *full[:1]]
        db.execute(
            "INSERT INTO sales_product (id, code, name, category, price_fen, material_cost_fen,"
            " search_text, created_by, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (int(p["id"]), p["code"], p["name"], p["category"], int(p["price_fen"]),
             int(p["material_cost_fen"]), search_keys.pack(keys, [*initials[1:], *full[1:]]),
             by, now, now))
        db.execute("INSERT INTO sales_maker_set (id, product_id, created_by, created_at)"
                   " VALUES (?, ?, ?, ?)", (int(p["maker_set_id"]), int(p["id"]), by, now))
        db.execute("UPDATE sales_product SET maker_set_id = ? WHERE id = ?",
                   (int(p["maker_set_id"]), int(p["id"])))


def return_body(db: Database, who: BazaarIdentity) -> dict[str, Any]:
    """What the sales file carries: the package, the centre and every sale made here."""
    refunds: dict[int, list[dict[str, Any]]] = {}
    for r in db.query("SELECT line_id, day, quantity, amount_fen, reason, restocked,"
                      " recorded_by FROM sales_refund ORDER BY id"):
        refunds.setdefault(int(r["line_id"]), []).append({
            "day": r["day"], "quantity": int(r["quantity"]), "amount_fen": int(r["amount_fen"]),
            "reason": r["reason"], "restocked": bool(r["restocked"]),
            "recorded_by": r["recorded_by"]})
    lines: dict[int, list[dict[str, Any]]] = {}
    for r in db.query("SELECT l.*, p.code FROM sales_line l JOIN sales_product p"
                      " ON p.id = l.product_id ORDER BY l.id"):
        lines.setdefault(int(r["sale_id"]), []).append({
            "product_id": int(r["product_id"]), "code": r["code"],
            "maker_set_id": int(r["maker_set_id"]), "quantity": int(r["quantity"]),
            "unit_price_fen": int(r["unit_price_fen"]), "discount_fen": int(r["discount_fen"]),
            "discount_reason": r["discount_reason"], "short_reason": r["short_reason"],
            "refunds": refunds.get(int(r["id"]), [])})
    sales = []
    for s in db.query("SELECT * FROM sales_sale ORDER BY day, time, id"):
        voided = None if s["voided_at"] is None else {
            "at": s["voided_at"], "reason": s["void_reason"], "by": s["voided_by"]}
        sales.append({
            "uid": s["uid"], "day": s["day"], "time": s["time"], "payment": s["payment"],
            "total_fen": int(s["total_fen"]), "cash_given_fen": s["cash_given_fen"],
            "change_fen": s["change_fen"], "recorded_by": s["recorded_by"],
            "voided": voided, "lines": lines.get(int(s["id"]), [])})
    return {"package_id": who.package_id, "centre_code": who.centre_code,
            "exported_at": now_iso(db.clock), "sales": sales}


def write_return(db: Database, out: Path, *, actor: Actor) -> ReturnResult:
    """Write every sale made on this laptop to ``out`` as a signed sales file."""
    require_sell(actor)
    who = identity(db)
    if who is None:
        raise SaleRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "这不是义卖电脑的数据库（没有打开过义卖包），没有义卖销售可以导出")))
    body = return_body(db, who)
    path = write_file(out, {"format": RETURN_FORMAT, "version": VERSION, "body": body,
                            "hmac": sign(who.key, body)})
    voided = sum(1 for s in body["sales"] if s["voided"])
    return ReturnResult(path, who.package_id, len(body["sales"]), voided)
