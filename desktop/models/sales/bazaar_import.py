"""The centre imports a bazaar laptop's sales file, and staff settle what it found (Qt-free).

The file is refused, and nothing written, when it is truncated or damaged, from another
centre, for a package this centre never exported, or altered after the laptop wrote it (its
HMAC does not match the package's key). Otherwise every sale in it is added exactly once
(a sale whose uid is already recorded is counted as skipped, however often the file comes
back), all in ONE transaction: an import that is killed midway leaves nothing behind.

Stock (see :mod:`.bazaar_package`): the items each sale line sold are first taken back from the
bazaar's consignment, then sold, so the centre's stock is subtracted once. Items sold beyond
what was taken along are a *shortfall*; a line sold at a price other than the package's, or a
product whose price changed at the centre since the export, is a *price* difference: both
are kept as issues for staff to settle with a note. The first import of a package also takes
the unsold rest back into stock (the laptop's file is written when the bazaar is over); voids
and refunds made at the bazaar come with their sales and their own stock movements.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.centre import centre_code
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message, MessageList
from desktop.models.money import format_yuan
from desktop.models.reporting.month_close import MonthClosedError, ensure_month_open, is_closed
from desktop.models.sales import stock
from desktop.models.sales.bazaar_file import RETURN_FORMAT, BazaarFileError, read_file, sign
from desktop.models.sales.bazaar_package import is_bazaar_database
from desktop.models.sales.rules import (
    CASH,
    PAYMENT_METHODS,
    REASON_MAX,
    SaleRefused,
    clean_reason,
    require_sell,
)
from desktop.models.sales.sales import UID_LENGTH
from desktop.models.text_input import clean_line

SHORT_REASON = "义卖时超出带出的数量"
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]")
_CHUNK = 500
SHOWN_BLOCKED = 5
"""Sales named when a closed month stops a file; the rest are counted."""


@dataclass(frozen=True)
class Issue:
    """Something an import found for staff to settle."""

    id: int
    import_id: int
    place: str
    bazaar_day: str
    sale_uid: str
    sale_day: str
    product_id: int
    product: str
    kind: str
    quantity: int
    bazaar_price_fen: int
    centre_price_fen: int
    settled_at: str | None
    settled_by: str | None
    settle_note: str | None


@dataclass(frozen=True)
class ImportReport:
    """What one import did."""

    import_id: int
    package_id: str
    place: str
    day: str
    added: int
    skipped: int
    returned_items: int
    # Sales imported before that were voided or refunded on the laptop afterwards.
    updated: int
    issues: tuple[Issue, ...]


@dataclass
class _Product:
    name: str
    price_fen: int
    material_cost_fen: int
    maker_sets: set[int]
    package_price_fen: int | None
    out: int
    code: str


def _refuse(path: Path, message: str) -> BazaarFileError:
    return BazaarFileError(Message(QT_TRANSLATE_NOOP(
        "Messages", "文件 {path} 没有导入：{why}"), path=path, why=message))


def _verified(db: Database, path: Path) -> tuple[dict[str, Any], Any, str]:
    """The file's body, its package row and the file's SHA-256, or BazaarFileError."""
    document, data = read_file(path, RETURN_FORMAT)
    body = document["body"]
    ours = centre_code(db)
    theirs = str(body.get("centre_code") or "")
    if theirs.upper() != ours:
        raise _refuse(path, Message(QT_TRANSLATE_NOOP(
            "Messages", "它来自中心 {theirs}，不是本中心（{ours}）的义卖销售"),
            theirs=theirs or "?", ours=ours or "?"))
    package = db.query_one("SELECT * FROM sales_bazaar_package WHERE package_id = ?",
                           (str(body.get("package_id") or ""),))
    if package is None:
        raise _refuse(path, Message(QT_TRANSLATE_NOOP(
            "Messages", "本中心没有导出过它的义卖包（{package}），它可能来自其他中心"),
            package=str(body.get("package_id") or "?")))
    if not hmac.compare_digest(str(document.get("hmac") or ""), sign(package["key"], body)):
        raise _refuse(path, Message(QT_TRANSLATE_NOOP(
            "Messages", "文件在义卖电脑导出后被修改过（校验不符）：请从义卖电脑重新导出")))
    if not isinstance(body.get("sales"), list):
        raise _refuse(path, Message(QT_TRANSLATE_NOOP("Messages", "文件内容不完整")))
    return body, package, hashlib.sha256(data).hexdigest()


def _products(db: Database, package_row_id: int, stock_place: str) -> dict[int, _Product]:
    sets: dict[int, set[int]] = {}
    for r in db.query("SELECT id, product_id FROM sales_maker_set"):
        sets.setdefault(int(r["product_id"]), set()).add(int(r["id"]))
    taken = {int(r["product_id"]): int(r["price_fen"]) for r in db.query(
        "SELECT product_id, price_fen FROM sales_bazaar_take WHERE package_id = ?",
        (package_row_id,))}
    out = {int(r["product_id"]): -int(r["q"]) for r in db.query(
        "SELECT product_id, sum(quantity) AS q FROM sales_stock_movement WHERE place = ?"
        " AND kind IN ('consignment_out', 'consignment_back') GROUP BY product_id",
        (stock_place,))}
    return {int(r["id"]): _Product(r["name"], int(r["price_fen"]),
                                   int(r["material_cost_fen"]), sets.get(int(r["id"]), set()),
                                   taken.get(int(r["id"])), out.get(int(r["id"]), 0), r["code"])
            for r in db.query("SELECT id, code, name, price_fen, material_cost_fen"
                              " FROM sales_product")}


def _present(db: Database, uids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(uids), _CHUNK):
        chunk = uids[start:start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        found.update(str(r[0]) for r in db.query(
            f"SELECT uid FROM sales_sale WHERE uid IN ({marks})", chunk))
    return found


def _bad(path: Path, uid: str) -> BazaarFileError:
    return _refuse(path, Message(QT_TRANSLATE_NOOP(
        "Messages", "销售单 {uid} 的内容不正确"), uid=uid or "?"))


def _check_sale(path: Path, sale: Any, products: dict[int, _Product],
                by_code: dict[str, int]) -> None:
    """BazaarFileError unless the signed sale is one the centre can store. Each line's
    product is found by its code (the laptop's ids are the centre's for the products of the
    package; the code is what both sides agree on) and its ``product_id`` set to the
    centre's."""
    try:
        for line in sale["lines"]:
            if str(line["code"]) not in by_code:
                raise _refuse(path, Message(QT_TRANSLATE_NOOP(
                    "Messages", "销售单 {uid} 中编码为 {code} 的商品不在本中心的商品目录里："
                                "请先在商品目录中添加这个编码的商品，再导入"),
                    uid=sale["uid"], code=line["code"]))
            line["product_id"] = by_code[str(line["code"])]
        uid = str(sale["uid"])
        date.fromisoformat(sale["day"])
        ok = (UID_LENGTH[0] <= len(uid) <= UID_LENGTH[1] and sale["payment"] in PAYMENT_METHODS
              and isinstance(sale["lines"], list) and bool(sale["lines"])
              and _TIME.fullmatch(str(sale["time"])) is not None)
        total = 0
        for line in sale["lines"]:
            product = products.get(int(line["product_id"]))
            quantity, price = int(line["quantity"]), int(line["unit_price_fen"])
            discount = int(line["discount_fen"])
            ok = ok and product is not None and 1 <= quantity <= stock.MAX_QUANTITY
            ok = ok and price > 0 and 0 <= discount <= quantity * price
            ok = ok and (discount == 0 or bool(clean_line(line["discount_reason"])))
            total += quantity * price - discount
            for refund in line["refunds"]:
                date.fromisoformat(refund["day"])
                ok = ok and int(refund["quantity"]) > 0 and int(refund["amount_fen"]) > 0
                ok = ok and bool(clean_line(refund["reason"]))
        ok = ok and int(sale["total_fen"]) == total
        given = sale["cash_given_fen"]
        ok = ok and (sale["payment"] == CASH) == (given is not None)
        ok = ok and (given is None or (int(given) >= total
                                       and int(sale["change_fen"]) == int(given) - total))
        if sale["voided"] is not None:
            ok = ok and bool(clean_line(sale["voided"]["reason"]))
            date.fromisoformat(str(sale["voided"]["at"])[:10])
    except (KeyError, TypeError, ValueError) as exc:
        raise _bad(path, str(sale.get("uid", "")) if isinstance(sale, dict) else "") from exc
    if not ok:
        raise _bad(path, uid)


