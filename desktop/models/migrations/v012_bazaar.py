"""Schema v12: bazaar sales merged back by file (义卖展销).

The centre exports a bazaar *package* (the catalogue, the stock taken along, a secret key) for
a laptop to sell from offline; the laptop's sales come back as a file signed with that key.
``sales_bazaar_package`` keeps each package exported (its id, place, day and key, and when its
unsold items came back), ``sales_bazaar_take`` what was taken along, ``sales_bazaar_import``
every import of a returned file (how many sales were added and skipped as already imported),
and ``sales_bazaar_issue`` what an import found for staff to settle: items sold beyond what was
taken, a price changed at the centre in the meantime. An issue is settled with a note, never
deleted.
"""

from __future__ import annotations

import sqlite3

from desktop.models.migrations.shared import execute_all

_DAY = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"


def upgrade(conn: sqlite3.Connection) -> None:
    """Create the bazaar tables."""
    execute_all(conn, [
        f"""CREATE TABLE sales_bazaar_package (
            id INTEGER PRIMARY KEY,
            package_id TEXT NOT NULL UNIQUE CHECK (length(package_id) BETWEEN 8 AND 64),
            place TEXT NOT NULL CHECK (length(trim(place)) > 0),
            day TEXT NOT NULL CHECK (day {_DAY}),
            stock_place TEXT NOT NULL CHECK (length(trim(stock_place)) > 0),
            key TEXT NOT NULL CHECK (length(key) >= 32),
            exported_by TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            returned_at TEXT
        )""",
        """CREATE TABLE sales_bazaar_take (
            package_id INTEGER NOT NULL REFERENCES sales_bazaar_package(id),
            product_id INTEGER NOT NULL REFERENCES sales_product(id),
            quantity INTEGER NOT NULL CHECK (quantity >= 0),
            price_fen INTEGER NOT NULL CHECK (price_fen > 0),
            PRIMARY KEY (package_id, product_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE sales_bazaar_import (
            id INTEGER PRIMARY KEY,
            package_id INTEGER NOT NULL REFERENCES sales_bazaar_package(id),
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            added INTEGER NOT NULL CHECK (added >= 0),
            skipped INTEGER NOT NULL CHECK (skipped >= 0),
            issues INTEGER NOT NULL CHECK (issues >= 0),
            imported_by TEXT NOT NULL,
            imported_at TEXT NOT NULL
        )""",
        "CREATE INDEX sales_bazaar_import_by_package ON sales_bazaar_import(package_id)",
        """CREATE TABLE sales_bazaar_issue (
            id INTEGER PRIMARY KEY,
            import_id INTEGER NOT NULL REFERENCES sales_bazaar_import(id),
            sale_uid TEXT NOT NULL,
            product_id INTEGER NOT NULL REFERENCES sales_product(id),
            kind TEXT NOT NULL CHECK (kind IN ('shortfall', 'price')),
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            bazaar_price_fen INTEGER NOT NULL,
            centre_price_fen INTEGER NOT NULL,
            settled_at TEXT,
            settled_by TEXT,
            settle_note TEXT,
            CHECK (settled_at IS NULL OR length(trim(coalesce(settle_note, ''))) > 0)
        )""",
        "CREATE INDEX sales_bazaar_issue_open ON sales_bazaar_issue(settled_at, id)",
    ])
