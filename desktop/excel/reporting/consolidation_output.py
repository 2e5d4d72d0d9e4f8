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
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from desktop import __version__
from desktop.excel.form_layout import month_words, sign_off_block, write_title
from desktop.excel.reporting.consolidation import (
    ACCEPTED,
    AVERAGE_KEY,
    DAYS_OPEN_KEY,
    RATIOS,
    Consolidation,
    recompute_ratios,
)
from desktop.excel.reporting.consolidation_input import (
    DISTRICT_KIND,
    KEY_HEADER,
    MONEY_UNIT,
    input_files,
    meta_values,
)
from desktop.excel.reporting.monthly_workbook import META, SUMMARY
from desktop.excel.sheet_layout import (
    DATETIME_FORMAT,
    HEADER_FONT,
    MONEY_FORMAT,
    append_row,
    column_points,
    draw_grid,
    lines_in,
    new_workbook,
    print_setup,
    printable_points,
    put,
    set_widths,
    style_header,
    write_header,
)
from desktop.excel.workbook_damage import DAMAGE_TYPES, is_damage
from desktop.excel.workbook_file import ExportError, save_workbook, xlsx_file_or_none
from desktop.models.messages import QT_TRANSLATE_NOOP, Message

COMPLETENESS, PROBLEMS = "完成情况", "问题"
CENTRE_HEADERS = ["中心编码", "中心名称", "街道", "版本号"]
COMPLETENESS_HEADERS = ["中心编码", "中心名称", "街道", "状态", "版本号", "文件", "生成时间",
                        "说明"]
COMPLETENESS_WIDTHS: list[float] = [12, 16, 8, 17, 5, 24, 20, 28]
PROBLEM_HEADERS = ["文件", "文件夹", "中心编码", "版本号", "处理", "原因"]
PROBLEM_WIDTHS: list[float] = [26, 26, 11, 5, 13, 36]
AVERAGE_FORMAT = "0.0"
TOTAL = "合计"
# 汇总: rows 1–2 the title and what it is, the headers in rows 3–4 (centre, then 本月 and
# 本年累计 under it); column A the indicator, B its unit, then two columns per centre.
HEADER_ROW = 3
FIRST_VALUE_COLUMN = 3
LABEL_WIDTH, VALUE_WIDTH, TOTAL_WIDTH = 24, 11, 13
# Money up to 999,999.99 元 fits a centre's column, the district's in 合计's; centres are
# printed side by side on A4 portrait at full size, as many as fit (every indicator fits one
# page down).
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
    if key in RATIOS:
        return value.quantize(RATIOS[key].quantum)
    return int(value) if value == value.to_integral_value() else value


def _row_label(key: str, label: str) -> str:
    return f"{label}\n（{DAYS_OPEN_TOTAL_NOTE}）" if key == DAYS_OPEN_KEY else label


def year_totals(result: Consolidation) -> dict[str, Decimal]:
    """本年累计 added over the accepted centres like 本月 (the ratios recomputed from their
    parts' totals); an indicator no centre gives a year figure for is left
    out."""
    totals: dict[str, Decimal] = {}
    for column in result.columns:
        values = [c.year_values().get(column.key) for c in result.centres]
        if any(v is not None for v in values):
            totals[column.key] = sum((v for v in values if v is not None), Decimal(0))
    return recompute_ratios(totals)


def _value(value: Decimal | None, unit: str, key: str) -> int | Decimal | None:
    return None if value is None else _shown(value, unit, key)


