"""`warmhome care summary` and `warmhome care log` as scripts use them (real processes): the
JSON and text forms, masked output, one-line failures that write nothing, and a demo month
whose workbook (汇总 rows and the 日间照料 sheet) agrees with `care summary`."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop.models.db import open_database
from tests.care_records import EXPECTED, month_of_care
from tests.cli.conftest import Run, RunMany, digest, one_line_error


@pytest.fixture(scope="module")
def care_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """May 2024 of the care centre (tests.care_records.month_of_care)."""
    path = tmp_path_factory.mktemp("care") / "care.db"
    with open_database(path) as db:
        month_of_care(db)
    return path


def test_summary_json_and_text(run_many: RunMany, care_db: Path) -> None:
    as_json, as_text = run_many([
        ("care", "summary", "--month", "2024-05", "--json", "--db", care_db),
        ("care", "summary", "--db", care_db, "--month", "2024-05")])
    assert as_json.returncode == 0, as_json.stderr
    figures = json.loads(as_json.stdout)
    assert {"month", "members", "care_days", "meals", "medication_doses", "incidents",
            "purchased_minutes", "by_service"} <= set(figures)
    assert figures["month"] == "2024-05"
    for key, value in EXPECTED.items():
        assert figures[key] == value, key
    assert figures["fulfilment"]["hours"] == {"owed": 10.16, "delivered": 3.5, "percent": 34}
    assert [c["contract_number"] for c in figures["fulfilment"]["contracts"]] == [
        "HT-2024-01", "HT-2024-02"]
    assert as_text.returncode == 0, as_text.stderr
    lines = as_text.stdout.strip().splitlines()
    assert lines[0] == "2024-05 日间照料：服务 3 人，照料 5 人天，用餐 5 人次，康复训练 75 分钟"
    assert lines[1] == "服药：已服 6 次，拒服 1 次，漏服 1 次"
    assert lines[2] == "突发事件：一般 2 件，较重 1 件，严重 0 件"
    assert "  康馨社工事务所（HT-2024-01）：应提供 10.16 小时，已提供 3.5 小时，完成率 34%" in lines
    assert lines[-1] == ("服务项目：午餐 5，个人照料 1，康复训练 2，音乐治疗 1，手工制作 0，"
                         "文体娱乐 0")


def test_log_json_and_text_are_masked(run_many: RunMany, care_db: Path) -> None:
    as_json, as_text = run_many([
        ("care", "log", "--day", "2024-05-13", "--json", "--db", care_db),
        ("care", "log", "--db", care_db, "--day", "2024-05-13")])
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert data["day"] == "2024-05-13"
    members = {m["name"]: m for m in data["members"]}
    assert set(members) == {"王芳", "李强", "赵敏"}  # 孙丽 is not in the programme
    wang = members["王芳"]
    assert re.fullmatch(r"\d{6}\*{8}\d{3}[\dX]", wang["id_number"])
    assert wang["services"] == [{"service": "午餐", "minutes": None},
                                {"service": "康复训练", "minutes": 30},
                                {"service": "音乐治疗", "minutes": 45}]
    assert wang["doses"] == [{"time": "08:00", "status": "given", "at": "08:00"},
                             {"time": "12:00", "status": "given", "at": "12:00"}]
    assert wang["handover"] == {"collected_at": "16:30", "by": "父亲"}
    assert wang["mood"] == "好" and wang["present"] is True
    assert as_text.returncode == 0, as_text.stderr
    for output in (as_json.stdout, as_text.stdout):
        # No note, medicine, collector's name, phone or whole ID number.
        for secret in ("情绪稳定", "丙戊酸钠", "王家长", "13900001111"):
            assert secret not in output
        assert not re.search(r"\d{17}[\dX]", output)
    lines = as_text.stdout.strip().splitlines()
    assert lines[0].split("\t") == ["编号", "姓名", "身份证号", "照料服务", "服药", "离站交接",
                                    "情绪"]
    row = next(line.split("\t") for line in lines if "\t王芳\t" in line)
    assert row[3:] == ["午餐、康复训练30分钟、音乐治疗45分钟", "08:00已服、12:00已服",
                       "16:30 父亲接走", "好"]
    assert lines[-1] == "2024-05-13：3 人"


def test_bad_months_and_days_are_one_line_and_write_nothing(
        run_many: RunMany, care_db: Path, tmp_path: Path) -> None:
    before = digest(care_db)
    missing = tmp_path / "never.db"
    results = run_many([
        ("care", "summary", "--month", "2024-13", "--db", care_db),
        ("care", "summary", "--month", "24-05", "--db", care_db),
        ("care", "summary", "--month", "2024-05", "--db", missing),
        ("care", "summary", "--month", "2999-01", "--db", care_db),
        ("care", "summary", "--db", care_db),
        ("care", "log", "--day", "2024-13-01", "--db", care_db),
        ("care", "log", "--day", "20240513", "--db", care_db),
        ("care", "log", "--day", "2999-01-01", "--db", care_db),
        ("care", "log", "--db", care_db),
    ])
    lines = [one_line_error(result) for result in results]
    assert [r.returncode for r in results] == [1, 1, 1, 1, 2, 2, 2, 2, 2]
    assert lines[0] == "warmhome: 错误：月份应为 YYYY-MM，如 2026-11，现在是“2024-13”"
    assert lines[1] == "warmhome: 错误：月份应为 YYYY-MM，如 2026-11，现在是“24-05”"
    assert "数据库文件不存在" in lines[2]
    assert lines[3] == "warmhome: 错误：--month 2999-01 还没有到：只能查看本月和以前的月份"
    assert "--month" in lines[4]
    assert "日期应为 YYYY-MM-DD：2024-13-01" in lines[5]
    assert "日期应为 YYYY-MM-DD：20240513" in lines[6]
    assert lines[7] == "warmhome: 错误：--day 2999-01-01 还没有到：只能查看今天和以前的照料记录"
    assert "--day" in lines[8]
    assert all(r.stdout == "" for r in results)
    assert digest(care_db) == before
    assert not missing.exists()


def _summary_values(workbook: Any) -> dict[str, Any]:
    """汇总's 本月 by indicator key (format 3: headers in row 3, the key in the last column)."""
    sheet = workbook["汇总"]
    headers = [c.value for c in sheet[3]]
    key, this = headers.index("指标代码"), headers.index("本月")
    return {row[key]: row[this] for row in sheet.iter_rows(min_row=4, values_only=True)}


