"""Months, IDs and names typed full-width or with invisible marks on the command line
(issue 10, items 3 and 4): real processes, one-line failures, no file written before one."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop.models.admin import centre
from desktop.models.db import open_database
from desktop.models.demo import demo
from tests.cli.conftest import Run, RunMany, digest, one_line_error
from tests.conftest import ADMIN
from tests.models.test_text_input import full_width

THIS_MONTH = date.today().strftime("%Y-%m")
DIGIT_ID = "360426199101010071"


def _previous(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"


MONTH = _previous(THIS_MONTH)
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twenty demo members over one year ending today (the CLI checks the real date)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_database(path) as db:
        demo.generate(db, demo.DemoOptions(members=20, years=1, today=date.today()))
        profile = centre.load_profile(db)
        profile.street = "月坛"
        centre.save_profile(db, profile, actor=ADMIN)
    return path


@pytest.mark.parametrize("typed", [full_width(MONTH), full_width(MONTH).replace("－", "-"),
                                   f" {MONTH}\u200b"])
def test_export_month_typed_full_width_exports_that_month(run: Run, demo_db: Path,
                                                          tmp_path: Path, typed: str) -> None:
    with open_database(demo_db) as db:
        code = centre.load_profile(db).code
    exported = run("export-month", typed, "--out", tmp_path, "--db", demo_db)
    assert exported.returncode == 0, exported.stderr
    assert "可能已损坏" not in exported.stderr
    written = Path(exported.stdout.strip())
    assert written == tmp_path / f"西城区_月坛_{code}_{MONTH}_v1.xlsx"
    assert list(tmp_path.iterdir()) == [written]
    status = run("month", "status", full_width(MONTH), "--json", "--db", demo_db)
    assert status.returncode == 0, status.stderr
    last = json.loads(status.stdout)["last_export"]
    assert last["month"] == MONTH and last["file_name"] == written.name
    assert last["file_sha256"] == digest(written)


@pytest.mark.parametrize("typed", [MONTH.translate(ARABIC_INDIC),
                                   MONTH.translate(str.maketrans("0123456789", "०१२३४५६७८९"))])
def test_export_month_in_other_scripts_digits_is_refused_before_any_file(
        run: Run, demo_db: Path, tmp_path: Path, typed: str) -> None:
    before = digest(demo_db)
    exported = run("export-month", typed, "--out", tmp_path, "--db", demo_db)
    line = one_line_error(exported)
    assert line == f"warmhome: 错误：月份应为 YYYY-MM，如 2026-11，现在是“{typed}”"
    assert exported.returncode == 1
    assert list(tmp_path.iterdir()) == []
    assert digest(demo_db) == before


def test_month_options_typed_full_width_are_read(run_many: RunMany, demo_db: Path) -> None:
    summary, subsidy, refused = run_many([
        ("attendance", "summary", "--month", full_width(MONTH), "--json", "--db", demo_db),
        ("subsidy", "--month", f"\u3000{full_width(MONTH)}", "--json", "--db", demo_db),
        ("attendance", "summary", "--month", MONTH.translate(ARABIC_INDIC), "--db", demo_db)])
    assert summary.returncode == 0, summary.stderr
    assert json.loads(summary.stdout)["month"] == MONTH
    assert subsidy.returncode == 0, subsidy.stderr
    assert json.loads(subsidy.stdout)["month"] == MONTH
    assert "月份应为 YYYY-MM" in one_line_error(refused)


def test_people_add_with_a_full_width_id_then_the_plain_id_is_a_duplicate(
        run: Run, tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    added = run("people", "add", "--db", path, "--name", "张\u200b三", "--role", "member",
                "--id", full_width(DIGIT_ID), "--phone", full_width("13812345678"))
    assert added.returncode == 0, added.stderr
    person_id = int(added.stdout.strip())
    with open_database(path) as db:
        row = db.query_one("SELECT name, id_number, phone FROM person WHERE id = ?",
                           (person_id,))
        assert row is not None
        assert (row["name"], row["id_number"], row["phone"]) == ("张三", DIGIT_ID,
                                                                 "13812345678")
    before = digest(path)
    again = run("people", "add", "--db", path, "--name", "张三", "--role", "member",
                "--id", DIGIT_ID)
    assert one_line_error(again) == (
        f"warmhome: 错误：身份证号与已登记的 张三 相同（已有人员编号 {person_id}）")
    assert digest(path) == before
    found = run("people", "list", "--db", path, "--search", "z\u200bs", "--json")
    assert [p["id"] for p in json.loads(found.stdout)] == [person_id]
    archived = run("people", "archive", full_width(str(person_id)), "--reason", "测试",
                   "--db", path)
    assert archived.returncode == 0, archived.stderr
