"""`warmhome sales bazaar-*` as staff run them (real processes): the centre exports a package,
a laptop database is created from it and sells (through the models), its sales file comes back
and is imported twice (nothing added twice); an edited file, a file from another centre and a
truncated one are refused with one line naming the file and nothing written; an import killed
midway leaves the database as it was, and the next import completes."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models.db import Database, open_database
from desktop.models.sales import stock
from desktop.models.sales.refunds import void_sale
from tests.cli.conftest import Run, digest, one_line_error
from tests.conftest import ROOT, STAFF, main_env
from tests.models.sales.bazaar_support import centre_with_stock, sell

# An import that kills its own process (SIGKILL: no clean-up of any kind) while adding the
# third sale, inside the import's transaction.
KILLED_IMPORT = r"""
import os, signal, sys
from desktop.models.sales import bazaar_import
real, calls = bazaar_import._add_sale, [0]
def dying(*args, **kwargs):
    calls[0] += 1
    if calls[0] == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
bazaar_import._add_sale = dying
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def snapshot(path: Path) -> dict[str, int]:
    """Rows in every table of the database (closed again)."""
    db = open_database(path)
    try:
        tables = [str(r[0]) for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: int(db.scalar(f'SELECT count(*) FROM "{t}"')) for t in tables}
    finally:
        db.close()


def on_hand(path: Path, product_id: int) -> int:
    db = open_database(path)
    try:
        return stock.on_hand(db, product_id)
    finally:
        db.close()


@pytest.fixture
def centre(tmp_path: Path) -> tuple[Path, int, int]:
    """A centre database (code XC-YT-09) with 10 key chains and 4 bags: (path, chain, bag)."""
    db, chain, bag = centre_with_stock(tmp_path / "centre.db")
    db.close()
    return tmp_path / "centre.db", chain, bag


def laptop_sales(run: Run, tmp_path: Path, centre_db: Path, chain: int, bag: int,
                 name: str = "laptop.db") -> Path:
    """Export a package (3 chains, 2 bags), open it on a new laptop database, sell there
    (one sale voided) and return the file; the file's path."""
    package = tmp_path / f"{name}.package.json"
    result = run("sales", "bazaar-export", "--db", centre_db, "--out", package,
                 "--place", "什刹海庙会", "--day", "2024-06-03",
                 "--take", f"{code(centre_db, chain)}=3", "--take", f"{code(centre_db, bag)}=2")
    assert result.returncode == 0, result.stderr
    assert "带出 2 种共 5 件" in result.stdout
    laptop = tmp_path / name
    result = run("sales", "bazaar-open", package, "--db", laptop)
    assert result.returncode == 0, result.stderr
    assert "已打开中心 XC-" in result.stdout and "带出 5 件" in result.stdout
    db: Database = open_database(laptop)
    try:
        sell(db, chain, 2)
        sell(db, bag, 1, payment="微信", time="11:00")
        void_sale(db, sell(db, bag, 1, time="11:30"), "录错了", actor=STAFF)
    finally:
        db.close()
    # The laptop's database is backed up like the centre's, named with the centre's code.
    backup = run("backup", "--db", laptop, "--to", tmp_path / f"{name}-backups")
    assert backup.returncode == 0, backup.stderr
    assert Path(backup.stdout.strip()).name.startswith("XC-")
    out = tmp_path / f"{name}.sales.json"
    result = run("sales", "bazaar-return", "--db", laptop, "--out", out)
    assert result.returncode == 0, result.stderr
    assert "3 笔（其中作废 1 笔）" in result.stdout
    return out


def code(db_path: Path, product_id: int) -> str:
    db = open_database(db_path)
    try:
        return str(db.scalar("SELECT code FROM sales_product WHERE id = ?", (product_id,)))
    finally:
        db.close()


def test_round_trip_imported_twice_adds_each_sale_once(
        run: Run, tmp_path: Path, centre: tuple[Path, int, int]) -> None:
    centre_db, chain, bag = centre
    sales = laptop_sales(run, tmp_path, centre_db, chain, bag)
    first = run("sales", "bazaar-import", sales, "--db", centre_db)
    assert first.returncode == 0, first.stderr
    assert "新增 3 笔销售，已导入过跳过 0 笔，收回未售 1 件，待处理 0 项" in first.stdout
    assert on_hand(centre_db, chain) == 10 - 2 and on_hand(centre_db, bag) == 4 - 1
    before = snapshot(centre_db)
    second = run("sales", "bazaar-import", sales, "--db", centre_db)
    assert second.returncode == 0, second.stderr
    assert "新增 0 笔销售，已导入过跳过 3 笔，收回未售 0 件" in second.stdout
    after = snapshot(centre_db)
    assert {t: after[t] - before[t] for t in after if after[t] != before[t]} == {
        "sales_bazaar_import": 1, "audit_log": 1}
    assert on_hand(centre_db, chain) == 8


