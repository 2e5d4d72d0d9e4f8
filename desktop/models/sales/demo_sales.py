"""Demo handicraft sales (希联圆梦): a catalogue of sixty products by some forty member makers,
production, ten years of sales at the counter, bazaars and orders from units, refunds and
voids, day ends and the makers' payouts.

The sales capability's demo step (declared as ``DEMO`` in ``desktop.models.sales``), run inside
the demo's transaction after the people step made the members. Deterministic for a given random
state and "today". Everything (the catalogue and the ten years of sales, about 50,000) is
written in bulk (``executemany``) with one audit entry for the load, as the other demo steps
do; the products get the catalogue's codes (EAN-8 ``2nnnnnnC``) and search keys.

What the data looks like: handicrafts at modest prices (a few 元 to under 200 元, the cheap
ones selling most), so that a maker earns up to a few hundred 元 a month and the month's income
is spread over the makers; the counter sells on weekdays, a dozen or two sales a day, more
before the Spring Festival; four bazaars a year (before the Spring Festival, 全国助残日 in May,
before National Day and on 12月3日, the International Day of Persons with Disabilities) sell
at a stall; a few companies and government units order a year, a few dozen of the cheaper
things over several products (delivered and paid at delivery: the items booked out to the
customer, then taken back and sold, as :mod:`.orders` does), and the last weeks leave three
orders open, so the 订单 tab has work to show: one not delivered yet, one delivered and not paid
(its items out at the customer), one paid and waiting for its invoice. Cash gives way to 微信 and
支付宝 over the years. About one sale in 300 is voided the same day and one line in 400
refunded a few days later, with their reasons. Makers produce
at the start of each month what the month will sell and a little more, so stock never goes
below zero and no sale is short. Each counter day is counted at its end (日结), now and then
with a difference and its note. Every month is paid out on the 10th of the next; the current
month (and the last one before its 10th) is still to pay.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.models.admin import audit
from desktop.models.admin.permissions import DEMO_ACTOR
from desktop.models.db import Database
from desktop.models.people import search_keys
from desktop.models.sales import catalogue, stock
from desktop.models.sales.makers_income import month_income

if TYPE_CHECKING:
    from desktop.models.demo.demo import DemoRun

ACTOR = DEMO_ACTOR
MAKERS = 40
PRODUCTS = {
    "软陶": (("软陶钥匙扣", 12, 3), ("软陶冰箱贴", 8, 2), ("软陶小猪摆件", 25, 7),
             ("软陶生肖摆件", 32, 9), ("软陶胸针", 15, 4), ("软陶发夹", 10, 3),
             ("软陶手机挂绳", 12, 3), ("软陶笔筒", 30, 9), ("软陶兔儿爷", 45, 14),
             ("软陶多肉花盆", 22, 7)),
    "串珠": (("串珠手链", 18, 6), ("串珠钥匙扣", 10, 3), ("串珠小狗", 20, 6),
             ("串珠手机链", 12, 4), ("串珠项链", 35, 12), ("水晶串珠发卡", 16, 5),
             ("串珠杯垫", 22, 7), ("串珠福字挂件", 28, 9), ("串珠小花", 5, 1),
             ("串珠葫芦", 20, 6)),
    "编织": (("中国结挂件", 20, 6), ("手编杯垫", 12, 3), ("编织零钱包", 25, 8),
             ("钩针围巾", 98, 40), ("钩针帽子", 60, 25), ("手编收纳筐", 45, 15),
             ("平安结手绳", 10, 2), ("钩针玩偶", 38, 12), ("编织茶杯套", 15, 4),
             ("毛线花束", 48, 16)),
    "布艺": (("布艺香包", 18, 5), ("布艺沙包", 6, 2), ("手缝布老虎", 58, 20),
             ("布艺收纳袋", 25, 8), ("扎染方巾", 32, 10), ("布艺抱枕", 68, 25),
             ("手工帆布袋", 35, 12), ("布艺笔袋", 20, 6), ("刺绣书签", 12, 3),
             ("蓝印花布茶席", 78, 28)),
    "书法": (("书法福字", 30, 6), ("书法条幅", 160, 30), ("手写春联", 20, 5),
             ("书法扇面", 88, 18), ("硬笔书法书签", 6, 1), ("书法斗方", 120, 25),
             ("篆刻印章", 128, 30), ("书法贺卡", 8, 2), ("手绘团扇", 60, 18),
             ("剪纸窗花", 15, 3)),
    "烘焙": (("手工曲奇", 18, 8), ("蔓越莓饼干", 20, 9), ("枣泥酥", 22, 10),
             ("绿豆糕", 18, 8), ("月饼礼盒", 88, 45), ("蛋黄酥", 26, 12),
             ("牛轧糖", 24, 11), ("戚风蛋糕", 32, 15), ("核桃酥", 16, 7),
             ("芝麻薄脆", 12, 5)),
}
"""Category → (name, price in 元, material cost in 元) of its products: what a handicraft
fetches, a few 元 to under 200 元."""
MOONCAKES = "月饼礼盒"
ORDER_PRICE_MOST = 3_000
"""Units order the cheaper things (≤ 30 元) as gifts, a few dozen at most."""
SHARES = {1: ((100,),), 2: ((50, 50), (60, 40), (70, 30)), 3: ((40, 30, 30), (34, 33, 33))}
CUSTOMERS = ("西城区残疾人联合会", "月坛街道办事处", "金融街街道工会", "西城区妇女联合会",
             "中国银行西城支行工会", "北京某科技有限公司行政部", "西城区民政局",
             "什刹海街道社区服务中心", "德胜街道办事处", "某保险公司北京分公司工会")
ORDER_NOTES = ("节日慰问品", "职工福利", "会议纪念品", "助残日活动礼品")
BAZAARS = ((1, 20, "春节义卖会"), (5, 16, "全国助残日展销"), (9, 25, "国庆义卖"),
           (12, 3, "国际残疾人日义卖"))
DISCOUNT_REASONS = ("残疾人家属优惠", "老顾客优惠", "批量购买优惠")
VOID_REASONS = ("录错了商品", "顾客临时不要了", "重复结账")
REFUND_REASONS = ("顾客退货，商品有瑕疵", "顾客买重了，退回", "尺寸不合适，退货")
DAY_END_NOTES = ("找零算错", "顾客少付一元，已记录", "零钱兑换时多收")
MAKER_CHANGES = 5  # products whose makers changed once over the years


@dataclass
class _Product:
    id: int
    category: str
    price: int  # fen
    cost: int  # fen
    weight: float
    sets: list[tuple[date, int, list[int]]] = field(default_factory=list)  # from, set, makers
    name: str = ""

    def set_on(self, day: date) -> tuple[int, list[int]]:
        chosen = self.sets[0]
        for entry in self.sets:
            if entry[0] <= day:
                chosen = entry
        return chosen[1], chosen[2]


@dataclass
class _Rows:
    """Everything to insert, with the ids given here (so rows can refer to each other)."""

    sales: list[tuple[object, ...]] = field(default_factory=list)
    lines: list[tuple[object, ...]] = field(default_factory=list)
    moves: list[tuple[object, ...]] = field(default_factory=list)
    refunds: list[tuple[object, ...]] = field(default_factory=list)
    orders: list[tuple[object, ...]] = field(default_factory=list)
    order_lines: list[tuple[object, ...]] = field(default_factory=list)
    # An order's items out at its customer and back: (product, day, kind, quantity, place,
    # sale line, created)
    placed: list[tuple[object, ...]] = field(default_factory=list)
    # (month, product) → items taken out by sales that month
    sold: dict[tuple[str, int], int] = field(default_factory=lambda: defaultdict(int))
    sale_id: int = 1
    line_id: int = 1
    refund_id: int = 1
    order_id: int = 1


def generate(db: Database, run: DemoRun) -> dict[str, int]:
    """The demo step: :func:`generate_sales` over the run's years up to its "today"."""
    return generate_sales(db, run.rng, run.options.today, run.options.years)


