"""The audit log: who changed what, when, before and after (sensitive values masked).

Writes happen inside the caller's transaction, so a change and its audit entry commit together.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from desktop.models.db import Database
from desktop.models.identity import mask_id, mask_phone

# Fields whose values never reach the log in clear (PIPL: sensitive personal information).
_MASKERS = {
    "id_number": mask_id,
    "cert_number": mask_id,
    "phone": mask_phone,
    "emergency_phone": mask_phone,
}
_HIDDEN = {"address", "photo", "image", "search_text", "id_text"}


def now_iso() -> str:
    """The local time as ISO 8601 text, to the second."""
    return datetime.now().isoformat(timespec="seconds")


def _masked(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key in _HIDDEN:
            clean[key] = "***" if value else value
        elif key in _MASKERS and isinstance(value, str):
            clean[key] = _MASKERS[key](value)
        else:
            clean[key] = value
    return json.dumps(clean, ensure_ascii=False, sort_keys=True, default=str)


def record(
    db: Database,
    *,
    actor: str,
    action: str,
    table: str,
    record_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
) -> None:
    """Append one entry; call inside the transaction that makes the change."""
    db.execute(
        "INSERT INTO audit_log (at, actor, action, table_name, record_id, before, after, reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (now_iso(), actor, action, table, record_id, _masked(before), _masked(after), reason),
    )


def entries_for(db: Database, table: str, record_id: int) -> list[dict[str, Any]]:
    """Every entry about one record, oldest first."""
    rows = db.query(
        "SELECT at, actor, action, before, after, reason FROM audit_log"
        " WHERE table_name = ? AND record_id = ? ORDER BY id",
        (table, record_id),
    )
    return [dict(row) for row in rows]
