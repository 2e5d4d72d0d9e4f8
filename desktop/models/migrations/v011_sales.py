"""Schema v11: handicraft sales (希联圆梦).

The catalogue: products made by members (a numeric code printed as a barcode, name, category,
price and material cost in fen, a photo), each with the members who make it and their shares
in percent. A change of makers makes a new *maker set*, so a sale keeps the shares of its day
and a month's makers' income never changes after the fact. Stock is never a stored number: it
is the sum of the movements (production, adjustment with a reason, consignment out and back,
stock-take, sale, refund, void), one signed row per change with its actor. Sales carry a unique
text id (so a bazaar laptop's file is merged exactly once), their lines keep the price, discount
and material cost of the moment; refunds are against a line; day ends (日结) record cash
expected and counted; orders from companies and units have their lines; maker payouts record
each member's share of a month once paid.

Nothing is deleted: a sale is voided with a reason, a product archived. Every write is audited
by ``desktop.models.sales``. Records dated in a closed month are read-only (as v5's).
"""

from __future__ import annotations

import sqlite3

from desktop.models.migrations.shared import closed_month_triggers, execute_all, month_closed

_DAY = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
_TIME = "GLOB '[0-2][0-9]:[0-5][0-9]:[0-5][0-9]'"
_MONTH = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'"
_REASON = "length(trim({column})) > 0"


