"""What every part of handicraft sales (希联圆梦) shares: who may sell, who may make, the
payment methods and channels, reasons, and the makers' split rule (Qt-free).

The split rule is a setting because no public rule was found (docs/domain.md): by default the
makers receive the revenue less the material cost (``sales.share_basis`` = ``margin``), all of
it (``sales.makers_percent`` = 100), divided by their percentages.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from desktop.models.admin import audit
from desktop.models.admin.centre import get_setting, set_setting
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.text_input import clean_line

# Recorded, not processed (docs/domain.md).
PAYMENT_METHODS = ("现金", "微信", "支付宝", "银行卡", "其他")
CASH = "现金"
CHANNELS = ("counter", "bazaar", "order")
CHANNEL_NAMES = {
    "counter": Message(QT_TRANSLATE_NOOP("Messages", "门店")),
    "bazaar": Message(QT_TRANSLATE_NOOP("Messages", "义卖展销")),
    "order": Message(QT_TRANSLATE_NOOP("Messages", "订单")),
}
REASON_MAX = 100

SHARE_BASIS_KEY = "sales.share_basis"
MAKERS_PERCENT_KEY = "sales.makers_percent"
# margin: revenue less material cost; revenue: the whole revenue.
SHARE_BASES = ("margin", "revenue")
DEFAULT_SHARE_BASIS = "margin"
DEFAULT_MAKERS_PERCENT = 100


class SaleRefused(WarmHomeError):
    """A sale, refund, void or stock change the rules refuse (the message says why)."""


def require_sell(actor: Actor) -> None:
    """PermissionDenied unless the account may sell and keep the catalogue (not the kiosk)."""
    actor.require(Permission.SELL)


def ensure_maker(db: Database, person_id: int) -> str:
    """The member's name; NotFoundError (saying why) unless the person is an active member
    who is not archived: only members make the products sold under 希联圆梦."""
    row = db.query_one("SELECT p.name, p.archived_at, m.active FROM person p"
                       " LEFT JOIN member m ON m.person_id = p.id WHERE p.id = ?", (person_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的人员"),
                                    id=person_id))
    if row["archived_at"] is not None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 已归档，不能作为手工品制作者：如需恢复，请先在“人员登记”中恢复"),
            name=row["name"]))
    if not row["active"]:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 不是在册会员，不能作为手工品制作者：制作者须是本中心会员"),
            name=row["name"]))
    return str(row["name"])


def clean_reason(text: str | None, *, field: str, missing: str) -> str:
    """A reason typed by staff, cleaned; ValidationError for ``field`` with ``missing`` (a
    Message: what to write) when it is empty, or when it is too long."""
    reason = clean_line(text)
    if not reason:
        raise ValidationError({field: missing})
    if len(reason) > REASON_MAX:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
            "Messages", "原因最多 {limit} 个字"), limit=REASON_MAX)})
    return reason


_MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")


def month_bounds(month: str) -> tuple[str, str]:
    """The first and last day (``YYYY-MM-DD``) of ``YYYY-MM``; ValidationError if malformed."""
    match = _MONTH.fullmatch(month or "")
    if match is None:
        raise ValidationError({"month": Message(QT_TRANSLATE_NOOP(
            "Messages", "月份“{month}”不正确：请写成 年-月，如 2024-05"), month=month)})
    last = calendar.monthrange(int(match[1]), int(match[2]))[1]
    return f"{month}-01", f"{month}-{last:02d}"


def product_name(db: Database, product_id: int) -> str:
    """The product's name; NotFoundError when there is no such product."""
    name = db.scalar("SELECT name FROM sales_product WHERE id = ?", (product_id,))
    if name is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的商品"),
                                    id=product_id))
    return str(name)


@dataclass(frozen=True)
class SplitRule:
    """How a month's sales become the makers' income: the basis (``margin`` or ``revenue``)
    and the percentage of it that goes to the makers."""

    basis: str = DEFAULT_SHARE_BASIS
    makers_percent: int = DEFAULT_MAKERS_PERCENT


def split_rule(db: Database) -> SplitRule:
    """The stored split rule (the default when unset or unreadable)."""
    basis = get_setting(db, SHARE_BASIS_KEY, DEFAULT_SHARE_BASIS)
    try:
        percent = int(get_setting(db, MAKERS_PERCENT_KEY, str(DEFAULT_MAKERS_PERCENT)))
    except ValueError:
        percent = DEFAULT_MAKERS_PERCENT
    return SplitRule(basis if basis in SHARE_BASES else DEFAULT_SHARE_BASIS,
                     percent if 0 <= percent <= 100 else DEFAULT_MAKERS_PERCENT)


def save_split_rule(db: Database, rule: SplitRule, *, actor: Actor) -> None:
    """Change the split rule in one audited transaction (EDIT_SETTINGS); ValidationError for
    an unknown basis or a percentage outside 0–100, and nothing written."""
    actor.require(Permission.EDIT_SETTINGS)
    errors: dict[str, str] = {}
    if rule.basis not in SHARE_BASES:
        errors["basis"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "分配基数应为“收入减材料成本”或“收入”"))
    if not 0 <= rule.makers_percent <= 100:
        errors["makers_percent"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "制作者所得比例应为0–100%"))
    if errors:
        raise ValidationError(errors)
    with db.transaction():
        before = split_rule(db)
        if before == rule:
            return
        set_setting(db, SHARE_BASIS_KEY, rule.basis)
        set_setting(db, MAKERS_PERCENT_KEY, str(rule.makers_percent))
        audit.record(db, actor=actor.username, action="update", table="setting",
                     record_id=None,
                     before={SHARE_BASIS_KEY: before.basis,
                             MAKERS_PERCENT_KEY: before.makers_percent},
                     after={SHARE_BASIS_KEY: rule.basis,
                            MAKERS_PERCENT_KEY: rule.makers_percent})
