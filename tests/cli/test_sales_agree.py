"""The issue's "Done when": ``warmhome sales summary`` agrees with the workbook. On a demo month
(counter, a bazaar, refunds and voids), the summary's sales, items, revenue and makers' income
equal 汇总's 希联圆梦 rows and the 希联圆梦 sheet's totals; its payment methods add up to the
revenue; each maker's share is a row of the sheet (anonymous) and the makers' shares add up
exactly to the whole."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop.cli.sales_summary import cmd_sales_summary
from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
from desktop.excel.sales.month_sheet import HEADERS
from desktop.models.clock import SystemClock
from desktop.models.db import open_database
from desktop.models.demo import demo
from desktop.models.money import yuan
from tests.cli.conftest import Run
from tests.cli.test_sales_summary import needs_command

TODAY = date(2024, 6, 12)
MONTH = "2024-05"  # with the 全国助残日 bazaar


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("agree") / "demo.db"
    with open_database(path) as db:
        demo.generate(db, demo.DemoOptions(seed=7, members=60, years=2, today=TODAY))
    return path


@pytest.fixture(scope="module")
def workbook(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("agree-out") / "m.xlsx"
    with open_database(demo_db) as db:
        export_monthly_workbook(db, MONTH, out, generated_by="staff", today=TODAY)
    return load_workbook(out)


def _summary(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    args = argparse.Namespace(db=str(demo_db), clock=SystemClock(), month=MONTH, json=True)
    assert cmd_sales_summary(args) == 0
    figures: dict[str, Any] = json.loads(capsys.readouterr().out)
    return figures


def _agree(figures: dict[str, Any], workbook: Any) -> None:
    sheet = workbook["汇总"]
    headers = [c.value for c in sheet[3]]
    key, this = headers.index("指标代码"), headers.index("本月")
    summary = {row[key]: row[this] for row in sheet.iter_rows(min_row=4, values_only=True)}
    assert figures["sales"] == summary["sales.sales"] > 100
    assert figures["items"] == summary["sales.items"]
    assert yuan(figures["revenue_fen"]) == Decimal(str(summary["sales.revenue_fen"]))
    assert yuan(figures["maker_income_fen"]) == Decimal(str(summary["sales.maker_income_fen"]))
    with_income = [m for m in figures["makers"] if m["share_fen"] > 0]
    assert len(with_income) == summary["sales.makers_with_income"]
    assert sum(figures["by_payment"].values()) == figures["revenue_fen"]
    assert sum(m["share_fen"] for m in figures["makers"]) == figures["maker_income_fen"]
    assert sum(m["revenue_fen"] for m in figures["makers"]) == figures["revenue_fen"]
    # The sheet: one anonymous row per maker with the same shares, and the same total.
    rows = []
    for row in workbook["希联圆梦"].iter_rows(min_row=4, values_only=True):
        if row[0] == "合计":
            total = row[:len(HEADERS)]
            break
        rows.append(row[:len(HEADERS)])
    assert Counter(Decimal(str(r[4])) for r in rows) == Counter(
        yuan(m["share_fen"]) for m in figures["makers"])
    assert (total[1], Decimal(str(total[2])), Decimal(str(total[4]))) == (
        figures["items"], yuan(figures["revenue_fen"]), yuan(figures["maker_income_fen"]))
    names = {m["name"] for m in figures["makers"]}
    assert not names & {str(c) for row in workbook["希联圆梦"].iter_rows(values_only=True)
                        for c in row if c}


def test_the_summary_agrees_with_the_workbook(demo_db: Path, workbook: Any,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    figures = _summary(demo_db, capsys)
    assert figures["refunds_fen"] >= 0
    _agree(figures, workbook)


@needs_command
def test_the_command_line_agrees_with_the_workbook(run: Run, demo_db: Path,
                                                   workbook: Any) -> None:
    result = run("sales", "summary", "--month", MONTH, "--json", "--db", demo_db)
    assert result.returncode == 0, result.stderr
    _agree(json.loads(result.stdout), workbook)
