"""Reading a roster workbook into people: a preview with every problem at its row and column,
then one all-or-nothing import.

Qt-free. Accepts our template or any workbook with the same headers (in any order) on the first
row of the sheet it reads: the sheet named as the template names it (会员名册), else the active
sheet, else the first visible one, and never a hidden sheet (people do not check what they cannot
see). Nothing is written until :func:`apply`, which writes in one transaction.
"""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.people.roster_cells import cell_text, date_cell, identifier_cell, programmes_cell
from desktop.excel.people.roster_template import COLUMNS, EXAMPLE_MARK, SHEET_TITLE, RosterColumn
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import DuplicateError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people import people
from desktop.models.people.identity import CATEGORIES, GRADES, parse_certificate
from desktop.models.people.person_input import PersonInput, normalised, validate_person
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.text_input import compact

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted xlsx is an OLE container holding a stream named EncryptedPackage (UTF-16LE).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# Matched against compact() text (no spaces, ASCII digits): [0-9], never \d, which would
# also read ٢٠٢٠ as a year.
_BRACKETED = re.compile(r"\(.*?\)|\[.*?\]")
# Headers people commonly use for our columns.
_ALIASES = {
    "身份证号码": "身份证号", "身份证": "身份证号", "残疾证号": "残疾人证号",
    "残疾人证号码": "残疾人证号", "残疾证号码": "残疾人证号", "电话": "联系电话",
    "手机": "联系电话", "手机号": "联系电话", "联系方式": "联系电话", "地址": "住址",
    "家庭住址": "住址", "居住地址": "住址", "所属街道": "街道", "所属社区": "社区",
    "类别": "残疾类别", "等级": "残疾等级", "卡号": "签到卡号",
}
_FIELD_COLUMN = {c.field: c for c in COLUMNS}
# validate_person's keys that are not columns: where their message is shown.
_FIELD_FALLBACK = {"roles": "name", "family_links": "name", "left_on": "joined_on"}
NEW, EXISTING = "new", "existing"


class RosterError(WarmHomeError):
    """The roster cannot be read or imported; nothing was written."""


@dataclass(frozen=True)
class CellProblem:
    """One problem at a row and column of the roster."""

    row: int
    column: str  # the header, e.g. 身份证号
    letter: str  # the column letter, e.g. B
    message: str

    def __str__(self) -> str:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "第{row}行 {column}（{letter}列）：{message}"),
            row=self.row,
            column=self.column,
            letter=self.letter,
            message=self.message,
        )


@dataclass
class RosterRow:
    """A roster row: the person read from it, its problems, and whether they exist already."""

    row: int
    data: PersonInput
    problems: list[CellProblem] = field(default_factory=list)
    existing_id: int | None = None

    @property
    def status(self) -> str:
        """'error', 'existing' or 'new'."""
        if self.problems:
            return "error"
        return EXISTING if self.existing_id is not None else NEW


@dataclass
class RosterPreview:
    """Everything read from a roster, before anything is written."""

    path: Path
    rows: list[RosterRow]
    sheet: str = ""  # the title of the worksheet read
    skipped_examples: int = 0
    skipped_empty: int = 0

    @property
    def problems(self) -> list[CellProblem]:
        """Every problem, in row order."""
        return [p for r in self.rows for p in r.problems]

    def count(self, status: str) -> int:
        """How many rows have this status ('new', 'existing', 'error')."""
        return sum(r.status == status for r in self.rows)


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    created: int
    updated: int
    skipped: int


def _check_container(path: Path) -> None:
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
            rest = stream.read() if head == OLE_MAGIC else b""
    except FileNotFoundError as exc:
        raise RosterError(
            Message(QT_TRANSLATE_NOOP("Messages", "找不到文件 {path}"), path=path)
        ) from exc
    except IsADirectoryError as exc:
        raise RosterError(
            Message(QT_TRANSLATE_NOOP("Messages", "{path} 是文件夹，不是 xlsx 文件"), path=path)
        ) from exc
    if head == OLE_MAGIC:
        if _ENCRYPTED_STREAM in rest:
            raise RosterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{file} 设置了打开密码，无法读取：请在 Excel 中取消密码"
                        "（文件→信息→保护工作簿→用密码进行加密，清空密码）后再导入",
                    ),
                    file=path.name,
                )
            )
        raise RosterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{file} 是旧版 Excel（.xls）文件："
                    "请在 Excel 中另存为“Excel 工作簿（*.xlsx）”后再导入",
                ),
                file=path.name,
            )
        )
    if not head.startswith(b"PK\x03\x04"):
        raise RosterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "{file} 不是 xlsx 文件：请用 Excel 另存为“Excel 工作簿（*.xlsx）”"
                ),
                file=path.name,
            )
        )