def generate_sales(db: Database, rng: random.Random, today: date, years: int) -> dict[str, int]:
    """Fill the sales tables for ``years`` calendar years up to ``today``; call inside the
    demo's transaction, after the members exist. Returns counts for the summary."""
    if not db.in_transaction:
        raise RuntimeError("generate_sales runs inside the demo's transaction")
    local = random.Random(rng.getrandbits(64))
    first = date(today.year - years + 1, 1, 1)
    last = today if today < db.clock.now().date() else today - timedelta(days=1)
    members = [int(r[0]) for r in db.query(
        "SELECT m.person_id FROM member m JOIN person p ON p.id = m.person_id"
        " WHERE m.active = 1 AND p.archived_at IS NULL ORDER BY m.person_id")]
    if not members or last < first:
        return {"sales": 0}
    makers = sorted(local.sample(members, min(MAKERS, len(members))))
    products = _catalogue(db, local, makers, first, last)
    rows = _Rows(sale_id=_next_id(db, "sales_sale"), line_id=_next_id(db, "sales_line"),
                 refund_id=_next_id(db, "sales_refund"), order_id=_next_id(db, "sales_order"))
    bazaar_days = _bazaar_days(first, last)
    day = first
    while day <= last:
        if day in bazaar_days:
            _bazaar(local, day, bazaar_days[day], products, first, rows)
        elif day.weekday() < 5:
            _counter_day(local, day, products, first, last, rows)
        day += timedelta(days=1)
    _orders(local, products, first, last, rows)
    _open_orders(random.Random(local.getrandbits(64)), products, first, last, rows)
    production = _production(local, products, first, last, rows)
    _write(db, rows, production)
    day_ends = _day_ends(db, local)
    payouts = _payouts(db, first, last)
    counts = {"sales_products": len(products), "sales_makers": len(makers),
              "sales": len(rows.sales), "sales_lines": len(rows.lines),
              "sales_refunds": len(rows.refunds), "sales_orders": len(rows.orders),
              "sales_day_ends": day_ends, "sales_payouts": payouts}
    audit.record(db, actor=ACTOR.username, action="create", table="sales_sale", record_id=None,
                 after={**counts, "from": first.isoformat(), "to": last.isoformat()},
                 reason="载入演示数据：手工品销售、入库、退款、日结和制作者收入发放批量写入，"
                        "未逐条记录")
    return counts


