"""`warmhome volunteers hours` as scripts use it (real processes): JSON and text agree with
the ledger; a bad month is one line on stderr."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.models.volunteers import ledger
from tests.cli.conftest import Run, RunMany, one_line_error
from tests.conftest import STAFF
from tests.models.volunteers.ledger_support import bank, open_clocked, serve, volunteer


@pytest.fixture(scope="module")
def vol_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two volunteers in May 2024, one of them crossing 100 hours; a shift with a no-show."""
    folder = tmp_path_factory.mktemp("vol")
    db = open_clocked(folder)
    li = volunteer(db, "李华", 1, "BJV2400001")
    wang = volunteer(db, "王芳", 2, "BJV2400002")
    volunteer(db, "赵强", 3, "BJV2400003")
    bank(db, li, "2024-04-30", 99 * 60)
    serve(db, li, "2024-05-06", 90)
    serve(db, wang, "2024-05-07", 120, post="文体活动")
    with db.transaction():
        for day, cancelled in (("2024-05-06", None), ("2024-05-08", "2024-05-01T09:00:00")):
            shift = db.execute(
                "INSERT INTO volunteer_shift (post_id, day, starts_at, ends_at, capacity,"
                " cancelled_at, cancel_reason, created_by, created_at)"
                " VALUES (1, ?, '09:00', '12:00', 2, ?, ?, 'staff', '2024-05-01T09:00:00')",
                (day, cancelled, "下雨" if cancelled else None)).lastrowid
        db.execute("INSERT INTO volunteer_signup (shift_id, person_id, status, recorded_by,"
                   " created_at, updated_at) VALUES (1, ?, 'no_show', 'staff', ?, ?)",
                   (wang, "2024-05-01T09:00:00", "2024-05-06T13:00:00"))
    assert shift
    assert [r.minutes for r in ledger.month_ledger(db, "2024-05", actor=STAFF)] == [90, 120, 0]
    db.close()
    return folder / "vol.db"


def test_hours_json_and_text(run_many: RunMany, vol_db: Path) -> None:
    as_json, as_text = run_many([
        ("volunteers", "hours", "--month", "2024-05", "--json", "--db", vol_db),
        ("volunteers", "hours", "--db", vol_db, "--month", "2024-05")])
    assert as_json.returncode == 0, as_json.stderr
    figures = json.loads(as_json.stdout)
    assert {k: figures[k] for k in ("month", "volunteers", "shifts", "hours", "no_shows")} == {
        "month": "2024-05", "volunteers": 2, "shifts": 1, "hours": 3.5, "no_shows": 1}
    assert [(r["name"], r["hours"], r["cumulative_hours"], r["star"])
            for r in figures["rows"]] == [
        ("李华", 1.5, 100.5, 1), ("王芳", 2.0, 2.0, 0), ("赵强", 0.0, 0.0, 0)]
    assert all(isinstance(r["person_id"], int) for r in figures["rows"])
    assert as_text.returncode == 0, as_text.stderr
    lines = as_text.stdout.splitlines()
    assert lines[0] == "编号\t姓名\t志愿者编号\t本月时长\t累计时长\t星级"
    assert lines[1].split("\t")[1:] == ["李华", "BJV2400001", "1.5", "100.5", "1"]
    assert lines[-1] == "2024-05 志愿服务：2 人服务，3.5 小时；班次 1 个，未到 1 人次"


def test_a_bad_month_is_one_line(run: Run, vol_db: Path) -> None:
    result = run("volunteers", "hours", "--month", "2024-13", "--db", vol_db)
    assert result.returncode == 1
    assert "2024-13" in one_line_error(result)


def _certificate_counts(db_path: Path) -> int:
    from desktop.models.db import open_database

    db = open_database(db_path)
    try:
        return int(db.scalar("SELECT count(*) FROM volunteer_certificate"))
    finally:
        db.close()


def test_certificate_is_issued_and_written_as_pdf(run: Run, tmp_path: Path) -> None:
    from tests.ui.common.pdf_reading import PrintedPdf

    db = open_clocked(tmp_path)
    li = volunteer(db, "李华", 1, "BJV2400001")
    serve(db, li, "2024-05-06", 90, content="午餐分餐")
    db.close()
    out = tmp_path / "李华证明.pdf"
    result = run("volunteers", "certificate", str(li), "--from", "2024-01-01",
                 "--to", "2024-05-31", "--out", out, "--handler", " 王芳 ",
                 "--db", tmp_path / "vol.db")
    assert result.returncode == 0, result.stderr
    # Numbered in the year it is issued (the real clock's, in a separate process).
    assert re.search(r"ZYFW-XC-T-01-\d{4}-0001", result.stdout), result.stdout
    assert str(out) in result.stdout
    pdf = PrintedPdf(out)
    assert len(pdf) == 1
    for expected in ("志愿服务证明", "李华", "BJV2400001", "1.5 小时", "午餐分餐", "单位（盖章）",
                     "经办人 王芳"):
        assert expected in " ".join(pdf.texts[0].split()), expected
    # The command line's account name is never printed as the handler.
    assert "cli" not in pdf.texts[0]
    pdf.close()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == [out.name]
    assert _certificate_counts(tmp_path / "vol.db") == 1


