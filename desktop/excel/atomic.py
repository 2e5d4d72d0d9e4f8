"""Save a workbook so that a failure never leaves a half-written file at the target."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from openpyxl import Workbook

from desktop.models.errors import WarmHomeError


class ExportError(WarmHomeError):
    """The workbook could not be written; nothing was left at the target path."""


def save_atomically(workbook: Workbook, target: Path) -> None:
    """Write ``workbook`` to a temporary file beside ``target``, flush it to disk, then move it
    into place. On failure the temporary file is removed and an existing file at ``target`` is
    unchanged; ExportError explains why."""
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"导出失败：文件夹 {folder} 不存在")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".partial",
                                             dir=folder)
    except OSError as exc:
        raise ExportError(f"导出失败：无法在 {folder} 写入文件（{exc.strerror}）") from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            workbook.save(stream)
            stream.flush()
            # The rename below must never expose a file whose content is not yet on disk.
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        reason = "同名的文件夹已存在" if target.is_dir() else (exc.strerror or str(exc))
        raise ExportError(f"导出失败，未生成文件 {target}：{reason}") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
