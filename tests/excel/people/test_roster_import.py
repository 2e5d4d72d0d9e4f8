"""The roster template and import: real workbooks written with openpyxl, a real database."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.chart import BarChart, Reference

from desktop.excel.people import roster_import
from desktop.excel.people.roster_import import RosterError, apply, read_roster
from desktop.excel.people.roster_template import (
    EXAMPLE_MARK,
    HEADERS,
    TEMPLATE_HEADERS,
    build_template,
    write_template,
)
from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.db import Database
from desktop.models.people import people
from tests.conftest import STAFF, TODAY, count_rows, make_id_number, make_person_input, submit_month

ID1 = make_id_number(seq=1)
ID2 = make_id_number(date(1975, 3, 9), seq=2, male=False)
ID3 = make_id_number(date(1990, 12, 1), seq=3)


def person_row(name: str, id_number: str | int, **extra: Any) -> dict[str, Any]:
    """One roster row as header → value: a member with a matching certificate (肢体 三级)."""
    row: dict[str, Any] = {"姓名": name, "身份证号": id_number, "残疾人证号": f"{id_number}43"}
    row.update(extra)
    return row


def write_roster(path: Path, rows: list[dict[str, Any]], headers: tuple[str, ...] = HEADERS,
                 *, template: bool = False) -> Path:
    """A workbook with ``headers`` on row 1 and one row per dict (empty dict: blank row)."""
    if template:
        write_template(path)
        workbook = load_workbook(path)
        sheet = workbook.worksheets[0]
        start = 4  # below the two example rows
    else:
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.append(list(headers))
        start = 2
    for offset, row in enumerate(rows):
        for col, header in enumerate(headers, start=1):
            if header in row:
                sheet.cell(row=start + offset, column=col, value=row[header])
    workbook.save(path)
    return path


def preview_of(db: Database, path: Path) -> roster_import.RosterPreview:
    return read_roster(db, path, today=TODAY)


def messages(preview: roster_import.RosterPreview) -> list[str]:
    return [str(p) for p in preview.problems]


def test_template_has_headers_examples_dropdowns_and_text_ids(tmp_path: Path) -> None:
    path = write_template(tmp_path / "模板.xlsx")
    sheet = load_workbook(path).worksheets[0]
    # Required columns are marked in the header the importer reads (it drops the remark).
    assert tuple(c.value for c in sheet[1]) == TEMPLATE_HEADERS
    assert TEMPLATE_HEADERS[:3] == ("姓名（必填）", "身份证号（必填）", "残疾人证号（必填）")
    assert TEMPLATE_HEADERS[3:] == HEADERS[3:]
    assert int(sheet.page_setup.paperSize) == 9 and sheet.print_title_cols == "$A:$A"
    # Every column explained, each beside its name.
    help_rows = {r[0]: r[1] for r in load_workbook(path)["填写说明"].iter_rows(
        min_row=2, values_only=True)}
    assert all(help_rows.get(header) for header in HEADERS)
    assert help_rows["姓名"].startswith("必填。")
    assert str(sheet["A2"].value).startswith(EXAMPLE_MARK)
    assert str(sheet["A3"].value).startswith(EXAMPLE_MARK)
    assert sheet["B5"].number_format == "@" and sheet["C5"].number_format == "@"
    assert sheet.freeze_panes == "B2"
    lists = " ".join(str(v.formula1) for v in sheet.data_validations.dataValidation)
    for value in ("肢体", "三级", "西长安街", "职康站"):
        assert value in lists
    assert sheet.column_dimensions["B"].width >= 20


def test_template_round_trip_derives_category_and_grade(db: Database, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", [
        person_row("王五", ID1, 街道="月坛", 服务项目="温馨家园、职康站", 入会日期="2021-03-04",
                   联系电话="13812345678", 签到卡号="c-1"),
        person_row("赵六", ID2, 残疾人证号=f"{ID2}52", 残疾类别="智力", 残疾等级="二级"),
    ], template=True)
    preview = preview_of(db, path)
    assert preview.problems == [] and preview.skipped_examples == 2
    result = apply(db, preview, actor=STAFF, today=TODAY)
    assert (result.created, result.updated, result.skipped) == (2, 0, 0)
    rows = {r["name"]: r for r in db.query(
        "SELECT p.name, p.sex, p.birth_date, m.category, m.grade, m.card_number, m.joined_on"
        " FROM person p JOIN member m ON m.person_id = p.id")}
    assert (rows["王五"]["category"], rows["王五"]["grade"]) == (4, 3)
    assert (rows["赵六"]["category"], rows["赵六"]["grade"]) == (5, 2)
    assert rows["王五"]["card_number"] == "C-1" and rows["王五"]["joined_on"] == "2021-03-04"
    assert rows["赵六"]["sex"] == "女" and rows["赵六"]["birth_date"] == "1975-03-09"
    programmes = {r[0] for r in db.query("SELECT programme FROM member_programme")}
    assert programmes == {"温馨家园", "职康站"}


def test_columns_in_another_order_and_tolerant_headers(db: Database, tmp_path: Path) -> None:
    headers = ("住址", " 残疾人证号（20位）", "姓 名", "身份证号码", "入会日期")
    path = write_roster(tmp_path / "r.xlsx", [
        {"姓 名": "王五", "身份证号码": ID1, " 残疾人证号（20位）": f"{ID1}43",
         "住址": "西城区", "入会日期": "2020/1/2"}], headers)
    preview = preview_of(db, path)
    assert preview.problems == []
    assert preview.rows[0].data.address == "西城区"
    assert preview.rows[0].data.joined_on == "2020-01-02"


@pytest.mark.parametrize("value, expected", [
    ("2020-01-02", "2020-01-02"), ("2020/1/2", "2020-01-02"), ("2020年1月2日", "2020-01-02"),
    ("２０２０年１月２日", "2020-01-02"), (43832, "2020-01-02"), ("43832", "2020-01-02"),
    (datetime(2020, 1, 2), "2020-01-02"),
])
def test_dates_as_text_dates_and_serial_numbers(db: Database, tmp_path: Path, value: object,
                                                expected: str) -> None:
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1, 入会日期=value)])
    preview = preview_of(db, path)
    assert preview.problems == []
    assert preview.rows[0].data.joined_on == expected


def test_full_width_digits_and_trailing_spaces_are_cleaned(db: Database, tmp_path: Path) -> None:
    wide = ID1.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    path = write_roster(tmp_path / "r.xlsx", [
        person_row(" 王五\u3000", wide + "  ", 残疾人证号=f"{ID1}43 ", 街道="月坛 ",
                   联系电话="１３８１２３４５６７８")])
    preview = preview_of(db, path)
    assert preview.problems == []
    data = preview.rows[0].data
    assert (data.name, data.id_number, data.street, data.phone) == \
        ("王五", ID1, "月坛", "13812345678")


def test_empty_rows_are_skipped(db: Database, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1), {}, {"备注": "  "},
                                               person_row("赵六", ID2)])
    preview = preview_of(db, path)
    assert [r.row for r in preview.rows] == [2, 5]
    assert preview.problems == []


def assert_refused_and_nothing_written(db: Database, preview: roster_import.RosterPreview,
                                       expected: str) -> None:
    before = count_rows(db)
    assert any(expected in m for m in messages(preview)), messages(preview)
    with pytest.raises(RosterError, match="全部未导入"):
        apply(db, preview, actor=STAFF, today=TODAY)
    assert count_rows(db) == before


def test_invalid_id_is_reported_at_row_and_column(db: Database, tmp_path: Path) -> None:
    bad = ID1[:-1] + ("0" if ID1[-1] != "0" else "1")
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID2, 残疾人证号=f"{ID2}43"),
                                               person_row("赵六", bad, 残疾人证号="")])
    preview = preview_of(db, path)
    assert_refused_and_nothing_written(db, preview, "第3行 身份证号（B列）：身份证号校验位不正确")


def test_certificate_not_matching_id(db: Database, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1, 残疾人证号=f"{ID2}43")])
    assert_refused_and_nothing_written(db, preview_of(db, path),
                                       "第2行 残疾人证号（C列）：残疾人证号的前18位应与身份证号"
                                       "一致")


def test_category_column_checked_against_certificate(db: Database, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1, 残疾类别="视力")])
    assert_refused_and_nothing_written(db, preview_of(db, path),
                                       "第2行 残疾类别（D列）：与残疾人证号不一致：证号表示“肢体”")


def test_duplicate_within_the_file(db: Database, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1), person_row("赵六", ID2),
                                               person_row("王五", ID1)])
    assert_refused_and_nothing_written(db, preview_of(db, path),
                                       "第4行 身份证号（B列）：与第2行重复")


def test_id_stored_as_number_or_scientific_is_refused(db: Database, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", 110102198005170011),
                                               person_row("赵六", "1.10102E+17")])
    preview = preview_of(db, path)
    found = messages(preview)
    assert any(m.startswith("第2行 身份证号（B列）：Excel 把身份证号存成了数字") for m in found)
    assert any(m.startswith("第3行 身份证号（B列）：身份证号是科学计数法") for m in found)
    assert_refused_and_nothing_written(db, preview, "后几位已丢失")


def test_formula_is_refused_with_its_cell(db: Database, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1, 入会日期="=TODAY()")])
    assert_refused_and_nothing_written(db, preview_of(db, path), "第2行 入会日期（M列）：是公式")


def test_merged_cells_refused_with_location(db: Database, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1), person_row("赵六", ID2)])
    workbook = load_workbook(path)
    workbook.worksheets[0].merge_cells("I2:I3")
    workbook.save(path)
    with pytest.raises(RosterError, match="合并单元格（I2:I3）"):
        preview_of(db, path)


def test_missing_and_renamed_columns(db: Database, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", [], ("姓名", "证件号码", "残疾人证号"))
    with pytest.raises(RosterError, match=r"缺少必需的列：身份证号.*B列“证件号码”"):
        preview_of(db, path)
    path = write_roster(tmp_path / "s.xlsx", [], (*HEADERS, "爱好"))
    with pytest.raises(RosterError, match="无法识别的列：R列“爱好”"):
        preview_of(db, path)


def test_not_xlsx_and_password_protected_files(db: Database, tmp_path: Path) -> None:
    text = tmp_path / "名册.xlsx"
    text.write_text("姓名,身份证号\n", encoding="utf-8")
    with pytest.raises(RosterError, match="不是 xlsx 文件"):
        preview_of(db, text)
    # What Excel writes for a workbook with an opening password: an OLE compound file whose
    # directory holds an EncryptedPackage stream (openpyxl cannot write one).
    encrypted = tmp_path / "加密.xlsx"
    encrypted.write_bytes(roster_import.OLE_MAGIC + bytes(504)
                          + "EncryptedInfo".encode("utf-16-le") + bytes(40)
                          + "EncryptedPackage".encode("utf-16-le") + bytes(1024))
    with pytest.raises(RosterError, match="设置了打开密码"):
        preview_of(db, encrypted)
    old = tmp_path / "旧版.xls"
    old.write_bytes(roster_import.OLE_MAGIC + "Workbook".encode("utf-16-le") + bytes(512))
    with pytest.raises(RosterError, match=r"旧版 Excel（\.xls）"):
        preview_of(db, old)
    broken = tmp_path / "坏.xlsx"
    broken.write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(RosterError, match="已损坏"):
        preview_of(db, broken)


def test_existing_people_are_skipped_or_updated(db: Database, tmp_path: Path) -> None:
    existing = people.create_person(db, make_person_input(id_number=ID1, name="王五",
                                                          is_volunteer=True,
                                                          volunteer_number="V9"),
                                    actor=STAFF, today=TODAY)
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1, 住址="新地址"),
                                               person_row("赵六", ID2)])
    preview = preview_of(db, path)
    assert [r.status for r in preview.rows] == ["existing", "new"]
    assert preview.rows[0].existing_id == existing
    before = count_rows(db)
    skipped = apply(db, preview, actor=STAFF, today=TODAY)
    assert (skipped.created, skipped.updated, skipped.skipped) == (1, 0, 1)
    assert db.scalar("SELECT address FROM person WHERE id = ?", (existing,)) != "新地址"
    assert count_rows(db)["person"] == before["person"] + 1

    preview = preview_of(db, path)
    updated = apply(db, preview, actor=STAFF, on_existing="update", today=TODAY)
    assert (updated.created, updated.updated, updated.skipped) == (0, 2, 0)
    stored = people.load_person(db, existing)
    # Filled cells replace; what the roster does not carry (volunteer role, phone) stays.
    assert stored.address == "新地址" and stored.is_volunteer and stored.phone == "13812345678"


def test_card_number_taken_in_database_is_a_row_error(db: Database, tmp_path: Path) -> None:
    people.create_person(db, make_person_input(id_number=ID3, card_number="WH7"), actor=STAFF,
                         today=TODAY)
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1, 签到卡号="wh7")])
    assert_refused_and_nothing_written(db, preview_of(db, path),
                                       "第2行 签到卡号（N列）：签到卡号已被 张三 使用")


def test_import_needs_permission(db: Database, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1)])
    with pytest.raises(PermissionDenied):
        apply(db, preview_of(db, path), actor=Actor("kiosk", Role.KIOSK), today=TODAY)
    assert count_rows(db)["person"] == 0


def test_failure_midway_writes_nothing(db: Database, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1), person_row("赵六", ID2)])
    preview = preview_of(db, path)
    # Someone registers the second person between preview and import.
    people.create_person(db, make_person_input(id_number=ID2, card_number=""), actor=STAFF,
                         today=TODAY)
    before = count_rows(db)
    with pytest.raises(RosterError, match="第3行：身份证号与已登记的 张三 相同；全部未导入"):
        apply(db, preview, actor=STAFF, today=TODAY)
    assert count_rows(db) == before


def test_a_row_joining_a_closed_month_is_refused_with_its_row(db: Database,
                                                             tmp_path: Path) -> None:
    # May 2024 is submitted (TODAY is 1 June): a member who joined in March would change
    # May's register; one who joins in June would not, but nothing is imported either way.
    submit_month(db, "2024-05", TODAY)
    path = write_roster(tmp_path / "r.xlsx", [
        person_row("王五", ID1, 入会日期="2024-06-01"),
        person_row("赵六", ID2, 入会日期="2024-03-01")])
    preview = preview_of(db, path)
    assert preview.problems == []
    before = count_rows(db)
    with pytest.raises(RosterError) as caught:
        apply(db, preview, actor=STAFF, today=TODAY)
    assert caught.value.message == (
        "第3行：2024-05 已报送关账，这样修改会改变该月报表中的会员人数（在册、新入会或离会），"
        "未保存；如需修改请管理员重新开账；全部未导入")
    assert count_rows(db) == before


def test_thousand_rows_import_in_one_transaction(db: Database, tmp_path: Path) -> None:
    rows = [person_row(f"会员{i}", make_id_number(date(1950 + i % 50, 1 + i % 12, 1 + i % 28),
                                                 seq=i % 50), 签到卡号=f"K{i:05d}")
            for i in range(1000)]
    path = write_roster(tmp_path / "big.xlsx", rows)
    preview = preview_of(db, path)
    assert preview.problems == [] and len(preview.rows) == 1000
    commits: list[str] = []
    # A connection of the test's own, which reports every statement it runs.
    conn = sqlite3.connect(db.path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    with Database(db.path, conn) as traced:
        result = apply(traced, preview, actor=STAFF, today=TODAY)
    assert result.created == 1000 and commits == ["COMMIT"]
    assert count_rows(db)["person"] == 1000


def test_template_workbook_builds_without_saving() -> None:
    sheet = build_template(rows=10).worksheets[0]
    assert sheet.title == "会员名册"
    assert sheet.max_row >= 3


def write_sheets(path: Path, sheets: list[tuple[str, str, list[dict[str, Any]]]],
                 active: int | None = None) -> Path:
    """A workbook with one sheet per (title, state, rows): state visible, hidden or
    veryHidden; each sheet has the roster headers and its rows."""
    workbook = Workbook()
    assert workbook.active is not None
    workbook.remove(workbook.active)
    for title, state, rows in sheets:
        sheet = workbook.create_sheet(title)
        sheet.append(list(HEADERS))
        for row in rows:
            sheet.append([row.get(header) for header in HEADERS])
        sheet.sheet_state = state
    if active is not None:
        workbook.active = active
    workbook.save(path)
    return path


def names(preview: roster_import.RosterPreview) -> list[str]:
    return [row.data.name for row in preview.rows]


def test_a_hidden_first_sheet_is_never_read_the_template_sheet_is(db: Database,
                                                                   tmp_path: Path) -> None:
    # What a centre's own workbook often holds: last year's list hidden in front, a
    # very hidden scratch sheet, and the roster under the template's sheet name.
    path = write_sheets(tmp_path / "r.xlsx", [
        ("旧名单", "hidden", [person_row("隐藏的人", ID1)]),
        ("草稿", "veryHidden", [person_row("草稿里的人", ID3)]),
        ("说明", "visible", []),
        ("会员名册", "visible", [person_row("赵六", ID2)]),
    ], active=2)
    preview = preview_of(db, path)
    assert preview.sheet == "会员名册"
    assert names(preview) == ["赵六"]
    result = apply(db, preview, actor=STAFF, today=TODAY)
    assert result.created == 1
    stored = {r[0] for r in db.query("SELECT name FROM person")}
    assert stored == {"赵六"}


def test_without_the_template_name_the_active_visible_sheet_is_read(db: Database,
                                                                   tmp_path: Path) -> None:
    path = write_sheets(tmp_path / "r.xlsx", [
        ("Sheet1", "hidden", [person_row("隐藏的人", ID1)]),
        ("二月", "visible", [person_row("王五", ID3)]),
        ("三月", "visible", [person_row("赵六", ID2)]),
    ], active=2)
    preview = preview_of(db, path)
    assert (preview.sheet, names(preview)) == ("三月", ["赵六"])


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_an_active_hidden_sheet_gives_way_to_the_first_visible_one(db: Database,
                                                                   tmp_path: Path,
                                                                   state: str) -> None:
    # A workbook saved by a script can name a hidden sheet as the active one.
    path = write_sheets(tmp_path / "r.xlsx", [
        ("名单", state, [person_row("隐藏的人", ID1)]),
        ("在册", "visible", [person_row("赵六", ID2)]),
    ], active=0)
    preview = preview_of(db, path)
    assert (preview.sheet, names(preview)) == ("在册", ["赵六"])


def test_a_hidden_template_sheet_is_not_read_either(db: Database, tmp_path: Path) -> None:
    path = write_sheets(tmp_path / "r.xlsx", [
        ("会员名册", "hidden", [person_row("隐藏的人", ID1)]),
        ("名单", "visible", [person_row("赵六", ID2)]),
    ], active=1)
    preview = preview_of(db, path)
    assert (preview.sheet, names(preview)) == ("名单", ["赵六"])


def test_problems_name_the_sheet_that_was_read(db: Database, tmp_path: Path) -> None:
    workbook = Workbook()
    hidden = workbook.active
    assert hidden is not None
    hidden.title = "旧名单"
    hidden.append(list(HEADERS))
    hidden.sheet_state = "hidden"
    visible = workbook.create_sheet("名单")
    visible.append(["姓名", "证件号码", "残疾人证号"])
    workbook.active = 1
    workbook.save(tmp_path / "r.xlsx")
    # The hidden sheet has every column; the visible one does not, and that is what counts.
    with pytest.raises(RosterError, match=r"工作表“名单”第1行缺少必需的列：身份证号"):
        preview_of(db, tmp_path / "r.xlsx")


def test_a_workbook_with_no_visible_worksheet_is_refused(db: Database, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "旧名单"
    sheet.append(list(HEADERS))
    sheet.append([person_row("隐藏的人", ID1).get(h) for h in HEADERS])
    chart = workbook.create_chartsheet("图表")
    bars = BarChart()
    bars.add_data(Reference(sheet, min_col=1, min_row=1, max_row=2))
    chart.add_chart(bars)
    sheet.sheet_state = "hidden"
    workbook.active = 1
    assert chart.sheet_state == "visible"
    workbook.save(tmp_path / "r.xlsx")
    with pytest.raises(RosterError, match=r"r\.xlsx 中没有可见的工作表"):
        preview_of(db, tmp_path / "r.xlsx")
    assert count_rows(db)["person"] == 0
