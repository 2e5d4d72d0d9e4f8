"""`warmhome people template` and `warmhome people import` as real processes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from desktop.excel.people.roster_template import HEADERS
from desktop.models.db import open_database
from tests.cli.conftest import Run, one_line_error
from tests.conftest import count_rows, make_id_number, submit_month

ID1 = make_id_number(seq=1)
ID2 = make_id_number(date(1975, 3, 9), seq=2, male=False)


def fill(template: Path, out: Path, rows: list[tuple[str, str, str]]) -> Path:
    """The template with (name, ID, certificate) rows below its examples."""
    workbook = load_workbook(template)
    sheet = workbook.worksheets[0]
    for offset, values in enumerate(rows):
        for col, value in enumerate(values, start=1):
            sheet.cell(row=4 + offset, column=col, value=value)
    workbook.save(out)
    return out


def test_template_then_dry_run_then_import(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    template = tmp_path / "模板.xlsx"
    made = run("people", "template", "--out", template, "--db", db)
    assert made.returncode == 0, made.stderr
    assert template.exists() and str(template) in made.stdout
    roster = fill(template, tmp_path / "名册.xlsx",
                  [("王五", ID1, f"{ID1}43"), ("赵六", ID2, f"{ID2}52")])

    dry = run("people", "import", roster, "--dry-run", "--db", db)
    assert dry.returncode == 0, dry.stderr
    assert "可新增 2" in dry.stdout and "试运行：未写入" in dry.stdout
    with open_database(db) as database:
        assert count_rows(database)["person"] == 0

    done = run("people", "import", roster, "--db", db)
    assert done.returncode == 0, done.stderr
    assert "新增 2 人" in done.stdout

    again = run("people", "import", roster, "--db", db)
    assert again.returncode == 0 and "跳过已登记 2 人" in again.stdout
    updated = run("people", "import", roster, "--update-existing", "--db", db)
    assert updated.returncode == 0 and "更新 2 人" in updated.stdout
    with open_database(db) as database:
        assert count_rows(database)["person"] == 2


def test_errors_write_nothing_and_list_every_problem(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    template = tmp_path / "t.xlsx"
    assert run("people", "template", "--out", template, "--db", db).returncode == 0
    bad_id = ID2[:-1] + ("0" if ID2[-1] != "0" else "1")
    roster = fill(template, tmp_path / "坏.xlsx",
                  [("王五", ID1, f"{ID1}43"), ("赵六", bad_id, ""), ("王五", ID1, f"{ID1}43")])
    for extra in ((), ("--dry-run",)):
        result = run("people", "import", roster, *extra, "--db", db)
        line = one_line_error(result)
        assert "名册有2处错误" in line and "第5行 身份证号（B列）" in line
        assert "第6行 身份证号（B列）：与第4行重复" in result.stdout
    with open_database(db) as database:
        assert count_rows(database)["person"] == 0
        assert count_rows(database)["audit_log"] == 0


def test_unreadable_file_is_one_line(run: Run, tmp_path: Path) -> None:
    text = tmp_path / "名册.xlsx"
    text.write_text("不是工作簿", encoding="utf-8")
    line = one_line_error(run("people", "import", text, "--db", tmp_path / "c.db"))
    assert "不是 xlsx 文件" in line
    line = one_line_error(run("people", "template", "--out",
                              tmp_path / "无此文件夹" / "t.xlsx", "--db", tmp_path / "c.db"))
    assert "不存在" in line


def test_a_row_that_would_change_a_submitted_month_writes_nothing(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    with open_database(db) as database:
        submit_month(database, "2024-05")
        before = count_rows(database)
    template = tmp_path / "t.xlsx"
    assert run("people", "template", "--out", template, "--db", db).returncode == 0
    roster = fill(template, tmp_path / "名册.xlsx", [("王五", ID1, f"{ID1}43")])
    workbook = load_workbook(roster)
    workbook.worksheets[0].cell(row=4, column=HEADERS.index("入会日期") + 1, value="2024-03-01")
    workbook.save(roster)
    line = one_line_error(run("people", "import", roster, "--db", db))
    assert "第4行：2024-05 已报送关账" in line and line.endswith("全部未导入")
    with open_database(db) as database:
        assert count_rows(database) == before


def test_import_reads_the_visible_template_sheet_and_says_which(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    template = tmp_path / "t.xlsx"
    assert run("people", "template", "--out", template, "--db", db).returncode == 0
    roster = fill(template, tmp_path / "名册.xlsx", [("赵六", ID2, f"{ID2}52")])
    # Someone's old list, hidden in front of the roster: it must not be imported.
    workbook = load_workbook(roster)
    hidden = workbook.create_sheet("旧名单", 0)
    hidden.append(list(HEADERS))
    hidden.append(["王五", ID1, f"{ID1}43"])
    hidden.sheet_state = "hidden"
    workbook.active = 1
    workbook.save(roster)

    result = run("people", "import", roster, "--db", db)
    assert result.returncode == 0, result.stderr
    assert "读取的工作表：会员名册" in result.stdout
    assert "新增 1 人" in result.stdout
    with open_database(db) as database:
        assert [r[0] for r in database.query("SELECT name FROM person")] == ["赵六"]
