"""The monthly workbook's signature and audit anchor in ``_meta`` (docs/workbook.md, "Signature").

The centre's Ed25519 key signs the ``_meta`` rows: they carry the ``sha256`` checksum, which
covers the hashed sheets and the workbook's identity, so the signature covers the data and
``_meta`` alike, and only the centre's key can make a signature over a recomputed checksum.
The rows also carry the audit chain's head at export (``audit_seq``, ``audit_hash``), which
``warmhome audit verify --anchor`` later finds in the centre's log.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.excel.reporting.cell_text import ROW_SEP, sheet_rows
from desktop.models.admin.signing_keys import current_key, fingerprint, sign, verify
from desktop.models.db import Database
from desktop.models.errors import WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message

SIGNATURE_DOMAIN = "warmhome-monthly-workbook-signature 1"
SIGNATURE, SIGNING_KEY, KEY_FINGERPRINT = "signature", "signing_key", "key_fingerprint"
AUDIT_SEQ, AUDIT_HASH = "audit_seq", "audit_hash"

MetaRows = Sequence[tuple[Any, Any]]


class BadSignature(WarmHomeError):
    """The workbook's signature is malformed or does not verify; the message says which."""


@dataclass(frozen=True)
class SignedBy:
    """The key whose valid signature a workbook carries."""

    public_key: str
    fingerprint: str


def meta_rows(sheet: Any) -> list[tuple[Any, Any]]:
    """A ``_meta`` sheet's rows below its header, in order, as (key, value)."""
    rows: list[tuple[Any, Any]] = []
    for row in sheet.iter_rows(min_row=2, values_only=True):
        if row and any(v is not None for v in row):
            rows.append((row[0], row[1] if len(row) > 1 else None))
    return rows


def signed_bytes(rows: Iterable[tuple[Any, Any]]) -> bytes:
    """What the signature is over: ``SIGNATURE_DOMAIN`` U+001E, then every ``_meta`` row
    below the header but the ``signature`` row, in order, as the checksum hashes a row
    (``key`` U+001F ``value`` U+001E, canonical text), UTF-8."""
    kept = [[key, value] for key, value in rows if str(key).strip() != SIGNATURE]
    text = SIGNATURE_DOMAIN + ROW_SEP + "".join(line + ROW_SEP for line in sheet_rows(kept))
    return text.encode("utf-8")


def audit_anchor(db: Database) -> tuple[int, str]:
    """The audit chain's head: the newest entry's id and hash ((0, "") for an empty log)."""
    row = db.query_one("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    return (0, "") if row is None else (int(row["id"]), str(row["hash"]))


def signed_meta(db: Database, rows: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """``rows`` followed by the audit anchor and, when the centre has a key (every export
    makes one first), the key, its fingerprint and the signature over all of them."""
    seq, head = audit_anchor(db)
    rows = [*rows, (AUDIT_SEQ, seq), (AUDIT_HASH, head)]
    key = current_key(db)
    if key is None:
        return rows
    rows += [(SIGNING_KEY, key.public_key), (KEY_FINGERPRINT, key.fingerprint)]
    _, signature = sign(db, signed_bytes(rows))
    return [*rows, (SIGNATURE, signature)]


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def check_signature(rows: MetaRows) -> SignedBy | None:
    """The key that validly signed these ``_meta`` rows; None when they carry no signature
    (a release before signing); BadSignature when a signature is there but wrong."""
    values = {_text(k): v for k, v in rows}
    signature, public = _text(values.get(SIGNATURE)), _text(values.get(SIGNING_KEY))
    if not signature and not public:
        return None
    try:
        shown = fingerprint(public)
    except ValueError as exc:
        raise BadSignature(Message(QT_TRANSLATE_NOOP(
            "Messages", "_meta 中的签名公钥无效，无法确认文件来自该中心"))) from exc
    if not verify(public, signature, signed_bytes(rows)):
        raise BadSignature(Message(QT_TRANSLATE_NOOP(
            "Messages", "签名不符：文件在中心签名后被修改过（或签名被替换），请中心重新导出")))
    return SignedBy(public, shown)