def upgrade(conn: sqlite3.Connection) -> None:
    """Create the sales tables, their indexes and closed-month triggers."""
    statements = [
        """CREATE TABLE sales_product (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
            name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
            category TEXT NOT NULL DEFAULT '',
            price_fen INTEGER NOT NULL CHECK (price_fen > 0),
            material_cost_fen INTEGER NOT NULL DEFAULT 0 CHECK (material_cost_fen >= 0),
            maker_set_id INTEGER REFERENCES sales_maker_set(id),
            search_text TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            archived_at TEXT,
            archive_reason TEXT,
            CHECK (archived_at IS NULL OR length(trim(coalesce(archive_reason, ''))) > 0)
        )""",
        "CREATE INDEX sales_product_by_name ON sales_product(archived_at, name)",
        """CREATE TABLE sales_product_photo (
            product_id INTEGER PRIMARY KEY REFERENCES sales_product(id),
            image BLOB NOT NULL,
            mime TEXT NOT NULL DEFAULT 'image/jpeg'
        )""",
        """CREATE TABLE sales_maker_set (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES sales_product(id),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX sales_maker_set_by_product ON sales_maker_set(product_id)",
        """CREATE TABLE sales_maker_share (
            set_id INTEGER NOT NULL REFERENCES sales_maker_set(id),
            person_id INTEGER NOT NULL REFERENCES member(person_id),
            share_percent INTEGER NOT NULL CHECK (share_percent BETWEEN 1 AND 100),
            PRIMARY KEY (set_id, person_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX sales_maker_share_by_person ON sales_maker_share(person_id, set_id)",
        f"""CREATE TABLE sales_order (
            id INTEGER PRIMARY KEY,
            customer TEXT NOT NULL CHECK (length(trim(customer)) BETWEEN 1 AND 60),
            contact TEXT NOT NULL DEFAULT '',
            day TEXT NOT NULL CHECK (day {_DAY}),
            due_day TEXT CHECK (due_day IS NULL OR due_day {_DAY}),
            delivered_on TEXT CHECK (delivered_on IS NULL OR delivered_on {_DAY}),
            invoice_status TEXT NOT NULL DEFAULT 'none'
                CHECK (invoice_status IN ('none', 'requested', 'issued')),
            note TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            cancelled_at TEXT,
            cancel_reason TEXT,
            CHECK (cancelled_at IS NULL OR length(trim(coalesce(cancel_reason, ''))) > 0)
        )""",
        "CREATE INDEX sales_order_by_day ON sales_order(day)",
        """CREATE TABLE sales_order_line (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES sales_order(id),
            product_id INTEGER NOT NULL REFERENCES sales_product(id),
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen > 0)
        )""",
        "CREATE INDEX sales_order_line_by_order ON sales_order_line(order_id)",
        f"""CREATE TABLE sales_sale (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 8 AND 64),
            day TEXT NOT NULL CHECK (day {_DAY}),
            time TEXT NOT NULL CHECK (time {_TIME}),
            channel TEXT NOT NULL CHECK (channel IN ('counter', 'bazaar', 'order')),
            payment TEXT NOT NULL CHECK (payment IN ('现金', '微信', '支付宝', '银行卡', '其他')),
            total_fen INTEGER NOT NULL CHECK (total_fen >= 0),
            cash_given_fen INTEGER,
            change_fen INTEGER,
            order_id INTEGER REFERENCES sales_order(id),
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT,
            voided_by TEXT,
            CHECK ((payment = '现金') = (cash_given_fen IS NOT NULL)),
            CHECK (cash_given_fen IS NULL OR (cash_given_fen >= total_fen
                   AND change_fen = cash_given_fen - total_fen)),
            CHECK (cash_given_fen IS NOT NULL OR change_fen IS NULL),
            CHECK (voided_at IS NULL OR length(trim(coalesce(void_reason, ''))) > 0)
        )""",
        "CREATE INDEX sales_sale_by_day ON sales_sale(day, time)",
        """CREATE TABLE sales_line (
            id INTEGER PRIMARY KEY,
            sale_id INTEGER NOT NULL REFERENCES sales_sale(id),
            product_id INTEGER NOT NULL REFERENCES sales_product(id),
            maker_set_id INTEGER NOT NULL REFERENCES sales_maker_set(id),
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen > 0),
            discount_fen INTEGER NOT NULL DEFAULT 0
                CHECK (discount_fen >= 0 AND discount_fen <= quantity * unit_price_fen),
            discount_reason TEXT NOT NULL DEFAULT '',
            unit_material_cost_fen INTEGER NOT NULL CHECK (unit_material_cost_fen >= 0),
            short_quantity INTEGER NOT NULL DEFAULT 0
                CHECK (short_quantity BETWEEN 0 AND quantity),
            short_reason TEXT NOT NULL DEFAULT '',
            CHECK (discount_fen = 0 OR length(trim(discount_reason)) > 0),
            CHECK (short_quantity = 0 OR length(trim(short_reason)) > 0)
        )""",
        "CREATE INDEX sales_line_by_sale ON sales_line(sale_id)",
        "CREATE INDEX sales_line_by_product ON sales_line(product_id, sale_id)",
        "CREATE INDEX sales_line_by_maker_set ON sales_line(maker_set_id)",
        f"""CREATE TABLE sales_refund (
            id INTEGER PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES sales_line(id),
            day TEXT NOT NULL CHECK (day {_DAY}),
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
            reason TEXT NOT NULL CHECK ({_REASON.format(column="reason")}),
            restocked INTEGER NOT NULL CHECK (restocked IN (0, 1)),
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX sales_refund_by_line ON sales_refund(line_id)",
        "CREATE INDEX sales_refund_by_day ON sales_refund(day)",
        f"""CREATE TABLE sales_stock_take (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL CHECK (day {_DAY}),
            reason TEXT NOT NULL CHECK ({_REASON.format(column="reason")}),
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE sales_stock_count (
            stock_take_id INTEGER NOT NULL REFERENCES sales_stock_take(id),
            product_id INTEGER NOT NULL REFERENCES sales_product(id),
            expected INTEGER NOT NULL,
            counted INTEGER NOT NULL CHECK (counted >= 0),
            PRIMARY KEY (stock_take_id, product_id)
        ) WITHOUT ROWID""",
        f"""CREATE TABLE sales_stock_movement (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES sales_product(id),
            day TEXT NOT NULL CHECK (day {_DAY}),
            kind TEXT NOT NULL CHECK (kind IN ('production', 'adjustment', 'consignment_out',
                'consignment_back', 'stock_take', 'sale', 'refund', 'void')),
            quantity INTEGER NOT NULL CHECK (quantity <> 0),
            adjustment TEXT CHECK (adjustment IS NULL
                OR adjustment IN ('damaged', 'sample', 'gift', 'other')),
            reason TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            maker_id INTEGER REFERENCES member(person_id),
            sale_line_id INTEGER REFERENCES sales_line(id),
            refund_id INTEGER REFERENCES sales_refund(id),
            stock_take_id INTEGER REFERENCES sales_stock_take(id),
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            CHECK (kind <> 'production' OR quantity > 0),
            CHECK (kind NOT IN ('sale', 'consignment_out') OR quantity < 0),
            CHECK (kind NOT IN ('refund', 'void', 'consignment_back') OR quantity > 0),
            CHECK ((kind = 'adjustment') = (adjustment IS NOT NULL)),
            CHECK (kind NOT IN ('adjustment', 'stock_take')
                   OR length(trim(reason)) > 0),
            CHECK (kind NOT IN ('consignment_out', 'consignment_back')
                   OR length(trim(place)) > 0),
            CHECK (kind NOT IN ('sale', 'void') OR sale_line_id IS NOT NULL),
            CHECK (kind <> 'refund' OR refund_id IS NOT NULL),
            CHECK (kind <> 'stock_take' OR stock_take_id IS NOT NULL)
        )""",
        "CREATE INDEX sales_stock_by_product ON sales_stock_movement(product_id, day)",
        "CREATE INDEX sales_stock_by_day ON sales_stock_movement(day)",
        "CREATE INDEX sales_stock_by_line ON sales_stock_movement(sale_line_id)"
        " WHERE sale_line_id IS NOT NULL",
        f"""CREATE TABLE sales_day_end (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL CHECK (day {_DAY}),
            expected_cash_fen INTEGER NOT NULL,
            counted_fen INTEGER NOT NULL CHECK (counted_fen >= 0),
            difference_fen INTEGER NOT NULL
                CHECK (difference_fen = counted_fen - expected_cash_fen),
            note TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            CHECK (difference_fen = 0 OR length(trim(note)) > 0)
        )""",
        "CREATE INDEX sales_day_end_by_day ON sales_day_end(day, id)",
        f"""CREATE TABLE sales_payout (
            id INTEGER PRIMARY KEY,
            month TEXT NOT NULL CHECK (month {_MONTH}),
            person_id INTEGER NOT NULL REFERENCES member(person_id),
            items INTEGER NOT NULL,
            revenue_fen INTEGER NOT NULL,
            material_cost_fen INTEGER NOT NULL,
            share_fen INTEGER NOT NULL CHECK (share_fen >= 0),
            paid_on TEXT NOT NULL CHECK (paid_on {_DAY} AND substr(paid_on, 1, 7) >= month),
            paid_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (month, person_id)
        )""",
        "CREATE INDEX sales_payout_by_person ON sales_payout(person_id, month)",
    ]
    for table in ("sales_sale", "sales_refund", "sales_stock_movement", "sales_stock_take",
                  "sales_day_end"):
        new, old = "substr(NEW.day, 1, 7)", "substr(OLD.day, 1, 7)"
        statements += closed_month_triggers(
            table, on_insert=month_closed(new),
            on_update=f"{month_closed(old)} OR {month_closed(new)}",
            on_delete=month_closed(old))
    # Orders are not in the month's figures (their sales are) and are delivered and invoiced
    # after the month they were taken in closes: no triggers. A line follows its sale's day;
    # a payout the day it was paid (often after the month it pays for was closed, so the
    # month itself cannot be the test).
    sale_month = "(SELECT substr(day, 1, 7) FROM sales_sale WHERE id = {row}.sale_id)"
    statements += closed_month_triggers(
        "sales_line", on_insert=month_closed(sale_month.format(row="NEW")),
        on_update=f"{month_closed(sale_month.format(row='OLD'))}"
                  f" OR {month_closed(sale_month.format(row='NEW'))}",
        on_delete=month_closed(sale_month.format(row="OLD")))
    new, old = "substr(NEW.paid_on, 1, 7)", "substr(OLD.paid_on, 1, 7)"
    statements += closed_month_triggers(
        "sales_payout", on_insert=month_closed(new),
        on_update=f"{month_closed(old)} OR {month_closed(new)}", on_delete=month_closed(old))
    execute_all(conn, statements)
