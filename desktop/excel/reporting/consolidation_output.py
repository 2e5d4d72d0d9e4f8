"""Writing the district workbook (区汇总) from a :class:`Consolidation`.

Sheets: 汇总 (one row per centre with every indicator's 本月 value, then 合计), 完成情况 (the
expected centres: 已报/未报, and 名单外), 问题 (rejected, superseded and duplicate files with
the reason) and a hidden ``_meta``. Laid out to read and print like the monthly workbook; saved
atomically (``workbook_file.save_workbook``).

Where it is saved nothing else may be lost: an existing file there is replaced only when
its own ``_meta`` shows it is a district workbook this program wrote (``check_overwrite``),
never a centre's report, one of the files being consolidated, or anything else.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop import __version__
from desktop.excel.reporting.consolidation import (
    ACCEPTED,
    AVERAGE_KEY,
    DAYS_OPEN_KEY,
    Consolidation,
)
from desktop.excel.reporting.consolidation_input import (
    DISTRICT_KIND,
    MONEY_UNIT,
    input_files,
    meta_values,
)
from desktop.excel.reporting.monthly_workbook import META, SUMMARY
from desktop.excel.sheet_layout import (
    HEADER_ALIGN,
    HEADER_FILL,
    HEADER_FONT,
    MONEY_FORMAT,
    append_row,
    append_styled,
    print_setup,
    write_header,
)
from desktop.excel.workbook_damage import DAMAGE_TYPES, is_damage
from desktop.excel.workbook_file import ExportError, save_workbook, xlsx_file_or_none
from desktop.models.messages import QT_TRANSLATE_NOOP, Message

COMPLETENESS, PROBLEMS = "完成情况", "问题"
CENTRE_HEADERS = ["中心编码", "中心名称", "街道", "版本号"]
COMPLETENESS_HEADERS = ["中心编码", "中心名称", "街道", "状态", "版本号", "文件", "生成时间",
                        "说明"]
PROBLEM_HEADERS = ["文件", "中心编码", "版本号", "处理", "原因"]
AVERAGE_FORMAT = "0.0"
CODE_FONT = Font(color="666666", size=9)
UNKNOWN_DISTRICT = "未设置"
# Summed over centres, days open are centre-days (42 in a 31-day month is right): the header
# says so, and so does a comment on the total (docs/workbook.md, "Totals").
DAYS_OPEN_TOTAL_NOTE = "合计为各中心之和"
DAYS_OPEN_COMMENT = ("合计是各中心开放天数之和（中心·天），不是日历天数；"
                     "合计行的日均签到人次 = 签到人次合计 ÷ 此数。")


def standard_file_name(result: Consolidation) -> str:
    """``{district}_{YYYY-MM}_汇总.xlsx`` (district of the accepted centres, or 未设置)."""
    district = result.district.replace("/", "-").replace("\\", "-").strip() or UNKNOWN_DISTRICT
    return f"{district}_{result.month}_汇总.xlsx"


def is_district_workbook(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a district workbook this program wrote: an xlsx with the sheets
    汇总, 完成情况 and 问题 whose hidden ``_meta`` says ``kind`` = district_consolidation.
    Judged by the content, never by the file name; anything unreadable is not one."""
    file = Path(path)
    try:
        if not file.is_file() or not zipfile.is_zipfile(file):
            return False
        # Opened here, the file is closed however reading ends (openpyxl leaves a file it
        # failed to read open).
        with file.open("rb") as stream:
            return _says_district(stream)
    except OSError:
        return False  # cannot be read (permissions, a failing disk): not ours to replace


def _says_district(stream: BinaryIO) -> bool:
    try:
        workbook = load_workbook(stream, read_only=True)
    except DAMAGE_TYPES as exc:
        if not is_damage(exc):
            raise  # an error in our code, not in the file
        # Damaged, encrypted or not a workbook at all: certainly not ours to replace.
        return False
    try:
        names = workbook.sheetnames
        if any(name not in names for name in (SUMMARY, COMPLETENESS, PROBLEMS, META)):
            return False
        return meta_values(workbook[META]).get("kind") == DISTRICT_KIND
    except DAMAGE_TYPES as exc:
        if not is_damage(exc):
            raise
        return False
    finally:
        workbook.close()


