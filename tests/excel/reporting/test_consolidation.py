"""District consolidation with real exported workbooks: good, edited, wrong-month, duplicate,
damaged, password-protected and formula files; totals against the inputs; the written file."""

from __future__ import annotations

import shutil
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from desktop.excel.reporting.consolidation import (
    ACCEPTED,
    DUPLICATE,
    REJECTED,
    SUPERSEDED,
    Consolidation,
    ConsolidationError,
    consolidate,
)
from desktop.excel.reporting.consolidation_input import CFB_SIGNATURE
from desktop.excel.reporting.consolidation_output import write_consolidation
from desktop.excel.workbook_file import ExportError
from desktop.models.clock import FixedClock
from desktop.models.reporting.district import ExpectedCentre
from tests.disk_helpers import MakeReadOnly
from tests.excel.reporting.consolidation_helpers import (
    MONTH,
    TODAY,
    CentreDb,
    district_table,
    edit_summary,
    export,
    make_centres,
    reseal_in,
    resign_in,
    set_meta,
    summary_values,
)


@pytest.fixture(scope="module")
def centres(tmp_path_factory: pytest.TempPathFactory) -> list[CentreDb]:
    return make_centres(tmp_path_factory.mktemp("centres"))


@pytest.fixture(scope="module")
def good(centres: list[CentreDb], tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Each centre's workbook for MONTH, revision 1 (read-only for the tests: copy first)."""
    folder = tmp_path_factory.mktemp("good")
    return [export(c, folder) for c in centres]


def _copies(files: list[Path], folder: Path) -> list[Path]:
    folder.mkdir(exist_ok=True)
    return [Path(shutil.copy(f, folder / f.name)) for f in files]


def _run(inputs: list[Path], expected: list[ExpectedCentre] | None = None) -> Consolidation:
    return consolidate(inputs, MONTH, expected, clock=FixedClock(TODAY))


def _outcome(result: Consolidation, path: Path) -> tuple[str, str]:
    found = [o for o in result.outcomes if o.path.name == path.name]
    assert len(found) == 1, result.outcomes
    return found[0].status, found[0].reason


def test_good_files_totals_are_the_sums_of_the_inputs(good: list[Path]) -> None:
    result = _run(good)
    assert [o.status for o in result.outcomes] == [ACCEPTED] * 3
    inputs = [summary_values(p) for p in good]
    assert len({tuple(sorted(v.items())) for v in inputs}) == 3  # the centres really differ
    for centre in result.centres:
        mine = summary_values(centre.path)
        assert {k: v for k, (v, _) in mine.items()} == centre.values()
    for key in inputs[0]:
        if key in ("attendance.average_per_day", "volunteers.filled_percent",
                   "sales.average_maker_income_fen"):
            continue
        assert result.totals[key] == sum((i[key][0] for i in inputs), Decimal(0)), key
    # The daily average is weighted by days open: the centres were open on different numbers
    # of days, so an average of their averages would give another figure.
    days_open = [i["attendance.days_open"][0] for i in inputs]
    assert len(set(days_open)) == 3
    sign_ins = sum((i["attendance.sign_ins"][0] for i in inputs), Decimal(0))
    weighted = (sign_ins / sum(days_open, Decimal(0))).quantize(Decimal("0.1"), ROUND_HALF_UP)
    of_averages = (sum((i["attendance.average_per_day"][0] for i in inputs), Decimal(0))
                   / len(inputs)
                   ).quantize(Decimal("0.1"), ROUND_HALF_UP)
    assert weighted != of_averages
    assert result.totals["attendance.average_per_day"] == weighted
    # 满员率 likewise: 100 × all the sign-ups ÷ all the places, never the centres' % added.
    signups, places = (sum((i[k][0] for i in inputs), Decimal(0))
                       for k in ("volunteers.signups", "volunteers.places"))
    assert places > 0
    filled = (100 * signups / places).quantize(Decimal(1), ROUND_HALF_UP)
    assert result.totals["volunteers.filled_percent"] == filled
    assert filled < sum((i["volunteers.filled_percent"][0] for i in inputs), Decimal(0))
    # The makers' average income: all their income ÷ all the makers with income, in 元.
    income, makers = (sum((i[k][0] for i in inputs), Decimal(0))
                      for k in ("sales.maker_income_fen", "sales.makers_with_income"))
    assert makers > 0
    assert result.totals["sales.average_maker_income_fen"] == (income / makers).quantize(
        Decimal("0.01"), ROUND_HALF_UP)
    # Money is added exactly in yuan and fen.
    money = result.totals["subsidy.amount_fen"]
    assert money == money.quantize(Decimal("0.01")) and money > 0


def test_written_workbook_has_every_centre_and_the_total_row(good: list[Path],
                                                             tmp_path: Path) -> None:
    result = _run(good, [ExpectedCentre("XC-YT-01", "月坛温馨家园", "月坛")])
    path = write_consolidation(result, tmp_path)
    assert path == tmp_path / f"西城区_{MONTH}_汇总.xlsx"
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["汇总", "完成情况", "问题", "_meta"]
    assert workbook["_meta"].sheet_state == "hidden"
    sheet = workbook["汇总"]
    # Indicators down the side, centres across (本月 and 本年累计 each), 合计 last.
    table = district_table(path)
    assert list(table) == ["XC-DS-02", "XC-XJK-03", "XC-YT-01", "合计"]
    for key, value in result.totals.items():
        assert Decimal(str(table["合计"][key][0])) == value, key
    for code in list(table)[:-1]:
        centre = next(c for c in result.centres if c.code == code)
        assert {k: Decimal(str(v[0])) for k, v in table[code].items()} == centre.values()
        assert {k: Decimal(str(v[1])) for k, v in table[code].items()} == centre.year_values()
    years = sum((c.year_values()["attendance.sign_ins"] for c in result.centres), Decimal(0))
    assert table["合计"]["attendance.sign_ins"][1] == years > 0
    assert str(sheet["C1"].value).startswith("西城区2026年10月") and \
        sheet["C2"].value == "制表单位：西城区残疾人联合会"
    money_row = 1 + next(n for n, r in enumerate(sheet.iter_rows(values_only=True))
                         if r[-1] == "subsidy.amount_fen")
    assert sheet.cell(row=money_row, column=3).number_format == "#,##0.00"
    # No machine key visible: the key column is hidden. Printed at full size in bands of
    # whole centres with the indicator columns repeated; protected so 合计 stays right.
    assert sheet.column_dimensions[get_column_letter(sheet.max_column)].hidden
    assert sheet.freeze_panes == "C5" and sheet.print_title_cols == "$A:$B"
    assert sheet.page_setup.orientation == "portrait" and sheet.page_setup.scale == 100
    assert sheet.protection.sheet
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "制表人（签字）：" in texts and "单位（盖章）：" in texts
    assert not list(tmp_path.glob(".*.partial"))


def test_edited_file_is_rejected_and_the_others_still_count(good: list[Path],
                                                            tmp_path: Path) -> None:
    files = _copies(good, tmp_path / "in")
    edit_summary(files[1], "attendance.sign_ins", 9999)
    result = _run(files)
    assert _outcome(result, files[1]) == (
        REJECTED, "文件在导出后被修改过（校验码不符），请中心重新导出")
    assert [c.path.name for c in result.centres] == sorted(
        [files[0].name, files[2].name], key=lambda n: n.split("_")[2])
    assert result.totals["attendance.sign_ins"] == sum(
        summary_values(f)["attendance.sign_ins"][0] for f in (files[0], files[2]))


def test_wrong_month_and_unknown_version(centres: list[CentreDb], good: list[Path],
                                         tmp_path: Path) -> None:
    september = export(centres[0], tmp_path, month="2026-09")
    future = Path(shutil.copy(good[1], tmp_path / "future.xlsx"))
    set_meta(future, "format_version", "4")
    result = _run([september, future, good[2]])
    assert _outcome(result, september) == (REJECTED, f"月份是 2026-09，不是 {MONTH}")
    status, reason = _outcome(result, future)
    assert status == REJECTED and reason.startswith("格式版本 4 无法识别（本软件读取版本 1、2、3）")
    assert [c.code for c in result.centres] == ["XC-XJK-03"]


def test_higher_revision_wins_and_the_note_says_so(centres: list[CentreDb], good: list[Path],
                                                    tmp_path: Path) -> None:
    files = _copies(good, tmp_path / "in")
    second = export(centres[0], tmp_path / "in", revision=2)
    result = _run([tmp_path / "in"])
    assert _outcome(result, second)[0] == ACCEPTED
    status, note = _outcome(result, files[0])
    assert status == SUPERSEDED
    assert note == f"XC-YT-01：保留第 2 版 {second.name}，忽略第 1 版 {files[0].name}"
    assert note in result.notes
    kept = next(c for c in result.centres if c.code == "XC-YT-01")
    assert kept.revision == 2 and len(result.centres) == 3


def test_same_revision_twice(good: list[Path], centres: list[CentreDb],
                             tmp_path: Path) -> None:
    files = _copies(good, tmp_path / "in")
    twin = Path(shutil.copy(files[0], tmp_path / "in" / "copy-of-yuetan.xlsx"))
    different = Path(shutil.copy(files[1], tmp_path / "in" / "deshengv1-b.xlsx"))
    # Same centre, same revision, other figures, a checksum that matches them and the
    # centre's own signature.
    edit_summary(different, "attendance.sign_ins", 1, reseal=True, signer=centres[1])
    result = _run([tmp_path / "in"])
    # The copy is read first (name order), yet the file with the export's own name counts.
    assert _outcome(result, files[0])[0] == ACCEPTED
    status, note = _outcome(result, twin)
    assert status == DUPLICATE
    assert note == (f"XC-YT-01：第 1 版重复报送（copy-of-yuetan.xlsx 与 {files[0].name} "
                    "内容相同），只计一次")
    assert next(c for c in result.centres if c.code == "XC-YT-01").path == files[0]
    # Two different files of the same revision: neither can be trusted.
    for path in (files[1], different):
        status, reason = _outcome(result, path)
        assert status == REJECTED and "内容不同" in reason
    assert sorted(c.code for c in result.centres) == ["XC-XJK-03", "XC-YT-01"]
    listed = [ExpectedCentre("XC-DS-02", "德胜温馨家园")]
    completeness = _run([tmp_path / "in"], listed).completeness()
    row = completeness.rows[0]
    assert row.status == "有问题（未采用）" and "内容不同" in row.note
    assert completeness.reported == 0 and completeness.missing == []


def test_damaged_not_xlsx_and_password_protected(good: list[Path], tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.xlsx"
    data = good[0].read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    text = tmp_path / "notes.xlsx"
    text.write_text("这不是工作簿", encoding="utf-8")
    protected = tmp_path / "protected.xlsx"
    protected.write_bytes(CFB_SIGNATURE + bytes(504))
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    missing = tmp_path / "gone.xlsx"
    result = _run([truncated, text, protected, empty, missing, good[1]])
    assert _outcome(result, truncated)[1].startswith("文件已损坏")
    assert _outcome(result, text)[1] == "不是 xlsx 文件"
    assert _outcome(result, protected)[1].startswith("文件有密码保护")
    assert _outcome(result, empty)[1] == "不是 xlsx 文件"
    assert _outcome(result, missing)[1] == "文件不存在"
    assert [c.code for c in result.centres] == ["XC-DS-02"]


def test_a_zip_that_is_no_workbook_is_damaged(good: list[Path], tmp_path: Path) -> None:
    import zipfile

    other = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("a.txt", "hello")
    result = _run([other, good[0]])
    assert _outcome(result, other)[1].startswith("文件已损坏")
    assert len(result.centres) == 1


def test_formula_in_summary_is_refused(good: list[Path], tmp_path: Path) -> None:
    path = Path(shutil.copy(good[0], tmp_path / "formula.xlsx"))
    edit_summary(path, "attendance.sign_ins", "=1+1", reseal=True)
    result = _run([path])
    status, reason = _outcome(result, path)
    assert status == REJECTED and "是公式" in reason and reason.startswith("汇总 第 C")


def test_missing_sheets_and_meta(good: list[Path], tmp_path: Path) -> None:
    no_meta = Path(shutil.copy(good[0], tmp_path / "no-meta.xlsx"))
    workbook = load_workbook(no_meta)
    del workbook["_meta"]
    workbook.save(no_meta)
    no_summary = Path(shutil.copy(good[1], tmp_path / "no-summary.xlsx"))
    workbook = load_workbook(no_summary)
    workbook["汇总"].title = "汇总表"
    workbook.save(no_summary)
    result = _run([no_meta, no_summary])
    assert _outcome(result, no_meta)[1].startswith("缺少 _meta 工作表")
    assert _outcome(result, no_summary)[1].startswith("缺少 汇总 工作表")
    assert result.centres == [] and result.totals == {}


def test_unknown_indicator_keys_are_carried_through(good: list[Path], centres: list[CentreDb],
                                                   tmp_path: Path) -> None:
    newer = Path(shutil.copy(good[0], tmp_path / "newer.xlsx"))
    # A key this release does not know (care.meals was the example until daily care came).
    workbook = load_workbook(newer)
    workbook["汇总"].append(["志愿服务", "人次", 12, 10, 100, "1月至本月累计",
                            "volunteer.shifts"])
    reseal_in(workbook)
    resign_in(workbook, centres[0])  # a newer release of the same centre signs it too
    workbook.save(newer)
    result = _run([newer, good[1]])
    assert result.count(ACCEPTED) == 2
    assert result.columns[-1].key == "volunteer.shifts" and result.columns[-1].label == "志愿服务"
    assert result.totals["volunteer.shifts"] == 12
    path = write_consolidation(result, tmp_path / "out.xlsx")
    table = district_table(path)
    rows = list(load_workbook(path)["汇总"].iter_rows(values_only=True))
    assert any(r[0] == "志愿服务" and r[1] == "人次" for r in rows)
    assert table["合计"]["volunteer.shifts"] == (12, 100)


def test_completeness_lists_missing_and_unlisted(good: list[Path], tmp_path: Path) -> None:
    expected = [ExpectedCentre("xc-yt-01", "月坛温馨家园", "月坛"),
                ExpectedCentre("XC-DS-02", "德胜温馨家园", "德胜"),
                ExpectedCentre("XC-ZL-04", "展览路温馨家园", "展览路"),
                ExpectedCentre("XC-TQ-05", "天桥温馨家园", "天桥")]
    result = _run(good, expected)
    completeness = result.completeness()
    assert completeness.percent == 50.0
    assert completeness.summary() == "已报 2/4（50.0%）"
    assert [r.code for r in completeness.missing] == ["XC-ZL-04", "XC-TQ-05"]
    assert [r.code for r in completeness.unlisted] == ["XC-XJK-03"]
    path = write_consolidation(result, tmp_path / "district.xlsx")
    sheet = load_workbook(path)["完成情况"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "西城区2026年10月月报报送情况"
    assert rows[1][0].startswith(
        f"{MONTH} 报送情况：已报 2/4（50.0%）；未报：展览路温馨家园、天桥温馨家园")
    assert rows[2][:5] == ("中心编码", "中心名称", "街道", "状态", "版本号")
    status = {r[0]: r[3] for r in rows[3:]}
    assert status == {"XC-YT-01": "已报", "XC-DS-02": "已报", "XC-ZL-04": "未报",
                      "XC-TQ-05": "未报", "XC-XJK-03": "名单外"}
    reported = next(r for r in rows[3:] if r[0] == "XC-YT-01")
    assert reported[4] == 1 and reported[5] == good[0].name
    assert reported[6] == datetime(2026, 11, 5, 10)  # a real date-time


def test_without_a_list_every_reporting_centre_is_listed(good: list[Path]) -> None:
    completeness = _run(good).completeness()
    assert completeness.percent is None
    assert completeness.summary() == "未设置应报中心名单；已报 3 个中心"
    assert {r.status for r in completeness.rows} == {"已报"}


def test_problems_sheet_lists_every_file_not_used(centres: list[CentreDb], good: list[Path],
                                                  tmp_path: Path) -> None:
    files = _copies(good, tmp_path / "in")
    second = export(centres[2], tmp_path / "in", revision=2)
    (tmp_path / "in" / "broken.xlsx").write_bytes(b"PK\x03\x04 broken")
    (tmp_path / "in" / "~$lock.xlsx").write_bytes(b"lock")  # Office lock file: skipped
    result = _run([tmp_path / "in"])
    assert not any(o.path.name.startswith("~$") for o in result.outcomes)
    path = write_consolidation(result, tmp_path / "out.xlsx")
    rows = list(load_workbook(path)["问题"].iter_rows(values_only=True))
    # The folder tells two files of the same name apart.
    assert rows[2] == ("文件", "文件夹", "中心编码", "版本号", "处理", "原因")
    assert {r[1] for r in rows[3:]} == {str(tmp_path / "in")}
    by_file = {r[0]: r[1:] for r in rows[3:]}
    assert by_file["broken.xlsx"][3] == "未采用"
    assert by_file["broken.xlsx"][4].startswith("文件已损坏")
    assert by_file[files[2].name][3] == "旧版，未采用"
    assert by_file[files[2].name][4] == \
        f"XC-XJK-03：保留第 2 版 {second.name}，忽略第 1 版 {files[2].name}"
    clean = write_consolidation(_run(good), tmp_path / "clean.xlsx")
    problems = load_workbook(clean)["问题"]
    assert problems.cell(row=4, column=6).value == "未发现问题"


def test_bad_month_or_no_input_is_refused(good: list[Path], tmp_path: Path) -> None:
    with pytest.raises(ConsolidationError, match="YYYY-MM"):
        consolidate(good, "2026-13", clock=FixedClock(TODAY))
    with pytest.raises(ConsolidationError, match="不能汇总未来的月份"):
        consolidate(good, "2026-12", clock=FixedClock(TODAY))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConsolidationError, match="没有找到要汇总的文件"):
        consolidate([tmp_path / "empty"], MONTH, clock=FixedClock(TODAY))
    with pytest.raises(ConsolidationError, match=r"找不到要汇总的文件：.*typo\.xlsx"):
        consolidate([tmp_path / "typo.xlsx"], MONTH, clock=FixedClock(TODAY))


def test_progress_is_reported_per_file(good: list[Path]) -> None:
    seen: list[tuple[int, int]] = []
    consolidate(good, MONTH, progress=lambda done, total, _: seen.append((done, total)),
                clock=FixedClock(TODAY))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_unwritable_output_leaves_nothing(good: list[Path], tmp_path: Path,
                                          make_read_only: MakeReadOnly) -> None:
    result = _run(good)
    with pytest.raises(ExportError, match="不存在"):
        write_consolidation(result, tmp_path / "no-such-folder" / "out.xlsx")
    locked = tmp_path / "locked"
    locked.mkdir()
    make_read_only(locked)
    with pytest.raises(ExportError, match="无法在"):
        write_consolidation(result, locked / "out.xlsx")
    assert list(locked.iterdir()) == []


def test_a_district_workbook_is_not_taken_for_a_report(good: list[Path], tmp_path: Path) -> None:
    first = write_consolidation(_run(good), tmp_path / "district.xlsx")
    result = _run([*good, first])
    assert _outcome(result, first) == (REJECTED, "这是区汇总工作簿，不是中心的月报")


def test_the_district_workbook_never_replaces_an_input_or_a_foreign_file(
        good: list[Path], tmp_path: Path) -> None:
    from openpyxl import Workbook

    from desktop.excel.reporting.consolidation_output import check_target, is_district_workbook

    files = _copies(good, tmp_path / "in")
    result = _run([tmp_path / "in"])
    before = {p: p.read_bytes() for p in files}
    # An input, named as read or through a symbolic link, in either check.
    link = tmp_path / "link.xlsx"
    link.symlink_to(files[1])
    for target in (files[0], link, tmp_path / "in" / ".." / "in" / files[2].name):
        message = (f"导出失败：{target} 是要汇总的文件之一，不能用区汇总表覆盖它；"
                   "请另选保存位置或文件名")
        with pytest.raises(ExportError) as caught:
            write_consolidation(result, target)
        assert caught.value.message == message
        with pytest.raises(ExportError) as early:
            check_target(target, [tmp_path / "in"])
        assert early.value.message == message
    # Other files: a workbook not ours, one pretending (kind only, no district sheets), text.
    foreign = tmp_path / "foreign.xlsx"
    Workbook().save(foreign)
    pretender = Workbook()
    meta = pretender.create_sheet("_meta")
    meta.append(["key", "value"])
    meta.append(["kind", "district_consolidation"])
    pretender.save(tmp_path / "pretender.xlsx")
    (tmp_path / "text.xlsx").write_text("hello", encoding="utf-8")
    for name in ("foreign.xlsx", "pretender.xlsx", "text.xlsx"):
        target = tmp_path / name
        kept = target.read_bytes()
        assert not is_district_workbook(target)
        with pytest.raises(ExportError, match="已存在，且不是本软件生成的区汇总表，未覆盖"):
            write_consolidation(result, target)
        assert target.read_bytes() == kept
    assert {p: p.read_bytes() for p in files} == before
    assert not any(p.name.endswith(".partial") for p in tmp_path.rglob("*"))
    # An earlier district workbook, whatever its name, is ours to replace.
    earlier = write_consolidation(_run(good[:1]), tmp_path / "报表.xlsx")
    assert is_district_workbook(earlier) and not is_district_workbook(files[0])
    assert write_consolidation(result, earlier) == earlier
    assert list(district_table(earlier)) == ["XC-DS-02", "XC-XJK-03", "XC-YT-01", "合计"]


def test_workbooks_with_and_without_the_attendance_matrix_are_read_alike(
        centres: list[CentreDb], good: list[Path], tmp_path: Path) -> None:
    from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
    from desktop.models.db import open_database
    from desktop.models.reporting.workbook_options import ATTENDANCE_MATRIX

    folder = tmp_path / "without"
    folder.mkdir()
    with open_database(centres[0].path) as db:
        without = export_monthly_workbook(db, MONTH, folder, generated_by="test", today=TODAY,
                                          now=datetime(2026, 11, 5, 10),
                                          options={ATTENDANCE_MATRIX: False}).path
    assert "考勤明细" not in load_workbook(without).sheetnames
    result = _run([without, *good[1:]])
    assert [o.status for o in result.outcomes] == [ACCEPTED] * 3
    with_matrix = _run(good)
    assert result.totals == with_matrix.totals
    # A file whose matrix was removed afterwards still names it in hashed_sheets: refused.
    cut = _copies([good[0]], tmp_path / "cut")[0]
    workbook = load_workbook(cut)
    del workbook["考勤明细"]
    workbook.save(cut)
    status, reason = _outcome(_run([cut]), cut)
    assert status != ACCEPTED and "考勤明细" in reason
