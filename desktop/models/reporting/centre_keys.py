"""The district's register of the centres' public keys (签名公钥登记), read by consolidation.

A centre's key comes from the key file it exported (:func:`import_key_file`) or, the first
time one of its signed workbooks is consolidated with no key on file, from the workbook itself
(:func:`trust_first_use`: recorded as such, and consolidation says so with a warning to compare
the fingerprint with the centre). A new key for a centre that has one (a rotation: a new PC)
revokes the old one, with the reason; revoked keys are kept, so a workbook signed with one is
refused as signed by a revoked key rather than by an unknown one. Every change is audited.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.admin.signing_keys import KeyFile, fingerprint
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.district import normalise_code
from desktop.models.text_input import clean_line

FROM_FILE, FIRST_USE = "file", "first_use"


@dataclass(frozen=True)
class KnownKey:
    """A centre's public key as the district holds it."""

    centre_code: str
    public_key: str
    fingerprint: str
    source: str
    added_at: str
    added_by: str
    revoked_at: str | None = None
    revoke_reason: str | None = None

    @property
    def active(self) -> bool:
        """Whether workbooks signed with this key are accepted."""
        return self.revoked_at is None


KeyRegister = Mapping[str, list[KnownKey]]


def known_keys(db: Database) -> dict[str, list[KnownKey]]:
    """Centre code → its keys, oldest first (the active one, if any, among them)."""
    register: dict[str, list[KnownKey]] = {}
    for row in db.query("SELECT centre_code, public_key, fingerprint, source, added_at,"
                        " added_by, revoked_at, revoke_reason FROM district_centre_key"
                        " ORDER BY id"):
        register.setdefault(row["centre_code"], []).append(KnownKey(**dict(row)))
    return register


def _add(db: Database, code: str, public_key: str, source: str, *, by: str,
         reason: str) -> bool:
    """Make ``public_key`` the centre's active key (revoking another); False when it already
    is. Inside a transaction."""
    shown = fingerprint(public_key)
    row = db.query_one("SELECT id, revoked_at FROM district_centre_key WHERE centre_code = ?"
                       " AND public_key = ?", (code, public_key))
    if row is not None and row["revoked_at"] is None:
        return False
    if row is not None:
        # Taking back a revoked key is a decision the audit log should show, not a no-op.
        raise ValidationError({"key": Message(QT_TRANSLATE_NOOP(
            "Messages", "中心 {code} 的公钥（指纹 {fingerprint}）已停用，不能再次登记；"
            "请让中心导出当前的公钥文件"), code=code, fingerprint=shown)})
    old = db.query_one("SELECT id, fingerprint FROM district_centre_key WHERE centre_code = ?"
                       " AND revoked_at IS NULL", (code,))
    if old is not None:
        db.execute("UPDATE district_centre_key SET revoked_at = ?, revoke_reason = ?"
                   " WHERE id = ?", (now_iso(db.clock), reason, old["id"]))
    cursor = db.execute(
        "INSERT INTO district_centre_key (centre_code, public_key, fingerprint, source,"
        " added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)",
        (code, public_key, shown, source, now_iso(db.clock), by))
    audit.record(db, actor=by, action="create" if old is None else "rotate",
                 table="district_centre_key", record_id=int(cursor.lastrowid or 0),
                 before=None if old is None else {"fingerprint": old["fingerprint"]},
                 after={"centre_code": code, "fingerprint": shown, "source": source},
                 reason=reason)
    return True


def import_key_file(db: Database, key: KeyFile, *, actor: Actor,
                    reason: str = "") -> bool:
    """Register the key a centre's key file carries (revoking the centre's previous key: a
    rotation, recorded with ``reason``); False when it is already the centre's key."""
    actor.require(Permission.EDIT_SETTINGS)
    code = normalise_code(key.centre_code)
    why = clean_line(reason) or "导入中心的公钥文件"
    with db.transaction():
        return _add(db, code, key.public_key, FROM_FILE, by=actor.username, reason=why)


def trust_first_use(db: Database, code: str, public_key: str, *, by: str) -> bool:
    """Register the key of a centre that has none on file, taken from its signed workbook
    (consolidation warns about it); False when the centre already has a key."""
    code = normalise_code(code)
    with db.transaction():
        if db.scalar("SELECT 1 FROM district_centre_key WHERE centre_code = ?", (code,)):
            return False
        return _add(db, code, public_key, FIRST_USE, by=by, reason="首次收到该中心的签名月报")


def revoke_key(db: Database, code: str, reason: str, *, actor: Actor) -> KnownKey:
    """Stop accepting the centre's active key (say, its PC was stolen); returns it."""
    actor.require(Permission.EDIT_SETTINGS)
    code = normalise_code(code)
    reason = clean_line(reason)
    if not reason:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写停用公钥的原因"))})
    with db.transaction():
        active = [k for k in known_keys(db).get(code, []) if k.active]
        if not active:
            raise ValidationError({"key": Message(QT_TRANSLATE_NOOP(
                "Messages", "中心 {code} 没有在用的签名公钥"), code=code)})
        db.execute("UPDATE district_centre_key SET revoked_at = ?, revoke_reason = ?"
                   " WHERE centre_code = ? AND revoked_at IS NULL",
                   (now_iso(db.clock), reason, code))
        audit.record(db, actor=actor.username, action="revoke", table="district_centre_key",
                     record_id=None, before={"centre_code": code,
                                             "fingerprint": active[0].fingerprint},
                     reason=reason)
    return active[0]