def _next_id(db: Database, table: str) -> int:
    return int(db.scalar(f"SELECT coalesce(max(id), 0) + 1 FROM {table}"))  # our own names


def _stamp(day: date | str, time: str = "09:00:00") -> str:
    return f"{day}T{time}"


def _search_text(name: str, code: str) -> str:
    """The product's search keys, as the catalogue stores them: name, code, pinyin initials
    and full pinyin (the tests find demo products through ``catalogue.find_products``)."""
    initials, full = search_keys.pinyin_keys(name)
    return search_keys.pack([name.lower(), code.lower(), *initials[:1], *full[:1]],
                            [*initials[1:], *full[1:]])


def _catalogue(db: Database, rng: random.Random, makers: list[int], first: date,
               last: date) -> list[_Product]:
    """The products (written in bulk like the rest: one audit entry for the load), dated
    before the first year; makers grouped by craft, every maker with at least one product when
    there are enough of them, some products by two or three; a few products change makers
    once, midway (a second maker set: the sales before keep the first)."""
    crafts = list(PRODUCTS)
    pools: dict[str, list[int]] = {category: [] for category in crafts}
    for n, person in enumerate(makers):
        pools[crafts[n % len(crafts)]].append(person)
    created = _stamp(first - timedelta(days=30))
    product_id, set_id = _next_id(db, "sales_product"), _next_id(db, "sales_maker_set")
    number = int(db.scalar("SELECT count(*) FROM sales_product")) + 1
    products: list[_Product] = []
    rows: list[tuple[object, ...]] = []
    sets: list[tuple[object, ...]] = []
    shares: list[tuple[int, int, int]] = []
    for category, items in PRODUCTS.items():
        pool = pools[category] or makers  # a small centre: everyone makes everything
        for n, (name, price, cost) in enumerate(items):
            count = min(len(pool), rng.choices((1, 2, 3), (70, 22, 8))[0])
            lead = pool[n % len(pool)]
            chosen = [lead, *rng.sample([p for p in pool if p != lead], count - 1)]
            seven = f"{catalogue.CODE_PREFIX}{number:06d}"
            code = seven + catalogue.ean8_check_digit(seven)
            number += 1
            rows.append((product_id, code, name, category, price * 100, cost * 100, set_id,
                         _search_text(name, code), created, created))
            sets.append((set_id, product_id, created))
            shares += [(set_id, person, percent) for person, percent
                       in zip(chosen, rng.choice(SHARES[count]), strict=True)]
            products.append(_Product(product_id, category, price * 100, cost * 100,
                                     (1.0 if category != "书法" else 0.5) * (20 / price) ** 1.2,
                                     [(first, set_id, chosen)], name))
            product_id += 1
            set_id += 1
    span = (last - first).days
    for product in rng.sample(products, MAKER_CHANGES) if span > 60 else []:
        pool = pools[product.category] or makers
        if len(pool) < 2:
            continue
        chosen = rng.sample(pool, 2)
        since = first + timedelta(days=rng.randrange(span // 3, span - 30))
        sets.append((set_id, product.id, _stamp(since - timedelta(days=1), "17:00:00")))
        shares += [(set_id, person, 50) for person in chosen]
        product.sets.append((since, set_id, chosen))
        set_id += 1
    by = ACTOR.username
    # The product first without its set (the set refers to the product), then the link.
    db.executemany(
        "INSERT INTO sales_product (id, code, name, category, price_fen, material_cost_fen,"
        f" search_text, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '{by}',"
        " ?, ?)", [row[:6] + row[7:] for row in rows])
    db.executemany("INSERT INTO sales_maker_set (id, product_id, created_by, created_at)"
                   f" VALUES (?, ?, '{by}', ?)", sets)
    db.executemany("INSERT INTO sales_maker_share (set_id, person_id, share_percent)"
                   " VALUES (?, ?, ?)", shares)
    db.executemany("UPDATE sales_product SET maker_set_id = ? WHERE id = ?",
                   [(p.sets[-1][1], p.id) for p in products])
    return products


def _bazaar_days(first: date, last: date) -> dict[date, str]:
    """The bazaars: a Saturday near each date of :data:`BAZAARS` (12月3日 on the day)."""
    found: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        for month, day, name in BAZAARS:
            when = date(year, month, day)
            if (month, day) != (12, 3):
                when += timedelta(days=(5 - when.weekday()) % 7)
            if first <= when <= last:
                found[when] = name
    return found


def _payment(rng: random.Random, day: date, first: date) -> str:
    """Cash at first, then more and more 微信 and 支付宝."""
    years = (day - first).days / 365.0
    cash = max(0.2, 0.85 - 0.08 * years)
    phone = 1.0 - cash - 0.05
    return rng.choices(("现金", "微信", "支付宝", "银行卡", "其他"),
                       (cash, phone * 0.65, phone * 0.35, 0.04, 0.01))[0]


def _sale(rng: random.Random, day: date, time: str, channel: str, payment: str,
          lines: list[tuple[_Product, int, int, int]], rows: _Rows, *,
          order_id: int | None = None, may_refund: date | None = None) -> None:
    """One sale with its lines and stock movements; ``lines`` are (product, quantity, unit
    price, discount). Now and then voided the same day, or a line refunded later."""
    iso, month = day.isoformat(), day.isoformat()[:7]
    total = sum(quantity * price - discount for _, quantity, price, discount in lines)
    given = change = None
    if payment == "现金":
        step = rng.choice((1000, 5000, 10000)) if rng.random() < 0.7 else 100
        given = -(-total // step) * step
        change = given - total
    created = _stamp(day, time)
    voided = channel == "counter" and rng.random() < 0.003
    rows.sales.append((rows.sale_id, f"{rng.getrandbits(128):032x}", iso, time, channel,
                       payment, total, given, change, order_id, created,
                       _stamp(day, "17:10:00") if voided else None,
                       rng.choice(VOID_REASONS) if voided else None,
                       ACTOR.username if voided else None))
    for product, quantity, price, discount in lines:
        set_id, _ = product.set_on(day)
        rows.lines.append((rows.line_id, rows.sale_id, product.id, set_id, quantity, price,
                           discount, rng.choice(DISCOUNT_REASONS) if discount else "",
                           product.cost))
        rows.moves.append((product.id, iso, "sale", -quantity, None, "", None, rows.line_id,
                           None, created))
        rows.sold[(month, product.id)] += quantity
        if voided:
            rows.moves.append((product.id, iso, "void", quantity, None, str(rows.sales[-1][12]),
                               None, rows.line_id, None, _stamp(day, "17:10:00")))
        elif may_refund is not None and rng.random() < 0.0025:
            _refund(rng, day, may_refund, product, quantity, quantity * price - discount,
                    rows)
        rows.line_id += 1
    rows.sale_id += 1


def _refund(rng: random.Random, day: date, last: date, product: _Product, quantity: int,
            paid: int, rows: _Rows) -> None:
    """The whole line given back a few days later (on a weekday), mostly restocked."""
    on = day + timedelta(days=rng.randrange(1, 10))
    on += timedelta(days=max(0, 7 - on.isoweekday() + 1) if on.weekday() >= 5 else 0)
    if on > last:
        return
    restock = rng.random() < 0.8
    reason = rng.choice(REFUND_REASONS)
    created = _stamp(on, "10:30:00")
    rows.refunds.append((rows.refund_id, rows.line_id, on.isoformat(), quantity, paid, reason,
                         int(restock), created))
    if restock:
        rows.moves.append((product.id, on.isoformat(), "refund", quantity, None, reason, None,
                           None, rows.refund_id, created))
    rows.refund_id += 1


def _weights(products: list[_Product], month: int) -> list[float]:
    """Cumulative weights of the products in a month: 春联、福字、窗花 before the Spring
    Festival, 月饼 in September, cheap things more than dear ones."""
    weights: list[float] = []
    total = 0.0
    for product in products:
        weight = product.weight
        if product.category == "书法" and month in (1, 2) and product.price <= 5000:
            weight *= 3
        if product.name == MOONCAKES:
            weight *= 4 if month == 9 else 0.05
        total += weight
        weights.append(total)
    return weights


def _lines(rng: random.Random, products: list[_Product], weights: list[float],
           most: int) -> list[tuple[_Product, int, int, int]]:
    count = min(most, rng.choices((1, 2, 3), (75, 20, 5))[0])
    chosen = {p.id: p for p in rng.choices(products, cum_weights=weights, k=count)}
    lines = []
    for product in chosen.values():
        quantity = rng.choices((1, 2, 3), (85, 12, 3))[0]
        discount = 0
        if rng.random() < 0.02:
            discount = max(100, quantity * product.price // 10 // 100 * 100)
        lines.append((product, quantity, product.price, discount))
    return lines


def _times(rng: random.Random, count: int, opens: int, minutes: int) -> list[str]:
    seconds = sorted(opens * 60 + rng.randrange(minutes * 60) for _ in range(count))
    return [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in seconds]


_SEASON = {1: 1.3, 2: 1.2, 9: 1.1, 12: 1.1}


def _counter_day(rng: random.Random, day: date, products: list[_Product], first: date,
                 last: date, rows: _Rows) -> None:
    """A weekday at the centre's counter."""
    weights = _weights(products, day.month)
    count = max(0, round(rng.gauss(17, 5) * _SEASON.get(day.month, 1.0)))
    for time in _times(rng, count, 9 * 60, 7 * 60 + 30):
        _sale(rng, day, time, "counter", _payment(rng, day, first),
              _lines(rng, products, weights, 3), rows, may_refund=last)


def _bazaar(rng: random.Random, day: date, name: str, products: list[_Product], first: date,
            rows: _Rows) -> None:
    """A stall at a bazaar (义卖展销): many small sales in a few hours."""
    del name  # the place is the bazaar's; sales carry no place
    weights = _weights(products, day.month)
    for time in _times(rng, rng.randint(80, 150), 9 * 60, 6 * 60):
        # Visitors at a fair pay by phone a year ahead of the counter's regulars.
        _sale(rng, day, time, "bazaar", _payment(rng, day + timedelta(days=365), first),
              _lines(rng, products, weights, 2), rows)


def _orders(rng: random.Random, products: list[_Product], first: date, last: date,
            rows: _Rows) -> None:
    """A few orders a year from companies and units, paid by transfer at delivery: a few
    dozen of the cheaper things, spread over several products (so over several makers)."""
    cheap = [p for p in products if p.price <= ORDER_PRICE_MOST]
    for year in range(first.year, last.year + 1):
        for _ in range(rng.randint(3, 5)):
            day = date(year, 1, 1) + timedelta(days=rng.randrange(365))
            day -= timedelta(days=max(0, day.weekday() - 4))
            if not first <= day <= last:
                continue
            due = day + timedelta(days=rng.randrange(14, 31))
            delivered = max(day, due - timedelta(days=rng.randrange(0, 5)))
            delivered -= timedelta(days=max(0, delivered.weekday() - 4))
            delivered = max(day, delivered)
            cancelled = rng.random() < 0.07
            chosen = rng.sample(cheap, rng.randint(3, 6))
            lines = [(p, rng.choice((5, 10)), p.price, 0) for p in chosen]
            created = _stamp(day, "10:00:00")
            done = not cancelled and delivered <= last
            customer = rng.choice(CUSTOMERS)
            rows.orders.append((
                rows.order_id, customer, rng.choice(("张老师", "李主任", "王女士",
                                                     "刘先生", "工会办公室")),
                day.isoformat(), due.isoformat(), delivered.isoformat() if done else None,
                "issued" if done else ("requested" if not cancelled else "none"),
                rng.choice(ORDER_NOTES), created,
                _stamp(delivered, "15:00:00") if done else created,
                _stamp(day + timedelta(days=3)) if cancelled else None,
                "单位预算调整，取消订购" if cancelled else None))
            rows.order_lines += [(rows.order_id, p.id, q, price) for p, q, price, _ in lines]
            if done:
                _deliver(delivered, customer, lines, rows)
                _order_sale(rng, delivered, rng.choice(("银行卡", "其他")), customer, lines,
                            rows)
            rows.order_id += 1


def _deliver(day: date, customer: str, lines: list[tuple[_Product, int, int, int]],
             rows: _Rows) -> None:
    """The order's items leave stock on ``day``, out at the customer until it is paid."""
    place = stock.order_place(rows.order_id, customer)
    for product, quantity, _, _ in lines:
        rows.placed.append((product.id, day.isoformat(), "consignment_out", -quantity, place,
                            None, _stamp(day, "14:30:00")))
        rows.sold[(day.isoformat()[:7], product.id)] += quantity


def _order_sale(rng: random.Random, day: date, payment: str, customer: str,
                lines: list[tuple[_Product, int, int, int]], rows: _Rows) -> None:
    """The delivered order paid on ``day``: its items taken back from the customer and sold."""
    place = stock.order_place(rows.order_id, customer)
    for n, (product, quantity, _, _) in enumerate(lines):
        rows.placed.append((product.id, day.isoformat(), "consignment_back", quantity, place,
                            rows.line_id + n, _stamp(day, "15:00:00")))
        rows.sold[(day.isoformat()[:7], product.id)] -= quantity  # _sale counts them again
    _sale(rng, day, "15:00:00", "order", payment, lines, rows, order_id=rows.order_id)


def _weekday_before(day: date) -> date:
    return day - timedelta(days=max(0, day.weekday() - 4))


def _open_orders(rng: random.Random, products: list[_Product], first: date, last: date,
                 rows: _Rows) -> None:
    """Three orders of the last weeks still open: ordered, not delivered; delivered a few
    days ago, not paid; paid and delivered, the invoice requested (all within the last nine
    days, so in no month paid out yet)."""
    if (last - first).days < 60:
        return
    cheap = [p for p in products if p.price <= ORDER_PRICE_MOST]
    for ordered, delivered, paid in ((8, None, None), (20, 3, None), (27, 6, 6)):
        day = _weekday_before(last - timedelta(days=ordered))
        lines = [(p, rng.choice((5, 10, 20)), p.price, 0) for p in rng.sample(cheap, 4)]
        customer = rng.choice(CUSTOMERS)
        handed = None if delivered is None else _weekday_before(last - timedelta(days=delivered))
        created = _stamp(day, "10:00:00")
        rows.orders.append((
            rows.order_id, customer, rng.choice(("张老师", "李主任", "王女士")), day.isoformat(),
            (day + timedelta(days=21)).isoformat(), None if handed is None else handed.isoformat(),
            "requested", rng.choice(ORDER_NOTES), created,
            created if handed is None else _stamp(handed, "15:00:00"), None, None))
        rows.order_lines += [(rows.order_id, p.id, q, price) for p, q, price, _ in lines]
        if handed is not None:
            _deliver(handed, customer, lines, rows)
        if paid is not None and handed is not None:
            _order_sale(rng, handed, "银行卡", customer, lines, rows)
        rows.order_id += 1


def _months(first: date, last: date) -> list[date]:
    months, day = [], first.replace(day=1)
    while day <= last:
        months.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return months


def _production(rng: random.Random, products: list[_Product], first: date, last: date,
                rows: _Rows) -> list[tuple[object, ...]]:
    """Production on each month's first day: what the month sells beyond the stock, a few
    more, and a good stock in the running month; now and then an item damaged late in the
    month (there is always one left to damage). Voids and restocked refunds only add."""
    moves: list[tuple[object, ...]] = []
    have = dict.fromkeys((p.id for p in products), 0)
    months = _months(first, last)
    for start in months:
        day, month = max(start, first), start.isoformat()[:7]
        for product in products:
            sold = rows.sold.get((month, product.id), 0)
            extra = rng.randint(5, 15) if start == months[-1] else rng.randrange(0, 4)
            made = max(0, sold - have[product.id]) + extra
            if made:
                _, makers = product.set_on(day)
                moves.append((product.id, day.isoformat(), "production", made, None, "",
                              rng.choice(makers), None, None, _stamp(day, "16:00:00")))
            have[product.id] += made - sold
            if have[product.id] > 0 and rng.random() < 0.01:
                broken = min(last, start.replace(day=28))
                moves.append((product.id, broken.isoformat(), "adjustment", -1, "damaged",
                              "搬运时损坏", None, None, None, _stamp(broken, "16:30:00")))
                have[product.id] -= 1
    return moves


def _write(db: Database, rows: _Rows, production: list[tuple[object, ...]]) -> None:
    by = ACTOR.username
    db.executemany(
        "INSERT INTO sales_order (id, customer, contact, day, due_day, delivered_on,"
        " invoice_status, note, recorded_by, created_at, updated_at, cancelled_at,"
        f" cancel_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{by}', ?, ?, ?, ?)", rows.orders)
    db.executemany("INSERT INTO sales_order_line (order_id, product_id, quantity,"
                   " unit_price_fen) VALUES (?, ?, ?, ?)", rows.order_lines)
    db.executemany(
        "INSERT INTO sales_sale (id, uid, day, time, channel, payment, total_fen,"
        " cash_given_fen, change_fen, order_id, recorded_by, created_at, voided_at,"
        f" void_reason, voided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{by}', ?, ?, ?, ?)",
        rows.sales)
    db.executemany(
        "INSERT INTO sales_line (id, sale_id, product_id, maker_set_id, quantity,"
        " unit_price_fen, discount_fen, discount_reason, unit_material_cost_fen)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.lines)
    db.executemany(
        "INSERT INTO sales_refund (id, line_id, day, quantity, amount_fen, reason, restocked,"
        f" recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '{by}', ?)", rows.refunds)
    db.executemany(
        "INSERT INTO sales_stock_movement (product_id, day, kind, quantity, adjustment, reason,"
        " maker_id, sale_line_id, refund_id, recorded_by, created_at)"
        f" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{by}', ?)", production + rows.moves)
    db.executemany(
        "INSERT INTO sales_stock_movement (product_id, day, kind, quantity, place, sale_line_id,"
        f" recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, '{by}', ?)", rows.placed)


def _day_ends(db: Database, rng: random.Random) -> int:
    """Each counter day counted at its end: the cash expected as the till works it out
    (:func:`desktop.models.sales.day_end.day_totals`), mostly found exact."""
    cash = {r[0]: int(r[1]) for r in db.query(
        "SELECT day, sum(total_fen) FROM sales_sale WHERE voided_at IS NULL"
        " AND payment = '现金' AND channel = 'counter' GROUP BY day")}
    refunds = {r[0]: int(r[1]) for r in db.query(
        "SELECT r.day, sum(r.amount_fen) FROM sales_refund r JOIN sales_line l"
        " ON l.id = r.line_id JOIN sales_sale s ON s.id = l.sale_id"
        " WHERE s.payment = '现金' AND s.channel = 'counter' GROUP BY r.day")}
    ends = []
    for (day,) in db.query("SELECT DISTINCT day FROM sales_sale WHERE channel = 'counter'"
                           " ORDER BY day"):
        expected = cash.get(day, 0) - refunds.get(day, 0)
        counted, note = expected, ""
        if rng.random() < 0.02:
            counted = expected + rng.choice((-1, 1)) * rng.randrange(100, 2001, 100)
        counted = max(0, counted)  # a day whose cash refunds were more than its cash sales
        if counted != expected:
            note = rng.choice(DAY_END_NOTES)
        ends.append((day, expected, counted, counted - expected, note,
                     _stamp(day, "17:30:00")))
    db.executemany(
        "INSERT INTO sales_day_end (day, expected_cash_fen, counted_fen, difference_fen, note,"
        f" recorded_by, created_at) VALUES (?, ?, ?, ?, ?, '{ACTOR.username}', ?)", ends)
    return len(ends)


def _payouts(db: Database, first: date, last: date) -> int:
    """Every month paid out on the 10th of the next, as far as that day has come, at the
    amounts :func:`month_income` gives."""
    payouts = []
    for start in _months(first, last):
        paid_on = (start + timedelta(days=32)).replace(day=10)
        if paid_on > last:
            break
        month = start.isoformat()[:7]
        for maker in month_income(db, month).makers:
            if maker.share_fen > 0:
                payouts.append((month, maker.person_id, maker.items, maker.revenue_fen,
                                maker.material_cost_fen, maker.share_fen, paid_on.isoformat(),
                                _stamp(paid_on, "10:00:00")))
    db.executemany(
        "INSERT INTO sales_payout (month, person_id, items, revenue_fen, material_cost_fen,"
        f" share_fen, paid_on, paid_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
        f" '{ACTOR.username}', ?)", payouts)
    return len(payouts)
