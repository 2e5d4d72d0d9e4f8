"""Saving workbooks: the file gets an ordinary new file's mode (others on a shared folder
can open it), and an output named on the command line must be a folder or an .xlsx name."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.excel.workbook_file import ExportError, save_workbook, xlsx_file_or_none

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def umask() -> Iterator[None]:
    """Restore the process's umask after a test sets it (tests run one at a time)."""
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


def _book() -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = "温馨家园"
    return workbook


@pytest.mark.usefixtures("umask")
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_saved_workbook_has_the_mode_of_a_new_file(tmp_path: Path, mask: int,
                                                     mode: int) -> None:
    os.umask(mask)
    path = save_workbook(_book(), tmp_path / "out.xlsx")
    assert stat.S_IMODE(path.stat().st_mode) == mode
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert stat.S_IMODE(plain.stat().st_mode) == mode  # what any program would create
    # Replacing a file gives the new one the same ordinary mode.
    path.chmod(0o600)
    save_workbook(_book(), path)
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert load_workbook(path).active["A1"].value == "温馨家园"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx", "plain.txt"]


def test_output_must_be_a_folder_or_an_xlsx_name(tmp_path: Path) -> None:
    assert xlsx_file_or_none(tmp_path / "a.xlsx") == tmp_path / "a.xlsx"
    assert xlsx_file_or_none(tmp_path / "A.XLSX") == tmp_path / "A.XLSX"
    assert xlsx_file_or_none(tmp_path) is None
    message = "输出位置必须是已有的文件夹或以 .xlsx 结尾的文件名"
    with pytest.raises(ExportError, match=message):
        xlsx_file_or_none(tmp_path / "x.txt")
    existing = tmp_path / "notes"
    existing.write_text("a file, not a folder")
    with pytest.raises(ExportError, match=message):
        xlsx_file_or_none(existing)
    with pytest.raises(ExportError, match=r"文件夹 .*usb 不存在"):
        xlsx_file_or_none(tmp_path / "usb")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]
