"""Exports into a folder whose disk is full: one Chinese line naming the file, no traceback
and no "Exception ignored" at exit, no temporary file left, and an existing file unchanged.

The real command line runs in its own mount namespace with a tiny tmpfs mounted on the output
folder (a real full disk: the kernel answers ENOSPC); where namespaces are not allowed those
tests are skipped, and the unit test below still covers the mechanism with a stream that
fails the way a full disk does.
"""

from __future__ import annotations

import errno
import functools
import gc
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from desktop.excel.people.roster_template import build_template
from desktop.excel.workbook_file import write_xlsx
from desktop.models.db import open_database
from tests.conftest import MainResult, run_main, save_centre_profile
from tests.models.reporting.test_month_close import MAY, Centre

# Smaller than any workbook we write (the roster template is about 23 KB, May's small export
# about 13 KB), and a whole number of pages.
DISK_SIZE = "8k"
FULL_DISK = "磁盘空间已满（No space left on device），请腾出空间或换一个文件夹后重试"
# Mount a tmpfs of size $1 on folder $2, leave an old file there if $3 names one, run the
# rest of the arguments, then list what the folder holds (and the old file's content) into
# $4: the mount is gone once the namespace ends.
_SCRIPT = r"""
mount -t tmpfs -o size="$1" tmpfs "$2" || exit 97
folder=$2 old=$3 listing=$4
shift 4
[ -n "$old" ] && printf 'the previous export' > "$folder/$old"
"$@"
code=$?
ls -A1 "$folder" > "$listing"
[ -n "$old" ] && cat "$folder/$old" > "$listing.old"
exit $code
"""


@functools.cache
def _namespace_command() -> tuple[str, ...] | None:
    """The unshare prefix that lets a child mount a tmpfs of its own (None: not here)."""
    if shutil.which("unshare") is None or sys.platform != "linux":
        return None
    with tempfile.TemporaryDirectory() as probe:
        for prefix in (("unshare", "--user", "--map-root-user", "--mount"),
                       ("unshare", "--mount")):
            done = subprocess.run([*prefix, "sh", "-c", 'mount -t tmpfs tmpfs "$1"', "sh",
                                   probe], capture_output=True, check=False)
            if done.returncode == 0:
                return prefix
    return None


needs_namespace = pytest.mark.skipif(_namespace_command() is None,
                                     reason="cannot mount a small tmpfs here (no namespaces)")


def _run_on_full_disk(tmp_path: Path, folder: Path, *args: str | Path,
                      old: str = "") -> tuple[MainResult, list[str], str]:
    """``python main.py ARGS`` with ``folder`` on a full tmpfs: the result, what the folder
    held afterwards, and the old file's content (when ``old`` names one)."""
    prefix = _namespace_command()
    assert prefix is not None
    folder.mkdir(exist_ok=True)
    listing = tmp_path / "listing.txt"
    result = run_main(tmp_path, *args, prefix=[*prefix, "sh", "-c", _SCRIPT, "sh", DISK_SIZE,
                                                str(folder), old, str(listing)])
    assert result.returncode != 97, f"mount failed: {result.stderr}"
    files = listing.read_text(encoding="utf-8").split() if listing.exists() else []
    old_content = Path(f"{listing}.old").read_text() if old else ""
    return result, files, old_content


def _one_chinese_line(result: MainResult) -> str:
    assert result.returncode == 1, result.stdout
    assert "Exception ignored" not in result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@needs_namespace
def test_people_template_on_a_full_disk(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    target = folder / "名册模板.xlsx"
    result, files, _ = _run_on_full_disk(tmp_path, folder, "people", "template",
                                         "--out", target)
    assert _one_chinese_line(result) == \
        f"warmhome: 错误：导出失败，未生成文件 {target}：{FULL_DISK}"
    assert files == []


@needs_namespace
def test_export_month_on_a_full_disk_keeps_the_previous_file_and_logs_nothing(
        tmp_path: Path) -> None:
    db_path = tmp_path / "centre.db"
    with open_database(db_path) as db:
        save_centre_profile(db)
        Centre(db)
        logged = db.scalar("SELECT count(*) FROM export_attempt")
    folder = tmp_path / "usb"
    name = "西城区_月坛_XC-T-01_2024-05_v1.xlsx"
    result, files, old_content = _run_on_full_disk(
        tmp_path, folder, "export-month", MAY, "--out", folder, "--db", db_path, old=name)
    assert _one_chinese_line(result) == \
        f"warmhome: 错误：导出失败，未生成文件 {folder / name}：{FULL_DISK}"
    assert files == [name] and old_content == "the previous export"
    with open_database(db_path) as db:
        assert db.scalar("SELECT count(*) FROM export_attempt") == logged
        assert db.scalar("SELECT count(*) FROM month_report") == 0


class _FullAfter(io.BytesIO):
    """A file on a disk that fills up after ``room`` bytes (writes then fail with ENOSPC)."""

    def __init__(self, room: int) -> None:
        super().__init__()
        self.room = room

    def write(self, data: Any) -> int:
        if self.tell() + len(data) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().write(data)


def test_a_failed_write_leaves_no_open_archive_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    # openpyxl's own save left its zip archive open when a write failed; collected later,
    # the archive tried to finish the file it had lost and Python printed "Exception
    # ignored in ZipFile.__del__" after the error message.
    ignored: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)
    with pytest.raises(OSError) as failed, _FullAfter(4096) as stream:
        # The stream is closed while the error passes, as save_workbook's `with` does.
        write_xlsx(build_template(rows=50), stream)
    assert failed.value.errno == errno.ENOSPC
    del failed  # the error's frames, which held the archive, go
    gc.collect()
    assert ignored == []
