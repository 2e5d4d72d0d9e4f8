"""The 久未签到 call list as .xlsx: real files opened again with openpyxl."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.excel.attendance.call_list_export import (
    COLUMNS,
    HEADER_ROW,
    INFO_TITLE,
    SHEET_TITLE,
    ExportError,
    default_file_name,
    export_call_list,
)
from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.db import Database
from tests.conftest import STAFF, TODAY, not_none
from tests.not_seen_helpers import CENTRE, LISTED, add_register

KIOSK = Actor("kiosk", Role.KIOSK)


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return add_register(db, TODAY)


def audit_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM audit_log"))


def rows_of(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path)[SHEET_TITLE]
    return [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]


def test_masked_list_is_laid_out_for_paper(db: Database, ids: dict[str, int],
                                           tmp_path: Path) -> None:
    target = tmp_path / default_file_name(TODAY)
    before = audit_count(db)
    found = export_call_list(db, target, weeks=4, today=TODAY, actor=STAFF)
    assert target.name == "久未签到会员-2024-06-01.xlsx"
    assert [m.name for m in found.members] == LISTED
    assert audit_count(db) == before  # a masked list reveals nothing
    book = load_workbook(target)
    assert book.sheetnames == [SHEET_TITLE, INFO_TITLE]
    sheet = book[SHEET_TITLE]
    assert sheet["A1"].value == "西长安街温馨家园久未签到会员联系名单"
    assert sheet["A2"].value.startswith("截至 2024-06-01，4 周以上（2024-05-04 及以前签到）")
    assert "在册会员 4 人，其中从未签到 1 人" in sheet["A2"].value
    assert sheet["A2"].value.endswith("电话和住址已脱敏")
    assert [c.value for c in sheet[HEADER_ROW]] == [h for h, _ in COLUMNS]
    rows = rows_of(target)
    assert [r[1] for r in rows] == LISTED
    wang, zheng, li, qian = rows
    assert wang[:6] == (1, "王五", "从未签到", 13, datetime(2024, 3, 1), None)
    assert zheng[2] == datetime(2024, 4, 20) and zheng[3] == 6
    assert li[2:6] == (datetime(2024, 4, 27), 5, datetime(2020, 1, 1), "139****0002")
    assert li[6] == "李大（母亲·监护人）139****1111\n李二（弟弟·家属）139****2222"
    assert li[7:] == ("西单社区", "北京市西城区****", None)
    assert qian[3] == 4 and qian[6] == "钱小（紧急联系人）010*****2345"
    # Real dates, shown as dates; wrapped contacts with room for every line.
    assert sheet.cell(row=HEADER_ROW + 3, column=3).number_format == "yyyy-mm-dd"
    assert sheet.cell(row=HEADER_ROW + 3, column=7).alignment.wrap_text
    assert sheet.row_dimensions[HEADER_ROW + 3].height >= 30
    # Borders, A4 landscape one page wide, headers repeated, centre and date on every page.
    assert sheet.cell(row=HEADER_ROW + 4, column=10).border.bottom.style == "thin"
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$3:$3"
    assert sheet.freeze_panes == "A4"
    assert sheet.oddHeader.center.text == f"{CENTRE} 2024-06-01 {SHEET_TITLE}"
    assert sheet.oddFooter.center.text == "第 &P 页，共 &N 页"
    # The notes: a title, then each label beside its value, units in the labels.
    info = dict(load_workbook(target)[INFO_TITLE].iter_rows(min_row=2, values_only=True))
    assert info["未签到周数（周）"] == 4 and info["人数（人）"] == 4
    assert info["其中从未签到（人）"] == 1
    assert info["电话和住址"] == "已脱敏" and info["导出人"] == "staff"
    assert "正好 4 周也算" in info["名单规则"]
    text = json.dumps(rows, default=str, ensure_ascii=False)
    assert "13912340002" not in text and "府右街" not in text


def test_full_list_carries_full_phones_and_is_audited(db: Database, ids: dict[str, int],
                                                      tmp_path: Path) -> None:
    target = tmp_path / "电话名单.xlsx"
    before = audit_count(db)
    export_call_list(db, target, weeks=4, today=TODAY, actor=STAFF, full_details=True)
    li = rows_of(target)[2]
    assert li[5] == "13912340002"
    assert li[6] == "李大（母亲·监护人）13900001111\n李二（弟弟·家属）13900002222"
    assert li[8] == "北京市西城区西长安街街道府右街9号"
    assert "仅供联系会员使用" in load_workbook(target)[SHEET_TITLE]["A2"].value
    assert audit_count(db) == before + 1
    entry = not_none(db.query_one(
        "SELECT action, reason, after FROM audit_log ORDER BY id DESC LIMIT 1"))
    assert entry["action"] == "reveal"
    assert entry["reason"] == \
        "久未签到会员联系名单：显示完整电话和住址（导出 Excel：电话名单.xlsx）"
    assert json.loads(entry["after"])["person_ids"] == [ids[name] for name in LISTED]


def test_programme_and_weeks_choose_the_rows(db: Database, ids: dict[str, int],
                                             tmp_path: Path) -> None:
    export_call_list(db, tmp_path / "a.xlsx", weeks=5, today=TODAY, actor=STAFF)
    assert [r[1] for r in rows_of(tmp_path / "a.xlsx")] == ["王五", "郑十一", "李四"]
    export_call_list(db, tmp_path / "b.xlsx", weeks=4, today=TODAY, actor=STAFF,
                     programme="职康站")
    assert [r[1] for r in rows_of(tmp_path / "b.xlsx")] == ["王五"]
    assert "服务项目：职康站" in load_workbook(tmp_path / "b.xlsx")[SHEET_TITLE]["A2"].value


def test_missing_folder_writes_nothing(db: Database, ids: dict[str, int],
                                       tmp_path: Path) -> None:
    before = audit_count(db)
    with pytest.raises(ExportError) as error:
        export_call_list(db, tmp_path / "无此文件夹" / "x.xlsx", weeks=4, today=TODAY,
                         actor=STAFF, full_details=True)
    assert error.value.message == f"导出失败：文件夹 {tmp_path / '无此文件夹'} 不存在"
    assert audit_count(db) == before


def test_a_file_that_cannot_be_written_leaves_no_audit_entry(db: Database, ids: dict[str, int],
                                                             tmp_path: Path) -> None:
    # A folder already has the name: the finished workbook cannot be moved into place.
    out = tmp_path / "out"
    (out / "名单.xlsx").mkdir(parents=True)
    before = audit_count(db)
    with pytest.raises(ExportError) as error:
        export_call_list(db, out / "名单.xlsx", weeks=4, today=TODAY, actor=STAFF,
                         full_details=True)
    assert "同名的文件夹已存在" in error.value.message
    assert audit_count(db) == before
    assert [p.name for p in out.iterdir()] == ["名单.xlsx"]  # no partial file left


def test_full_list_needs_the_reveal_permission(db: Database, ids: dict[str, int],
                                               tmp_path: Path) -> None:
    before = audit_count(db)
    with pytest.raises(PermissionDenied):
        export_call_list(db, tmp_path / "x.xlsx", weeks=4, today=TODAY, actor=KIOSK,
                         full_details=True)
    assert not (tmp_path / "x.xlsx").exists() and audit_count(db) == before


def test_an_empty_list_still_says_what_it_is(db: Database, tmp_path: Path) -> None:
    found = export_call_list(db, tmp_path / "x.xlsx", weeks=4, today=date(2024, 6, 1),
                             actor=STAFF)
    assert found.members == []
    sheet = load_workbook(tmp_path / "x.xlsx")[SHEET_TITLE]
    assert "在册会员 0 人" in sheet["A2"].value and rows_of(tmp_path / "x.xlsx") == []
