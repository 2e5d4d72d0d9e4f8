"""Encrypted backup files (``.whbak``) for the second folder: a USB stick or a network share.

A lost USB stick must not leak members' data, so copies that leave the PC are encrypted with
AES-256-GCM (``cryptography``) under a key derived by scrypt from the administrator's
passphrase.

File format, version 1 (all integers big-endian)::

    offset  size  field
    0       8     magic  b"WHBAK\\r\\n\\x1a"  (a text-mode transfer garbles the \\r\\n or \\x1a)
    8       2     format version (1)
    10      1     scrypt log2(N)
    11      2     scrypt r
    13      2     scrypt p
    15      16    scrypt salt
    31      12    AES-GCM nonce (random per file)
    43      16    key check: bytes 32–47 of the scrypt output (the AES key is bytes 0–31)
    59      8     length of the plain SQLite snapshot
    67      n     ciphertext of the whole snapshot
    67+n    16    AES-GCM tag

The 67-byte header is authenticated as associated data, so changing any field fails the tag.
The key check tells a wrong passphrase ("口令不正确") apart from a damaged file, and the length
tells a truncated file apart from both; neither weakens the key, since testing a guess against
them costs the same scrypt run as testing it against the tag. Everything needed to decrypt,
except the passphrase, is in the file: a backup opens on a new PC after the old one died.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import struct
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.models.errors import WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message

MAGIC = b"WHBAK\r\n\x1a"
FORMAT_VERSION = 1
SALT_SIZE = 16
NONCE_SIZE = 12
TAG_SIZE = 16
KEY_SIZE = 32
CHECK_SIZE = 16
# scrypt cost: N=2^15, r=8 needs 32 MB and about 0.1 s on an old PC, once per backup run.
DEFAULT_LOG2_N, DEFAULT_R, DEFAULT_P = 15, 8, 1
# A damaged or hostile header must not make us allocate gigabytes.
_MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
_HEADER = struct.Struct(">8sHBHH16s12s16sQ")
HEADER_SIZE = _HEADER.size
_CHUNK = 1024 * 1024
MIN_PASSPHRASE_LENGTH = 8
MAX_PASSPHRASE_LENGTH = 128


class BackupError(WarmHomeError):
    """A backup could not be made, read or restored; the message names the file."""


class WrongPassphraseError(BackupError):
    """The passphrase does not open this encrypted backup."""


@dataclass(frozen=True)
class BackupKey:
    """An AES key derived from a passphrase, with the scrypt inputs needed to derive it again."""

    salt: bytes
    log2_n: int
    r: int
    p: int
    key: bytes
    check: bytes

    def to_setting(self) -> str:
        """The key as stored in the settings table (JSON, hex bytes; never the passphrase)."""
        return json.dumps({"v": 1, "salt": self.salt.hex(), "log2_n": self.log2_n, "r": self.r,
                           "p": self.p, "key": self.key.hex(), "check": self.check.hex()})

    @classmethod
    def from_setting(cls, text: str) -> BackupKey | None:
        """The stored key, or None when none is stored or it cannot be read."""
        try:
            data = json.loads(text)
            key = cls(salt=bytes.fromhex(data["salt"]), log2_n=int(data["log2_n"]),
                      r=int(data["r"]), p=int(data["p"]), key=bytes.fromhex(data["key"]),
                      check=bytes.fromhex(data["check"]))
        except (ValueError, KeyError, TypeError):
            return None
        if len(key.key) != KEY_SIZE or len(key.salt) != SALT_SIZE:
            return None
        return key


@dataclass(frozen=True)
class EncryptedHeader:
    """The parsed header of a ``.whbak`` file."""

    raw: bytes
    log2_n: int
    r: int
    p: int
    salt: bytes
    nonce: bytes
    check: bytes
    length: int


def validate_passphrase(passphrase: str) -> str | None:
    """What is wrong with a new passphrase, or None."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "口令至少{minimum}位，现在是{length}位"),
            minimum=MIN_PASSPHRASE_LENGTH,
            length=len(passphrase),
        )
    if len(passphrase) > MAX_PASSPHRASE_LENGTH:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "口令最多{limit}位"),
            limit=MAX_PASSPHRASE_LENGTH,
        )
    return None


def _scrypt(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    # NFC: the same passphrase typed through different input methods gives the same bytes.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    n = 1 << log2_n
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, dklen=KEY_SIZE + CHECK_SIZE,
                          maxmem=_MAX_SCRYPT_MEMORY + 1024 * 1024)


def derive_key(passphrase: str, salt: bytes | None = None, *, log2_n: int = DEFAULT_LOG2_N,
               r: int = DEFAULT_R, p: int = DEFAULT_P) -> BackupKey:
    """Derive the AES key and key check from a passphrase (a new random salt by default)."""
    salt = salt or secrets.token_bytes(SALT_SIZE)
    out = _scrypt(passphrase, salt, log2_n, r, p)
    return BackupKey(salt=salt, log2_n=log2_n, r=r, p=p, key=out[:KEY_SIZE],
                     check=out[KEY_SIZE:KEY_SIZE + CHECK_SIZE])