def import_return(db: Database, path: Path, *, actor: Actor) -> ImportReport:
    """Import the laptop's sales file at ``path`` (see the module docstring); the report
    says what was added, skipped as already imported, and needs settling."""
    require_sell(actor)
    source = Path(path)
    if is_bazaar_database(db):
        raise SaleRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "这是义卖电脑的数据库：义卖销售文件要在中心的电脑上导入")))
    try:
        return _import(db, source, actor)
    except MonthClosedError as exc:
        raise _refuse(source, exc.message) from exc


def _import(db: Database, source: Path, actor: Actor) -> ImportReport:
    """The import itself, in one transaction (see :func:`import_return`)."""
    with db.transaction():
        body, package, sha = _verified(db, source)
        package_row = int(package["id"])
        stock_place = str(package["stock_place"])
        products = _products(db, package_row, stock_place)
        sales = body["sales"]
        by_code = {p.code: product_id for product_id, p in products.items()}
        for sale in sales:
            _check_sale(source, sale, products, by_code)
        present = _present(db, [str(s["uid"]) for s in sales])
        _refuse_closed_months(db, source, sales, present)
        now = now_iso(db.clock)
        import_id = int(db.execute(
            "INSERT INTO sales_bazaar_import (package_id, file_name, file_sha256, added,"
            " skipped, issues, imported_by, imported_at) VALUES (?, ?, ?, 0, 0, 0, ?, ?)",
            (package_row, source.name, sha, actor.username, now)).lastrowid or 0)
        open_months: set[str] = set()
        added = skipped = issues = updated = 0
        seen: set[str] = set()
        for sale in sales:
            uid = str(sale["uid"])
            if uid in present or uid in seen:
                skipped += 1
                if uid in present and _catch_up(db, sale, open_months, actor, now):
                    updated += 1
                seen.add(uid)
                continue
            seen.add(uid)
            issues += _add_sale(db, sale, products, import_id, stock_place, open_months,
                                actor, now)
            added += 1
        returned = 0
        if package["returned_at"] is None:
            returned = _return_unsold(db, products, stock_place, actor, open_months)
            db.execute("UPDATE sales_bazaar_package SET returned_at = ? WHERE id = ?",
                       (now, package_row))
        db.execute("UPDATE sales_bazaar_import SET added = ?, skipped = ?, issues = ?"
                   " WHERE id = ?", (added, skipped, issues, import_id))
        audit.record(db, actor=actor.username, action="create", table="sales_bazaar_import",
                     record_id=import_id,
                     after={"file": source.name, "package_id": package["package_id"],
                            "added": added, "skipped": skipped, "issues": issues,
                            "returned_items": returned, "updated": updated})
    return ImportReport(import_id, str(package["package_id"]), str(package["place"]),
                        str(package["day"]), added, skipped, returned, updated,
                        tuple(list_issues(db, import_id=import_id)))


