"""The catalogue of handicrafts (希联圆梦): products, their makers' shares, their codes, and
finding them by code, name or pinyin initials (Qt-free).

A product's code is what its barcode label carries and a USB scanner types back: by default an
EAN-8 number in the in-store range (``2`` + six digits + check digit), short enough for a small
label, readable as Code128 too. A product is never deleted (sales point at it): one no longer
made is archived. Its makers are members, each with a whole percentage, together 100; a change
of makers makes a new maker set, so sales already made keep the shares of their day.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import DuplicateError, NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people import search_keys
from desktop.models.sales.rules import (
    SaleRefused,
    clean_reason,
    ensure_maker,
    product_name,
    require_sell,
)
from desktop.models.text_input import clean_line, compact

NAME_MAX = 40
CATEGORY_MAX = 20
CODE_MAX = 20
# EAN-8 codes in the range for a shop's own goods (20–29): 2 + six digits + check digit.
CODE_PREFIX = "2"
_CODE_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-")


@dataclass(frozen=True)
class MakerShare:
    """One maker of a product and their share in percent."""

    person_id: int
    share_percent: int
    name: str = ""


@dataclass(frozen=True)
class ProductInput:
    """What staff enter for a product; ``code`` empty means "make one"."""

    name: str
    price_fen: int
    makers: Sequence[tuple[int, int]]
    material_cost_fen: int = 0
    category: str = ""
    code: str = ""


@dataclass(frozen=True)
class Product:
    """A stored product with its current makers."""

    id: int
    code: str
    name: str
    category: str
    price_fen: int
    material_cost_fen: int
    maker_set_id: int
    archived: bool
    makers: tuple[MakerShare, ...] = field(default=())


def ean8_check_digit(seven: str) -> str:
    """The EAN-8 check digit of seven digits (weights 3 1 3 1 3 1 3 from the left)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(seven))
    return str((10 - total % 10) % 10)


def next_code(db: Database) -> str:
    """The first unused EAN-8 product code ``2nnnnnnC`` after the highest one made so far."""
    highest = db.scalar("SELECT max(substr(code, 2, 6)) FROM sales_product"
                        " WHERE length(code) = 8 AND code GLOB ?", (CODE_PREFIX + "[0-9]" * 7,))
    number = int(highest or 0) + 1
    while True:
        seven = f"{CODE_PREFIX}{number:06d}"
        code = seven + ean8_check_digit(seven)
        if db.scalar("SELECT 1 FROM sales_product WHERE code = ?", (code,)) is None:
            return code
        number += 1


def normalise_code(text: str) -> str:
    """A code as typed or scanned: full-width and invisible characters gone, upper case."""
    return compact(text).upper()


def _check_makers(db: Database, makers: Sequence[tuple[int, int]],
                  errors: dict[str, str]) -> list[tuple[int, int]]:
    pairs = [(int(person), int(share)) for person, share in makers]
    if not pairs:
        errors["makers"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "请至少填写一位制作者（本中心会员）及其份额"))
        return pairs
    if len({person for person, _ in pairs}) != len(pairs):
        errors["makers"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "同一位制作者只能填写一次：请合并其份额"))
    elif any(not 1 <= share <= 100 for _, share in pairs):
        errors["makers"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "每位制作者的份额应为1–100的整数（%）"))
    elif sum(share for _, share in pairs) != 100:
        errors["makers"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "制作者的份额合计应为100%，现在是{total}%：请调整后再保存"),
            total=sum(share for _, share in pairs))
    else:
        for person, _ in pairs:
            try:
                ensure_maker(db, person)
            except NotFoundError as error:
                errors["makers"] = error.message
                break
    return pairs


def _clean(db: Database, data: ProductInput, product_id: int | None,
           ) -> tuple[dict[str, object], list[tuple[int, int]]]:
    """The columns to store and the makers, or ValidationError / DuplicateError."""
    errors: dict[str, str] = {}
    name, category = clean_line(data.name), clean_line(data.category)
    if not name:
        errors["name"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写商品名称，例如：软陶钥匙扣"))
    elif len(name) > NAME_MAX:
        errors["name"] = Message(QT_TRANSLATE_NOOP("Messages", "商品名称最多 {limit} 个字"),
                                 limit=NAME_MAX)
    if len(category) > CATEGORY_MAX:
        errors["category"] = Message(QT_TRANSLATE_NOOP("Messages", "类别最多 {limit} 个字"),
                                     limit=CATEGORY_MAX)
    if data.price_fen <= 0:
        errors["price_fen"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "售价应大于0元：请填写商品的售价"))
    if data.material_cost_fen < 0:
        errors["material_cost_fen"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "材料成本不能为负数：没有材料成本请填0"))
    code = normalise_code(data.code)
    if code and (len(code) > CODE_MAX or not set(code) <= _CODE_CHARS):
        errors["code"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "商品编码只能由数字、大写字母和“-”组成，最多 {limit} 位；留空则自动生成"),
            limit=CODE_MAX)
    makers = _check_makers(db, data.makers, errors)
    if errors:
        raise ValidationError(errors)
    if code:
        same = db.query_one("SELECT id, name FROM sales_product WHERE code = ? AND id IS NOT ?",
                            (code, product_id))
        if same is not None:
            raise DuplicateError(Message(QT_TRANSLATE_NOOP(
                "Messages", "编码 {code} 已用于商品“{name}”：请换一个编码，或留空自动生成"),
                code=code, name=same["name"]), int(same["id"]), "code")
    else:
        code = next_code(db)
    initials, full = search_keys.pinyin_keys(name)
    keys = [name.lower(), code.lower(), *initials[:1], *full[:1]]
    columns: dict[str, object] = {
        "code": code, "name": name, "category": category, "price_fen": int(data.price_fen),
        "material_cost_fen": int(data.material_cost_fen),
        "search_text": search_keys.pack(keys, [*initials[1:], *full[1:]])}
    return columns, makers


