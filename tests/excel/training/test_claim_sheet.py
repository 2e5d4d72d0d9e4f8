"""The training subsidy claim workbook (培训补贴申请表): one row per trainee with the masked
ID, attendance, hours, completion and amount, the total in 大写 and the sign-off block, the
same figures as the claim the models compute; a course that has not ended is refused with
its message and no file is written; an account that may not manage training is refused."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.excel.training.claim_sheet import HEADERS, SHEET_TITLE, export_claim_workbook
from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.db import Database
from desktop.models.training import claims, completion
from desktop.models.training.rules import TrainingRefused
from tests.conftest import STAFF, make_id_number, save_centre_profile
from tests.models.training.training_support import (
    clock,
    course_with_trainees,
    teach_to_end,
    training_db,
)

__all__ = ["training_db"]
HEADER_ROW = 4


def _ended(db: Database, **overrides: object) -> int:
    save_centre_profile(db)
    course = course_with_trainees(db, **overrides)
    teach_to_end(course)  # clock: 1 July 2024
    for enrolment in (course.enrolments[0], course.enrolments[2]):
        completion.complete(db, enrolment, actor=STAFF, day="2024-06-30")
    return course.id


def _cells(path: Path) -> list[tuple[object, ...]]:
    workbook = load_workbook(path)
    assert workbook.sheetnames == [SHEET_TITLE]
    return list(workbook[SHEET_TITLE].iter_rows(values_only=True))


def test_the_claim_per_completion(training_db: Database, tmp_path: Path) -> None:
    course_id = _ended(training_db)
    claims.make_claim(training_db, course_id, actor=STAFF)
    data = export_claim_workbook(training_db, STAFF, course_id, tmp_path / "claim.xlsx")
    rows = _cells(tmp_path / "claim.xlsx")
    assert rows[0][0] == "测试温馨家园 职业培训补贴申请表"
    assert rows[1][0] == f"申请编号：{data.number}　　申请日期：2024-07-01"
    assert str(rows[2][0]).startswith(
        "课程：西点烘焙初级班（西点，普通培训）；授课：西城区职康中心；"
        "地点：活动室；时间：2024-05-06 至 2024-06-28，共 16 次课")
    assert "补贴标准：按结业人数，每人 800.00 元（只计结业学员）" in str(rows[2][0])
    assert list(rows[HEADER_ROW - 1]) == HEADERS
    masked = make_id_number(seq=1)[:6] + "********" + make_id_number(seq=1)[-4:]
    body = [r[:8] for r in rows[HEADER_ROW:HEADER_ROW + 4]]
    # By name (pinyin): 李四 75 % (not completed), 王五 12/14, 张三 16/16.
    assert [r[1] for r in body[:3]] == ["李四", "王五", "张三"]
    assert body[2] == (3, "张三", masked, "16/16", "100.0%", 32, "是", 800)
    assert body[0][3:] == ("12/16", "75.0%", 24, "否", 0)
    assert body[3] == ("合计", "3 人", None, None, None, 80, "2 人", 1600)
    assert rows[HEADER_ROW + 4][0] == "申请补贴金额（大写）：壹仟陆佰元整　　（小写）¥1,600.00"
    text = {str(c) for r in rows for c in r if c}
    assert {"经办人（签字）：", "审核人（签字）：", "负责人（签字）：", "单位（盖章）："} <= text
    assert make_id_number(seq=1) not in text
    assert data.amount_fen == 160_000


def test_the_claim_per_hour_before_registering(training_db: Database, tmp_path: Path) -> None:
    course_id = _ended(training_db, subsidy_kind="per_hour", subsidy_fen=2_500)
    data = export_claim_workbook(training_db, STAFF, course_id, tmp_path / "claim.xlsx")
    rows = _cells(tmp_path / "claim.xlsx")
    assert rows[1][0] == "申请编号：（尚未登记）"
    assert "按结业学员的出勤学时，每小时 25.00 元" in str(rows[2][0])
    # 张三 32 h × 25 元 = 800 元; 王五 24 h → 600 元.
    assert data.amount_fen == 140_000
    assert rows[HEADER_ROW + 3][7] == 1400


def test_a_course_not_ended_is_refused_and_no_file_written(training_db: Database,
                                                           tmp_path: Path) -> None:
    save_centre_profile(training_db)
    course = course_with_trainees(training_db)  # clock: 3 June 2024, running to 28 June
    out = tmp_path / "claim.xlsx"
    with pytest.raises(TrainingRefused) as refused:
        export_claim_workbook(training_db, STAFF, course.id, out)
    assert str(refused.value) == ("课程“西点烘焙初级班”2024-06-28 才结束："
                                  "课程结束后才能申请培训补贴")
    assert not out.exists()
    clock(training_db).set(datetime(2024, 7, 1, 9, 0))
    with pytest.raises(PermissionDenied):
        export_claim_workbook(training_db, Actor("kiosk", Role.KIOSK), course.id, out)
    assert not out.exists()
