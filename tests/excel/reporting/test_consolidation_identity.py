"""Consolidation and who a file says it is: a relabelled _meta is refused (format 2 binds it
into the checksum), format 1 files are still read, a refused file keeps the centre it claims
without ever counting as reported, nothing accepted writes nothing, and of identical copies
the file with the export's own name counts."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.excel.reporting.consolidation import (
    ACCEPTED,
    DUPLICATE,
    REJECTED,
    Consolidation,
    ConsolidationError,
    consolidate,
)
from desktop.excel.reporting.consolidation_output import write_consolidation
from desktop.models.clock import FixedClock
from desktop.models.reporting.district import ExpectedCentre
from tests.excel.reporting.consolidation_helpers import (
    MONTH,
    TODAY,
    CentreDb,
    as_format_1,
    as_format_2,
    district_table,
    edit_summary,
    export,
    make_centres,
    meta_of,
    set_meta,
    spec_checksum,
)

EDITED = "文件在导出后被修改过（校验码不符），请中心重新导出"


@pytest.fixture(scope="module")
def centres(tmp_path_factory: pytest.TempPathFactory) -> list[CentreDb]:
    return make_centres(tmp_path_factory.mktemp("centres"))


@pytest.fixture(scope="module")
def good(centres: list[CentreDb], tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Each centre's workbook for MONTH, revision 1 (copy before changing one)."""
    folder = tmp_path_factory.mktemp("good")
    return [export(c, folder) for c in centres]


def _run(inputs: list[Path], expected: list[ExpectedCentre] | None = None) -> Consolidation:
    return consolidate(inputs, MONTH, expected, clock=FixedClock(TODAY))


def _copy(path: Path, folder: Path, name: str | None = None) -> Path:
    folder.mkdir(exist_ok=True)
    return Path(shutil.copy(path, folder / (name or path.name)))


def _outcome(result: Consolidation, path: Path) -> tuple[str, str, str, int | None]:
    found = [o for o in result.outcomes if o.path.name == path.name]
    assert len(found) == 1, result.outcomes
    return found[0].status, found[0].reason, found[0].code, found[0].revision


def test_a_relabelled_meta_is_refused(centres: list[CentreDb], good: list[Path],
                                      tmp_path: Path) -> None:
    # 月坛's figures sent as 德胜's, as revision 5, and September's as October's.
    other_centre = _copy(good[0], tmp_path / "in", "other-centre.xlsx")
    set_meta(other_centre, "centre_code", "XC-DS-02")
    bumped = _copy(good[0], tmp_path / "in", "bumped.xlsx")
    set_meta(bumped, "revision", 5)
    september = export(centres[0], tmp_path, month="2026-09")
    relabelled_month = _copy(september, tmp_path / "in", "sep-as-oct.xlsx")
    set_meta(relabelled_month, "period", MONTH)
    renamed = _copy(good[2], tmp_path / "in", "renamed.xlsx")
    set_meta(renamed, "centre_name", "别的温馨家园")
    result = _run([other_centre, bumped, relabelled_month, renamed, good[1]])
    assert _outcome(result, other_centre) == (REJECTED, EDITED, "XC-DS-02", 1)
    assert _outcome(result, bumped) == (REJECTED, EDITED, "XC-YT-01", 5)
    assert _outcome(result, relabelled_month) == (REJECTED, EDITED, "XC-YT-01", 1)
    assert _outcome(result, renamed)[:2] == (REJECTED, EDITED)
    # Nothing of the refused files reached the figures: only 德胜's own file counts.
    assert [c.path for c in result.centres] == [good[1]]
    assert result.totals["attendance.sign_ins"] == \
        _run([good[1]]).totals["attendance.sign_ins"]


def test_format_2_files_with_the_old_summary_layout_are_still_read(good: list[Path],
                                                                     tmp_path: Path) -> None:
    # Format 2 had 汇总's headers in row 1 and 指标代码 in a visible first column.
    old = _copy(good[0], tmp_path / "in", "v2.xlsx")
    as_format_2(old)
    workbook = load_workbook(old)
    assert workbook["汇总"]["A1"].value == "指标代码" and meta_of(workbook)["format_version"] == "2"
    edited = _copy(old, tmp_path / "in", "v2-edited.xlsx")
    edit_summary(edited, "attendance.sign_ins", 9999)
    result = _run([old, edited, good[1]])
    assert _outcome(result, old)[0] == ACCEPTED
    assert _outcome(result, edited)[:2] == (REJECTED, EDITED)
    yuetan = next(c for c in result.centres if c.code == "XC-YT-01")
    current = _run([good[0]]).centres[0]
    assert yuetan.values() == current.values()
    assert yuetan.year_values() == current.year_values() != {}
    assert [i.cumulative for i in yuetan.indicators] == [i.cumulative for i in current.indicators]