def _open_sheet(path: Path) -> Worksheet:
    _check_container(path)
    try:
        # Not read-only: merged ranges are only known in the normal mode; formulas are kept
        # (data_only=False) so that they can be refused rather than read as stale values.
        workbook = load_workbook(path, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise RosterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "{file} 已损坏或不是 Excel 工作簿，无法读取（{error}）"
                ),
                file=path.name,
                error=str(exc),
            )
        ) from exc
    return roster_sheet(workbook.worksheets, workbook.active, path.name)


def _visible(sheet: object) -> bool:
    return getattr(sheet, "sheet_state", "visible") == "visible"


def roster_sheet(sheets: list[Any], active: object, file_name: str) -> Worksheet:
    """The sheet a roster is read from: the visible worksheet named as the template names it
    (会员名册), else the active sheet when it is a visible worksheet, else the first visible
    worksheet. A hidden ("hidden" or "veryHidden") sheet is never read: what the person
    checked in Excel is what gets imported. RosterError when there is none."""
    candidates = [s for s in sheets if isinstance(s, Worksheet) and _visible(s)]
    for sheet in candidates:
        if sheet.title.strip() == SHEET_TITLE:
            return sheet
    if isinstance(active, Worksheet) and active in candidates:
        return active
    if candidates:
        return candidates[0]
    raise RosterError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file} 中没有可见的工作表（只有隐藏的工作表或图表），"
                "无法读取名册：请在 Excel 中取消隐藏名册所在的工作表后再导入",
            ),
            file=file_name,
        )
    )


def normalise_header(text: object) -> str:
    """A header as compared: full-width to ASCII, no spaces or invisible marks, no bracketed
    remark, no '*'."""
    value = _BRACKETED.sub("", compact(str(text or ""))).replace("*", "")
    return _ALIASES.get(value, value)


def _map_headers(sheet: Worksheet) -> dict[int, RosterColumn]:
    by_header = {c.header: c for c in COLUMNS}
    found: dict[int, RosterColumn] = {}
    seen: dict[str, str] = {}
    unknown: list[str] = []
    for cell in sheet[1]:
        if cell.value is None or str(cell.value).strip() == "":
            continue
        letter = get_column_letter(cell.column)
        header = normalise_header(cell.value)
        column = by_header.get(header)
        if column is None:
            unknown.append(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "{letter}列“{value}”"),
                    letter=letter,
                    value=str(cell.value).strip(),
                )
            )
        elif header in seen:
            raise RosterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "工作表“{sheet}”第1行有两个“{header}”列（{first}列和{letter}列）",
                    ),
                    sheet=sheet.title,
                    header=header,
                    first=seen[header],
                    letter=letter,
                )
            )
        else:
            seen[header] = letter
            found[cell.column] = column
    missing = [c.header for c in COLUMNS if c.required and c.header not in seen]
    if missing:
        extra = (
            Message(
                QT_TRANSLATE_NOOP("Messages", "；无法识别的列：{columns}"),
                columns="、".join(unknown),
            )
            if unknown
            else ""
        )
        raise RosterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "工作表“{sheet}”第1行缺少必需的列："
                    "{columns}{extra}（请使用 `warmhome people template` 生成的模板的列名）",
                ),
                sheet=sheet.title,
                columns="、".join(missing),
                extra=extra,
            )
        )
    if unknown:
        raise RosterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "工作表“{sheet}”第1行有无法识别的列：{columns}；可用的列名：{known}"
                ),
                sheet=sheet.title,
                columns="、".join(unknown),
                known="、".join(c.header for c in COLUMNS),
            )
        )
    return found