def _months_written(db: Database, sale: dict[str, Any], present: set[str]) -> set[str]:
    """The months importing ``sale`` would write in: a new sale's day, its void's and its
    refunds'; for a sale imported before, its void's when it is new."""
    voided = sale["voided"]
    if str(sale["uid"]) not in present:
        days = [str(sale["day"])] + [str(r["day"]) for line in sale["lines"]
                                     for r in line["refunds"]]
        if voided is not None:
            days.append(str(voided["at"])[:10])
        return {day[:7] for day in days}
    if voided is not None and db.scalar(
            "SELECT count(*) FROM sales_sale WHERE uid = ? AND channel = 'bazaar'"
            " AND voided_at IS NULL", (str(sale["uid"]),)):
        return {str(voided["at"])[:7]}
    return set()


def _refuse_closed_months(db: Database, path: Path, sales: list[dict[str, Any]],
                          present: set[str]) -> None:
    """BazaarFileError naming the sales dated in closed months, if there are any: the file
    is refused whole (an import writes everything or nothing), so staff must know which
    sales stopped it and what to do."""
    closed: dict[str, bool] = {}
    blocked: list[dict[str, Any]] = []
    months: set[str] = set()
    for sale in sales:
        hit = {m for m in _months_written(db, sale, present)
               if closed.setdefault(m, is_closed(db, m))}
        if hit:
            blocked.append(sale)
            months |= hit
    if not blocked:
        return
    shown = MessageList(Message(QT_TRANSLATE_NOOP(
        "Messages", "{day} {time} 单号 {number} {amount} 元"),
        day=sale["day"], time=str(sale["time"])[:5], number=str(sale["uid"])[:8].upper(),
        amount=format_yuan(int(sale["total_fen"]))) for sale in blocked[:SHOWN_BLOCKED])
    more = Message(QT_TRANSLATE_NOOP("Messages", "，等共 {n} 笔"), n=len(blocked)) \
        if len(blocked) > SHOWN_BLOCKED else ""
    raise _refuse(path, Message(QT_TRANSLATE_NOOP(
        "Messages", "{months} 已报送关账，文件里有 {n} 笔销售记在这些月份：{sales}{more}。整个"
                    "文件都没有导入（其他销售也没有）：请管理员重新开账 {months} 后再导入；不能"
                    "重新开账的，请联系区残联处理"),
        months="、".join(sorted(months)), n=len(blocked), sales=shown, more=more))


