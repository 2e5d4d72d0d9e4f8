"""The audit log's hash chain: how one entry's hash is computed from its values and its predecessor.

Shared by the migration that chains existing entries and by :mod:`desktop.models.admin.audit`, which
writes and verifies the chain. The serialisation is a stored format: changing it would make every
existing log fail verification, so it never changes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping
from typing import Any

# The predecessor of the first entry.
GENESIS_HASH = "0" * 64

# The columns each hash covers, in no particular order (the JSON keys are sorted).
HASHED_COLUMNS = ("id", "at", "actor", "action", "table_name", "record_id", "before", "after",
                  "reason", "prev_hash")

Entry = Mapping[str, Any] | sqlite3.Row


def canonical_entry(values: Entry) -> bytes:
    """The bytes an entry's hash is taken over: JSON with sorted keys, UTF-8, no spaces."""
    payload = {column: values[column] for column in HASHED_COLUMNS}
    return json.dumps(payload, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def entry_hash(values: Entry) -> str:
    """SHA-256 (hex) of the canonical form of one entry, which includes its ``prev_hash``."""
    return hashlib.sha256(canonical_entry(values)).hexdigest()
