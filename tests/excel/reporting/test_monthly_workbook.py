"""The monthly workbook: every 汇总 figure against an independent count, read back with
openpyxl, the checksum recomputed from the cells, blocking errors and listed warnings."""

from __future__ import annotations

import errno
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO

import pytest
from openpyxl import Workbook, load_workbook

from desktop.excel import workbook_file
from desktop.excel.attendance.month_sheet import write_attendance
from desktop.excel.detail_sheets import Written
from desktop.excel.reporting.monthly_workbook import (
    FORMAT_VERSION,
    BlockedExport,
    ExportError,
    export_monthly_workbook,
    meta_checksum,
    sheet_rows,
    standard_file_name,
)
from desktop.models.admin import centre
from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.demo import demo
from desktop.models.errors import ValidationError
from desktop.models.people import people
from desktop.models.subsidy import subsidy
from tests.conftest import ADMIN, STAFF, make_id_number, make_person_input
from tests.excel.printed_grid import drawn
from tests.excel.reporting.consolidation_helpers import spec_checksum
from tests.excel.reporting.monthly_expected import expected_summary

TODAY = date(2024, 6, 1)
NOW = datetime(2024, 6, 1, 12)
SHEETS = ["封面", "汇总", "考勤明细", "活动明细", "补助明细", "日间照料", "志愿服务", "希联圆梦",
          "职业培训", "校验", "_meta"]


def _activity(db: Database, day: str, kind: str, people_ids: list[int],
              voided: bool = False) -> None:
    with db.transaction():
        cursor = db.execute(
            "INSERT INTO activity (title, kind, day, created_at, voided_at) VALUES (?, ?, ?, ?, ?)",
            (f"{kind}活动 {day}", kind, day, "2024-01-01T00:00:00",
             "2024-05-30T00:00:00" if voided else None))
        for person_id in people_ids:
            db.execute("INSERT INTO activity_participant (activity_id, person_id, added_at)"
                       " VALUES (?, ?, ?)", (cursor.lastrowid, person_id, "2024-01-01T00:00:00"))


def _sign(db: Database, person_id: int, day: str, out: str | None = "15:00") -> int:
    return attendance.staff_sign_in(
        db, person_id, datetime.fromisoformat(f"{day}T09:00"),
        datetime.fromisoformat(f"{day}T{out}") if out else None,
        actor=STAFF, reason="补签", now=NOW)