def _catch_up(db: Database, sale: dict[str, Any], open_months: set[str], actor: Actor,
              now: str) -> bool:
    """For a sale imported before: add the refunds and the void made on the laptop since
    (the lines are in the order they were imported in). True when anything was added."""
    row = db.query_one("SELECT id, voided_at, channel FROM sales_sale WHERE uid = ?",
                       (sale["uid"],))
    if row is None or row["channel"] != "bazaar":
        return False
    lines = [(int(r["id"]), int(r["product_id"]), int(r["quantity"]), int(r["done"]))
             for r in db.query(
                 "SELECT l.id, l.product_id, l.quantity, (SELECT count(*) FROM sales_refund r"
                 " WHERE r.line_id = l.id) AS done FROM sales_line l WHERE l.sale_id = ?"
                 " ORDER BY l.id", (int(row["id"]),))]
    changed = False
    for (line_id, product_id, _quantity, done), line in zip(lines, sale["lines"], strict=False):
        for refund in line["refunds"][done:]:
            _add_refund(db, line_id, product_id, refund, open_months, actor, now)
            changed = True
    voided = sale["voided"]
    if voided is not None and row["voided_at"] is None:
        void_day = str(voided["at"])[:10]
        _month_open(db, void_day, open_months)
        db.execute("UPDATE sales_sale SET voided_at = ?, void_reason = ?, voided_by = ?"
                   " WHERE id = ?", (str(voided["at"]), clean_line(voided["reason"])[:REASON_MAX],
                                     str(voided["by"])[:40], int(row["id"])))
        for line_id, product_id, quantity, _done in lines:
            stock.insert_movement(db, product_id, void_day, "void", quantity, actor=actor,
                                  reason=clean_line(voided["reason"])[:REASON_MAX],
                                  sale_line_id=line_id)
        changed = True
    return changed


