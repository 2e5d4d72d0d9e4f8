"""Saving a workbook so that a failure never leaves a half-written file behind.

The workbook goes to a temporary file beside the target, reaches the disk, and only then
replaces the target; an existing file there is unchanged until the new one is complete.
The file gets the permissions any new file would (0666 less the umask), so that others can
open it on a shared folder.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from openpyxl import Workbook

from desktop.models.errors import WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message


class ExportError(WarmHomeError):
    """The workbook could not be written; nothing was left at the target path."""


XLSX = ".xlsx"
# Like tempfile.mkstemp, but with the mode of an ordinary new file instead of 0600.
_TEMP_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
               | getattr(os, "O_NOFOLLOW", 0))
_TEMP_ATTEMPTS = 100


def xlsx_file_or_none(out: str | os.PathLike[str]) -> Path | None:
    """Where an output named on the command line goes: the file itself when ``out`` ends in
    .xlsx, None when it is an existing folder (the caller adds its standard file name).

    ExportError otherwise: for a path with another extension (``x.txt``) or an existing
    file, that the output must be a folder or an .xlsx file; for a missing folder, that it
    does not exist.
    """
    path = Path(out)
    if path.suffix.lower() == XLSX:
        return path
    if path.is_dir():
        return None
    if path.exists() or path.suffix:
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "导出失败：输出位置必须是已有的文件夹或以 .xlsx 结尾的文件名，"
                    "{path} 两者都不是",
                ),
                path=path,
            )
        )
    raise ExportError(
        Message(QT_TRANSLATE_NOOP("Messages", "导出失败：文件夹 {path} 不存在"), path=path)
    )


def create_temp_file(folder: Path, stem: str) -> tuple[int, Path]:
    """A new, empty, uniquely named ``.{stem}.….partial`` file in ``folder``, open for
    writing: its descriptor and path. OSError when the folder refuses it.

    The mode asked for is 0666, which the system reduces by the process's umask exactly as
    for any other new file: reading the umask itself (``os.umask`` sets it to read it) is not
    safe while another thread creates files, and saving runs on a worker thread.
    """
    for _ in range(_TEMP_ATTEMPTS):
        temp = folder / f".{stem}.{secrets.token_hex(6)}.partial"
        try:
            return os.open(temp, _TEMP_FLAGS, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(
        17, Message(QT_TRANSLATE_NOOP("Messages", "无法创建临时文件（重名太多）")), str(folder)
    )


def save_workbook(workbook: Workbook, path: str | os.PathLike[str]) -> Path:
    """Write ``workbook`` to ``path`` atomically; returns the path written.

    Raises ExportError when the folder is missing or the file cannot be written.
    """
    target = Path(path)
    temp = write_temp(workbook, target)
    publish(temp, target)
    return target


def write_temp(workbook: Workbook, target: Path) -> Path:
    """Write ``workbook`` to a new temporary file beside ``target``, on disk (fsync), and
    return its path: :func:`publish` gives it the target's name, :func:`discard` drops it.

    Raises ExportError (and leaves nothing behind) when the folder is missing or the file
    cannot be written.
    """
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "导出失败：文件夹 {folder} 不存在"), folder=folder
            )
        )
    try:
        handle, temp = create_temp_file(folder, target.stem)
    except OSError as exc:
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "导出失败：无法在 {folder} 写入文件（{reason}）"),
                folder=folder,
                reason=exc.strerror,
            )
        ) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            workbook.save(stream)
            stream.flush()
            # The rename in publish must never expose a file whose content is not on disk.
            os.fsync(stream.fileno())
    except OSError as exc:
        discard(temp)
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "导出失败，未生成文件 {target}：{reason}"),
                target=target,
                reason=exc.strerror or exc,
            )
        ) from exc
    except BaseException:
        discard(temp)
        raise
    return temp


def publish(temp: Path, target: Path) -> None:
    """Give the written temporary file the target's name (replacing a file there at once).

    Raises ExportError when that fails; the temporary file is then removed.
    """
    try:
        os.replace(temp, target)
    except OSError as exc:
        discard(temp)
        reason = (
            Message(QT_TRANSLATE_NOOP("Messages", "同名的文件夹已存在"))
            if target.is_dir()
            else (exc.strerror or str(exc))
        )
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "导出失败，未生成文件 {target}：{reason}"),
                target=target,
                reason=reason,
            )
        ) from exc


def discard(temp: Path) -> None:
    """Remove a temporary file that will not be published (already gone is fine)."""
    with contextlib.suppress(OSError):
        temp.unlink()
