"""Saving a workbook so that a failure never leaves a half-written file behind.

The workbook goes to a temporary file beside the target, reaches the disk, and only then
replaces the target; an existing file there is unchanged until the new one is complete.
The file gets the permissions any new file would (0666 less the umask), so that others can
open it on a shared folder. Temporary files that a killed or crashed export left behind are
removed by the next export into the same folder (and at start,
``desktop.models.storage.leftovers``).
"""

from __future__ import annotations

import contextlib
import errno
import os
from datetime import UTC
from pathlib import Path
from typing import BinaryIO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from desktop.models.clock import file_time_now
from desktop.models.errors import WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.storage.leftovers import remove_stale_temp_files, temp_file_name


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
        temp = folder / temp_file_name(stem)
        try:
            return os.open(temp, _TEMP_FLAGS, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(
        17, Message(QT_TRANSLATE_NOOP("Messages", "无法创建临时文件（重名太多）")), str(folder)
    )


def write_xlsx(workbook: Workbook, stream: BinaryIO) -> None:
    """Write ``workbook`` as xlsx into the open binary ``stream`` (which stays open).

    What ``Workbook.save`` does, except that the zip archive is closed however the writing
    ends: openpyxl leaves it open when a write fails (a full disk), and the archive then
    complains at garbage collection, long after the error was reported, that its file is
    closed ("Exception ignored in ZipFile.__del__").
    """
    if workbook.write_only and not workbook.worksheets:
        workbook.create_sheet()  # as Workbook.save does: an xlsx needs a sheet
    archive = ZipFile(stream, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        workbook.properties.modified = file_time_now(UTC).replace(tzinfo=None)
        ExcelWriter(workbook, archive).save()  # closes the archive when it succeeds
    except BaseException:
        # Closing writes the archive's directory, which fails again on a full disk; the
        # file is discarded anyway, and the first error is the one to report.
        with contextlib.suppress(OSError, ValueError):
            archive.close()
        raise


def _reason(exc: OSError) -> str:
    """Why a write failed, in words staff can act on."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages", "磁盘空间已满（{reason}），请腾出空间或换一个文件夹后重试"
            ),
            reason=exc.strerror,
        )
    return exc.strerror or str(exc)


def save_workbook(workbook: Workbook, path: str | os.PathLike[str]) -> Path:
    """Write ``workbook`` to ``path`` atomically; returns the path written.

    Raises ExportError when the folder is missing or the file cannot be written.
    """
    target, temp = write_temp_workbook(workbook, path)
    publish(temp, target)
    return target


def write_temp_workbook(workbook: Workbook, path: str | os.PathLike[str]) -> tuple[Path, Path]:
    """The first half of :func:`save_workbook`: ``workbook`` written completely, and on the
    disk, to a hidden temporary file beside ``path``. Returns (target, temporary file); the
    caller renames it with :func:`publish` (or deletes it). Nothing is left behind when it
    fails (ExportError)."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "导出失败：文件夹 {folder} 不存在"), folder=folder
            )
        )
    remove_stale_temp_files(folder)
    try:
        handle, temp = create_temp_file(folder, target.stem)
    except OSError as exc:
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "导出失败：无法在 {folder} 写入文件（{reason}）"),
                folder=folder,
                reason=_reason(exc),
            )
        ) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            write_xlsx(workbook, stream)
            stream.flush()
            # The rename must never expose a file whose content is not yet on disk.
            os.fsync(stream.fileno())
    except OSError as exc:
        discard(temp)
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "导出失败，未生成文件 {target}：{reason}"),
                target=target,
                reason=_reason(exc),
            )
        ) from exc
    except BaseException:
        discard(temp)
        raise
    return target, temp


def publish(temp: Path, target: Path) -> None:
    """Rename a complete temporary file over ``target`` (atomic); ExportError, with the
    temporary file removed, when that fails."""
    try:
        os.replace(temp, target)
    except OSError as exc:
        discard(temp)
        reason = (
            Message(QT_TRANSLATE_NOOP("Messages", "同名的文件夹已存在"))
            if target.is_dir()
            else _reason(exc)
        )
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "导出失败，未生成文件 {target}：{reason}"),
                target=target,
                reason=reason,
            )
        ) from exc


def discard(temp: Path) -> None:
    """Delete a temporary file that will not be published (quietly: it may be gone)."""
    with contextlib.suppress(OSError):
        temp.unlink()