def test_a_demo_month_exports_with_the_care_sheet_equal_to_the_summary(
        run: Run, run_many: RunMany, tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    made = run("demo", "--db", path, "--members", "60", "--years", "2", "--seed", "7",
               "--today", "2024-06-01")
    assert made.returncode == 0, made.stderr
    assert "care_days" in made.stdout
    out = tmp_path / "may.xlsx"
    exported, summary = run_many([
        ("export-month", "2024-05", "--out", out, "--db", path),
        ("care", "summary", "--month", "2024-05", "--json", "--db", path)])
    assert exported.returncode == 0, exported.stderr
    assert summary.returncode == 0, summary.stderr
    figures = json.loads(summary.stdout)
    assert figures["care_days"] > 0 and figures["members"] > 0
    workbook = load_workbook(out)
    values = _summary_values(workbook)
    assert values["care.members"] == figures["members"]
    assert values["care.care_days"] == figures["care_days"]
    assert values["care.meals"] == figures["meals"]
    assert values["care.doses_given"] == figures["medication_doses"]
    assert values["care.rehab_minutes"] == figures["rehab_minutes"]
    assert [values[f"care.incidents.{k}"] for k in ("minor", "major", "serious")] == [
        figures["incidents"][s] for s in ("一般", "较重", "严重")]
    assert values["care.purchased.hours"] == figures["purchased_hours"]
    assert values["care.purchased.hours_owed"] == figures["fulfilment"]["hours"]["owed"]
    assert values["care.purchased.sessions_delivered"] == \
        figures["fulfilment"]["sessions"]["delivered"]
    sheet = workbook["日间照料"]
    total = next(row for row in sheet.iter_rows(min_row=4, values_only=True)
                 if row[0] == "合计")
    assert total[1:7] == (figures["care_days"], figures["meals"], figures["rehab_minutes"],
                          figures["medication_doses"], figures["doses_refused"],
                          figures["doses_missed"])
    assert f"本月照料 {figures['members']} 人" in sheet["A2"].value
