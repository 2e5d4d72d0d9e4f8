"""The blank roster workbook (会员名册模板) that centres fill in and bring back with
`warmhome people import`.

Qt-free. The column list here is the one the importer reads, so template and import never
disagree about a header.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.workbook_file import save_workbook
from desktop.models.admin.centre import XICHENG_STREETS
from desktop.models.people.identity import CATEGORIES, GRADES
from desktop.models.people.person_input import PROGRAMMES

# Rows whose 姓名 starts with this are examples: the importer skips them.
EXAMPLE_MARK = "【示例】"
SHEET_TITLE = "会员名册"
TEXT_FORMAT = "@"


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
    RosterColumn("姓名", "name", 12, required=True),
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
    RosterColumn("联系电话", "phone", 15, "id"),
    RosterColumn("街道", "street", 12, "list"),
    RosterColumn("社区", "community", 14),
    RosterColumn("住址", "address", 36),
    RosterColumn("服务项目", "programmes", 18, "list", note="可填多个，用顿号“、”分开"),
    RosterColumn("入会日期", "joined_on", 12, "date", note="年-月-日，如 2020-01-01"),
    RosterColumn("签到卡号", "card_number", 12, "id"),
    RosterColumn("紧急联系人", "emergency_contact", 12),
    RosterColumn("紧急联系电话", "emergency_phone", 15, "id"),
    RosterColumn("备注", "notes", 30),
)
HEADERS = tuple(c.header for c in COLUMNS)

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
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new Workbook always has one sheet
    sheet.title = SHEET_TITLE
    sheet.append(list(HEADERS))
    header_font = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    example_font = Font(italic=True, color="808080")
    last_row = rows + 1
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        cell = sheet.cell(row=1, column=index)
        cell.font = header_font
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center")
        sheet.column_dimensions[letter].width = column.width
        if column.kind in ("id", "date"):
            # Text format keeps 18-digit IDs and leading zeros as typed; dates stay as
            # typed text, which the importer reads in every common form.
            for row in range(2, last_row + 1):
                sheet.cell(row=row, column=index).number_format = TEXT_FORMAT
    for row, example in enumerate(EXAMPLES, start=2):
        for index, column in enumerate(COLUMNS, start=1):
            cell = sheet.cell(row=row, column=index, value=example.get(column.field) or None)
            cell.font = example_font
            cell.number_format = TEXT_FORMAT
    sheet.freeze_panes = "B2"
    _add_validations(sheet, last_row)
    _add_help_sheet(workbook)
    return workbook


def _add_help_sheet(workbook: Workbook) -> None:
    sheet = workbook.create_sheet("填写说明")
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 70
    sheet.append(["列", "说明"])
    for column in COLUMNS:
        text = ("必填。" if column.required else "") + column.note
        sheet.append([column.header, text])
    sheet.append([])
    sheet.append(["示例行", f"姓名以“{EXAMPLE_MARK}”开头的行是示例，导入时跳过，可直接删除。"])
    sheet.append(["空行", "空行会被跳过。请不要合并单元格，也不要使用公式。"])
    sheet.append(["已登记", "身份证号已在系统中的人员，导入时可选择更新或跳过。"])


def write_template(path: str | os.PathLike[str]) -> Path:
    """Write the blank roster workbook to ``path`` atomically; returns the path written."""
    return save_workbook(build_template(), path)
