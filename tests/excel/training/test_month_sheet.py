"""The monthly workbook's 职业培训 sheet: present after 希联圆梦 and sealed by the checksum; its
courses' 合计 equals 汇总's training rows (and month_figures); the named list of completions and
placements masks the identity numbers; printed as a form."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from desktop.excel.reporting.monthly_workbook import export_monthly_workbook, meta_checksum
from desktop.excel.training.month_sheet import HEADERS, PEOPLE_HEADERS
from desktop.models.db import Database
from desktop.models.training import completion, employment, figures
from desktop.models.training.employment import PlacementInput
from tests.conftest import STAFF, make_id_number, save_centre_profile
from tests.models.training.training_support import (
    call_roll,
    course_with_trainees,
    teach_to_end,
    training_db,
)

__all__ = ["training_db"]
SHEET = "职业培训"
HEADER_ROW = 3
TODAY = date(2024, 7, 1)


def _export(db: Database, month: str, out: Path) -> Any:
    export_monthly_workbook(db, month, out, generated_by="staff", today=TODAY)
    return load_workbook(out)


def _summary(workbook: Any) -> dict[str, object]:
    return {r[6]: r[2] for r in workbook["汇总"].iter_rows(min_row=4, values_only=True)}


def test_the_sheet_is_in_the_workbook_and_its_checksum(training_db: Database,
                                                       tmp_path: Path) -> None:
    save_centre_profile(training_db)
    course = course_with_trainees(training_db)
    call_roll(course, "2024-05-06", ["present", "late", "absent"])
    workbook = _export(training_db, "2024-05", tmp_path / "m.xlsx")
    assert workbook.sheetnames.index(SHEET) == workbook.sheetnames.index("希联圆梦") + 1
    meta = {row[0]: row[1] for row in workbook["_meta"].iter_rows(min_row=2, values_only=True)}
    assert SHEET in str(meta["hashed_sheets"]).split(",")
    assert meta["rows.职业培训"] == 1
    assert meta_checksum(workbook, meta) == meta["sha256"]
    sheet = workbook[SHEET]
    assert sheet["A1"].value == "测试温馨家园（XC-T-01）2024年5月工作报表：职业培训"
    assert "本月参加培训 2 人" in sheet["A2"].value
    assert [c.value for c in sheet[HEADER_ROW]][:len(HEADERS)] == HEADERS
    assert sheet.print_title_rows == "$3:$3"
    # May: 8 sessions held, one roll call (张三 and 李四 attended: 2 人次, 4 人时).
    rows = [r[:len(HEADERS)] for r in sheet.iter_rows(min_row=4, max_row=5, values_only=True)]
    assert rows[0][1:4] == ("西点烘焙初级班", "西点", "普通培训")
    assert rows[0][6:] == (8, 2, 4.0, 0)
    assert rows[1] == ("合计", "1 门", None, None, None, None, 8, 2, 4.0, 0)
    assert sheet.cell(row=7, column=1).value == PEOPLE_HEADERS[0]
    assert sheet.cell(row=8, column=1).value == "本月没有学员结业或就业安置"


def test_totals_equal_the_summary_and_the_people_are_masked(training_db: Database,
                                                            tmp_path: Path) -> None:
    save_centre_profile(training_db)
    course = course_with_trainees(training_db)
    teach_to_end(course)  # the clock: 1 July 2024
    completion.complete(training_db, course.enrolments[0], actor=STAFF, day="2024-06-30")
    completion.complete(training_db, course.enrolments[2], actor=STAFF, day="2024-06-30")
    employment.add_placement(training_db, course.enrolments[0], PlacementInput(
        "某某烘焙有限公司", "面点学徒", "2024-06-30", 2), actor=STAFF)
    workbook = _export(training_db, "2024-06", tmp_path / "june.xlsx")
    sheet, summary = workbook[SHEET], _summary(workbook)
    june = figures.month_figures(training_db, "2024-06")
    total = next(r for r in sheet.iter_rows(min_row=4, values_only=True) if r[0] == "合计")
    assert total[6:10] == (june.sessions, 20, float(june.training_hours), june.completions)
    assert (summary["training.sessions"], summary["training.training_hours"],
            summary["training.completions"], summary["training.trainees"]) == (
        total[6], total[8], total[9], june.trainees)
    assert f"本月参加培训 {june.trainees} 人" in sheet["A2"].value
    people = [r[:7] for r in sheet.iter_rows(min_row=7, values_only=True)]
    masked = make_id_number(seq=1)[:6] + "********" + make_id_number(seq=1)[-4:]
    assert people[0] == ("序号", "课程名称", "姓名", "身份证号\n（已脱敏）", "事项", "日期",
                         "出勤率或就业单位、岗位")
    assert [p[1:5] for p in people[1:]] == [
        ("西点烘焙初级班", "张三", masked, "结业"),
        ("西点烘焙初级班", "王五", people[2][3], "结业"),
        ("西点烘焙初级班", "张三", masked, "就业安置")]
    assert people[1][6] == "出勤率 100.0%"
    assert people[3][6] == "某某烘焙有限公司，面点学徒（集中就业）"
    assert summary["training.placements"] == 1
    text = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    assert make_id_number(seq=1) not in text and make_id_number(seq=3) not in text


def test_both_tables_print_without_wrapping_over_the_next_row(training_db: Database,
                                                              tmp_path: Path) -> None:
    """The identity number fits its column on one line; a long course name, the form's full
    name and a long employer wrap inside rows made tall enough for them (a printed form:
    nothing is drawn over the next row)."""
    from desktop.excel.sheet_layout import lines_in

    save_centre_profile(training_db)
    long_name = "西城区残疾人职业技能提升计划西点烘焙与裱花装饰初级实训班"
    course = course_with_trainees(training_db, name=long_name, form="order",
                                  employer="北京某某食品有限公司")
    teach_to_end(course)
    completion.complete(training_db, course.enrolments[0], actor=STAFF, day="2024-06-30")
    employment.add_placement(training_db, course.enrolments[0], PlacementInput(
        "北京市西城区某某烘焙食品有限责任公司第二分店", "面点学徒兼门店销售助理", "2024-06-30",
        5), actor=STAFF)
    sheet = _export(training_db, "2024-06", tmp_path / "june.xlsx")[SHEET]
    width = {column: sheet.column_dimensions[column].width for column in "ABCDEFGHIJ"}
    course_row = next(r for r in sheet.iter_rows(min_row=4) if r[1].value == long_name)
    assert course_row[3].value == "订单、定岗、定向培训"
    assert lines_in("订单、定岗、定向培训", width["D"]) == 1
    lines = lines_in(long_name, width["B"])
    assert lines > 1 and sheet.row_dimensions[course_row[0].row].height >= 15 * lines
    people = [r for r in sheet.iter_rows(min_row=7) if r[4].value in ("结业", "就业安置")]
    assert len(people) == 2
    # The people's headings repeat on the pages their list runs onto.
    heading = people[0][0].row - 1
    assert sheet.cell(row=heading, column=4).value == "身份证号\n（已脱敏）"
    assert sheet.print_title_rows == f"${heading}:${heading}"
    for row in people:
        assert lines_in(str(row[3].value), width["D"]) == 1  # the masked identity number
        assert lines_in(str(row[2].value), width["C"]) == 1  # the name
        tallest = max(lines_in(str(row[1].value), width["B"]),
                      lines_in(str(row[6].value), sum(width[c] for c in "GHIJ")))
        assert tallest > 1
        assert sheet.row_dimensions[row[0].row].height >= 15 * tallest