def _new_maker_set(db: Database, product_id: int, makers: list[tuple[int, int]],
                   actor: Actor, now: str) -> int:
    set_id = int(db.execute(
        "INSERT INTO sales_maker_set (product_id, created_by, created_at) VALUES (?, ?, ?)",
        (product_id, actor.username, now)).lastrowid or 0)
    db.executemany("INSERT INTO sales_maker_share (set_id, person_id, share_percent)"
                   " VALUES (?, ?, ?)", [(set_id, person, share) for person, share in makers])
    db.execute("UPDATE sales_product SET maker_set_id = ? WHERE id = ?", (set_id, product_id))
    return set_id


def _makers_text(makers: Sequence[tuple[int, int]]) -> str:
    return "，".join(f"{person}:{share}%" for person, share in makers)


def create_product(db: Database, data: ProductInput, *, actor: Actor) -> int:
    """Add a product with its makers in one audited transaction; returns its id."""
    require_sell(actor)
    with db.transaction():
        columns, makers = _clean(db, data, None)
        now = now_iso(db.clock)
        product_id = int(db.execute(
            "INSERT INTO sales_product (code, name, category, price_fen, material_cost_fen,"
            " search_text, created_by, created_at, updated_at) VALUES (:code, :name, :category,"
            " :price_fen, :material_cost_fen, :search_text, :by, :now, :now)",
            {**columns, "by": actor.username, "now": now}).lastrowid or 0)
        _new_maker_set(db, product_id, makers, actor, now)
        after = {k: v for k, v in columns.items() if k != "search_text"}
        audit.record(db, actor=actor.username, action="create", table="sales_product",
                     record_id=product_id, after={**after, "makers": _makers_text(makers)})
    return product_id


def update_product(db: Database, product_id: int, data: ProductInput, *, actor: Actor) -> None:
    """Change a product (a new maker set only when the makers or shares changed); sales
    already made keep their price, cost and makers."""
    require_sell(actor)
    with db.transaction():
        before = get_product(db, product_id)
        columns, makers = _clean(db, data, product_id)
        now = now_iso(db.clock)
        db.execute("UPDATE sales_product SET code = :code, name = :name, category = :category,"
                   " price_fen = :price_fen, material_cost_fen = :material_cost_fen,"
                   " search_text = :search_text, updated_at = :now WHERE id = :id",
                   {**columns, "now": now, "id": product_id})
        old_makers = sorted((m.person_id, m.share_percent) for m in before.makers)
        if sorted(makers) != old_makers:
            _new_maker_set(db, product_id, makers, actor, now)
        old = {"code": before.code, "name": before.name, "category": before.category,
               "price_fen": before.price_fen, "material_cost_fen": before.material_cost_fen,
               "makers": _makers_text(old_makers)}
        new = {**{k: v for k, v in columns.items() if k != "search_text"},
               "makers": _makers_text(sorted(makers))}
        changed = [k for k in new if new[k] != old[k]]
        if changed:
            audit.record(db, actor=actor.username, action="update", table="sales_product",
                         record_id=product_id, before={k: old[k] for k in changed},
                         after={k: new[k] for k in changed})


def archive_product(db: Database, product_id: int, reason: str, *, actor: Actor) -> None:
    """Archive a product no longer made: it leaves the till and the lists, its sales stay."""
    require_sell(actor)
    why = clean_reason(reason, field="reason", missing=Message(QT_TRANSLATE_NOOP(
        "Messages", "请填写下架原因，例如：不再制作")))
    with db.transaction():
        name = product_name(db, product_id)
        if get_product(db, product_id).archived:
            raise SaleRefused(Message(QT_TRANSLATE_NOOP("Messages", "“{name}”已下架"),
                                      name=name))
        now = now_iso(db.clock)
        db.execute("UPDATE sales_product SET archived_at = ?, archive_reason = ?,"
                   " updated_at = ? WHERE id = ?", (now, why, now, product_id))
        audit.record(db, actor=actor.username, action="archive", table="sales_product",
                     record_id=product_id, after={"archived_at": now}, reason=why)