def test_a_shortfall_is_listed_and_settled(
        run: Run, tmp_path: Path, centre: tuple[Path, int, int]) -> None:
    centre_db, chain, _bag = centre
    package = tmp_path / "p.json"
    assert run("sales", "bazaar-export", "--db", centre_db, "--out", package, "--take",
               f"{code(centre_db, chain)}=1").returncode == 0
    laptop = tmp_path / "laptop.db"
    assert run("sales", "bazaar-open", package, "--db", laptop).returncode == 0
    db = open_database(laptop)
    try:
        sell(db, chain, 2, short_reason="多带了一个没登记")
    finally:
        db.close()
    sales = tmp_path / "s.json"
    assert run("sales", "bazaar-return", "--db", laptop, "--out", sales).returncode == 0
    result = run("sales", "bazaar-import", sales, "--db", centre_db)
    assert result.returncode == 0, result.stderr
    assert "待处理 1 项" in result.stdout
    line = result.stdout.splitlines()[1]
    assert line.startswith("待处理 #1\t") and "软陶钥匙扣 超出带出数量 1 件" in line
    refused = run("sales", "bazaar-settle", "1", "--note", " ", "--db", centre_db)
    assert "请填写处理说明" in one_line_error(refused)
    listed = run("sales", "bazaar-issues", "--db", centre_db)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[0].startswith("#1\t")
    assert listed.stdout.splitlines()[-1] == "待处理 1 项"
    settled = run("sales", "bazaar-settle", "1", "--note", "已盘点补记", "--db", centre_db)
    assert settled.returncode == 0, settled.stderr
    assert "已处理：已盘点补记" in settled.stdout
    listed = run("sales", "bazaar-issues", "--all", "--db", centre_db)
    assert listed.stdout.splitlines()[0].endswith("\t已处理（cli：已盘点补记）")
    assert listed.stdout.splitlines()[-1] == "待处理 0 项，已处理 1 项"
    again = run("sales", "bazaar-settle", "1", "--note", "再来", "--db", centre_db)
    assert "处理过" in one_line_error(again)


def test_edited_other_centre_and_truncated_files_are_refused(
        run: Run, tmp_path: Path, centre: tuple[Path, int, int]) -> None:
    centre_db, chain, bag = centre
    sales = laptop_sales(run, tmp_path, centre_db, chain, bag)
    before = digest(centre_db)

    edited = tmp_path / "edited.json"
    document = json.loads(sales.read_text("utf-8"))
    document["body"]["sales"][0]["total_fen"] = 1
    document["body"]["sales"][0]["lines"][0]["unit_price_fen"] = 1
    document["body"]["sales"][0]["lines"][0]["quantity"] = 1
    edited.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    message = one_line_error(run("sales", "bazaar-import", edited, "--db", centre_db))
    assert str(edited) in message and "被修改过" in message

    truncated = tmp_path / "truncated.json"
    data = sales.read_bytes()
    truncated.write_bytes(data[: len(data) * 2 // 3])
    message = one_line_error(run("sales", "bazaar-import", truncated, "--db", centre_db))
    assert str(truncated) in message and "不完整或已损坏" in message

    other_folder = tmp_path / "other"
    other_folder.mkdir()
    db, o_chain, o_bag = centre_with_stock(other_folder / "centre.db", code="XC-DS-01")
    db.close()
    theirs = laptop_sales(run, other_folder, other_folder / "centre.db", o_chain, o_bag)
    message = one_line_error(run("sales", "bazaar-import", theirs, "--db", centre_db))
    assert str(theirs) in message and "来自中心 XC-DS-01" in message
    assert digest(centre_db) == before


def test_an_import_killed_midway_leaves_nothing_and_the_next_completes(
        run: Run, tmp_path: Path, centre: tuple[Path, int, int]) -> None:
    centre_db, chain, bag = centre
    sales = laptop_sales(run, tmp_path, centre_db, chain, bag)
    before = snapshot(centre_db)
    stock_before = on_hand(centre_db, chain), on_hand(centre_db, bag)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_IMPORT, "sales", "bazaar-import", str(sales),
         "--db", str(centre_db)], cwd=ROOT, env=main_env(tmp_path / "home"),
        capture_output=True, text=True, timeout=120, check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert snapshot(centre_db) == before
    assert (on_hand(centre_db, chain), on_hand(centre_db, bag)) == stock_before
    result = run("sales", "bazaar-import", sales, "--db", centre_db)
    assert result.returncode == 0, result.stderr
    assert "新增 3 笔销售，已导入过跳过 0 笔" in result.stdout


def test_export_with_an_unknown_code_or_into_a_missing_folder_writes_nothing(
        run: Run, tmp_path: Path, centre: tuple[Path, int, int]) -> None:
    centre_db, _chain, _bag = centre
    before = digest(centre_db)
    message = one_line_error(run("sales", "bazaar-export", "--db", centre_db, "--out",
                                 tmp_path / "p.json", "--take", "29999999=1"))
    assert "没有这个编码的在售商品" in message
    message = one_line_error(run("sales", "bazaar-export", "--db", centre_db, "--out",
                                 tmp_path / "no" / "p.json"))
    assert "不存在" in message
    assert digest(centre_db) == before and not (tmp_path / "p.json").exists()