def _same_file(path: Path, target: Path) -> bool:
    """Whether both paths reach one file (a symlink, another spelling, another case where
    the file system ignores case); False when either cannot be looked at."""
    try:
        return os.path.samefile(path, target)
    except OSError:
        return False


def check_overwrite(target: str | os.PathLike[str],
                    inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
    """ExportError naming ``target`` when saving the district workbook there would replace
    something that is not an earlier district workbook: one of ``inputs`` (the files to
    consolidate, however the path reaches them), a centre's report, any other file, a folder.
    Nothing is read or written but ``target``'s own ``_meta``; a path where nothing exists
    yet passes."""
    file = Path(target)
    if not os.path.lexists(file):
        return
    if is_district_workbook(file):
        return  # last run's result (even inside an input folder: it is never read as a report)
    if file.is_dir():
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "导出失败：{file} 是已有的文件夹，不能保存为区汇总表；请另选文件名"
                ),
                file=file,
            )
        )
    if any(_same_file(Path(path), file) for path in inputs):
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "导出失败：{file} 是要汇总的文件之一，"
                    "不能用区汇总表覆盖它；请另选保存位置或文件名",
                ),
                file=file,
            )
        )
    raise ExportError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "导出失败：{file} 已存在，且不是本软件生成的区汇总表，未覆盖；请另选文件名",
            ),
            file=file,
        )
    )


