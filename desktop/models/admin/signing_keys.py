"""This centre's Ed25519 signing key, which signs its monthly workbooks (docs/workbook.md).

One key signs at a time (the newest not retired); it is made the first time it is needed (the
first export, or 设置 showing its fingerprint) and replaced by :func:`rotate_key` on a new PC or
when the old one may have been copied. Retired keys are kept: a workbook they signed is still
this centre's. Every creation and rotation is in the audit log.

The private key is stored in the database, in the same file as the data it vouches for: whoever
can read that file can sign as the centre. What protects it is what protects the database
(encryption at rest, the PC's accounts); the district's register of public keys is what makes
a new key visible (it must be imported there, or is reported as trusted on first use).

The key file (:func:`key_file_text`) is the small text file a centre gives the district: its
code, name and public key. :func:`read_key_file` reads it back, refusing anything else.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.text_input import clean_line

KEY_FILE_HEADER = "warmhome-centre-public-key 1"
KEY_FILE_SUFFIX = ".whkey"
# A key file is a few lines; anything much larger is not one (and is not read whole).
MAX_KEY_FILE_BYTES = 4096


class KeyFileError(WarmHomeError):
    """The file is not a centre's public key file; the message says why."""


@dataclass(frozen=True)
class SigningKey:
    """One of this centre's key pairs, without the private half."""

    id: int
    public_key: str  # base64 of the 32 raw bytes
    fingerprint: str
    created_at: str
    created_by: str
    retired_at: str | None = None
    retire_reason: str | None = None


@dataclass(frozen=True)
class KeyFile:
    """What a centre's key file says: whose key it is and the key."""

    centre_code: str
    centre_name: str
    public_key: str
    fingerprint: str


def raw_public(public_key: str) -> bytes:
    """The 32 raw bytes of a base64 public key; ValueError when it is not one."""
    try:
        raw = base64.b64decode(public_key.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not base64") from exc
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return raw


def fingerprint(public_key: str) -> str:
    """What people compare on the phone: the first 16 bytes of the SHA-256 of the raw key, in
    eight groups of four upper-case hex digits (``3F2A-91BC-…``)."""
    digest = hashlib.sha256(raw_public(public_key)).hexdigest()[:32].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 32, 4))


def verify(public_key: str, signature: str, message: bytes) -> bool:
    """Whether ``signature`` (base64) is the key's Ed25519 signature of ``message``."""
    try:
        key = Ed25519PublicKey.from_public_bytes(raw_public(public_key))
        key.verify(base64.b64decode(signature.strip(), validate=True), message)
    except (ValueError, binascii.Error, InvalidSignature):
        return False
    return True


def _key(row: object) -> SigningKey:
    values = dict(row)  # type: ignore[call-overload]
    values.pop("private_key", None)
    return SigningKey(**values)


def current_key(db: Database) -> SigningKey | None:
    """The key that signs now, or None before the first one is made."""
    row = db.query_one("SELECT * FROM centre_signing_key WHERE retired_at IS NULL")
    return None if row is None else _key(row)


def all_keys(db: Database) -> list[SigningKey]:
    """Every key this centre has had, oldest first."""
    return [_key(r) for r in db.query("SELECT * FROM centre_signing_key ORDER BY id")]


def _insert(db: Database, by: str) -> SigningKey:
    private = Ed25519PrivateKey.generate()
    public = base64.b64encode(private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode("ascii")
    secret = base64.b64encode(private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())).decode("ascii")
    shown = fingerprint(public)
    cursor = db.execute(
        "INSERT INTO centre_signing_key (public_key, private_key, fingerprint, created_at,"
        " created_by) VALUES (?, ?, ?, ?, ?)", (public, secret, shown, now_iso(db.clock), by))
    key_id = int(cursor.lastrowid or 0)
    audit.record(db, actor=by, action="create", table="centre_signing_key", record_id=key_id,
                 after={"fingerprint": shown})
    key = current_key(db)
    assert key is not None
    return key


def ensure_key(db: Database, *, by: str) -> SigningKey:
    """The signing key, made (and audited under ``by``) when the centre has none yet."""
    key = current_key(db)
    if key is not None:
        return key
    with db.transaction():
        key = current_key(db)  # another writer may have made it meanwhile
        return key if key is not None else _insert(db, by)