def test_format_1_files_are_read_with_the_old_rule(good: list[Path], tmp_path: Path) -> None:
    old = _copy(good[0], tmp_path / "in", "v1.xlsx")
    as_format_1(old)
    workbook = load_workbook(old)
    meta = meta_of(workbook)
    assert meta["format_version"] == "1"
    assert meta["sha256"] == spec_checksum(workbook, meta, "1") != spec_checksum(
        workbook, meta, "2")
    edited_old = _copy(old, tmp_path / "in", "v1-edited.xlsx")
    edit_summary(edited_old, "attendance.sign_ins", 9999)
    result = _run([old, edited_old, good[1]])
    assert _outcome(result, old)[0] == ACCEPTED
    assert _outcome(result, edited_old)[:2] == (REJECTED, EDITED)
    yuetan = next(c for c in result.centres if c.code == "XC-YT-01")
    assert yuetan.values() == _run([good[0]]).centres[0].values()


def test_a_refused_file_keeps_the_centre_it_claims(centres: list[CentreDb], good: list[Path],
                                                   tmp_path: Path) -> None:
    edited = _copy(good[1], tmp_path / "in")
    edit_summary(edited, "attendance.sign_ins", 9999)
    september = export(centres[2], tmp_path / "in", month="2026-09", revision=2)
    expected = [ExpectedCentre("XC-YT-01", "月坛温馨家园"), ExpectedCentre("XC-DS-02"),
                ExpectedCentre("XC-ZL-04", "展览路温馨家园")]
    result = _run([good[0], edited, september], expected)
    assert _outcome(result, edited) == (REJECTED, EDITED, "XC-DS-02", 1)
    assert _outcome(result, september) == (REJECTED, f"月份是 2026-09，不是 {MONTH}",
                                           "XC-XJK-03", 2)
    completeness = result.completeness()
    rows = {r.code: r for r in completeness.rows}
    assert [r.code for r in completeness.rows] == ["XC-YT-01", "XC-DS-02", "XC-ZL-04",
                                                   "XC-XJK-03"]
    assert rows["XC-YT-01"].status == "已报"
    # On the list, only a refused file: not 未报, yet not reported either.
    desheng = rows["XC-DS-02"]
    assert (desheng.status, desheng.name, desheng.revision, desheng.file) == (
        "有问题（未采用）", "德胜温馨家园", 1, edited.name)
    assert desheng.note == f"{edited.name}：{EDITED}"
    assert rows["XC-ZL-04"].status == "未报" and rows["XC-ZL-04"].note == ""
    # Not on the list, only a refused file: listed as such, not as 名单外 (reported).
    assert rows["XC-XJK-03"].status == "有问题（未采用）"
    assert rows["XC-XJK-03"].note == f"{september.name}：月份是 2026-09，不是 {MONTH}"
    assert completeness.reported == 1 and completeness.summary() == "已报 1/3（33.3%）"
    assert [r.code for r in completeness.missing] == ["XC-ZL-04"]
    assert completeness.unlisted == []
    path = write_consolidation(result, tmp_path / "district.xlsx")
    workbook = load_workbook(path)
    sheet = list(workbook["完成情况"].iter_rows(values_only=True))
    assert sheet[1][0] == (f"{MONTH} 报送情况：已报 1/3（33.3%）；未报：展览路温馨家园；"
                           "有问题（未采用）：德胜温馨家园、新街口温馨家园")
    assert {r[0]: r[3] for r in sheet[3:]}["XC-DS-02"] == "有问题（未采用）"
    problems = {r[0]: r for r in workbook["问题"].iter_rows(min_row=4, values_only=True)}
    assert problems[edited.name][2:5] == ("XC-DS-02", 1, "未采用")
    assert problems[september.name][2:5] == ("XC-XJK-03", 2, "未采用")
    assert list(district_table(path)) == ["XC-YT-01", "合计"]