def check_target(out: str | os.PathLike[str],
                 inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Refuse, before any reading, an output whose folder does not exist, that is neither
    a folder nor an .xlsx file name, or (for a file name) where an existing file other than
    an earlier district workbook would be replaced (``check_overwrite``; ``inputs`` as given
    to ``consolidate``: files and folders)."""
    file = _output_file(out)
    if file is not None:  # a folder: the file name is known only once the district is
        check_overwrite(file, input_files(inputs))


def _output_file(out: str | os.PathLike[str]) -> Path | None:
    """The file ``out`` names (None: an existing folder); ExportError for neither, or for a
    file name in a folder that does not exist."""
    file = xlsx_file_or_none(out)
    if file is not None and not file.parent.is_dir():
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "导出失败：文件夹 {folder} 不存在"),
                folder=file.parent,
            )
        )
    return file


def target_path(out: str | os.PathLike[str], result: Consolidation) -> Path:
    """A path ending in .xlsx is the file; anything else an existing folder that receives the
    standard file name."""
    file = _output_file(out)
    return file if file is not None else Path(out) / standard_file_name(result)


def _shown(value: Decimal, unit: str, key: str) -> int | Decimal:
    if unit == MONEY_UNIT:
        return value.quantize(Decimal("0.01"))
    if key == AVERAGE_KEY:
        return value.quantize(Decimal("0.1"))
    return int(value) if value == value.to_integral_value() else value


def _column_label(key: str, label: str, unit: str) -> str:
    shown = f"{label}（{unit}）" if unit else label
    return f"{shown}\n{DAYS_OPEN_TOTAL_NOTE}" if key == DAYS_OPEN_KEY else shown


def _header_row(sheet: Worksheet, values: list[Any]) -> None:
    for cell in append_styled(sheet, values):
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN


def _write_summary(sheet: Worksheet, result: Consolidation) -> None:
    columns = result.columns
    labels = [_column_label(c.key, c.label, c.unit) for c in columns]
    write_header(sheet, CENTRE_HEADERS + labels, [14, 24, 10, 7] + [12.0] * len(columns))
    # Row 2 names each column's 指标代码: the label may be reworded between releases.
    codes = append_styled(sheet, ["指标代码", "", "", "", *(c.key for c in columns)])
    for cell in codes:
        cell.font = CODE_FONT
    sheet.row_dimensions[1].height = 45
    first = len(CENTRE_HEADERS) + 1
    for centre in result.centres:
        values = centre.values()
        append_row(sheet, [centre.code, centre.name, centre.street, centre.revision,
                           *(None if values.get(c.key) is None
                             else _shown(values[c.key], c.unit, c.key) for c in columns)])
    total = append_styled(sheet, ["合计", f"{len(result.centres)} 个中心", "", "",
                                  *(_shown(result.totals[c.key], c.unit, c.key)
                                    for c in columns)])
    for cell in total:
        cell.font = HEADER_FONT
    if DAYS_OPEN_KEY in [c.key for c in columns]:
        days = total[first - 1 + [c.key for c in columns].index(DAYS_OPEN_KEY)]
        days.comment = Comment(DAYS_OPEN_COMMENT, "温馨家园工作台", width=260, height=90)
    for offset, column in enumerate(columns):
        fmt = (MONEY_FORMAT if column.unit == MONEY_UNIT
               else AVERAGE_FORMAT if column.key == AVERAGE_KEY else None)
        if fmt is None:
            continue
        for row in range(3, sheet.max_row + 1):
            sheet.cell(row=row, column=first + offset).number_format = fmt
    sheet.freeze_panes = f"{get_column_letter(first)}3"


def _write_completeness(sheet: Worksheet, result: Consolidation) -> None:
    completeness = result.completeness()
    line = f"{result.month} 报送情况：{completeness.summary()}"
    if completeness.missing:
        line += "；未报：" + "、".join(r.name or r.code for r in completeness.missing)
    if completeness.problems:
        line += "；有问题（未采用）：" + "、".join(r.name or r.code
                                                 for r in completeness.problems)
    if completeness.unlisted:
        line += f"；名单外 {len(completeness.unlisted)} 个"
    append_row(sheet, [line])
    sheet["A1"].font = Font(bold=True, size=12)
    _header_row(sheet, COMPLETENESS_HEADERS)
    for column, width in enumerate([14, 24, 10, 8, 7, 44, 20, 50], start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    for row in completeness.rows:
        append_row(sheet, [row.code, row.name, row.street, row.status, row.revision,
                           row.file, row.generated_at, row.note])
    sheet.freeze_panes = "A3"


def _write_problems(sheet: Worksheet, result: Consolidation) -> None:
    write_header(sheet, PROBLEM_HEADERS, [44, 14, 7, 14, 70])
    problems = [o for o in result.outcomes if o.status != ACCEPTED]
    for outcome in problems:
        append_row(sheet, [outcome.path.name, outcome.code, outcome.revision,
                           outcome.status_label, outcome.reason])
    if not problems:
        append_row(sheet, ["", "", None, "", "未发现问题"])


def build_district_workbook(result: Consolidation) -> Workbook:
    """The district workbook in memory."""
    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = SUMMARY
    _write_summary(summary, result)
    _write_completeness(workbook.create_sheet(COMPLETENESS), result)
    _write_problems(workbook.create_sheet(PROBLEMS), result)
    who = result.district or UNKNOWN_DISTRICT
    for sheet, rows in ((summary, "1:2"), (workbook[COMPLETENESS], "1:2"),
                        (workbook[PROBLEMS], "1:1")):
        print_setup(sheet, who, result.month, title_rows=rows)
    meta = workbook.create_sheet(META)
    append_row(meta, ["key", "value"])
    for key, value in (("kind", DISTRICT_KIND), ("what", "区残联月报汇总"),
                       ("app_version", __version__), ("district", result.district),
                       ("period", result.month), ("generated_at", result.generated_at),
                       ("inputs", len(result.outcomes)), ("accepted", result.count(ACCEPTED)),
                       ("rejected", len(result.rejected)), ("centres", len(result.centres))):
        append_row(meta, [key, value])
    meta.column_dimensions["A"].width = 16
    meta.column_dimensions["B"].width = 40
    meta.sheet_state = "hidden"
    return workbook


def write_consolidation(result: Consolidation, out: str | os.PathLike[str]) -> Path:
    """Write the district workbook to ``out`` (a file ending in .xlsx, or an existing folder:
    the standard file name), atomically; ExportError when it cannot be written or would
    replace a file that is not an earlier district workbook (``check_overwrite``),
    ConsolidationError (nothing written) when no file was accepted."""
    result.require_accepted()
    target = target_path(out, result)
    # Checked again just before saving: with a folder the name is known only now, and the
    # files may have changed while the inputs were read.
    check_overwrite(target, [outcome.path for outcome in result.outcomes])
    return save_workbook(build_district_workbook(result), target)