@pytest.fixture
def small_db(db: Database) -> Database:
    """Three members (one 职康站, one without a certificate, one who left in April),
    sign-ins in April and May 2024, activities (one voided), a subsidy rate."""
    centre.save_profile(db, centre.CentreProfile(name="测试温馨家园", code="XC-T-01",
                                                 street="月坛"), actor=ADMIN)
    zhang = people.create_person(db, make_person_input(
        name="张三", id_number=make_id_number(seq=1), programmes=["温馨家园", "职康站"],
        joined_on="2024-01-10"), actor=STAFF, today=TODAY)
    li = people.create_person(db, make_person_input(
        name="李四", id_number=make_id_number(seq=2, male=False), card_number="WH000002",
        cert_number="", joined_on="2024-05-03"), actor=STAFF, today=TODAY)
    wang = people.create_person(db, make_person_input(
        name="王五", id_number=make_id_number(seq=3), card_number="WH000003",
        joined_on="2020-02-01", left_on="2024-04-20"), actor=STAFF, today=TODAY)
    for day in ("2024-04-02", "2024-04-03"):
        _sign(db, zhang, day)
        _sign(db, wang, day)
    for day, out in (("2024-05-06", "15:00"), ("2024-05-07", "10:00"), ("2024-05-08", None)):
        _sign(db, zhang, day, out)
    _sign(db, li, "2024-05-06", None)
    voided = _sign(db, li, "2024-05-09")
    attendance.void_sign_in(db, voided, actor=STAFF, reason="误签")
    _activity(db, "2024-02-01", "文化", [zhang])
    _activity(db, "2024-04-01", "体育", [zhang, wang])
    _activity(db, "2024-05-10", "文化", [zhang, li])
    _activity(db, "2024-05-11", "康复", [li])
    _activity(db, "2024-05-12", "体育", [zhang, li], voided=True)
    subsidy.save_settings(db, subsidy.SubsidySettings(4000, 240), actor=STAFF,
                          effective_from=subsidy.BEGINNING)
    return db


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the workbook (the test database lives beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _summary(path: Path) -> dict[str, tuple[object, object, object]]:
    workbook = load_workbook(path, read_only=True)
    rows = list(workbook["汇总"].iter_rows(values_only=True))
    workbook.close()  # read-only mode keeps the file open until closed
    # Format 3: a title and what the sheet is above the table; the key in the last column.
    assert str(rows[0][0]).endswith("月工作报表：汇总")
    assert list(rows[2]) == ["指标", "单位", "本月", "上月", "本年累计", "本年累计的算法",
                             "指标代码"]
    return {str(r[6]): (r[2], r[3], r[4]) for r in rows[3:]}


def _same(actual: object, expected: object) -> bool:
    if isinstance(expected, Decimal):
        return Decimal(str(actual)).quantize(Decimal("0.01")) == expected
    return actual == expected


def _check_summary(db: Database, path: Path, month: str) -> dict[str, tuple[object, ...]]:
    shown = _summary(path)
    expected = expected_summary(db, month)
    assert set(shown) == set(expected)
    for key, figures in expected.items():
        assert all(_same(a, e) for a, e in zip(shown[key], figures, strict=True)), \
            (key, shown[key], figures)
    return shown  # type: ignore[return-value]


def test_every_summary_figure_matches_an_independent_count(small_db: Database,
                                                           tmp_path: Path) -> None:
    result = export_monthly_workbook(small_db, "2024-05", tmp_path, generated_by="staff",
                                     today=TODAY, now=NOW)
    assert result.path == tmp_path / "西城区_月坛_XC-T-01_2024-05_v1.xlsx"
    shown = _check_summary(small_db, result.path, "2024-05")
    # A few by hand, so the independent count is itself checked.
    assert shown["attendance.sign_ins"] == (4, 4, 8)
    assert shown["attendance.members"] == (2, 2, 3)
    assert shown["members.total"][0] == 2 and shown["members.joined"] == (1, 0, 2)
    assert shown["members.left"] == (0, 1, 1)
    assert shown["activities.held"] == (2, 1, 4)
    assert shown["activities.goal_met"][0] == 1  # 张三: Feb, Apr, May (the voided one not)
    assert shown["subsidy.days"] == (1, 2, 3)  # only 5-06 stayed 4 h in May
    assert Decimal(str(shown["subsidy.amount_fen"][0])) == Decimal("40.00")


def test_demo_data_figures_match_independent_counts(db: Database, tmp_path: Path) -> None:
    demo.generate(db, demo.DemoOptions(members=30, years=1, today=date(2026, 11, 20)))
    for month in ("2026-10", "2026-01"):
        result = export_monthly_workbook(db, month, tmp_path / f"{month}.xlsx",
                                         generated_by="staff", today=date(2026, 11, 20))
        _check_summary(db, result.path, month)


def test_workbook_read_back_sheets_meta_and_checksum(small_db: Database, tmp_path: Path) -> None:
    result = export_monthly_workbook(small_db, "2024-05", tmp_path / "may.xlsx",
                                     generated_by="staff", revision=3, today=TODAY, now=NOW)
    workbook = load_workbook(result.path)
    # From revision 2 on, 变更 follows 校验 (test_month_revisions.py fills it).
    assert workbook.sheetnames == [*SHEETS[:-1], "变更", "_meta"]
    meta_sheet = workbook["_meta"]
    assert meta_sheet.sheet_state == "hidden"
    assert all(workbook[name].sheet_state == "visible" for name in [*SHEETS[:-1], "变更"])
    meta = {str(k): v for k, v in meta_sheet.iter_rows(min_row=2, values_only=True)}
    assert meta["format_version"] == FORMAT_VERSION == "3"
    assert (meta["centre_code"], meta["period"], meta["revision"]) == ("XC-T-01", "2024-05", 3)
    hashed = str(meta["hashed_sheets"]).split(",")
    assert hashed == ["汇总", "考勤明细", "活动明细", "补助明细", "日间照料", "志愿服务",
                      "希联圆梦", "职业培训", "校验", "变更"]
    # The checksum as docs/workbook.md defines format 2: _meta's identity, then the sheets.
    assert spec_checksum(workbook, meta) == meta["sha256"] == result.sha256
    assert meta_checksum(workbook, meta) == meta["sha256"]
    streamed = load_workbook(result.path, read_only=True)  # a consolidator may stream
    assert meta_checksum(streamed, meta) == meta["sha256"]
    streamed.close()
    assert meta["rows.考勤明细"] == 2 and meta["rows.补助明细"] == 1
    assert meta["rows.活动明细"] == 2 and meta["rows.汇总"] == len(result.report.rows)
    # An edit after export no longer matches.
    workbook["汇总"]["C4"] = 999
    assert meta_checksum(workbook, meta) != meta["sha256"]
    # So does a relabelled _meta (another month), the sheets untouched.
    workbook["汇总"]["C4"] = load_workbook(result.path)["汇总"]["C4"].value
    assert meta_checksum(workbook, meta) == meta["sha256"]
    assert meta_checksum(workbook, {**meta, "period": "2024-06"}) != meta["sha256"]
    cover = {r[0]: r[1] for r in workbook["封面"].iter_rows(values_only=True) if r[0]}
    assert cover["中心"] == "测试温馨家园" and cover["版本号"] == 3 and cover["月份"] == "2024-05"
    assert "负责人（签字）" in cover and "填报人（签字）" in cover and "审核人（签字）" in cover
    assert "联系电话" in cover and isinstance(cover["生成时间"], datetime)
    summary = workbook["汇总"]
    assert summary.freeze_panes == "A4" and summary.print_title_rows == "$3:$3"
    # The key consolidation reads is in a hidden column; borders round the table.
    assert summary.column_dimensions["G"].hidden and summary["A4"].border.left.style == "thin"
    assert workbook.properties.creator == "测试温馨家园"
    assert summary.page_setup.orientation == "portrait" and summary.page_setup.fitToWidth == 1
    assert "&P" in summary.oddFooter.center.text and "2024-05" in summary.oddHeader.center.text


def test_attendance_sheet_has_no_names_or_full_ids(small_db: Database, tmp_path: Path) -> None:
    result = export_monthly_workbook(small_db, "2024-05", tmp_path / "may.xlsx",
                                     generated_by="staff", today=TODAY, now=NOW)
    sheet = load_workbook(result.path)["考勤明细"]
    values = [v for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    assert "张三" not in values and "李四" not in values
    assert make_id_number(seq=1) not in values
    # No card number either: 补助明细 names members, and a key shared with it would name
    # these rows (test_detail_sheets_privacy.py).
    assert "WH000002" not in values and "WH000001" not in values
    data = list(sheet.iter_rows(min_row=5, values_only=True))
    assert all(isinstance(v, int) for row in data[:-1] for v in row if v is not None)
    money = load_workbook(result.path)["补助明细"]
    assert money["G4"].number_format == "#,##0.00" and money["G3"].value == "补助金额（元）"


def test_attendance_sheet_prints_a_grid_with_weekends_shaded(small_db: Database,
                                                             tmp_path: Path) -> None:
    """Every day of every row has its lines, the empty days too, and Saturdays and Sundays
    (May 2024: the 4th, 5th, 11th …) are shaded, marked or not."""
    result = export_monthly_workbook(small_db, "2024-05", tmp_path / "may.xlsx",
                                     generated_by="staff", today=TODAY, now=NOW)
    sheet = load_workbook(result.path)["考勤明细"]
    rows = list(sheet.iter_rows(min_row=5, values_only=True))
    assert len(rows) == 3 and rows[-1][0] == "合计"
    assert any(value is None for row in rows[:-1] for value in row[1:32])  # empty days
    for row in range(5, 5 + len(rows)):
        for column in range(1, 34):
            lined, shade = drawn(sheet, row, column)
            assert lined, sheet.cell(row=row, column=column).coordinate
            if row < 4 + len(rows) and 2 <= column <= 32:
                weekend = date(2024, 5, column - 1).weekday() >= 5
                assert (shade == "E4E4E4") == weekend, (row, column, shade)


def test_attendance_sheet_hands_the_checksum_exactly_its_cells(db: Database,
                                                                tmp_path: Path) -> None:
    """The matrix is hashed from the values its writer kept rather than read back cell by
    cell: they are the sheet's values, in memory and read from the saved file, on a busy demo
    month and on a month before the centre's data began."""
    demo.generate(db, demo.DemoOptions(members=30, years=1, today=date(2026, 11, 20)))
    for month in ("2026-10", "2024-03"):
        workbook = Workbook()
        sheet = workbook.create_sheet("考勤明细")
        written = write_attendance(db, month, sheet, date(2026, 11, 20))
        assert isinstance(written, Written)
        assert written.rows == len(written.values) - 5  # title, note, 2 heading rows, 合计
        expected = sheet_rows(written.values)
        assert expected == sheet_rows(sheet.iter_rows(values_only=True))
        workbook.save(tmp_path / f"{month}.xlsx")
        again = load_workbook(tmp_path / f"{month}.xlsx")["考勤明细"]
        assert expected == sheet_rows(again.iter_rows(values_only=True))
        assert expected[-1].startswith("合计")


def test_warnings_are_listed_in_checks(small_db: Database, tmp_path: Path) -> None:
    result = export_monthly_workbook(small_db, "2024-05", tmp_path / "may.xlsx",
                                     generated_by="staff", today=TODAY, now=NOW)
    rows = list(load_workbook(result.path)["校验"].iter_rows(min_row=4, values_only=True))
    rules = {r[5]: r for r in rows}
    assert rules["people.no_certificate"][0] == "警告" and rules["people.no_certificate"][2] == 1
    # Named in Chinese, with what to do; the code only in the hidden column.
    assert rules["people.no_certificate"][1] == "在册会员缺残疾证号"
    assert rules["people.no_certificate"][4].startswith("在“人员登记”中")
    # 张三 on 5-08 and 李四 on 5-06 never signed out; the voided one does not count.
    assert rules["attendance.no_sign_out"][2] == 2


def test_future_record_blocks_the_export_and_writes_nothing(small_db: Database,
                                                           out: Path) -> None:
    with small_db.transaction():
        small_db.execute("INSERT INTO sign_in (person_id, day, signed_in_at, method,"
                         " recorded_by, created_at) VALUES (1, '2024-06-20',"
                         " '2024-06-20T09:00:00', 'staff', 'x', '2024-06-01T00:00:00')")
    with pytest.raises(BlockedExport) as caught:
        export_monthly_workbook(small_db, "2024-06", out, generated_by="staff",
                                today=date(2024, 6, 10))
    assert [f.rule for f in caught.value.findings] == ["attendance.future"]
    assert "1 个错误" in caught.value.message
    assert list(out.iterdir()) == []


def test_subsidy_days_beyond_days_open_is_an_error(small_db: Database, out: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # One sign-in a day per member makes this impossible through the app; a table computed
    # another way (a changed rule, an edited database) must still be caught.
    real = subsidy.month_table

    def inflated(db: Database, month: str, settings: object = None) -> subsidy.SubsidyMonth:
        table = real(db, month)
        rows = [subsidy.SubsidyRow(r.person_id, r.name, r.id_number, r.days_signed_in, 30,
                                   30 * 4000) for r in table.rows]
        return subsidy.SubsidyMonth(month, table.settings, rows)

    monkeypatch.setattr(subsidy, "month_table", inflated)
    with pytest.raises(BlockedExport) as caught:
        export_monthly_workbook(small_db, "2024-05", out, generated_by="staff",
                                today=TODAY)
    assert caught.value.findings[0].rule == "subsidy.days_over_open"
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("month", ["2024-07", "2024-13", "24-05", ""])
def test_future_or_malformed_month_is_refused(small_db: Database, out: Path,
                                              month: str) -> None:
    with pytest.raises(ValidationError):
        export_monthly_workbook(small_db, month, out, generated_by="staff", today=TODAY)
    assert list(out.iterdir()) == []


def test_standard_file_name_keeps_inside_the_folder() -> None:
    profile = centre.CentreProfile(name="x", code="A/B", district="西城区", street="")
    assert standard_file_name(profile, "2024-05", 2) == "西城区_未设置_A-B_2024-05_v2.xlsx"


def test_a_full_disk_leaves_nothing(small_db: Database, out: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def half_then_full(workbook: Workbook, stream: IO[bytes]) -> None:
        stream.write(b"PK\x03\x04 half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(workbook_file, "write_xlsx", half_then_full)
    with pytest.raises(ExportError, match=r"磁盘空间已满（No space left on device）"):
        export_monthly_workbook(small_db, "2024-05", out, generated_by="staff", today=TODAY)
    assert list(out.iterdir()) == []


def test_text_that_looks_like_a_formula_stays_text(small_db: Database, out: Path) -> None:
    _activity(small_db, "2024-05-20", "其他", [])
    with small_db.transaction():
        small_db.execute("UPDATE activity SET title = '=HYPERLINK(\"x\")', place = '#N/A'"
                         " WHERE day = '2024-05-20'")
    result = export_monthly_workbook(small_db, "2024-05", out, generated_by="staff",
                                     today=TODAY, now=NOW)
    sheet = load_workbook(result.path)["活动明细"]
    row = next(r for r in sheet.iter_rows(min_row=4) if r[0].value == datetime(2024, 5, 20))
    assert (row[1].value, row[1].data_type) == ('=HYPERLINK("x")', "s")
    assert (row[3].value, row[3].data_type) == ("#N/A", "s")


def test_the_current_month_counts_only_activities_held_so_far(small_db: Database,
                                                              out: Path) -> None:
    from desktop.models.reporting import dashboard

    mid_june = date(2024, 6, 15)
    _activity(small_db, "2024-06-05", "文化", [1, 2])
    _activity(small_db, "2024-06-25", "体育", [])  # planned: not held yet
    result = export_monthly_workbook(small_db, "2024-06", out, generated_by="staff",
                                     today=mid_june, now=datetime(2024, 6, 15, 12))
    summary = _summary(result.path)
    assert summary["activities.held"][0] == 1
    assert summary["activities.participations"][0] == 2
    assert summary["activities.held"][2] == 5  # February, April, two in May, 5 June
    workbook = load_workbook(result.path)
    listed = list(workbook["活动明细"].iter_rows(min_row=4, values_only=True))
    # A real date (shown as one), not text.
    assert [row[0] for row in listed] == [datetime(2024, 6, 5), "合计"]
    assert workbook["活动明细"]["A4"].number_format == "yyyy-mm-dd"
    assert listed[-1][1] == "1 次"
    checks = list(workbook["校验"].iter_rows(min_row=4, values_only=True))
    assert ("警告", "本月尚未结束", 0, "本月尚未结束，数据截至 2024-06-15",
            "月底后重新导出本月报表再报送；现在导出的数据只截至今天。",
            "month.unfinished") in checks
    # The home page's month card and trend agree with the workbook.
    assert dashboard.month_comparison(small_db, mid_june).this_month.activities == 1
    assert dashboard.trend(small_db, mid_june)[-1].activities == 1
    # Once the month is over, the activity of the 25th was held.
    july = export_monthly_workbook(small_db, "2024-06", out / "june.xlsx",
                                   generated_by="staff", today=date(2024, 7, 1))
    assert _summary(july.path)["activities.held"][0] == 2
    assert "month.unfinished" not in {f.rule for f in july.report.findings}