def _check_merged(sheet: Worksheet) -> None:
    ranges = [str(r) for r in sheet.merged_cells.ranges]
    if ranges:
        shown = "、".join(ranges[:5]) + ("等" if len(ranges) > 5 else "")
        raise RosterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "工作表“{sheet}”中有合并单元格（{shown}）：请取消合并，每行只填一个人后再导入",
                ),
                sheet=sheet.title,
                shown=shown,
            )
        )


def _read_row(row_number: int, cells: list[tuple[int, Any]],
              columns: dict[int, RosterColumn]) -> RosterRow:
    values: dict[str, Any] = {"is_member": True}
    helpers: dict[str, tuple[str, str]] = {}
    problems: list[CellProblem] = []
    for col_index, value in cells:
        column = columns[col_index]
        letter = get_column_letter(col_index)
        if value is None or (isinstance(value, str) and not cell_text(value)):
            continue
        try:
            if isinstance(value, str) and value.startswith("="):
                raise ValueError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "是公式（{formula}），请改为数值：复制后“选择性粘贴→数值”"
                        ),
                        formula=value[:40],
                    )
                )
            if column.kind == "id":
                values[column.field] = identifier_cell(value, column)
            elif column.kind == "date":
                values[column.field] = date_cell(value, column)
            elif column.field == "programmes":
                values["programmes"] = programmes_cell(cell_text(value))
            elif column.field in ("category", "grade"):
                helpers[column.field] = (cell_text(value), letter)
            else:
                values[column.field] = cell_text(value)
        except ValueError as exc:
            problems.append(CellProblem(row_number, column.header, letter, str(exc)))
    result = RosterRow(row_number, PersonInput(**values), problems)
    _check_helpers(result, helpers)
    return result


def _check_helpers(row: RosterRow, helpers: dict[str, tuple[str, str]]) -> None:
    cert = parse_certificate(row.data.cert_number) if row.data.cert_number else None
    for key, names in (("category", CATEGORIES), ("grade", GRADES)):
        if key not in helpers:
            continue
        text, letter = helpers[key]
        header = _FIELD_COLUMN[key].header
        if text not in names.values():
            row.problems.append(
                CellProblem(
                    row.row,
                    header,
                    letter,
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "应为 {names} 之一"),
                        names="、".join(names.values()),
                    ),
                )
            )
        elif cert is not None:
            coded = names[cert.category if key == "category" else cert.grade]
            if coded != text:
                row.problems.append(
                    CellProblem(
                        row.row,
                        header,
                        letter,
                        Message(
                            QT_TRANSLATE_NOOP("Messages", "与残疾人证号不一致：证号表示“{coded}”"),
                            coded=coded,
                        ),
                    )
                )


def _letter_of(columns: dict[int, RosterColumn], wanted: str) -> tuple[str, str]:
    wanted = _FIELD_FALLBACK.get(wanted, wanted)
    for index, column in columns.items():
        if column.field == wanted:
            return column.header, get_column_letter(index)
    # A field without a column in this file (e.g. 入会日期 missing): show the name column.
    for index, column in columns.items():
        if column.field == "name":
            return column.header, get_column_letter(index)
    return wanted, "?"


def read_roster(db: Database, path: str | os.PathLike[str],
                today: date | None = None) -> RosterPreview:
    """Read and check a roster as of ``today`` (default: by ``db``'s clock); nothing is
    written. Raises RosterError for an unreadable file."""
    today = today or db.clock.today()
    source = Path(path)
    sheet = _open_sheet(source)
    columns = _map_headers(sheet)
    _check_merged(sheet)
    preview = RosterPreview(source, [], sheet=sheet.title)
    first_seen: dict[tuple[str, str], int] = {}
    for row_number, row_cells in enumerate(sheet.iter_rows(min_row=2), start=2):
        cells = [(c.column, c.value) for c in row_cells if c.column in columns]
        if all(v is None or (isinstance(v, str) and not cell_text(v)) for _, v in cells):
            preview.skipped_empty += 1
            continue
        row = _read_row(row_number, cells, columns)
        if row.data.name.startswith(EXAMPLE_MARK):
            preview.skipped_examples += 1
            continue
        _check_row(db, row, columns, first_seen, today)
        # Left to right, as the person correcting the sheet reads it.
        row.problems.sort(key=lambda p: (len(p.letter), p.letter))
        preview.rows.append(row)
    # Trailing blank rows Excel keeps formatted are not worth reporting as skipped.
    return preview