def _write_summary(sheet: Worksheet, result: Consolidation) -> None:
    """Indicators down the side, centres across (本月 and 本年累计 each), 合计 last; the
    指标代码 in a hidden last column. Printed at full size in bands of centres with the
    indicator column repeated; the sign-off block under the first band. The sheet is protected
    (without a password) so that an accidental edit cannot leave 合计 disagreeing with the
    centres' figures (docs/workbook.md)."""
    district = result.district or UNKNOWN_DISTRICT
    centres = result.centres
    pairs = len(centres) + 1  # the centres and 合计
    key_column = FIRST_VALUE_COLUMN + 2 * pairs
    set_widths(sheet, [LABEL_WIDTH, 4, *([VALUE_WIDTH] * (2 * len(centres))),
                       TOTAL_WIDTH, TOTAL_WIDTH, 30])
    breaks = _band_breaks(sheet, pairs)
    band = breaks[0] if breaks else key_column - 1
    completeness = result.completeness()
    # The title starts right of the indicator columns: those repeat on every page across, and
    # would carry a piece of it onto each.
    write_title(sheet, f"{district}{month_words(result.month)}温馨家园月报汇总表",
                band - FIRST_VALUE_COLUMN + 1, first_column=FIRST_VALUE_COLUMN,
                subtitle=f"制表单位：{district}残疾人联合会")
    top = HEADER_ROW
    put(sheet, top, 1, "指标")
    put(sheet, top, 2, "单位")
    put(sheet, top, key_column, KEY_HEADER)
    for number, centre in enumerate([*centres, None]):
        column = FIRST_VALUE_COLUMN + 2 * number
        put(sheet, top, column, TOTAL if centre is None
            else f"{centre.name or centre.code}\n{centre.code}\n第 {centre.revision} 版")
        sheet.merge_cells(start_row=top, start_column=column, end_row=top,
                          end_column=column + 1)
        put(sheet, top + 1, column, "本月")
        put(sheet, top + 1, column + 1, "本年累计")
    for column in (1, 2):
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1,
                          end_column=column)
    style_header(c for row in sheet.iter_rows(min_row=top, max_row=top + 1,
                                              max_col=key_column) for c in row)
    sheet.row_dimensions[top].height = 46
    totals, years = result.totals, year_totals(result)
    row = top + 2
    for indicator in result.columns:
        key, unit = indicator.key, indicator.unit
        label = _row_label(key, indicator.label)
        put(sheet, row, 1, label)
        sheet.row_dimensions[row].height = 14.5 * lines_in(label, LABEL_WIDTH) + 4
        put(sheet, row, 2, unit)
        values: list[Any] = []
        for centre in centres:
            values += [_value(centre.values().get(key), unit, key),
                       _value(centre.year_values().get(key), unit, key)]
        values += [_value(totals.get(key), unit, key), _value(years.get(key), unit, key)]
        fmt = (MONEY_FORMAT if unit == MONEY_UNIT else AVERAGE_FORMAT if key == AVERAGE_KEY
               else "0")
        for offset, value in enumerate(values):
            cell = sheet.cell(row=row, column=FIRST_VALUE_COLUMN + offset, value=value)
            cell.number_format = fmt
        for cell in (sheet.cell(row=row, column=key_column - 2),
                     sheet.cell(row=row, column=key_column - 1)):
            cell.font = HEADER_FONT
        put(sheet, row, key_column, key)
        if key == DAYS_OPEN_KEY:
            sheet.cell(row=row, column=key_column - 2).comment = Comment(
                DAYS_OPEN_COMMENT, "温馨家园工作台", width=260, height=90)
        row += 1
    draw_grid(sheet, top, row - 1, key_column - 1)
    for line in sheet.iter_rows(min_row=top + 2, max_row=row - 1, max_col=1):
        line[0].alignment = Alignment(vertical="center", wrap_text=True)
    sheet.column_dimensions[get_column_letter(key_column)].hidden = True
    sheet.freeze_panes = sheet.cell(row=top + 2, column=FIRST_VALUE_COLUMN).coordinate
    for column in breaks:
        sheet.col_breaks.append(Break(id=column))
    note = (f"说明：报送情况 {completeness.summary()}，采用 {len(centres)} 个中心的月报（名单见"
            "“完成情况”）。本年累计为 1 月至本月；人数等不能逐月相加的指标，本年累计同本月。"
            "金额单位：元。")
    width = band - FIRST_VALUE_COLUMN + 1
    cell = put(sheet, row + 1, FIRST_VALUE_COLUMN, note)
    cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.merge_cells(start_row=row + 1, start_column=FIRST_VALUE_COLUMN, end_row=row + 1,
                      end_column=band)
    sheet.row_dimensions[row + 1].height = 14.5 * lines_in(
        note, VALUE_WIDTH * width) + 4
    sign_off_block(sheet, row + 2, width, first_column=FIRST_VALUE_COLUMN)
    sheet.protection.sheet = True  # 合计 stays right: see docs/workbook.md


