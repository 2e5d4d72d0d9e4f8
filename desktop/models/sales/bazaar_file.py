"""The files that carry a bazaar between the centre and the laptop, and how they are written
and read (Qt-free).

Both are UTF-8 JSON objects: ``{"format": …, "version": 1, "body": {…}, "digest": …}``. A
*package* (centre → laptop) carries a SHA-256 ``digest`` of its body, so a truncated or damaged
copy is refused; a *return* file (laptop → centre) carries ``hmac``: HMAC-SHA256 of its body
with the key the centre put into the package and kept in its own database, so a file altered
after it was made, or made from another centre's package, is refused. The body is signed in a
canonical form (:func:`canonical`: keys sorted, no spaces, UTF-8), so the same content always
gives the same bytes to sign.

Files are written atomically: to a hidden temporary file beside the target, on the disk, then
renamed over it; a failure leaves nothing half-written (the target, if any, is unchanged).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import Any

from desktop.models.admin.backup_files import fsync_dir
from desktop.models.errors import WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.storage.leftovers import temp_file_name

PACKAGE_FORMAT = "warmhome-bazaar-package"
RETURN_FORMAT = "warmhome-bazaar-sales"
VERSION = 1
# Far above a day's bazaar (1,000 sales are about 400 KB): a bigger file is not ours.
MAX_BYTES = 64 * 1024 * 1024


class BazaarFileError(WarmHomeError):
    """A bazaar file that cannot be used (the message names it and says why)."""


def canonical(body: Any) -> bytes:
    """The bytes that are signed: JSON with sorted keys, no spaces, UTF-8."""
    return json.dumps(body, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def sign(key: str, body: Any) -> str:
    """HMAC-SHA256 of the canonical body with ``key`` (hex)."""
    return hmac.new(bytes.fromhex(key), canonical(body), hashlib.sha256).hexdigest()


def digest(body: Any) -> str:
    """SHA-256 of the canonical body (hex)."""
    return hashlib.sha256(canonical(body)).hexdigest()


def write_file(path: Path, document: dict[str, Any]) -> Path:
    """Write ``document`` as JSON to ``path`` atomically; BazaarFileError (nothing left
    behind) when the folder is missing or refuses the file."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise BazaarFileError(Message(QT_TRANSLATE_NOOP(
            "Messages", "保存失败：文件夹 {folder} 不存在"), folder=folder))
    data = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    temp = folder / temp_file_name(target.stem)
    try:
        with open(temp, "xb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
        fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise BazaarFileError(Message(QT_TRANSLATE_NOOP(
            "Messages", "保存失败，未生成文件 {target}：{reason}"),
            target=target, reason=exc.strerror or str(exc))) from exc
    return target


def read_file(path: Path, expected_format: str) -> tuple[dict[str, Any], bytes]:
    """The parsed document and the file's bytes; BazaarFileError naming the file when it
    is missing, unreadable, truncated or damaged, or not a file of ``expected_format``."""
    source = Path(path)
    try:
        if source.stat().st_size > MAX_BYTES:
            raise _not_ours(source, expected_format)
        data = source.read_bytes()
    except FileNotFoundError as exc:
        raise BazaarFileError(Message(QT_TRANSLATE_NOOP(
            "Messages", "找不到文件 {path}：请检查文件名和位置"), path=source)) from exc
    except OSError as exc:
        raise BazaarFileError(Message(QT_TRANSLATE_NOOP(
            "Messages", "无法读取文件 {path}：{reason}"), path=source,
            reason=exc.strerror or str(exc))) from exc
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BazaarFileError(Message(QT_TRANSLATE_NOOP(
            "Messages", "文件 {path} 不完整或已损坏（可能复制时中断了），没有导入任何内容："
                        "请从义卖电脑重新导出"), path=source)) from exc
    if (not isinstance(document, dict) or document.get("format") != expected_format
            or not isinstance(document.get("body"), dict)):
        raise _not_ours(source, expected_format)
    if document.get("version") != VERSION:
        raise BazaarFileError(Message(QT_TRANSLATE_NOOP(
            "Messages", "文件 {path} 是新版本的程序生成的，本程序读不了：请先升级本程序"),
            path=source))
    return document, data


def _not_ours(source: Path, expected_format: str) -> BazaarFileError:
    if expected_format == PACKAGE_FORMAT:
        return BazaarFileError(Message(QT_TRANSLATE_NOOP(
            "Messages", "文件 {path} 不是义卖包：请选择中心导出的义卖包文件"), path=source))
    return BazaarFileError(Message(QT_TRANSLATE_NOOP(
        "Messages", "文件 {path} 不是义卖销售文件：请选择义卖电脑导出的销售文件"), path=source))
