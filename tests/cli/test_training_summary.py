"""`warmhome training summary --month YYYY-MM [--json]`: the month's training figures as JSON
and as text, equal to the monthly workbook's 职业培训 rows of 汇总 and sheet for the same month;
a month not yet come or malformed is refused and nothing is printed.

The handler is tested directly (``cmd_training_summary`` with the arguments the parser gives)
and through the real process."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli.training_summary import cmd_training_summary
from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.training import completion, employment
from desktop.models.training.employment import PlacementInput
from tests.cli.conftest import Run, one_line_error
from tests.conftest import STAFF, save_centre_profile
from tests.models.training.training_support import (
    course_with_trainees,
    teach_to_end,
    training_db,
)

__all__ = ["training_db"]
NOW = datetime(2024, 7, 1, 9, 0)
JUNE = "2024-06"


def _args(db: Database, month: str = JUNE, *, as_json: bool = True) -> argparse.Namespace:
    return argparse.Namespace(db=str(db.path), clock=FixedClock(NOW), month=month,
                              json=as_json)


def _june(db: Database) -> None:
    """张三, 李四 and 王五 taught to the end of June; 张三 and 王五 complete on 30 June, 张三
    starts work that day."""
    save_centre_profile(db)
    course = course_with_trainees(db)
    teach_to_end(course)
    for enrolment in (course.enrolments[0], course.enrolments[2]):
        completion.complete(db, enrolment, actor=STAFF, day="2024-06-30")
    employment.add_placement(db, course.enrolments[0], PlacementInput(
        "某某烘焙有限公司", "面点学徒", "2024-06-30", 2), actor=STAFF)


EXPECTED = {"month": JUNE, "courses": 1, "sessions": 8, "trainees": 3,
            "training_minutes": 2_400, "training_hours": 40.0, "completions": 2,
            "placements": 1, "employed_at_6_months": 0}


def _workbook_figures(db: Database, month: str, out: Path) -> dict[str, object]:
    export_monthly_workbook(db, month, out, generated_by="staff", today=NOW.date())
    workbook = load_workbook(out)
    summary = {str(r[6]): r[2] for r in workbook["汇总"].iter_rows(min_row=4, values_only=True)}
    total = next(r for r in workbook["职业培训"].iter_rows(min_row=4, values_only=True)
                 if r[0] == "合计")
    # The sheet's 合计 says the same as 汇总.
    assert (total[6], total[8], total[9]) == (summary["training.sessions"],
                                              summary["training.training_hours"],
                                              summary["training.completions"])
    return {key.removeprefix("training."): value for key, value in summary.items()
            if key.startswith("training.")}


def test_json_of_the_handler_agrees_with_the_workbook(
        training_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _june(training_db)
    assert cmd_training_summary(_args(training_db)) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures == EXPECTED
    shown = _workbook_figures(training_db, JUNE, tmp_path / "june.xlsx")
    assert shown == {k: v for k, v in figures.items() if k not in ("month", "training_minutes")}
    assert cmd_training_summary(_args(training_db, "2024-05")) == 0
    may = json.loads(capsys.readouterr().out)
    assert may == {k: v for k, v in _workbook_figures(
        training_db, "2024-05", tmp_path / "may.xlsx").items()} | {
        "month": "2024-05", "training_minutes": may["training_minutes"]}
    assert may["sessions"] == 8 and may["completions"] == 0


def test_text_of_the_handler(training_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _june(training_db)
    assert cmd_training_summary(_args(training_db, as_json=False)) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2024-06 职业培训：在办课程 1 个，上课 8 次，参加培训 3 人，培训 40.0 人时，结业 2 人，"
        "就业安置 1 人，就业满6个月仍在岗 0 人"]


def test_a_month_not_yet_come_or_malformed_is_refused(
        training_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValidationError, match="--month 2024-08 还没有到"):
        cmd_training_summary(_args(training_db, "2024-08"))
    with pytest.raises(ValidationError, match="2024-13"):
        cmd_training_summary(_args(training_db, "2024-13"))
    assert capsys.readouterr().out == ""


@pytest.fixture
def summary_db(training_db: Database) -> Path:
    _june(training_db)
    path = training_db.path
    training_db.close()
    return path


def test_json_and_text_from_the_command_line(run: Run, summary_db: Path) -> None:
    as_json = run("training", "summary", "--month", JUNE, "--json", "--db", summary_db)
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout) == EXPECTED
    as_text = run("training", "summary", "--db", summary_db, "--month", JUNE)
    assert as_text.returncode == 0, as_text.stderr
    assert "培训 40.0 人时" in as_text.stdout


def test_a_bad_month_is_one_line(run: Run, summary_db: Path) -> None:
    result = run("training", "summary", "--month", "2024-13", "--db", summary_db)
    assert result.returncode != 0
    assert "2024-13" in one_line_error(result)


def test_demo_months_agree_with_the_workbook(db: Database, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.models.demo import demo

    today = datetime(2026, 11, 20)
    demo.generate(db, demo.DemoOptions(members=60, years=1, today=today.date()))
    for month in ("2026-10", "2026-06"):
        args = argparse.Namespace(db=str(db.path), clock=FixedClock(today), month=month,
                                  json=True)
        assert cmd_training_summary(args) == 0
        figures = json.loads(capsys.readouterr().out)
        export_monthly_workbook(db, month, tmp_path / f"{month}.xlsx", generated_by="staff",
                                today=today.date())
        workbook = load_workbook(tmp_path / f"{month}.xlsx")
        summary = {str(r[6]): r[2] for r in workbook["汇总"].iter_rows(min_row=4,
                                                                      values_only=True)}
        shown = {k.removeprefix("training."): v for k, v in summary.items()
                 if k.startswith("training.")}
        assert shown == {k: v for k, v in figures.items()
                         if k not in ("month", "training_minutes")}, month
        assert figures["sessions"] > 0 and figures["trainees"] > 0, month
        total = next(r for r in workbook["职业培训"].iter_rows(min_row=4, values_only=True)
                     if r[0] == "合计")
        assert (total[6], total[8], total[9]) == (
            figures["sessions"], figures["training_hours"], figures["completions"])
