"""`warmhome keys …`, the signature check of `warmhome consolidate` and `warmhome audit verify
--anchor`, as scripts run them: subprocesses on real centre databases and exported files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.models.db import open_database
from tests.audit_forgery import forge
from tests.cli.conftest import Run, digest, one_line_error
from tests.excel.reporting.consolidation_helpers import (
    MONTH,
    CentreDb,
    edit_summary,
    export,
    make_centres,
)

ANCHORED = "2026-10 第 1 版月报"


@pytest.fixture(scope="module")
def centres(tmp_path_factory: pytest.TempPathFactory) -> list[CentreDb]:
    return make_centres(tmp_path_factory.mktemp("centres"))[:2]


@pytest.fixture
def centre(centres: list[CentreDb], tmp_path: Path) -> CentreDb:
    """A private copy of the first centre (its log and keys are changed by the tests)."""
    first = centres[0]
    return CentreDb(Path(shutil.copy(first.path, tmp_path / "centre.db")), first.code,
                    first.name, first.street)


def _export(centre: CentreDb, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    return export(centre, folder)


def test_an_untouched_log_matches_its_anchors(run: Run, centre: CentreDb,
                                              tmp_path: Path) -> None:
    first = _export(centre, tmp_path / "sent")
    result = run("audit", "verify", "--db", centre.path, "--anchor", first)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("操作日志完整")
    seq = load_workbook(first)["_meta"]
    anchored = {r[0]: r[1] for r in seq.iter_rows(values_only=True)}["audit_seq"]
    assert lines[1] == (f"锚点一致：{first.name}：{ANCHORED}锚定的第 {anchored} 条记录"
                        "仍在操作日志中，未被改写")


@pytest.mark.parametrize("statements", [
    # An entry before the anchor rewritten.
    ["UPDATE audit_log SET actor = 'nobody' WHERE id = 3"],
    # A forged entry slipped in before the anchor, the later ones renumbered.
    ["UPDATE audit_log SET id = id + 100000 WHERE id >= 5",
     "UPDATE audit_log SET id = id - 100000 + 1 WHERE id > 100000",
     "INSERT INTO audit_log (id, at, actor, action, table_name, record_id, before, after,"
     " reason, prev_hash, hash) SELECT 5, at, 'admin', 'update', 'person', 1, NULL,"
     " '{\"name\": \"伪造\"}', NULL, '', '' FROM audit_log WHERE id = 4"],
], ids=["rewritten", "inserted"])
def test_a_rewrite_before_the_anchor_is_caught(run: Run, centre: CentreDb, tmp_path: Path,
                                               statements: list[str]) -> None:
    sent = _export(centre, tmp_path / "sent")
    forge(centre.path, *statements)
    plain = run("audit", "verify", "--db", centre.path)
    assert plain.returncode == 0, plain.stderr  # the chain alone cannot tell
    result = run("audit", "verify", "--db", centre.path, "--anchor", sent)
    line = one_line_error(result)
    assert "1 个月报的操作日志锚点未通过核对" in line
    assert f"与{ANCHORED}中锚定的不同" in line and "被改写" in line
    assert result.stdout.splitlines()[1].startswith(f"锚点不符：{sent.name}：操作日志第 ")


def test_a_back_dated_entry_appended_after_the_anchor_is_caught(
        run: Run, centre: CentreDb, tmp_path: Path) -> None:
    sent = _export(centre, tmp_path / "sent")
    forge(centre.path,
          "INSERT INTO audit_log (id, at, actor, action, table_name, record_id, before,"
          " after, reason, prev_hash, hash) SELECT max(id) + 1, '2026-10-03T09:00:00',"
          " 'admin', 'update', 'person', 1, NULL, '{\"name\": \"伪造\"}', NULL, '', ''"
          " FROM audit_log")
    assert run("audit", "verify", "--db", centre.path).returncode == 0
    line = one_line_error(run("audit", "verify", "--db", centre.path, "--anchor", sent))
    assert "时间（2026-10-03T09:00:00）却更早：可能是事后补写的伪造记录" in line


def test_an_anchor_from_another_centre_is_refused(run: Run, centres: list[CentreDb],
                                                 centre: CentreDb, tmp_path: Path) -> None:
    theirs = _export(centres[1], tmp_path / "theirs")
    before = digest(centre.path)
    result = run("audit", "verify", "--db", centre.path, "--anchor", theirs)
    line = one_line_error(result)
    assert f"{theirs.name}：不能作为锚点：这是 {centres[1].code} {centres[1].name} 的月报" in line
    assert "不是本中心的；请选择本中心导出的月报" in line
    assert digest(centre.path) == before


def test_an_edited_anchor_workbook_is_refused(run: Run, centre: CentreDb,
                                             tmp_path: Path) -> None:
    sent = _export(centre, tmp_path / "sent")
    edit_summary(sent, "attendance.sign_ins", 1, reseal=True)
    line = one_line_error(run("audit", "verify", "--db", centre.path, "--anchor", sent))
    assert f"{sent.name}：不能作为锚点：签名不符" in line


def test_keys_rotation_and_the_district_register(run: Run, centre: CentreDb,
                                                tmp_path: Path) -> None:
    district = tmp_path / "district.db"
    open_database(district).close()
    shown = run("keys", "show", "--db", centre.path)
    assert shown.returncode == 0, shown.stderr
    old = shown.stdout.split("签名公钥指纹：")[1].split("（")[0]
    exported = run("keys", "export", "--db", centre.path, "--out", tmp_path)
    assert exported.returncode == 0, exported.stderr
    key_file = tmp_path / f"{centre.code}_签名公钥.whkey"
    assert key_file.exists() and old in exported.stdout
    imported = run("keys", "import", "--db", district, key_file)
    assert imported.returncode == 0 and f"指纹 {old}" in imported.stdout
    sent = _export(centre, tmp_path / "sent")
    out = tmp_path / "district.xlsx"
    ok = run("consolidate", "--db", district, "--month", MONTH, "--out", out, sent)
    assert ok.returncode == 0, ok.stderr
    assert ok.stderr == ""  # a registered key: no first-use warning
    # A new PC: the key is rotated and the district imports the new key file.
    rotated = run("keys", "rotate", "--db", centre.path, "--reason", "更换了电脑")
    assert rotated.returncode == 0, rotated.stderr
    run("keys", "export", "--db", centre.path, "--out", tmp_path)
    again = run("keys", "import", "--db", district, key_file, "--reason", "中心更换电脑")
    assert again.returncode == 0, again.stderr
    listed = run("keys", "list", "--db", district).stdout.splitlines()
    assert len(listed) == 2 and "已停用" in listed[0] and "中心更换电脑" in listed[0]
    assert listed[1].endswith("在用")
    refused = run("consolidate", "--db", district, "--month", MONTH, "--out", out, sent)
    assert "停用（中心更换电脑）；请中心用当前的密钥重新导出" in refused.stdout
    assert "没有可汇总的月报" in one_line_error(refused)


def test_consolidate_trusts_a_first_key_with_a_warning(run: Run, centre: CentreDb,
                                                      tmp_path: Path) -> None:
    district = tmp_path / "district.db"
    open_database(district).close()
    sent = _export(centre, tmp_path / "sent")
    out = tmp_path / "district.xlsx"
    first = run("consolidate", "--db", district, "--month", MONTH, "--out", out, sent)
    assert first.returncode == 0, first.stderr
    assert f"首次收到 {centre.code} {centre.name} 的签名月报" in first.stderr
    assert "已登记为该中心的公钥；请打电话与中心核对" in first.stderr
    listed = run("keys", "list", "--db", district)
    assert "首次使用时信任" in listed.stdout
    second = run("consolidate", "--db", district, "--month", MONTH, "--out", out, sent)
    assert second.returncode == 0 and second.stderr == ""


def test_a_key_file_that_is_not_one(run: Run, tmp_path: Path) -> None:
    district = tmp_path / "district.db"
    open_database(district).close()
    bogus = tmp_path / "中心公钥.whkey"
    bogus.write_text("这不是公钥\n", encoding="utf-8")
    before = digest(district)
    line = one_line_error(run("keys", "import", "--db", district, bogus))
    assert "中心公钥.whkey 不是温馨家园的中心公钥文件（开头不对）" in line
    assert digest(district) == before