def _check_row(db: Database, row: RosterRow, columns: dict[int, RosterColumn],
               first_seen: dict[tuple[str, str], int], today: date) -> None:
    row.data = normalised(row.data, today)
    reported = {p.column for p in row.problems}
    for key, message in validate_person(row.data, today).items():
        header, letter = _letter_of(columns, key)
        if header not in reported:
            row.problems.append(CellProblem(row.row, header, letter, message))
    repeated_id = False
    for key in ("id_number", "cert_number", "card_number"):
        value = getattr(row.data, key)
        if not value:
            continue
        earlier = first_seen.setdefault((key, value), row.row)
        # A repeated ID repeats its certificate too: one message for the pair is enough.
        if earlier != row.row and not (key == "cert_number" and repeated_id):
            repeated_id = repeated_id or key == "id_number"
            header, letter = _letter_of(columns, key)
            row.problems.append(
                CellProblem(
                    row.row,
                    header,
                    letter,
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "与第{earlier}行重复（同一文件中出现两次）"),
                        earlier=earlier,
                    ),
                )
            )
    if row.problems:
        return
    if row.data.id_number:
        existing = db.scalar("SELECT id FROM person WHERE id_number = ?", (row.data.id_number,))
        row.existing_id = int(existing) if existing is not None else None
    try:
        people.check_unique(db, row.data, exclude_id=row.existing_id)
    except DuplicateError as exc:
        header, letter = _letter_of(columns, exc.field)
        row.problems.append(
            CellProblem(
                row.row,
                header,
                letter,
                Message(
                    QT_TRANSLATE_NOOP("Messages", "{message}（人员编号 {person_id}）"),
                    message=exc.message,
                    person_id=exc.existing_id,
                ),
            )
        )


def _merged_for_update(db: Database, row: RosterRow) -> PersonInput:
    """The stored person with the roster's filled cells laid over it.

    Empty cells keep what is stored, and what a roster cannot express (volunteer role, family
    links, photo) is kept, so an update never erases data the roster did not carry.
    """
    assert row.existing_id is not None
    stored = people.load_person(db, row.existing_id)
    blank = PersonInput()
    changes = {key: value for key, value in vars(row.data).items()
               if key not in ("family_links", "photo", "is_volunteer", "volunteer_number",
                              "organisation") and value != getattr(blank, key)}
    return replace(stored, **changes, photo=None)


def apply(db: Database, preview: RosterPreview, *, actor: Actor, on_existing: str = "skip",
          today: date | None = None) -> ImportResult:
    """Write every row of a checked roster in one transaction: all of it, or none of it.

    ``on_existing`` 'skip' leaves people already registered (same ID) untouched; 'update'
    overwrites their fields with the roster's filled cells.
    """
    if on_existing not in ("skip", "update"):
        raise ValueError(f"on_existing must be 'skip' or 'update', not {on_existing!r}")
    actor.require(Permission.EDIT_PEOPLE)
    problems = preview.problems
    if problems:
        raise RosterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "名册有{count}处错误，全部未导入；第一处：{first}"),
                count=len(problems),
                first=problems[0],
            )
        )
    created = updated = skipped = 0
    with db.transaction():
        for row in preview.rows:
            try:
                if row.existing_id is None:
                    people.create_person(db, row.data, actor=actor, today=today)
                    created += 1
                elif on_existing == "update":
                    people.update_person(db, row.existing_id, _merged_for_update(db, row),
                                         actor=actor, today=today)
                    updated += 1
                else:
                    skipped += 1
            except (ValidationError, DuplicateError, MonthClosedError) as exc:
                # The database changed since the preview, or a row would change the register
                # of a submitted month: say where, and write nothing.
                raise RosterError(
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "第{row}行：{message}；全部未导入"),
                        row=row.row,
                        message=exc.message,
                    )
                ) from exc
    return ImportResult(created, updated, skipped)