def restore_product(db: Database, product_id: int, *, actor: Actor) -> None:
    """Bring an archived product back to the till (nothing happens to one on sale)."""
    require_sell(actor)
    with db.transaction():
        if not get_product(db, product_id).archived:
            return
        now = now_iso(db.clock)
        db.execute("UPDATE sales_product SET archived_at = NULL, archive_reason = NULL,"
                   " updated_at = ? WHERE id = ?", (now, product_id))
        audit.record(db, actor=actor.username, action="restore", table="sales_product",
                     record_id=product_id, after={"archived_at": None})


def set_photo(db: Database, product_id: int, image: bytes, mime: str = "image/jpeg", *,
              actor: Actor) -> None:
    """Store (or replace) the product's photo."""
    require_sell(actor)
    with db.transaction():
        product_name(db, product_id)
        db.execute("INSERT INTO sales_product_photo (product_id, image, mime) VALUES (?, ?, ?)"
                   " ON CONFLICT(product_id) DO UPDATE SET image = excluded.image,"
                   " mime = excluded.mime", (product_id, image, mime))
        audit.record(db, actor=actor.username, action="update", table="sales_product",
                     record_id=product_id, after={"photo": True})


def photo(db: Database, product_id: int) -> tuple[bytes, str] | None:
    """The product's photo and its MIME type, if it has one."""
    row = db.query_one("SELECT image, mime FROM sales_product_photo WHERE product_id = ?",
                       (product_id,))
    return None if row is None else (bytes(row["image"]), str(row["mime"]))


# -- reading -------------------------------------------------------------------------------------
_COLUMNS = ("id, code, name, category, price_fen, material_cost_fen, maker_set_id,"
            " archived_at IS NOT NULL AS archived")


def makers_of_set(db: Database, set_id: int) -> tuple[MakerShare, ...]:
    """The makers of one maker set, largest share first."""
    return tuple(MakerShare(int(r["person_id"]), int(r["share_percent"]), r["name"])
                 for r in db.query(
                     "SELECT s.person_id, s.share_percent, p.name FROM sales_maker_share s"
                     " JOIN person p ON p.id = s.person_id WHERE s.set_id = ?"
                     " ORDER BY s.share_percent DESC, s.person_id", (set_id,)))


def _product(db: Database, row: sqlite3.Row) -> Product:
    set_id = int(row["maker_set_id"])
    return Product(int(row["id"]), row["code"], row["name"], row["category"],
                   int(row["price_fen"]), int(row["material_cost_fen"]), set_id,
                   bool(row["archived"]), makers_of_set(db, set_id))


def get_product(db: Database, product_id: int) -> Product:
    """The product with its current makers; NotFoundError otherwise."""
    row = db.query_one(f"SELECT {_COLUMNS} FROM sales_product WHERE id = ?", (product_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的商品"),
                                    id=product_id))
    return _product(db, row)


def find_by_code(db: Database, code: str) -> Product | None:
    """The product a scanned or typed code names (archived ones too: the till says so)."""
    row = db.query_one(f"SELECT {_COLUMNS} FROM sales_product WHERE code = ?",
                       (normalise_code(code),))
    return None if row is None else _product(db, row)


def find_products(db: Database, text: str, *, limit: int = 20,
                  include_archived: bool = False) -> list[Product]:
    """Products whose name contains ``text``, or whose pinyin initials, full pinyin or code
    start with it; matches on the usual reading and exact matches first, then by name."""
    query = search_keys.normalise_query(text)
    if not query:
        return []
    archived = "" if include_archived else " AND archived_at IS NULL"
    sep, alt = search_keys.SEP, search_keys.ALT
    rows = db.query(
        f"SELECT {_COLUMNS},"
        " CASE WHEN instr(search_text, :exact) THEN 0 WHEN instr(search_text, :start) THEN 1"
        " WHEN instr(search_text, :alt) THEN 2 ELSE 3 END AS rank"
        " FROM sales_product WHERE (instr(search_text, :start) OR instr(search_text, :alt)"
        " OR instr(name, :text))" + archived + " ORDER BY rank, name, id LIMIT :limit",
        {"exact": f"{sep}{query}{sep}", "start": f"{sep}{query}", "alt": f"{alt}{query}",
         "text": query, "limit": limit})
    return [_product(db, row) for row in rows]


def list_products(db: Database, *, include_archived: bool = False) -> list[Product]:
    """Every product by category and name (only those on sale unless asked)."""
    where = "" if include_archived else " WHERE archived_at IS NULL"
    return [_product(db, row) for row in db.query(
        f"SELECT {_COLUMNS} FROM sales_product{where} ORDER BY category, name, id")]
