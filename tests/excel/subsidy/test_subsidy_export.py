"""Exporting a month's subsidy table to .xlsx: real files opened again with openpyxl."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.excel import workbook_file
from desktop.excel.subsidy.subsidy_export import (
    HEADERS,
    INFO_TITLE,
    SHEET_TITLE,
    ExportError,
    export_subsidy,
    yuan,
)
from desktop.models.admin import centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.people import people
from desktop.models.subsidy import subsidy
from tests.conftest import STAFF, TODAY, make_id_number, make_person_input

NOW = datetime(2024, 6, 1, 12)
KIOSK = Actor("kiosk", Role.KIOSK)


@pytest.fixture
def month_db(db: Database) -> Database:
    """Two 职康站 trainees in May 2024 at 40.50 元 a day: 张三 3 days, 李四 1 day."""
    centre.save_profile(db, CentreProfile(name="=西长安街温馨家园", code="XC-01"), actor=STAFF)
    ids = []
    for seq, name in ((1, "张三"), (2, "李四")):
        ids.append(people.create_person(db, make_person_input(
            name=name, id_number=make_id_number(seq=seq), card_number=f"WH{seq:06d}",
            programmes=["职康站"]), actor=STAFF, today=TODAY))
    for person_id, days in ((ids[0], ("06", "07", "08")), (ids[1], ("06",))):
        for day in days:
            attendance.staff_sign_in(db, person_id, datetime(2024, 5, int(day), 9),
                                     datetime(2024, 5, int(day), 15), actor=STAFF,
                                     reason="补签", now=NOW)
    subsidy.save_settings(db, subsidy.SubsidySettings(4050, 240), actor=STAFF,
                          effective_from=subsidy.BEGINNING)
    return db


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exports (the database lives beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_yuan_is_exact() -> None:
    assert yuan(29) == Decimal("0.29")
    assert yuan(4050) == Decimal("40.50")
    assert yuan(123456789) == Decimal("1234567.89")


def test_the_workbook_has_title_rule_headers_rows_total_and_frozen_headers(
        month_db: Database, out: Path) -> None:
    target = out / "康复补助-2024-05.xlsx"
    table = export_subsidy(month_db, STAFF, "2024-05", target)
    assert table.total_fen == 4 * 4050
    workbook = load_workbook(target)
    sheet = workbook[SHEET_TITLE]
    rows = list(sheet.values)
    assert rows[0][0] == "=西长安街温馨家园 2024年5月 职业康复劳动训练生活补助发放表"
    assert sheet["A1"].data_type == "s"  # a name starting with "=" stays text
    assert rows[1][0] == ("日补助标准：40.50 元/天；"
                          "当天签到并签退、停留满 4 小时 计入（未签退不计入）")
    # Units in the headings; each heading breaks before its unit.
    assert list(rows[2]) == HEADERS == ["序号", "姓名", "身份证号\n（已脱敏）", "签到天数\n（天）",
                                        "计补天数\n（天）", "日补助标准\n（元）",
                                        "补助金额\n（元）", "本人或监护人\n签字"]
    assert sheet.freeze_panes == "A4"
    assert all(cell.font.b for cell in sheet[3])
    total_at = next(n for n, r in enumerate(rows) if r[0] == "合计")
    body = rows[3:total_at]
    assert [r[1] for r in body] == ["李四", "张三"]
    li, zhang = body
    assert li[:7] == (1, "李四", f"110102********{make_id_number(seq=2)[-4:]}", 1, 1, 40.5,
                      40.5)
    assert zhang[3:7] == (3, 3, 40.5, 121.5)
    assert make_id_number(seq=1) not in str(rows)
    total = rows[total_at]
    assert total[3:5] == (4, 4) and total[6] == 162
    money = [sheet.cell(row=r, column=7) for r in range(4, total_at + 2)]
    assert all(cell.number_format == "#,##0.00" for cell in money)
    # Signature rows are tall enough to sign in.
    assert all(sheet.row_dimensions[r].height >= 28 for r in range(4, total_at + 2))
    # The total also in capitals, then the sign-off block.
    assert rows[total_at + 1][0] == "合计金额（大写）：壹佰陆拾贰元整　　（小写）¥162.00"
    below = [v for r in rows[total_at + 2:] for v in r if v]
    assert below == ["经办人（签字）：", "审核人（签字）：", "负责人（签字）：", "单位（盖章）：",
                     "日期：　　　　年　　月　　日"]
    assert int(sheet.page_setup.paperSize) == 9 and sheet.page_setup.orientation == "portrait"
    assert "2024年5月" in sheet.oddHeader.center.text and sheet.print_title_rows == "$3:$3"
    assert workbook.properties.creator == "=西长安街温馨家园"
    # The notes: money in 元, labels beside their values.
    info = {r[0]: r[1] for r in workbook[INFO_TITLE].iter_rows(min_row=2, values_only=True)}
    assert info["日补助标准（元/天）"] == 40.5 and info["金额合计（元）"] == 162
    assert info["金额合计（大写）"] == "壹佰陆拾贰元整"
    assert info["最短停留（分钟）"] == 240 and info["导出人"] == "staff"
    assert isinstance(info["导出时间"], datetime)
    workbook.close()


def test_a_month_without_a_minimum_says_so(month_db: Database, out: Path) -> None:
    subsidy.save_settings(month_db, subsidy.SubsidySettings(4000, None), actor=STAFF,
                          effective_from=subsidy.BEGINNING)
    target = out / "a.xlsx"
    export_subsidy(month_db, STAFF, "2024-05", target)
    workbook = load_workbook(target)
    assert workbook[SHEET_TITLE]["A2"].value == "日补助标准：40.00 元/天；有效签到即计入"
    info = {r[0]: r[1] for r in workbook[INFO_TITLE].iter_rows(min_row=2, values_only=True)}
    assert info["最短停留（分钟）"] == "不要求"
    workbook.close()


def test_an_existing_file_is_replaced_whole(month_db: Database, out: Path) -> None:
    target = out / "old.xlsx"
    target.write_bytes(b"an older export")
    export_subsidy(month_db, STAFF, "2024-05", target)
    assert load_workbook(target)[SHEET_TITLE]["B4"].value == "李四"
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]


def test_a_failed_move_leaves_the_old_file_and_no_partial(month_db: Database, out: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = out / "old.xlsx"
    target.write_bytes(b"an older export")

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workbook_file.os, "replace", fail)
    with pytest.raises(ExportError, match="导出失败，未生成文件") as failed:
        export_subsidy(month_db, STAFF, "2024-05", target)
    assert "No space left on device" in failed.value.message
    assert target.read_bytes() == b"an older export"
    assert [p.name for p in out.iterdir()] == ["old.xlsx"]


def test_a_folder_with_the_name_is_refused(month_db: Database, out: Path) -> None:
    (out / "x.xlsx").mkdir()
    with pytest.raises(ExportError, match="同名的文件夹已存在"):
        export_subsidy(month_db, STAFF, "2024-05", out / "x.xlsx")
    assert [p.name for p in out.iterdir()] == ["x.xlsx"]


def test_a_missing_folder_a_bad_month_and_the_kiosk_write_nothing(month_db: Database,
                                                                  out: Path) -> None:
    missing = out / "missing" / "a.xlsx"
    with pytest.raises(ExportError, match="不存在"):
        export_subsidy(month_db, STAFF, "2024-05", missing)
    assert not missing.parent.exists()
    target = out / "a.xlsx"
    with pytest.raises(ValidationError) as bad:
        export_subsidy(month_db, STAFF, "2024-13", target)
    assert bad.value.fields == {"month": "月份应为 YYYY-MM，如 2026-11，现在是“2024-13”"}
    with pytest.raises(PermissionDenied):
        export_subsidy(month_db, KIOSK, "2024-05", target)
    assert list(out.iterdir()) == []