def is_encrypted_backup(path: Path) -> bool:
    """Whether the file starts with the encrypted-backup magic (unreadable files: False)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def read_header(path: Path) -> EncryptedHeader:
    """Parse and sanity-check the header; BackupError names the file when it is unusable."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            raw = fh.read(HEADER_SIZE)
    except OSError as exc:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "无法读取备份文件 {path}：{reason}"),
                path=path,
                reason=exc.strerror,
            )
        ) from exc
    if raw[:len(MAGIC)] != MAGIC:
        raise BackupError(
            Message(QT_TRANSLATE_NOOP("Messages", "文件 {path} 不是本软件的加密备份"), path=path)
        )
    if len(raw) < HEADER_SIZE:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "加密备份 {path} 不完整（文件被截断或未复制完），不能使用"
                ),
                path=path,
            )
        )
    _magic, version, log2_n, r, p, salt, nonce, check, length = _HEADER.unpack(raw)
    if version > FORMAT_VERSION:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "加密备份 {path} 由更新版本的软件创建（格式版本 {version}），请先升级软件",
                ),
                path=path,
                version=version,
            )
        )
    if version < 1 or not (10 <= log2_n <= 24 and r >= 1 and 1 <= p <= 16) or \
            128 * r * (1 << log2_n) * p > _MAX_SCRYPT_MEMORY:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "加密备份 {path} 的文件头已损坏，不能使用"), path=path
            )
        )
    expected = HEADER_SIZE + length + TAG_SIZE
    if size < expected:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "加密备份 {path} 不完整（文件被截断或未复制完），不能使用"
                ),
                path=path,
            )
        )
    if size > expected:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "加密备份 {path} 已损坏（长度与文件头不符），不能使用"
                ),
                path=path,
            )
        )
    return EncryptedHeader(raw=raw, log2_n=log2_n, r=r, p=p, salt=salt, nonce=nonce,
                           check=check, length=length)


def key_for_file(path: Path, passphrase: str) -> tuple[EncryptedHeader, BackupKey]:
    """The header and the key the passphrase gives for this file.

    Raises WrongPassphraseError when the passphrase does not match the file's key check.
    """
    header = read_header(path)
    key = derive_key(passphrase, header.salt, log2_n=header.log2_n, r=header.r, p=header.p)
    if not secrets.compare_digest(key.check, header.check):
        raise WrongPassphraseError(
            Message(QT_TRANSLATE_NOOP("Messages", "口令不正确，无法打开加密备份 {path}"), path=path)
        )
    return header, key


def encrypt_file(source: Path, target: Path, key: BackupKey) -> None:
    """Write ``source`` (a plain snapshot) encrypted to the new file ``target``.

    Streams in chunks, so memory stays flat for a large database. Not atomic by itself:
    the caller writes to a temporary name and renames it once verified.
    """
    length = source.stat().st_size
    nonce = secrets.token_bytes(NONCE_SIZE)
    header = _HEADER.pack(MAGIC, FORMAT_VERSION, key.log2_n, key.r, key.p, key.salt, nonce,
                          key.check, length)
    # cryptography loads OpenSSL bindings (~40 ms): only when a file is actually encrypted.
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    encryptor = Cipher(algorithms.AES(key.key), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(header)
    with source.open("rb") as src, target.open("wb") as out:
        out.write(header)
        for chunk in _chunks(src):
            out.write(encryptor.update(chunk))
        out.write(encryptor.finalize())
        out.write(encryptor.tag)
        out.flush()
        os.fsync(out.fileno())


def decrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Decrypt ``source`` into the new file ``target``; nothing usable is left on failure.

    Raises WrongPassphraseError for another passphrase and BackupError (naming ``source``)
    for a file that is not an encrypted backup, is truncated, or was damaged or altered.
    """
    header, key = key_for_file(source, passphrase)
    try:
        with target.open("wb") as out:
            _decrypt_into(source, header, key, out.write)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        # GCM only proves authenticity at the end: plaintext from a failed run is discarded.
        target.unlink(missing_ok=True)
        raise


def verify_encrypted(path: Path, key: BackupKey) -> None:
    """Read an encrypted backup back and check its tag (e.g. after writing it to a USB stick)."""
    header = read_header(path)
    if not secrets.compare_digest(key.check, header.check):
        raise BackupError(
            Message(QT_TRANSLATE_NOOP("Messages", "加密备份 {path} 与当前口令不符"), path=path)
        )
    _decrypt_into(path, header, key, lambda _chunk: None)


def _decrypt_into(path: Path, header: EncryptedHeader, key: BackupKey,
                  write: Callable[[bytes], object]) -> None:
    with path.open("rb") as src:
        src.seek(HEADER_SIZE + header.length)
        tag = src.read(TAG_SIZE)
        src.seek(HEADER_SIZE)
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        decryptor = Cipher(algorithms.AES(key.key), modes.GCM(header.nonce, tag)).decryptor()
        decryptor.authenticate_additional_data(header.raw)
        for chunk in _chunks(src, header.length):
            write(decryptor.update(chunk))
        try:
            write(decryptor.finalize())
        except InvalidTag as exc:
            raise BackupError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "加密备份 {path} 已损坏或被改动（校验失败），不能使用"
                    ),
                    path=path,
                )
            ) from exc


def _chunks(stream: BinaryIO, limit: int | None = None) -> Iterator[bytes]:
    remaining = limit
    while remaining is None or remaining > 0:
        size = _CHUNK if remaining is None else min(_CHUNK, remaining)
        chunk = stream.read(size)
        if not chunk:
            return
        if remaining is not None:
            remaining -= len(chunk)
        yield chunk
