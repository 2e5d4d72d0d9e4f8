"""A capability added as a package of its own (tests/sample_capability) appears everywhere a
real one does: its indicator in 汇总 and its check in 校验, its detail sheet in the monthly
workbook, its demo step, and its subcommands in the real command line. Its page is in
tests/ui/shell/test_capability_pages.py."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
from desktop.models.db import Database, open_database
from desktop.models.demo import demo
from desktop.models.people import people
from desktop.models.reporting import indicators
from tests import sample_capability
from tests.conftest import (
    ROOT,
    STAFF,
    main_env,
    make_id_number,
    make_person_input,
    save_centre_profile,
)

TODAY = date(2024, 6, 1)
NOW = datetime(2024, 6, 1, 9, 30)
MAY = "2024-05"


def _volunteer(db: Database, number: str, seq: int) -> None:
    people.create_person(db, make_person_input(
        name="赵六", id_number=make_id_number(seq=seq), is_member=False, programmes=[],
        card_number="", joined_on="", is_volunteer=True, volunteer_number=number),
        actor=STAFF, today=TODAY)


def test_its_indicator_and_check_join_the_months_report(db: Database) -> None:
    without = indicators.compute(db, MAY, TODAY)
    assert sample_capability.INDICATOR_KEY not in [r.indicator.key for r in without.rows]
    report = indicators.compute(db, MAY, TODAY, extra=[sample_capability.MODELS])
    assert [r.indicator.key for r in report.rows][-1] == sample_capability.INDICATOR_KEY
    assert report.value(sample_capability.INDICATOR_KEY).this_month == 0
    assert [f.rule for f in report.warnings if f.rule.startswith("sample.")] == [
        sample_capability.FINDING_RULE]
    _volunteer(db, "BJV2400001", 4)
    report = indicators.compute(db, MAY, TODAY, extra=[sample_capability.MODELS])
    assert report.value(sample_capability.INDICATOR_KEY).this_month == 1
    assert not [f for f in report.findings if f.rule.startswith("sample.")]


def test_its_sheet_and_indicator_are_in_the_exported_workbook(db: Database,
                                                              tmp_path: Path) -> None:
    save_centre_profile(db)
    _volunteer(db, "BJV2400002", 5)
    _volunteer(db, "BJV2400001", 6)
    result = export_monthly_workbook(db, MAY, tmp_path / "may.xlsx", generated_by="staff",
                                     today=TODAY, now=NOW,
                                     extra=sample_capability.WITHOUT_UI)
    workbook = load_workbook(result.path)
    assert workbook.sheetnames == ["封面", "汇总", "考勤明细", "活动明细", "补助明细", "日间照料",
                                   "志愿服务", "希联圆梦", "职业培训",
                                   sample_capability.SHEET_TITLE, "校验",
                                   "_meta"]
    sheet = workbook[sample_capability.SHEET_TITLE]
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
        ["序号", "志愿者编号"], [1, "BJV2400001"], [2, "BJV2400002"]]
    # 汇总 (format 3): the indicator's key in the last, hidden column; its figures before it.
    summary = {r[-1]: r for r in workbook["汇总"].iter_rows(min_row=4, values_only=True)}
    assert summary[sample_capability.INDICATOR_KEY][0:5] == ("样例志愿者人数", "人", 2, 2, 2)
    meta = dict(workbook["_meta"].iter_rows(min_row=2, values_only=True))
    assert sample_capability.SHEET_TITLE in str(meta["hashed_sheets"]).split(",")
    assert meta[f"rows.{sample_capability.SHEET_TITLE}"] == 2
    # Without the package the workbook is the usual one.
    plain = export_monthly_workbook(db, MAY, tmp_path / "plain.xlsx", generated_by="staff",
                                    today=TODAY, now=NOW)
    assert sample_capability.SHEET_TITLE not in load_workbook(plain.path).sheetnames


def test_its_demo_step_runs_after_the_people(db: Database) -> None:
    counts = demo.generate(db, demo.DemoOptions(seed=1, members=5, years=1, today=TODAY),
                           extra=[sample_capability.MODELS])
    assert counts["sample_volunteers_seen"] == counts["volunteers"] == 1


# The real command line, with the sample capability's package passed in by a tiny launcher:
# the installed `warmhome` has no way to load it.
LAUNCHER = ("import sys; from desktop.cli import main; "
            f"sys.exit(main(sys.argv[1:], extra={sample_capability.WITHOUT_UI!r}))")


def _run(home: Path, *args: str | Path, launcher: str = LAUNCHER
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", launcher, *map(str, args)], cwd=ROOT,
                          env=main_env(home), capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)


def test_its_subcommands_run_in_the_real_command_line(tmp_path: Path) -> None:
    path = tmp_path / "centre.db"
    with open_database(path) as db:
        _volunteer(db, "BJV2400001", 7)
    result = _run(tmp_path, "sample", "--db", path, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"volunteers": 1}
    # An action of another capability's group, in its place in that group's help.
    result = _run(tmp_path, "people", "sample", "--db", path)
    assert (result.returncode, result.stdout) == (0, "志愿者 1 人\n")
    help_text = _run(tmp_path, "--help").stdout
    assert "样例：志愿者人数" in help_text
    assert help_text.index("export-month") < help_text.index("sample") \
        < help_text.index("consolidate")
    people_help = _run(tmp_path, "people", "--help").stdout
    assert people_help.index("not-seen") < people_help.index("sample")
    # The shared contract holds for it too: a missing database is one line and exit 1.
    missing = _run(tmp_path, "sample", "--db", tmp_path / "nope.db")
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    assert missing.stderr.startswith("warmhome: 错误：数据库文件不存在")


def test_without_the_package_there_is_no_such_subcommand(tmp_path: Path) -> None:
    plain = "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    result = _run(tmp_path, "sample", launcher=plain)
    assert result.returncode == 2 and "sample" in result.stderr