def _add_refund(db: Database, line_id: int, product_id: int, refund: dict[str, Any],
                open_months: set[str], actor: Actor, now: str) -> None:
    _month_open(db, str(refund["day"]), open_months)
    reason = clean_line(refund["reason"])[:REASON_MAX]
    refund_id = int(db.execute(
        "INSERT INTO sales_refund (line_id, day, quantity, amount_fen, reason, restocked,"
        " recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (line_id, refund["day"], int(refund["quantity"]), int(refund["amount_fen"]), reason,
         int(bool(refund["restocked"])), str(refund["recorded_by"])[:40], now)).lastrowid or 0)
    if refund["restocked"]:
        stock.insert_movement(db, product_id, str(refund["day"]), "refund",
                              int(refund["quantity"]), actor=actor, reason=reason,
                              refund_id=refund_id)


def _month_open(db: Database, day: str, open_months: set[str]) -> None:
    if day[:7] not in open_months:
        ensure_month_open(db, day)
        open_months.add(day[:7])


def _add_sale(db: Database, sale: dict[str, Any], products: dict[int, _Product],
              import_id: int, stock_place: str, open_months: set[str], actor: Actor,
              now: str) -> int:
    """Store one sale of the file with its lines, stock, refunds and void; returns the
    number of issues it raised."""
    day = str(sale["day"])
    _month_open(db, day, open_months)
    voided = sale["voided"]
    void_day = None if voided is None else str(voided["at"])[:10]
    if void_day is not None:
        _month_open(db, void_day, open_months)
    sale_id = int(db.execute(
        "INSERT INTO sales_sale (uid, day, time, channel, payment, total_fen, cash_given_fen,"
        " change_fen, recorded_by, created_at, voided_at, void_reason, voided_by)"
        " VALUES (?, ?, ?, 'bazaar', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sale["uid"], day, sale["time"], sale["payment"], int(sale["total_fen"]),
         sale["cash_given_fen"], sale["change_fen"], str(sale["recorded_by"])[:40], now,
         None if voided is None else str(voided["at"]),
         None if voided is None else clean_line(voided["reason"])[:REASON_MAX],
         None if voided is None else str(voided["by"])[:40])).lastrowid or 0)
    raised = 0
    for line in sale["lines"]:
        product_id, quantity = int(line["product_id"]), int(line["quantity"])
        product = products[product_id]
        price = int(line["unit_price_fen"])
        back = min(quantity, max(product.out, 0))
        product.out -= back
        short = quantity - back
        maker_set = int(line["maker_set_id"])
        if maker_set not in product.maker_sets:
            maker_set = max(product.maker_sets)
        discount = int(line["discount_fen"])
        line_id = int(db.execute(
            "INSERT INTO sales_line (sale_id, product_id, maker_set_id, quantity,"
            " unit_price_fen, discount_fen, discount_reason, unit_material_cost_fen,"
            " short_quantity, short_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (sale_id, product_id, maker_set, quantity, price, discount,
             clean_line(line["discount_reason"])[:REASON_MAX] if discount else "",
             product.material_cost_fen, short, SHORT_REASON if short else "")).lastrowid or 0)
        if back:
            stock.insert_movement(db, product_id, day, "consignment_back", back, actor=actor,
                                  place=stock_place)
        stock.insert_movement(db, product_id, day, "sale", -quantity, actor=actor,
                              sale_line_id=line_id)
        # A sale voided on the laptop sold nothing: nothing about it to settle.
        if short and voided is None:
            raised += _issue(db, import_id, sale["uid"], product_id, "shortfall", short,
                             price, product.price_fen)
        package_price = product.package_price_fen or product.price_fen
        if voided is None and (price != package_price or product.price_fen != package_price):
            raised += _issue(db, import_id, sale["uid"], product_id, "price", quantity,
                             price, product.price_fen)
        for refund in line["refunds"]:
            _add_refund(db, line_id, product_id, refund, open_months, actor, now)
        if void_day is not None:
            stock.insert_movement(db, product_id, void_day, "void", quantity, actor=actor,
                                  reason=clean_line(voided["reason"])[:REASON_MAX],
                                  sale_line_id=line_id)
    return raised