def _band_breaks(sheet: Worksheet, pairs: int) -> list[int]:
    """The last column of each band of whole centres (a page never splits a centre's two
    columns) that fits an A4 portrait page beside the repeated indicator columns; the last
    band's end is not a break."""
    room = printable_points("portrait") - sum(
        column_points(sheet, c) for c in range(1, FIRST_VALUE_COLUMN))
    breaks: list[int] = []
    used = 0.0
    for pair in range(pairs):
        first = FIRST_VALUE_COLUMN + 2 * pair
        width = column_points(sheet, first) + column_points(sheet, first + 1)
        if used and used + width > room:
            breaks.append(first - 1)
            used = 0.0
        used += width
    return breaks


def _wrapped_heights(sheet: Worksheet, first_row: int, widths: list[float],
                     wrapped: tuple[int, ...]) -> None:
    """Wrap the ``wrapped`` columns and give each row from ``first_row`` the height its
    longest text needs (spreadsheet programs do not grow rows of a file they open)."""
    top = Alignment(vertical="top", wrap_text=True)
    for line in sheet.iter_rows(min_row=first_row, max_col=len(widths)):
        lines = 1
        for cell in line:
            cell.alignment = top
            if cell.column in wrapped and cell.value is not None:
                lines = max(lines, lines_in(str(cell.value), widths[cell.column - 1]))
        sheet.row_dimensions[line[0].row].height = 14.5 * lines + 4


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
    district = result.district or UNKNOWN_DISTRICT
    set_widths(sheet, COMPLETENESS_WIDTHS)
    write_title(sheet, f"{district}{month_words(result.month)}月报报送情况",
                len(COMPLETENESS_HEADERS), subtitle=line)
    write_header(sheet, COMPLETENESS_HEADERS, COMPLETENESS_WIDTHS)
    for row in completeness.rows:
        append_row(sheet, [row.code, row.name, row.street, row.status, row.revision,
                           row.file, _when(row.generated_at), row.note])
    _wrapped_heights(sheet, HEADER_ROW + 1, COMPLETENESS_WIDTHS, (2, 6, 8))
    for (cell,) in sheet.iter_rows(min_row=HEADER_ROW + 1, min_col=7, max_col=7):
        cell.number_format = DATETIME_FORMAT
    draw_grid(sheet, HEADER_ROW, sheet.max_row, len(COMPLETENESS_HEADERS))


def _when(text: str) -> datetime | str:
    """A centre's 生成时间 as a real date-time (text when it is not one)."""
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return text


def _write_problems(sheet: Worksheet, result: Consolidation) -> None:
    district = result.district or UNKNOWN_DISTRICT
    problems = [o for o in result.outcomes if o.status != ACCEPTED]
    set_widths(sheet, PROBLEM_WIDTHS)
    write_title(sheet, f"{district}{month_words(result.month)}月报汇总：未采用的文件",
                len(PROBLEM_HEADERS),
                subtitle="同名的文件可能来自不同的文件夹：请看“文件夹”一列。")
    write_header(sheet, PROBLEM_HEADERS, PROBLEM_WIDTHS)
    for outcome in problems:
        append_row(sheet, [outcome.path.name, str(outcome.path.parent), outcome.code,
                           outcome.revision, outcome.status_label, outcome.reason])
    if not problems:
        append_row(sheet, ["", "", "", None, "", "未发现问题"])
    _wrapped_heights(sheet, HEADER_ROW + 1, PROBLEM_WIDTHS, (1, 2, 6))
    draw_grid(sheet, HEADER_ROW, sheet.max_row, len(PROBLEM_HEADERS))


def build_district_workbook(result: Consolidation) -> Workbook:
    """The district workbook in memory."""
    district = result.district or UNKNOWN_DISTRICT
    workbook = new_workbook(f"{district}{month_words(result.month)}温馨家园月报汇总表",
                            f"{district}残疾人联合会")
    summary = workbook.active
    assert summary is not None
    summary.title = SUMMARY
    _write_summary(summary, result)
    _write_completeness(workbook.create_sheet(COMPLETENESS), result)
    _write_problems(workbook.create_sheet(PROBLEMS), result)
    who = result.district or UNKNOWN_DISTRICT
    month = month_words(result.month)
    print_setup(summary, who, month, title_rows=f"{HEADER_ROW}:{HEADER_ROW + 1}",
                title_columns="A:B", orientation="portrait")
    for sheet in (workbook[COMPLETENESS], workbook[PROBLEMS]):
        print_setup(sheet, who, month, title_rows=f"{HEADER_ROW}:{HEADER_ROW}",
                    orientation="landscape")
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
