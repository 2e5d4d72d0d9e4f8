"""`warmhome attendance summary` and `warmhome subsidy` as scripts use them: real processes."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from desktop.models.attendance import attendance
from desktop.models.db import open_database
from desktop.models.people import people
from desktop.models.subsidy import subsidy
from tests.cli.conftest import Run, RunMany, digest, one_line_error
from tests.conftest import STAFF, TODAY, make_id_number, make_person_input

NOW = datetime(2024, 6, 1, 12)
ZHANG_ID = make_id_number(seq=1)


@pytest.fixture(scope="module")
def may_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """May 2024: 张三 (职康站) 3 days, 李四 (温馨家园) 2 days; 40.00 元 a day, at least 4 h."""
    path = tmp_path_factory.mktemp("may") / "may.db"
    with open_database(path) as db:
        zhang = people.create_person(db, make_person_input(
            name="张三", id_number=ZHANG_ID, programmes=["温馨家园", "职康站"]),
            actor=STAFF, today=TODAY)
        li = people.create_person(db, make_person_input(
            name="李四", id_number=make_id_number(seq=2), card_number="WH000002"),
            actor=STAFF, today=TODAY)
        for day, end in (("2024-05-06", "15:00"), ("2024-05-07", "12:00"),
                         ("2024-05-08", None)):
            attendance.staff_sign_in(
                db, zhang, datetime.fromisoformat(f"{day}T09:00"),
                datetime.fromisoformat(f"{day}T{end}") if end else None,
                actor=STAFF, reason="补签", now=NOW)
        for day in ("2024-05-06", "2024-05-20"):
            attendance.staff_sign_in(db, li, datetime.fromisoformat(f"{day}T09:30"),
                                     actor=STAFF, reason="补签", now=NOW)
        subsidy.save_settings(db, subsidy.SubsidySettings(4000, 240), actor=STAFF,
                              effective_from=subsidy.BEGINNING)
    return path


def test_summary_json_and_text(run_many: RunMany, may_db: Path) -> None:
    as_json, as_text = run_many([
        ("attendance", "summary", "--month", "2024-05", "--json", "--db", may_db),
        ("attendance", "summary", "--db", may_db, "--month", "2024-05")])
    assert as_json.returncode == 0, as_json.stderr
    figures = json.loads(as_json.stdout)
    assert set(figures) == {"month", "sign_ins", "members", "days_open", "average_per_day",
                            "by_programme"}
    assert (figures["month"], figures["sign_ins"], figures["members"], figures["days_open"],
            figures["average_per_day"]) == ("2024-05", 5, 2, 4, 1.2)
    assert figures["by_programme"]["职康站"] == {"sign_ins": 3, "members": 1, "days_open": 3,
                                                 "average_per_day": 1.0}
    assert set(figures["by_programme"]) == {"温馨家园", "职康站", "日间照料"}
    assert as_text.returncode == 0, as_text.stderr
    lines = as_text.stdout.strip().splitlines()
    assert lines[0] == "2024-05 全部：签到 5 人次，2 人，开放 4 天，日均 1.2 人次"
    assert "2024-05 职康站：签到 3 人次，1 人，开放 3 天，日均 1.0 人次" in lines


def test_subsidy_json_and_text(run_many: RunMany, may_db: Path) -> None:
    as_json, as_text = run_many([
        ("subsidy", "--month", "2024-05", "--json", "--db", may_db),
        ("subsidy", "--month", "2024-05", "--db", may_db)])
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert data == {"month": "2024-05", "daily_rate_fen": 4000,
                    "rows": [{"person_id": 1, "name": "张三", "days": 1, "amount_fen": 4000}],
                    "total_fen": 4000}
    assert as_text.returncode == 0, as_text.stderr
    out = as_text.stdout
    assert ZHANG_ID not in out  # identifiers masked
    assert f"{ZHANG_ID[:6]}********{ZHANG_ID[-4:]}" in out
    assert "日补助标准 40.00 元（最初设定）" in out and "240 分钟" in out
    assert out.strip().splitlines()[-1] == "合计：1 人，1 天，40.00 元"


def test_subsidy_prints_the_rate_in_effect_for_the_month(run_many: RunMany, tmp_path: Path) -> None:
    path = tmp_path / "rates.db"
    with open_database(path) as db:
        zhang = people.create_person(db, make_person_input(
            name="张三", id_number=ZHANG_ID, programmes=["职康站"]), actor=STAFF, today=TODAY)
        for day in ("2024-03-05", "2024-04-02", "2024-05-06"):
            attendance.staff_sign_in(db, zhang, datetime.fromisoformat(f"{day}T09:00"),
                                     datetime.fromisoformat(f"{day}T15:00"), actor=STAFF,
                                     reason="补签", now=NOW)
        for fen, month in ((4000, "2024-04"), (5000, "2024-05")):
            subsidy.save_settings(db, subsidy.SubsidySettings(fen, None), actor=STAFF,
                                  effective_from=month, today=TODAY)
    march, april, may = run_many([
        ("subsidy", "--month", month, "--db", path) for month in ("2024-03", "2024-04",
                                                                 "2024-05")])
    for result in (march, april, may):
        assert result.returncode == 0, result.stderr
    assert march.stdout.splitlines()[0] == (
        "2024-03 职业康复劳动训练生活补助：日补助标准 0.00 元（未设定），签到即计入")
    assert april.stdout.splitlines()[0] == (
        "2024-04 职业康复劳动训练生活补助：日补助标准 40.00 元（2024-04 起执行），签到即计入")
    assert may.stdout.splitlines()[0] == (
        "2024-05 职业康复劳动训练生活补助：日补助标准 50.00 元（2024-05 起执行），签到即计入")
    assert april.stdout.strip().splitlines()[-1] == "合计：1 人，1 天，40.00 元"
    assert may.stdout.strip().splitlines()[-1] == "合计：1 人，1 天，50.00 元"


@pytest.mark.parametrize("command", [("attendance", "summary"), ("subsidy",)])
def test_a_bad_month_is_one_line_and_writes_nothing(run_many: RunMany, may_db: Path,
                                                    tmp_path: Path,
                                                    command: tuple[str, ...]) -> None:
    before = digest(may_db)
    missing = tmp_path / "never.db"
    results = run_many([
        (*command, "--month", "2026-13", "--db", may_db),
        (*command, "--month", "26-11", "--db", may_db),
        (*command, "--month", "", "--db", may_db),
        (*command, "--month", "2026-13", "--db", missing),
        (*command, "--db", may_db)])
    for result, shown in zip(results[:4], ("2026-13", "26-11", "", "2026-13"), strict=True):
        line = one_line_error(result)
        assert line == f"warmhome: 错误：月份应为 YYYY-MM，如 2026-11，现在是“{shown}”"
        assert result.returncode == 1 and result.stdout == ""
    assert digest(may_db) == before
    assert not missing.exists()  # a bad month does not even create the file
    line = one_line_error(results[4])  # --month missing: a usage error
    assert results[4].returncode == 2 and "--month" in line


def test_demo_then_both_commands(run: Run, run_many: RunMany, tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    made = run("demo", "--db", path, "--members", "20", "--years", "1", "--seed", "5",
               "--today", "2024-06-01")
    assert made.returncode == 0, made.stderr
    assert "sign_ins" in made.stdout and "activities" in made.stdout
    summary, table = run_many([
        ("attendance", "summary", "--month", "2024-05", "--json", "--db", path),
        ("subsidy", "--month", "2024-05", "--json", "--db", path)])
    figures = json.loads(summary.stdout)
    assert figures["sign_ins"] > 20 * 10 and figures["days_open"] >= 20
    data = json.loads(table.stdout)
    assert data["daily_rate_fen"] == 4000
    assert data["total_fen"] == sum(r["amount_fen"] for r in data["rows"])
    assert all(r["amount_fen"] == r["days"] * 4000 for r in data["rows"])
