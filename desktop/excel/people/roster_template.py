"""The blank roster workbook (会员名册模板) that centres fill in and bring back with
`warmhome people import`.

Qt-free. The column list here is the one the importer reads, so template and import never
disagree about a header. Required columns are marked in their header (``姓名（必填）``: the
importer ignores a bracketed remark) and shaded; 填写说明 explains every column. Row 1 stays the
header row the importer reads, so the sheet's title is printed in the page header; the sheet
prints on A4 landscape in bands with 姓名 repeated, the instructions on A4 portrait with each
column's name beside its explanation.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.form_layout import write_notes
from desktop.excel.sheet_layout import (
    DATE_FORMAT,
    HEADER_FONT,
    draw_grid,
    form_font,
    new_workbook,
    print_setup,
)
from desktop.excel.workbook_file import save_workbook
from desktop.models.admin.centre import XICHENG_STREETS
from desktop.models.people.identity import CATEGORIES, GRADES
from desktop.models.people.person_input import PROGRAMMES

# Rows whose 姓名 starts with this are examples: the importer skips them.
EXAMPLE_MARK = "【示例】"
SHEET_TITLE = "会员名册"
HELP_TITLE = "填写说明"
TEXT_FORMAT = "@"
REQUIRED_MARK = "（必填）"


@dataclass(frozen=True)
class RosterColumn:
    """One roster column: its header, the PersonInput field it fills, and how it is read."""

    header: str
    field: str
    width: int
    kind: str = "text"  # text | id | date | list
    required: bool = False
    note: str = ""


COLUMNS: tuple[RosterColumn, ...] = (
    RosterColumn("姓名", "name", 12, required=True, note="与身份证上的姓名一致"),
    RosterColumn("身份证号", "id_number", 22, "id", required=True,
                 note="18位；请保持文本格式，否则 Excel 会丢失后几位"),
    RosterColumn("残疾人证号", "cert_number", 25, "id", required=True,
                 note="20位：身份证号+类别+等级，补发证可带B1–B9"),
    # Category and grade are coded in the certificate; these two only help the person filling
    # the sheet and are checked against the certificate when filled.
    RosterColumn("残疾类别", "category", 10, "list", note="可不填；填写时须与残疾人证号一致"),
    RosterColumn("残疾等级", "grade", 10, "list", note="可不填；填写时须与残疾人证号一致"),
    RosterColumn("性别", "sex", 6, note="可不填，由身份证号得出"),
    RosterColumn("出生日期", "birth_date", 12, "date", note="可不填，由身份证号得出"),
    RosterColumn("联系电话", "phone", 15, "id",
                 note="本人的手机或座机，如 13812345678、010-66012345"),
    RosterColumn("街道", "street", 12, "list", note="从下拉列表选择；外区的街道可直接填写"),
    RosterColumn("社区", "community", 14, note="社区（居委会）名称，如 西单社区"),
    RosterColumn("住址", "address", 36, note="现居住地址"),
    RosterColumn("服务项目", "programmes", 18, "list", note="可填多个，用顿号“、”分开"),
    RosterColumn("入会日期", "joined_on", 12, "date", note="年-月-日，如 2020-01-01"),
    RosterColumn("签到卡号", "card_number", 12, "id",
                 note="签到卡上印的编号；没有卡可不填；每人的卡号不能相同"),
    RosterColumn("紧急联系人", "emergency_contact", 12, note="姓名，如 张四（父亲）"),
    RosterColumn("紧急联系电话", "emergency_phone", 15, "id", note="紧急联系人的电话"),
    RosterColumn("备注", "notes", 30, note="其他需要说明的情况，可不填"),
)
HEADERS = tuple(c.header for c in COLUMNS)
# What the template's header row shows: required columns marked (the importer reads both).
TEMPLATE_HEADERS = tuple(c.header + (REQUIRED_MARK if c.required else "") for c in COLUMNS)
REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")

# Valid IDs from docs/domain.md (the standard's own example and a published test vector).
EXAMPLES: tuple[dict[str, str], ...] = (
    {"name": EXAMPLE_MARK + "张三", "id_number": "11010519491231002X",
     "cert_number": "11010519491231002X43", "category": "肢体", "grade": "三级",
     "phone": "13812345678", "street": "西长安街", "community": "西单社区",
     "address": "北京市西城区西长安街街道砖塔胡同1号", "programmes": "温馨家园、职康站",
     "joined_on": "2020-01-01", "card_number": "WH000001", "emergency_contact": "张四",
     "emergency_phone": "010-66012345", "notes": "示例行，导入时跳过"},
    {"name": EXAMPLE_MARK + "李梅", "id_number": "360426199101010071",
     "cert_number": "36042619910101007152", "category": "智力", "grade": "二级",
     "street": "月坛", "programmes": "日间照料", "joined_on": "2023-09-01",
     "notes": "示例行，导入时跳过"},
)


def _list_validation(values: list[str], column: str, last_row: int, *,
                     strict: bool) -> DataValidation:
    # An inline list ("a,b,c") needs no helper sheet; every list here is far below Excel's
    # 255-character limit for it.
    validation = DataValidation(type="list", formula1='"' + ",".join(values) + '"',
                                allow_blank=True, showErrorMessage=strict)
    validation.error = "请从下拉列表中选择"
    validation.errorTitle = "输入不正确"
    validation.add(f"{column}2:{column}{last_row}")
    return validation


def _add_validations(sheet: Worksheet, last_row: int) -> None:
    lists = {
        "category": (list(CATEGORIES.values()), True),
        "grade": (list(GRADES.values()), True),
        # Streets outside Xicheng are possible for other districts: offer, do not enforce.
        "street": (list(XICHENG_STREETS), False),
        # Several programmes go in one cell, so the list helps but must not refuse "a、b".
        "programmes": (list(PROGRAMMES), False),
    }
    for index, column in enumerate(COLUMNS, start=1):
        if column.field in lists:
            values, strict = lists[column.field]
            sheet.add_data_validation(_list_validation(
                values, get_column_letter(index), last_row, strict=strict))


def build_template(rows: int = 1000) -> Workbook:
    """A roster workbook: headers, two marked example rows, drop-downs for ``rows`` rows."""
    workbook = new_workbook("会员名册模板", "温馨家园工作台")
    sheet = workbook.active
    assert sheet is not None  # a new Workbook always has one sheet
    sheet.title = SHEET_TITLE
    sheet.append(list(TEMPLATE_HEADERS))
    fill = PatternFill("solid", fgColor="DDEBF7")
    example_font = form_font(italic=True, color="808080")
    last_row = rows + 1
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        cell = sheet.cell(row=1, column=index)
        cell.font = HEADER_FONT
        cell.fill = REQUIRED_FILL if column.required else fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[letter].width = column.width
        if column.kind in ("id", "date"):
            # Text format keeps 18-digit IDs and leading zeros as typed. Date columns are
            # dates: a date typed as 2020-01-01 becomes a real date that sorts as one; other
            # forms stay text, which the importer reads too.
            fmt = DATE_FORMAT if column.kind == "date" else TEXT_FORMAT
            for row in range(2, last_row + 1):
                sheet.cell(row=row, column=index).number_format = fmt
    for row, example in enumerate(EXAMPLES, start=2):
        for index, column in enumerate(COLUMNS, start=1):
            value: object = example.get(column.field) or None
            cell = sheet.cell(row=row, column=index)
            if column.kind == "date" and isinstance(value, str):
                cell.value, cell.number_format = date.fromisoformat(value), DATE_FORMAT
            else:
                cell.value, cell.number_format = value, TEXT_FORMAT
            cell.font = example_font
    sheet.row_dimensions[1].height = 33
    draw_grid(sheet, 1, 1 + len(EXAMPLES), len(COLUMNS))
    sheet.freeze_panes = "B2"
    _add_validations(sheet, last_row)
    # Only the header and the examples print (the empty rows below are for typing); a wide
    # sheet prints in bands across pages with 姓名 repeated.
    sheet.print_area = f"A1:{get_column_letter(len(COLUMNS))}{1 + len(EXAMPLES)}"
    print_setup(sheet, "会员名册模板", "（导入用）", title_rows="1:1", title_columns="A:A",
                orientation="landscape")
    _add_help_sheet(workbook)
    return workbook


def _add_help_sheet(workbook: Workbook) -> None:
    sheet = workbook.create_sheet(HELP_TITLE)
    rows = [(c.header, ("必填。" if c.required else "") + c.note) for c in COLUMNS]
    rows += [
        ("示例行", f"姓名以“{EXAMPLE_MARK}”开头的行是示例，导入时跳过，可直接删除。"),
        ("空行", "空行会被跳过。请不要合并单元格，也不要使用公式。"),
        ("已登记", "身份证号已在系统中的人员，导入时可选择更新或跳过。"),
        ("必填列", f"列名带“{REQUIRED_MARK}”的列必须填写（表头为橙色）；其余列可以空着。"),
    ]
    write_notes(sheet, rows, title="会员名册模板：填写说明", widths=(14, 62))
    print_setup(sheet, "会员名册模板", "", title_rows=None, orientation="portrait",
                columns=2)


def write_template(path: str | os.PathLike[str]) -> Path:
    """Write the blank roster workbook to ``path`` atomically; returns the path written."""
    return save_workbook(build_template(), path)