def rotate_key(db: Database, reason: str, *, actor: Actor) -> SigningKey:
    """Retire the current key (kept, with the reason) and make a new one; the district must
    import the new key file before it accepts the workbooks the new key signs."""
    actor.require(Permission.EDIT_SETTINGS)
    reason = clean_line(reason)
    if not reason:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写更换签名密钥的原因（如：更换了电脑）"))})
    with db.transaction():
        old = current_key(db)
        if old is not None:
            db.execute("UPDATE centre_signing_key SET retired_at = ?, retire_reason = ?"
                       " WHERE id = ?", (now_iso(db.clock), reason, old.id))
        key = _insert(db, actor.username)
        audit.record(db, actor=actor.username, action="rotate", table="centre_signing_key",
                     record_id=key.id,
                     before=None if old is None else {"fingerprint": old.fingerprint},
                     after={"fingerprint": key.fingerprint}, reason=reason)
    return key


def sign(db: Database, message: bytes) -> tuple[SigningKey, str]:
    """The current key and its signature (base64) of ``message``; LookupError without a key."""
    row = db.query_one("SELECT * FROM centre_signing_key WHERE retired_at IS NULL")
    if row is None:
        raise LookupError("no signing key")
    private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(row["private_key"]))
    return _key(row), base64.b64encode(private.sign(message)).decode("ascii")


# -- the key file the district imports ---------------------------------------------------------
def key_file_text(key: SigningKey, centre_code: str, centre_name: str) -> str:
    """The key file's text: a header line, then ``name: value`` lines."""
    return "\n".join([
        KEY_FILE_HEADER,
        f"centre_code: {centre_code}",
        f"centre_name: {centre_name}",
        f"public_key: {key.public_key}",
        f"fingerprint: {key.fingerprint}",
        "",
    ])


def write_key_file(path: str | os.PathLike[str], key: SigningKey, centre_code: str,
                   centre_name: str) -> Path:
    """Write the key file at ``path``; a folder gets ``{centre-code}_签名公钥.whkey``."""
    target = Path(path)
    if target.is_dir():
        safe = centre_code.replace("/", "-").replace("\\", "-") or "未设置"
        target = target / f"{safe}_签名公钥{KEY_FILE_SUFFIX}"
    target.write_text(key_file_text(key, centre_code, centre_name), encoding="utf-8")
    return target


def _not_a_key_file(path: Path, why: Message) -> KeyFileError:
    return KeyFileError(Message(QT_TRANSLATE_NOOP(
        "Messages",
        "{file} 不是温馨家园的中心公钥文件（{why}）；请让中心在 设置 中重新导出公钥文件"),
        file=path.name, why=why))


def read_key_file(path: str | os.PathLike[str]) -> KeyFile:
    """Read a centre's key file; KeyFileError (naming the file) for anything else."""
    file = Path(path)
    try:
        with file.open("rb") as stream:
            data = stream.read(MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise KeyFileError(Message(QT_TRANSLATE_NOOP(
            "Messages", "无法读取公钥文件 {file}（{reason}）"),
            file=file.name, reason=exc.strerror or type(exc).__name__)) from exc
    if len(data) > MAX_KEY_FILE_BYTES:
        raise _not_a_key_file(file, Message(QT_TRANSLATE_NOOP("Messages", "文件太大")))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _not_a_key_file(file, Message(QT_TRANSLATE_NOOP("Messages", "不是文本"))) from exc
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or lines[0] != KEY_FILE_HEADER:
        raise _not_a_key_file(file, Message(QT_TRANSLATE_NOOP("Messages", "开头不对")))
    fields: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        fields[name.strip()] = value.strip()
    code = fields.get("centre_code", "").upper()
    public = fields.get("public_key", "")
    if not code:
        raise _not_a_key_file(file, Message(QT_TRANSLATE_NOOP("Messages", "缺少中心编码")))
    try:
        shown = fingerprint(public)
    except ValueError as exc:
        raise _not_a_key_file(file, Message(QT_TRANSLATE_NOOP(
            "Messages", "公钥不是有效的 Ed25519 公钥"))) from exc
    if fields.get("fingerprint") and fields["fingerprint"].upper() != shown:
        raise _not_a_key_file(file, Message(QT_TRANSLATE_NOOP(
            "Messages", "指纹与公钥不符")))
    return KeyFile(code, fields.get("centre_name", ""), public, shown)