def test_a_refused_claim_never_counts_and_an_accepted_file_wins(good: list[Path],
                                                               tmp_path: Path) -> None:
    # A file relabelled as 德胜 claims 德胜; 德胜 still has not reported.
    fake = _copy(good[0], tmp_path / "in", "fake.xlsx")
    set_meta(fake, "centre_code", "XC-DS-02")
    result = _run([fake, good[2]], [ExpectedCentre("XC-DS-02")])
    completeness = result.completeness()
    assert completeness.reported == 0
    assert [r.status for r in completeness.rows] == ["有问题（未采用）", "名单外"]
    # Without a list the refused centre is listed, and not counted.
    assert _run([fake, good[2]]).completeness().summary() == "未设置应报中心名单；已报 1 个中心"
    # With its own good file as well, 德胜 has reported; the fake stays in 问题.
    both = _run([fake, good[1]], [ExpectedCentre("XC-DS-02")])
    assert [r.status for r in both.completeness().rows] == ["已报"]
    assert both.completeness().rows[0].file == good[1].name
    assert _outcome(both, fake)[0] == REJECTED


def test_nothing_accepted_writes_nothing(good: list[Path], tmp_path: Path) -> None:
    edited = _copy(good[0], tmp_path / "in")
    edit_summary(edited, "attendance.sign_ins", 9999)
    broken = tmp_path / "in" / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 broken")
    result = _run([tmp_path / "in"])
    assert result.centres == [] and len(result.rejected) == 2
    message = "没有可汇总的月报：2 个文件都未采用，未生成区汇总表"
    with pytest.raises(ConsolidationError) as caught:
        result.require_accepted()
    assert caught.value.message == message
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ConsolidationError, match=message):
        write_consolidation(result, out)
    with pytest.raises(ConsolidationError, match=message):
        write_consolidation(result, out / "district.xlsx")
    assert list(out.iterdir()) == []


def test_a_renamed_workbook_is_not_an_xlsx_file(good: list[Path], tmp_path: Path) -> None:
    renamed = _copy(good[0], tmp_path, "月报.txt")
    bare = _copy(good[1], tmp_path, "月报")
    result = _run([renamed, bare, good[2]])
    assert _outcome(result, renamed)[:2] == (
        REJECTED, "不是 .xlsx 文件（扩展名是 .txt），请选择中心导出的 .xlsx 月报")
    assert _outcome(result, bare)[:2] == (
        REJECTED, "不是 .xlsx 文件（文件名没有扩展名），请选择中心导出的 .xlsx 月报")
    assert [c.code for c in result.centres] == ["XC-XJK-03"]
    # Folders still pick only *.xlsx: the renamed file is not read from a folder at all.
    with pytest.raises(ConsolidationError, match="没有找到要汇总的文件"):
        _run([tmp_path])


def test_of_identical_copies_the_standard_name_counts(good: list[Path], tmp_path: Path) -> None:
    standard = _copy(good[0], tmp_path / "in")
    copy = _copy(good[0], tmp_path / "in", f"副本 {good[0].name}")
    other = _copy(good[0], tmp_path / "in", "0-月坛.xlsx")
    result = _run([tmp_path / "in"])
    assert _outcome(result, standard)[0] == ACCEPTED
    assert _outcome(result, copy)[0] == DUPLICATE
    assert _outcome(result, other)[0] == DUPLICATE
    # Without a standard name among them, the first read counts (name order).
    alone = _run([copy, other])
    assert _outcome(alone, copy)[0] == ACCEPTED and _outcome(alone, other)[0] == DUPLICATE


def test_days_open_total_says_it_is_centre_days(good: list[Path], tmp_path: Path) -> None:
    result = _run(good)
    path = write_consolidation(result, tmp_path / "district.xlsx")
    sheet = load_workbook(path)["汇总"]
    row = next(r for r in sheet.iter_rows() if r[-1].value == "attendance.days_open")
    assert row[0].value == "开放天数\n（合计为各中心之和）" and row[1].value == "天"
    total = row[-3]  # 合计 本月
    assert Decimal(total.value) == sum(
        (c.values()["attendance.days_open"] for c in result.centres), Decimal(0))
    assert total.comment is not None and "中心·天" in total.comment.text
    assert "不是日历天数" in total.comment.text


def test_page_header_and_name_without_a_district(good: list[Path], tmp_path: Path) -> None:
    from desktop.excel.reporting.consolidation_output import (
        build_district_workbook,
        standard_file_name,
    )

    result = _run(good)
    assert load_workbook(write_consolidation(result, tmp_path / "a.xlsx"))["汇总"] \
        .oddHeader.center.text == "西城区 2026年10月 汇总"
    for centre in result.centres:
        centre.district = ""  # centres whose profile names no district
    workbook = build_district_workbook(result)
    assert [workbook[name].oddHeader.center.text for name in ("汇总", "完成情况", "问题")] == \
        ["未设置 2026年10月 汇总", "未设置 2026年10月 完成情况", "未设置 2026年10月 问题"]
    assert standard_file_name(result) == f"未设置_{MONTH}_汇总.xlsx"
