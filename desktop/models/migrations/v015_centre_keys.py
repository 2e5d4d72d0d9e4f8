"""Schema v15: the centre's signing keys and the district's register of centres' public keys.

``centre_signing_key`` holds this centre's Ed25519 key pairs (docs/workbook.md, "Signature"):
the one without ``retired_at`` signs the monthly workbooks; a retired one (a new PC, a key
thought copied) is kept so that workbooks it signed can still be recognised as this centre's
(``warmhome audit verify --anchor``). ``district_centre_key`` is the district's side: each
centre's public key, imported from the key file the centre exported or trusted on first use,
and revoked (never deleted) when the centre rotates its key.
"""

from __future__ import annotations

import sqlite3

_KEY = "length(public_key) = 44"  # base64 of the 32-byte raw Ed25519 public key


def upgrade(conn: sqlite3.Connection) -> None:
    """Create ``centre_signing_key`` and ``district_centre_key``."""
    conn.execute(f"""CREATE TABLE centre_signing_key (
        id INTEGER PRIMARY KEY,
        public_key TEXT NOT NULL UNIQUE CHECK ({_KEY}),
        private_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        retired_at TEXT,
        retire_reason TEXT,
        CHECK (retired_at IS NULL OR length(trim(coalesce(retire_reason, ''))) > 0)
    )""")
    # At most one key signs: the newest not retired.
    conn.execute("CREATE UNIQUE INDEX centre_signing_key_current ON centre_signing_key "
                 "((1)) WHERE retired_at IS NULL")
    conn.execute(f"""CREATE TABLE district_centre_key (
        id INTEGER PRIMARY KEY,
        centre_code TEXT NOT NULL,
        public_key TEXT NOT NULL CHECK ({_KEY}),
        fingerprint TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('file', 'first_use')),
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        revoked_at TEXT,
        revoke_reason TEXT,
        UNIQUE (centre_code, public_key),
        CHECK (revoked_at IS NULL OR length(trim(coalesce(revoke_reason, ''))) > 0)
    )""")
    conn.execute("CREATE UNIQUE INDEX district_centre_key_current ON district_centre_key "
                 "(centre_code) WHERE revoked_at IS NULL")
