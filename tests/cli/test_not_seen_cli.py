"""`warmhome people not-seen` as scripts use it: real processes on a real database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.excel.attendance.call_list_export import HEADER_ROW, SHEET_TITLE
from desktop.models.attendance import not_seen
from desktop.models.db import open_database
from tests.cli.conftest import Run, RunMany, one_line_error
from tests.conftest import STAFF
from tests.not_seen_helpers import LISTED, add_register

# The command lists as of the real today: the register is made relative to it.
TODAY = date.today()


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "centre.db"
    with open_database(path) as db:
        add_register(db, TODAY)
    return path


def reveals(path: Path) -> list[tuple[str, str]]:
    with open_database(path) as db:
        return [(str(r[0]), str(r[1])) for r in db.query(
            "SELECT actor, reason FROM audit_log WHERE action = 'reveal' ORDER BY id")]


def test_text_and_json(run_many: RunMany, db_file: Path) -> None:
    as_json, as_text = run_many([
        ("people", "not-seen", "--json", "--db", db_file),
        ("people", "not-seen", "--db", db_file)])
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert set(data) == {"today", "weeks", "cutoff", "programme", "full_details", "count",
                         "never_signed_in", "members"}
    assert (data["today"], data["weeks"], data["count"], data["never_signed_in"],
            data["full_details"], data["programme"]) == \
        (TODAY.isoformat(), 4, 4, 1, False, None)
    assert [m["name"] for m in data["members"]] == LISTED
    li = data["members"][2]
    assert set(li) == {"id", "name", "last_sign_in", "never_signed_in", "registered_on",
                       "days_since", "weeks_since", "phone", "community", "address",
                       "contacts"}
    assert (li["days_since"], li["weeks_since"], li["phone"], li["address"]) == \
        (35, 5, "139****0002", "北京市西城区****")
    assert li["contacts"][0] == {"name": "李大", "relation": "母亲", "kind": "guardian",
                                 "phone": "139****1111"}
    wang = data["members"][0]
    assert wang["never_signed_in"] and wang["last_sign_in"] is None
    assert wang["registered_on"] == "2024-03-01"
    assert as_text.returncode == 0, as_text.stderr
    lines = as_text.stdout.strip().splitlines()
    assert lines[0].split("\t")[:3] == ["编号", "姓名", "上次签到"]
    assert [line.split("\t")[1] for line in lines[1:]] == LISTED
    assert lines[1].split("\t")[2] == "从未签到"
    assert "李大（母亲·监护人）139****1111；李二（弟弟·家属）139****2222" in lines[3]
    assert as_text.stderr.strip() == (f"截至 {TODAY.isoformat()}：4 周以上未签到或从未签到的"
                                      "在册会员 4 人，其中从未签到 1 人")
    assert reveals(db_file) == []


def test_weeks_programme_and_the_centre_setting(run: Run, run_many: RunMany, db_file: Path) -> None:
    five, rehab = run_many([
        ("people", "not-seen", "--weeks", "5", "--json", "--db", db_file),
        ("people", "not-seen", "--programme", "职康站", "--json", "--db", db_file)])
    assert [m["name"] for m in json.loads(five.stdout)["members"]] == ["王五", "郑十一", "李四"]
    assert [m["name"] for m in json.loads(rehab.stdout)["members"]] == ["王五"]
    with open_database(db_file) as db:
        not_seen.set_weeks_setting(db, 6, actor=STAFF)
    default = run("people", "not-seen", "--json", "--db", db_file)
    data = json.loads(default.stdout)
    assert data["weeks"] == 6 and [m["name"] for m in data["members"]] == ["王五", "郑十一"]


def test_out_to_a_folder_and_to_a_file(run_many: RunMany, db_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    to_folder, as_json = run_many([
        ("people", "not-seen", "--out", folder, "--db", db_file),
        ("people", "not-seen", "--json", "--out", tmp_path / "名单.xlsx", "--db", db_file)])
    assert to_folder.returncode == 0, to_folder.stderr
    written = folder / f"久未签到会员-{TODAY.isoformat()}.xlsx"
    assert to_folder.stdout.strip() == str(written)
    sheet = load_workbook(written)[SHEET_TITLE]
    assert [r[1] for r in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True)] == LISTED
    # With --json the standard output stays one JSON document; the path goes to stderr.
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)["count"] == 4
    assert str(tmp_path / "名单.xlsx") in as_json.stderr
    assert (tmp_path / "名单.xlsx").is_file()


def test_unmasked_gives_full_phones_and_is_audited(run: Run, db_file: Path,
                                                  tmp_path: Path) -> None:
    result = run("people", "not-seen", "--unmasked", "--json", "--db", db_file)
    assert result.returncode == 0, result.stderr
    li = json.loads(result.stdout)["members"][2]
    assert li["phone"] == "13912340002" and li["address"] == "北京市西城区西长安街街道府右街9号"
    assert reveals(db_file) == [("cli", "久未签到会员联系名单：显示完整电话和住址（命令行输出）")]
    exported = run("people", "not-seen", "--unmasked", "--out", tmp_path / "电话.xlsx",
                   "--db", db_file)
    assert exported.returncode == 0, exported.stderr
    assert reveals(db_file)[-1] == ("cli", "久未签到会员联系名单：显示完整电话和住址"
                                           "（导出 Excel：电话.xlsx）")


@pytest.mark.parametrize(("args", "code", "message"), [
    (("--weeks", "0"), 2, "argument --weeks: 周数应为1–52：0"),
    (("--weeks", "53"), 2, "argument --weeks: 周数应为1–52：53"),
    (("--weeks", "四"), 2, "argument --weeks: 周数应为整数：四"),
    (("--programme", "食堂"), 2, "argument --programme: invalid choice"),
    (("--out", "名单.txt"), 1, "输出位置必须是已有的文件夹或以 .xlsx 结尾的文件名"),
])
def test_bad_options_are_refused_in_one_line(run: Run, db_file: Path, args: tuple[str, ...],
                                             code: int, message: str) -> None:
    result = run("people", "not-seen", *args, "--unmasked", "--db", db_file)
    assert result.returncode == code
    assert message in one_line_error(result)
    assert result.stdout == "" and reveals(db_file) == []


def test_a_missing_folder_writes_nothing_not_even_the_audit_entry(
        run: Run, db_file: Path, tmp_path: Path) -> None:
    result = run("people", "not-seen", "--unmasked", "--out",
                 tmp_path / "无此文件夹" / "名单.xlsx", "--db", db_file)
    assert result.returncode == 1
    assert one_line_error(result) == \
        f"warmhome: 错误：导出失败：文件夹 {tmp_path / '无此文件夹'} 不存在"
    assert reveals(db_file) == [] and not (tmp_path / "无此文件夹").exists()


def test_a_missing_database_is_not_created(run: Run, tmp_path: Path) -> None:
    result = run("people", "not-seen", "--db", tmp_path / "nope.db")
    assert result.returncode == 1
    assert "数据库文件不存在" in one_line_error(result)
    assert not (tmp_path / "nope.db").exists()