def test_certificate_refusals_are_one_line_and_write_nothing(run: Run, tmp_path: Path) -> None:
    db = open_clocked(tmp_path)
    li = volunteer(db, "李华", 1, "BJV2400001")
    serve(db, li, "2024-05-06", 90)
    db.close()
    base = ("volunteers", "certificate")
    where = ("--handler", "王芳", "--db", tmp_path / "vol.db")
    out = tmp_path / "证明.pdf"
    no_hours = one_line_error(run(*base, str(li), "--from", "2024-06-01", "--to",
                                  "2024-06-20", "--out", out, *where))
    assert "没有记录的志愿服务时长" in no_hours
    reversed_period = one_line_error(run(*base, str(li), "--from", "2024-06-01", "--to",
                                         "2024-01-01", "--out", out, *where))
    assert "早于开始日期" in reversed_period
    assert "2024-02-30" in one_line_error(run(*base, str(li), "--from", "2024-02-30", "--to",
                                              "2024-03-01", "--out", out, *where))
    assert "没有编号为 99 的志愿者" in one_line_error(run(
        *base, "99", "--from", "2024-01-01", "--to", "2024-06-01", "--out", out, *where))
    assert "不存在" in one_line_error(run(
        *base, str(li), "--from", "2024-01-01", "--to", "2024-06-01",
        "--out", tmp_path / "没有" / "证明.pdf", *where))
    assert ".pdf" in one_line_error(run(
        *base, str(li), "--from", "2024-01-01", "--to", "2024-06-01",
        "--out", tmp_path / "证明.txt", *where))
    assert not out.exists()
    assert _certificate_counts(tmp_path / "vol.db") == 0


def test_export_writes_the_months_records_and_names_missing_numbers(
        run: Run, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import load_workbook

    db = open_clocked(tmp_path)
    li = volunteer(db, "李华", 1, "BJV2400001")
    wang = volunteer(db, "王芳", 2)
    with db.transaction():
        db.execute("UPDATE volunteer SET volunteer_number = '' WHERE person_id = ?", (wang,))
    serve(db, li, "2024-05-06", 90, content="午餐分餐")
    serve(db, wang, "2024-05-07", 120, post="文体活动")
    serve(db, li, "2024-06-01", 60)
    db.close()
    out = tmp_path / "志愿北京.xlsx"
    result = run("volunteers", "export", "--month", "2024-05", "--out", out,
                 "--db", tmp_path / "vol.db")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"已导出 2024-05 的 2 条志愿服务记录（2 人，3.5 小时）到 {out}"
    assert "王芳（人员编号 " in lines[1] and "没有志愿北京编号" in lines[1]
    sheet = load_workbook(out).active
    assert sheet is not None
    assert [list(r) for r in sheet.iter_rows(min_row=2, values_only=True)] == [
        ["BJV2400001", "李华", datetime(2024, 5, 6), 1.5, "助餐", "午餐分餐"],
        [None, "王芳", datetime(2024, 5, 7), 2.0, "文体活动", "文体活动"]]


def test_export_refusals_are_one_line_and_write_nothing(run: Run, tmp_path: Path) -> None:
    from desktop.models.admin import centre
    from desktop.models.db import open_database

    db = open_clocked(tmp_path)
    serve(db, volunteer(db, "李华", 1, "BJV2400001"), "2024-05-06", 90)
    db.close()
    where = ("--db", tmp_path / "vol.db")
    out = tmp_path / "x.xlsx"
    assert "2024-13" in one_line_error(run(
        "volunteers", "export", "--month", "2024-13", "--out", out, *where))
    assert "不存在" in one_line_error(run(
        "volunteers", "export", "--month", "2024-05", "--out", tmp_path / "没有" / "x.xlsx",
        *where))
    db = open_database(tmp_path / "vol.db")
    with db.transaction():
        centre.set_setting(db, "volunteer.platform_columns", "name,idcard")
    db.close()
    assert "列“idcard”不认识" in one_line_error(run(
        "volunteers", "export", "--month", "2024-05", "--out", out, *where))
    assert not list(tmp_path.glob("*.xlsx"))


def test_certificate_names_the_handler_or_leaves_it_to_hand_and_is_numbered_once(
        run: Run, tmp_path: Path) -> None:
    db = open_clocked(tmp_path)
    li = volunteer(db, "李华", 1, "BJV2400001")
    serve(db, li, "2024-05-06", 90)
    db.close()
    out = tmp_path / "证明.pdf"
    period = ("volunteers", "certificate", str(li), "--from", "2024-05-01", "--to",
              "2024-05-31", "--out", out, "--db", tmp_path / "vol.db")
    assert one_line_error(run(*period, "--handler", "  ")).endswith(
        "--handler 不能为空：写明经办人的姓名（印在证明的“经办人”一栏），如 --handler 王芳；"
        "不写这一项则留空，由经办人手写")
    assert not out.exists()
    assert _certificate_counts(tmp_path / "vol.db") == 0
    first = run(*period, "--handler", "王芳")
    assert first.returncode == 0, first.stderr
    number = re.search(r"ZYFW-XC-T-01-\d{4}-0001", first.stdout)
    assert number, first.stdout
    out.unlink()
    twice = one_line_error(run(*period, "--handler", "王芳"))
    assert f"编号 {number.group(0)}（1.5 小时），此后记录没有变化：不再编新号" in twice
    assert "点“补打”" in twice
    assert not out.exists()
    assert _certificate_counts(tmp_path / "vol.db") == 1
    # Without --handler the 经办人 is left blank for a hand, never the account's name.
    by_hand = run("volunteers", "certificate", str(li), "--from", "2024-05-02", "--to",
                  "2024-05-31", "--out", out, "--db", tmp_path / "vol.db")
    assert by_hand.returncode == 0, by_hand.stderr
    from tests.ui.common.pdf_reading import PrintedPdf

    pdf = PrintedPdf(out)
    text = " ".join(pdf.texts[0].split())
    pdf.close()
    assert "经办人 联系电话" in text and "cli" not in text
    assert _certificate_counts(tmp_path / "vol.db") == 2