def _issue(db: Database, import_id: int, uid: str, product_id: int, kind: str, quantity: int,
           bazaar_price: int, centre_price: int) -> int:
    db.execute("INSERT INTO sales_bazaar_issue (import_id, sale_uid, product_id, kind,"
               " quantity, bazaar_price_fen, centre_price_fen) VALUES (?, ?, ?, ?, ?, ?, ?)",
               (import_id, uid, product_id, kind, quantity, bazaar_price, centre_price))
    return 1


def _return_unsold(db: Database, products: dict[int, _Product], stock_place: str,
                   actor: Actor, open_months: set[str]) -> int:
    """Take what is still out at the bazaar back into stock today; the number of items."""
    today = db.clock.today().isoformat()
    returned = 0
    for product_id, product in sorted(products.items()):
        if product.out > 0:
            _month_open(db, today, open_months)
            stock.insert_movement(db, product_id, today, "consignment_back", product.out,
                                  actor=actor, place=stock_place)
            returned += product.out
            product.out = 0
    return returned


_ISSUE_SQL = (
    "SELECT i.*, p.name AS product, k.place, k.day AS bazaar_day,"
    " coalesce(s.day, '') AS sale_day FROM sales_bazaar_issue i"
    " JOIN sales_product p ON p.id = i.product_id"
    " JOIN sales_bazaar_import m ON m.id = i.import_id"
    " JOIN sales_bazaar_package k ON k.id = m.package_id"
    " LEFT JOIN sales_sale s ON s.uid = i.sale_uid")


def _as_issue(r: Any) -> Issue:
    return Issue(int(r["id"]), int(r["import_id"]), r["place"], r["bazaar_day"], r["sale_uid"],
                 r["sale_day"], int(r["product_id"]), r["product"], r["kind"],
                 int(r["quantity"]), int(r["bazaar_price_fen"]), int(r["centre_price_fen"]),
                 r["settled_at"], r["settled_by"], r["settle_note"])


def list_issues(db: Database, *, import_id: int | None = None,
                include_settled: bool = False) -> list[Issue]:
    """Issues of one import (all of them), or every issue still to settle (and the settled
    ones when asked), oldest first. An unsettled issue of a sale voided since (on the laptop,
    after the import that found it) is no issue: the sale sold nothing."""
    live = " AND (s.voided_at IS NULL OR i.settled_at IS NOT NULL)"
    if import_id is not None:
        rows = db.query(_ISSUE_SQL + " WHERE i.import_id = ?" + live + " ORDER BY i.id",
                        (import_id,))
    elif include_settled:
        rows = db.query(_ISSUE_SQL + " WHERE 1" + live + " ORDER BY i.id")
    else:
        rows = db.query(_ISSUE_SQL + " WHERE i.settled_at IS NULL" + live + " ORDER BY i.id")
    return [_as_issue(r) for r in rows]


def settle_issue(db: Database, issue_id: int, note: str, *, actor: Actor) -> None:
    """Mark an issue settled with staff's note (what was done about it), audited."""
    require_sell(actor)
    why = clean_reason(note, field="note", missing=Message(QT_TRANSLATE_NOOP(
        "Messages", "请填写处理说明，例如：已按义卖价入账，差价由中心承担")))
    with db.transaction():
        row = db.query_one("SELECT settled_at FROM sales_bazaar_issue WHERE id = ?",
                           (issue_id,))
        if row is None:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "没有编号为 {id} 的待处理事项"), id=issue_id))
        if row["settled_at"] is not None:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "这一项已于 {at} 处理过"),
                at=str(row["settled_at"]).replace("T", " ")))
        now = now_iso(db.clock)
        db.execute("UPDATE sales_bazaar_issue SET settled_at = ?, settled_by = ?,"
                   " settle_note = ? WHERE id = ?", (now, actor.username, why, issue_id))
        audit.record(db, actor=actor.username, action="update", table="sales_bazaar_issue",
                     record_id=issue_id, before={"settled_at": None},
                     after={"settled_at": now}, reason=why)
